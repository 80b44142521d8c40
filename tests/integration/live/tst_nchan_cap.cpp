// The per-address cap on Nchan's public live endpoint (the shipped packaging/nginx files): a flood of readers from
// one address is refused past the cap with 429, and the readers it already holds stay, while a reader from another
// address still subscribes. Nchan holds the readers by itself, so no portald is needed behind it.
#include "tests/support/NginxFront.h"
#include "tests/support/ReaderSwarm.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::NginxFront;
using pd::test::ReaderSwarm;

namespace {

/// The cap the shipped reader location sets (`limit_conn <zone> N;`), or 0.
int shippedCap(const QString &sourceDir)
{
    QFile live(sourceDir + u"/packaging/nginx/portaldesk-nchan-live.conf"_s);
    if (!live.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression line(uR"(^\s*limit_conn\s+\S+\s+(\d+)\s*;)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(live.readAll()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

class tst_NchanCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodFromOneAddressIsCapped()
    {
        if (const QString why = NginxFront::missingNchan(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString source = qEnvironmentVariable("PD_SOURCE_DIR");
        const int cap = shippedCap(source);
        QVERIFY2(cap > 0, "packaging/nginx/portaldesk-nchan-live.conf sets no limit_conn on the readers");
        ReaderSwarm::raiseFileLimit();

        QTemporaryDir webroot;
        NginxFront nginx(source);
        // Nothing listens upstream: the readers' location never reaches portald.
        QVERIFY2(nginx.configureNchan({QUrl(u"http://127.0.0.1:9"_s)}, webroot.path(), 2, 4 * cap) && nginx.start(),
                 qPrintable(nginx.failure()));

        const auto swarmFrom = [&](int address, int readers) {
            ReaderSwarm::Config config;
            config.port = nginx.port();
            config.path = "/public/live/7/events";
            config.readers = readers;
            config.firstSourceAddress = address;
            return config;
        };
        // A few more than the cap from 127.0.0.2, over both workers (their count is shared): exactly the cap gets in.
        const int extra = 5;
        ReaderSwarm flood(swarmFrom(2, cap + extra));
        flood.open(60'000);
        QCOMPARE(flood.upgraded(), cap);
        QCOMPARE(flood.refused(), extra);
        QCOMPARE(flood.reset(), 0);
        // nginx logs a request after answering it.
        QTRY_COMPARE_WITH_TIMEOUT(nginx.accessLog().count(u"\" 429 "_s), extra, 10000);

        // Another address is not held back by the flood.
        ReaderSwarm neighbour(swarmFrom(3, 1));
        QVERIFY(neighbour.open(20'000));
        QCOMPARE(neighbour.refused(), 0);

        // The flood's readers stay subscribed: nothing closes them on the way.
        flood.poll(200);
        QCOMPARE(flood.upgraded(), cap);
        QCOMPARE(flood.reset(), 0);
        nginx.stop();
    }
};

QTEST_GUILESS_MAIN(tst_NchanCap)
#include "tst_nchan_cap.moc"
