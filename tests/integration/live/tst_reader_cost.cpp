// What one public reader of a live event costs portald: an interview with 34,000 readers must fit in a process's
// open files and in a few hundred megabytes, so an idle reader may hold at most 8 KiB of portald's memory, and no
// reader is refused while the process may still open files.
#include "tests/support/PortaldFixture.h"
#include "tests/support/ReaderSwarm.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using pd::test::ReaderSwarm;

namespace {

/// The soft and hard open-file limits of a running process, from /proc.
std::pair<QByteArray, QByteArray> fileLimitsOf(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max open files")) {
            const QList<QByteArray> fields = line.mid(int(qstrlen("Max open files"))).simplified().split(' ');
            if (fields.size() >= 2)
                return {fields.at(0), fields.at(1)};
        }
    }
    return {};
}

} // namespace

class tst_ReaderCost : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal{{u"--demo"_s, u"--stream-connections-per-address"_s, u"0"_s}};

    /// Stream subscribers portald holds, from /metrics.
    int subscribers() { return int(m_portal.metric("portald_stream_subscribers")); }

    qint64 newLiveEvent()
    {
        const auto created = m_portal.api("POST", u"/api/v1/live/events"_s, u"editor"_s,
                                          QJsonDocument(QJsonObject{{u"site"_s, m_portal.siteId()}, {u"title"_s, u"网络问政"_s}}));
        return created.status == 201 ? created.json.object().value(u"id").toInteger() : 0;
    }

    /// Handles the readers' traffic until `done` holds or `ms` pass.
    template <typename Done>
    static bool pump(ReaderSwarm &a, ReaderSwarm &b, Done done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > ms)
                return false;
            a.poll(5);
            b.poll(5);
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReaderSwarm::raiseFileLimit();
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void idleReaderCostsAtMostEightKiB()
    {
        const qint64 eventId = newLiveEvent();
        QVERIFY(eventId > 0);
        ReaderSwarm::Config config;
        config.port = m_portal.baseUrl().port();
        config.path = "/public/live/" + std::to_string(eventId) + "/stream";
        config.posts = 1;
        // The first readers pay for what portald allocates once (and for the memory an upgrade uses while it is
        // answered); the cost of a reader is what the next ones add.
        config.readers = 500;
        ReaderSwarm first(config);
        QVERIFY(first.open(60'000));
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(), 500, 60'000);
        const qint64 before = m_portal.process().residentKb();
        config.readers = 3000;
        ReaderSwarm more(config);
        QVERIFY2(more.open(120'000), qPrintable(u"%1 of 3000 readers upgraded, %2 lost"_s.arg(more.upgraded()).arg(more.lost())));
        // Held by portald (not just answered) before its memory is read.
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(), 3500, 60'000);
        const qint64 after = m_portal.process().residentKb();
        const double perReader = double(after - before) / 3000.0;
        qInfo("portald: %lld KiB with 500 readers, %lld KiB with 3,500: %.2f KiB a reader", static_cast<long long>(before),
              static_cast<long long>(after), perReader);
        QVERIFY2(perReader <= 8.0, qPrintable(u"an idle reader costs %1 KiB"_s.arg(perReader)));

        // Held that cheaply, every reader still gets the next post.
        QCOMPARE(m_portal.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(eventId), u"reporter"_s,
                              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"访谈开始 [bench:0]"_s}}))
                     .status,
                 201);
        QVERIFY(pump(first, more, [&] { return first.seen(0) + more.seen(0) == 3500; }, 60'000));
        QCOMPARE(first.lost() + more.lost(), 0);
    }

    void fileLimitRaisedToTheHardLimit()
    {
        // Started with a login shell's soft limit, portald takes all the hard limit allows.
        rlimit mine{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &mine), 0);
        if (mine.rlim_max <= 1024)
            QSKIP("the hard limit on open files is 1024 here: nothing to raise");
        rlimit low = mine;
        low.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        // The test's own portald, started again as a new process that inherits the low limit: the demo site it
        // already holds spares seeding a second one.
        const bool started = m_portal.restart();
        ::setrlimit(RLIMIT_NOFILE, &mine);
        QVERIFY2(started, m_portal.failure());
        const auto [soft, hard] = fileLimitsOf(m_portal.process().pid());
        QVERIFY(!hard.isEmpty());
        QCOMPARE(soft, hard);
    }
};

QTEST_GUILESS_MAIN(tst_ReaderCost)
#include "tst_reader_cost.moc"
