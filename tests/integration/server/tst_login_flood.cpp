// A login flood against a real portald: many wrong sign-ins for random names from several addresses at once. The
// password checks (Argon2id, ~0.1 s and 64 MiB each) must not hold up anything else: /healthz and a reporter's live
// post keep answering quickly meanwhile, and a reviewer still signs in from another address.
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::SourceAddressHttp;

namespace {

QHostAddress from(int n)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(n));
}

QByteArray loginBody(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values.empty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class tst_LoginFlood : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;

    QUrl url(const QString &path) const { return m_portal.url(path); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void healthAndLivePostsAnswerDuringAFlood()
    {
        // A live event the demo reporter may post to.
        const QString reporter = m_portal.newToken(u"reporter"_s);
        QVERIFY(!reporter.isEmpty());
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"压力下的直播"_s}, {u"venue"_s, u"市政府"_s}, {u"mode"_s, u"direct"_s}});
        QVERIFY2(started.status == 200, m_portal.failure());
        const qint64 event = started.json.object().value(u"id").toInteger();

        // The flood: four connections from each of four addresses, each a bounded run of sign-ins for random names,
        // for a few seconds.
        std::atomic<int> refusedPasswords = 0; // 401: a password check really ran
        std::atomic<int> throttled = 0;        // 429
        std::atomic<int> other = 0;
        std::atomic<bool> stop = false;
        const QUrl session = url(u"/api/v1/session"_s);
        std::vector<std::unique_ptr<QThread>> flooders;
        for (int address = 2; address <= 5; ++address) {
            for (int connection = 0; connection < 4; ++connection) {
                flooders.emplace_back(QThread::create([&, address] {
                    for (int i = 0; i < 400 && !stop; ++i) {
                        const QString name = u"spray-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
                        const int status = SourceAddressHttp::request(from(address), "POST", session,
                                                                      loginBody(name, u"guess-%1"_s.arg(i)),
                                                                      {{"Content-Type", "application/json"}}, 15'000)
                                               .status;
                        (status == 401 ? refusedPasswords : status == 429 ? throttled : other)++;
                        // Pacing of the load, not a wait for anything: refused at once, a flooder would otherwise
                        // spin on 429s and measure the test machine rather than portald.
                        if (status == 429)
                            QThread::msleep(50);
                    }
                }));
                flooders.back()->start();
            }
        }
        // Whatever happens below, the flooders stop and are joined before they go out of scope.
        const auto joinFlooders = qScopeGuard([&] {
            stop = true;
            for (const auto &t : flooders)
                t->wait();
        });

        // Meanwhile, for six seconds, from addresses of their own: /healthz and a live post, one after the other, timed.
        std::vector<double> health;
        std::vector<double> posts;
        const QByteArray bearer = "Bearer " + reporter.toLatin1();
        QElapsedTimer timer;
        QElapsedTimer floodTime;
        floodTime.start();
        while (floodTime.elapsed() < 6000) {
            timer.start();
            const int healthStatus = SourceAddressHttp::request(from(20), "GET", url(u"/healthz"_s)).status;
            health.push_back(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY2(healthStatus == 200, qPrintable(m_portal.process().log().right(3000)));
            timer.start();
            const QByteArray post = QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s},
                                                              {u"text"_s, u"现场第%1条"_s.arg(posts.size() + 1)},
                                                              {u"speaker"_s, u"主持人"_s}})
                                        .toJson(QJsonDocument::Compact);
            const int postStatus = SourceAddressHttp::request(from(21), "POST",
                                                              url(u"/api/v1/live/events/%1/posts"_s.arg(event)), post,
                                                              {{"Content-Type", "application/json"}, {"Authorization", bearer}})
                                       .status;
            posts.push_back(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY2(postStatus == 201, qPrintable(m_portal.process().log().right(3000)));
        }
        stop = true;
        for (const auto &t : flooders)
            QVERIFY(t->wait(60'000));

        qInfo("flood: %d password checks refused, %d throttled, %d other; %zu probes, median /healthz %.1f ms, "
              "median live post %.1f ms",
              refusedPasswords.load(), throttled.load(), other.load(), health.size(), median(health), median(posts));
        QCOMPARE(other.load(), 0);
        // The flood really made portald check passwords while the probes ran…
        QVERIFY2(refusedPasswords >= 8, qPrintable(QString::number(refusedPasswords.load())));
        QVERIFY(health.size() >= 5);
        // …and the event loop kept answering the rest (the median: a loaded 2-core machine may delay a few).
        QVERIFY2(median(health) < 100, qPrintable(QString::number(median(health))));
        QVERIFY2(median(posts) < 100, qPrintable(QString::number(median(posts))));

        // A reviewer from yet another address signs in (after a short wait at most, should the queue be full).
        QTRY_COMPARE_WITH_TIMEOUT(SourceAddressHttp::request(from(30), "POST", session,
                                                             loginBody(u"reviewer1"_s, pd::test::PortaldFixture::password()),
                                                             {{"Content-Type", "application/json"}})
                                      .status,
                                  201, 20000);
    }
};

QTEST_GUILESS_MAIN(tst_LoginFlood)
#include "tst_login_flood.moc"
