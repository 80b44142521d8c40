#include "tests/support/TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pd::test {

TestCertificates::TestCertificates() = default;

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(arguments.value(0), openssl.errorString(),
                                                   QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::generate()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        m_error = u"the openssl command is not installed (packaging/rootfs/packages.txt lists it)"_s;
        return false;
    }
    // P-256 keys: quick to make, accepted by every TLS stack Qt may use.
    const QStringList ecKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    if (!run(QStringList{u"req"_s, u"-x509"_s} + ecKey
             + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"3"_s, u"-subj"_s,
                           u"/CN=PortalDesk Test Extranet CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                           u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}))
        return false;
    if (!run(QStringList{u"req"_s} + ecKey
             + QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}))
        return false;
    QFile ext(m_dir.filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return run({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"3"_s, u"-extfile"_s, u"server.ext"_s});
}

} // namespace pd::test
