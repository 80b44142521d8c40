// How NchanAudience reads Nchan's channel info (GET on the publisher location): the readers a channel holds, no
// channel yet as nobody, and anything else as unknown (so the last figure expires instead of turning into a zero).
#include "server/live/NchanAudience.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::NchanAudience;

class tst_NchanAudience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribersOfChannelInfo_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("readers");
        QTest::newRow("channel with readers")
            << 200 << QByteArray(R"({"messages": 12, "requested": 3, "subscribers": 340, "last_message_id": "1:0"})")
            << qint64(340);
        QTest::newRow("channel nobody reads") << 200 << QByteArray(R"({"messages": 1, "subscribers": 0})") << qint64(0);
        QTest::newRow("no channel yet") << 404 << QByteArray() << qint64(0);
        QTest::newRow("text instead of JSON") << 200 << QByteArray("queued messages: 1\nactive subscribers: 3\n")
                                              << qint64(-1);
        QTest::newRow("subscribers as text") << 200 << QByteArray(R"({"subscribers": "3"})") << qint64(-1);
        QTest::newRow("publisher refuses") << 403 << QByteArray() << qint64(-1);
        QTest::newRow("nginx down") << 0 << QByteArray() << qint64(-1);
    }

    void subscribersOfChannelInfo()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(qint64, readers);
        QCOMPARE(NchanAudience::subscribersOf(status, body), readers);
    }
};

QTEST_GUILESS_MAIN(tst_NchanAudience)
#include "tst_nchanaudience.moc"
