#pragma once
#include <QString>
#include <QTemporaryDir>

namespace pd::test {

/// A throw-away certificate authority and a server certificate it signed (for 127.0.0.1 and localhost), made with
/// the `openssl` command-line tool in a temporary directory, for TLS tests. Nothing is committed, nothing expires
/// between runs.
class TestCertificates
{
public:
    TestCertificates();
    TestCertificates(const TestCertificates &) = delete;
    TestCertificates &operator=(const TestCertificates &) = delete;

    /// Runs openssl; false (see error()) when it is missing or fails.
    bool generate();
    [[nodiscard]] QString error() const { return m_error; }
    /// PEM files: the CA certificate (what an account's extra CA file holds), the server certificate and its key.
    [[nodiscard]] QString caCertificate() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString serverCertificate() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    [[nodiscard]] QString serverKey() const { return m_dir.filePath(QStringLiteral("server.key")); }

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace pd::test
