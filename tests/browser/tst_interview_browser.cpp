// An online interview from netizens' questions to the public page, in a real browser (headless chromium over the
// DevTools protocol) against a real portald --demo: 500 questions from 50 addresses (the rate limit holds for each
// address, blocked words are refused), screened by the director (accepted, merged, declined), 20 queued, reordered,
// asked and answered; the open public page shows exactly those 20 pairs in the order they were answered — arrived
// over its WebSocket, and again after a reload — and the interview's figures match.
#include "tests/browser/DevToolsPage.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::test::DevToolsPage;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;
using pd::test::SourceAddressHttp;

namespace {

constexpr int kAddresses = 50;
constexpr int kPerAddress = 10;
constexpr int kAllowedPerAddress = 5; // portald's limit: 5 questions a minute from one address
constexpr int kQueued = 20;

const QStringList kTopics{u"企业开办"_s, u"工程审批"_s, u"融资贴息"_s, u"政府采购"_s, u"减税降费"_s,
                          u"用电用地"_s, u"人才落户"_s, u"政务服务"_s, u"拖欠账款"_s, u"市场监管"_s};

} // namespace

class tst_InterviewBrowser : public QObject
{
    Q_OBJECT

    PortaldFixture m_portal;
    std::unique_ptr<DevToolsPage> m_page;
    qint64 m_event = 0;
    QList<qint64> m_guests;
    QList<qint64> m_answeredOrder;
    QHash<qint64, QPair<QString, QString>> m_pairs; ///< question id → (question, answer)

    QUrl url(const QString &path) const { return m_portal.url(path); }
    int act(qint64 question, const QString &action, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"action"_s, action);
        const auto r = m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/questions/%1/transitions"_s.arg(question), body);
        if (r.status != 200)
            qWarning().noquote() << action << question << "->" << r.status << r.body;
        return r.status;
    }
    QList<QJsonObject> questions(const QString &state)
    {
        QList<QJsonObject> out;
        QString cursor;
        do {
            QString path = u"/api/v1/live/events/%1/questions?state=%2&limit=200"_s.arg(m_event).arg(state);
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const auto page = m_portal.call(u"moderator"_s, "GET", path);
            if (page.status != 200)
                return {};
            for (const QJsonValue &v : page.json.object().value(u"items"_s).toArray())
                out.append(v.toObject());
            cursor = page.json.object().value(u"nextCursor"_s).toString();
        } while (!cursor.isEmpty());
        return out;
    }
    /// The ids of the pairs on the page, in page order.
    QList<qint64> pairsOnPage()
    {
        const QJsonArray ids = m_page->evaluate(
            u"Array.from(document.querySelectorAll('#qa-list > li.qa')).map(li => Number(li.dataset.id))"_s).toArray();
        QList<qint64> out;
        for (const QJsonValue &v : ids)
            out.append(v.toInteger());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (DevToolsPage::browserPath().isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : {u"editor"_s, u"moderator"_s, u"reporter"_s})
            QVERIFY2(!m_portal.token(user).isEmpty(), qPrintable(user));
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"市长与网友在线交流：优化营商环境"_s},
             {u"kind"_s, u"interview"_s},
             {u"mode"_s, u"direct"_s}, // pairs public as answered: no review step here
             {u"host"_s, QJsonObject{{u"name"_s, u"陈晓"_s}, {u"title"_s, u"临江广播电视台主持人"_s}}},
             {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"陈志远"_s}, {u"title"_s, u"市长"_s}},
                                      QJsonObject{{u"name"_s, u"周建华"_s}, {u"title"_s, u"市发展和改革委员会主任"_s}}}}});
        QVERIFY2(started.status == 200, m_portal.failure());
        m_event = started.json.object().value(u"id"_s).toInteger();
        for (const QJsonValue &g : started.json.object().value(u"guests"_s).toArray())
            m_guests.append(g.toObject().value(u"id"_s).toInteger());
        QCOMPARE(m_guests.size(), 2);

        m_page = std::make_unique<DevToolsPage>();
        QVERIFY2(m_page->open(url(u"/live/%1/"_s.arg(m_event))), qPrintable(m_page->error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                  u"/live/%1/:complete"_s.arg(m_event), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"document.getElementById('live-status').textContent"_s).toString(),
                                  u"实时更新中"_s, 60000);
        QVERIFY(m_page->evaluate(u"!!document.getElementById('question-form')"_s).toBool());
        QCOMPARE(pairsOnPage().size(), 0);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void fiveHundredQuestionsFromFiftyAddresses()
    {
        QHash<int, int> statuses;
        for (int a = 0; a < kAddresses; ++a) {
            const QHostAddress from(u"127.0.%1.%2"_s.arg(20 + a / 10).arg(a % 10 + 1));
            for (int j = 0; j < kPerAddress; ++j) {
                // Every tenth address tries a blocked word once, within its allowance: refused, and it counts.
                const bool blocked = a % 10 == 0 && j == 2;
                const QString topic = kTopics.at((a + j) % kTopics.size());
                const QString text = blocked ? u"%1：哪里可以代开发票？"_s.arg(topic)
                                             : u"关于%1，网友%2的第%3个问题：还有哪些改进打算？"_s.arg(topic).arg(a).arg(j + 1);
                const QJsonObject body{{u"name"_s, a % 3 == 0 ? QString() : u"网友%1"_s.arg(a)}, {u"text"_s, text}};
                const auto r = SourceAddressHttp::request(from, "POST", url(u"/public/live/%1/questions"_s.arg(m_event)),
                                                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                          {{"Content-Type", "application/json"}});
                const int expected = j >= kAllowedPerAddress ? 429 : blocked ? 422 : 201;
                QVERIFY2(r.status == expected, qPrintable(u"%1 question %2: %3 %4"_s.arg(from.toString()).arg(j).arg(r.status)
                                                              .arg(QString::fromUtf8(r.body))));
                if (expected == 429)
                    QVERIFY(r.headers.value("retry-after").toInt() >= 1);
                if (expected == 422)
                    QVERIFY(r.json.object().value(u"detail"_s).toString().contains(u"代开发票"_s));
                ++statuses[r.status];
            }
        }
        QCOMPARE(statuses.value(201), kAddresses * kAllowedPerAddress - kAddresses / 10);
        QCOMPARE(statuses.value(429), kAddresses * (kPerAddress - kAllowedPerAddress));
        QCOMPARE(qsizetype(questions(u"pending"_s).size()), qsizetype(statuses.value(201)));
    }

    void directorScreensAndOrdersTheQueue()
    {
        const QList<QJsonObject> pending = questions(u"pending"_s);
        QVERIFY(pending.size() > 100);
        // 40 accepted; of the next ones 5 duplicates merged into accepted questions, 20 declined.
        QList<qint64> accepted;
        for (int i = 0; i < 40; ++i) {
            const qint64 id = pending.at(i).value(u"id"_s).toInteger();
            QCOMPARE(act(id, u"accept"_s), 200);
            accepted.append(id);
        }
        for (int i = 40; i < 45; ++i)
            QCOMPARE(act(pending.at(i).value(u"id"_s).toInteger(), u"merge"_s, {{u"into"_s, accepted.at(i - 40)}}), 200);
        for (int i = 45; i < 65; ++i)
            QCOMPARE(act(pending.at(i).value(u"id"_s).toInteger(), u"decline"_s, {{u"reason"_s, u"重复或与主题无关"_s}}), 200);
        for (int i = 0; i < kQueued; ++i)
            QCOMPARE(act(accepted.at(i), u"queue"_s), 200);
        // The director turns the host's queue around.
        QJsonArray reversed;
        for (int i = kQueued - 1; i >= 0; --i)
            reversed.append(accepted.at(i));
        const auto ordered = m_portal.call(u"moderator"_s, "PUT", u"/api/v1/live/events/%1/queue"_s.arg(m_event),
                                  {{u"questions"_s, reversed}});
        QVERIFY2(ordered.status == 200, ordered.body.constData());
        QList<qint64> queue;
        for (const QJsonObject &q : questions(u"queued"_s))
            queue.append(q.value(u"id"_s).toInteger());
        QCOMPARE(queue.size(), kQueued);
        QCOMPARE(queue.first(), accepted.at(kQueued - 1));
        QCOMPARE(queue.last(), accepted.first());
    }

    void hostAsksAndGuestsAnswer()
    {
        const QList<QJsonObject> queue = questions(u"queued"_s);
        QCOMPARE(queue.size(), kQueued);
        for (int i = 0; i < queue.size(); ++i) {
            const qint64 id = queue.at(i).value(u"id"_s).toInteger();
            QCOMPARE(act(id, u"ask"_s), 200);
            // The page shows the question being asked before its answer arrives.
            QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(
                u"(document.querySelector('#interview-current blockquote') || {dataset: {}}).dataset.id"_s).toString(),
                QString::number(id), 10000);
            const QString text = u"第%1个回答：这项工作今年将列入市政府重点任务，按月调度、限时办结。"_s.arg(i + 1);
            const auto answered = m_portal.call(u"reporter"_s, "POST", u"/api/v1/live/questions/%1/answers"_s.arg(id),
                                       {{u"guest"_s, m_guests.at(i % 2)}, {u"text"_s, text}},
                                       {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
            QVERIFY2(answered.status == 201, answered.body.constData());
            m_answeredOrder.append(id);
            m_pairs.insert(id, {queue.at(i).value(u"text"_s).toString(), text});
        }
    }

    void publicPageShowsExactlyThePairsInOrder()
    {
        // Arrived over the page's WebSocket, without a reload.
        QTRY_COMPARE_WITH_TIMEOUT(pairsOnPage(), m_answeredOrder, 20000);
        const auto checkTexts = [this] {
            const QJsonArray items = m_page->evaluate(
                u"Array.from(document.querySelectorAll('#qa-list > li.qa')).map(li => ["
                u"li.querySelector('.qa-question').innerText, li.querySelector('.qa-answer').innerText])"_s).toArray();
            QCOMPARE(items.size(), m_answeredOrder.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const auto &[question, answer] = m_pairs.value(m_answeredOrder.at(i));
                QVERIFY2(items.at(i).toArray().at(0).toString().contains(question), qPrintable(question));
                QVERIFY2(items.at(i).toArray().at(1).toString().contains(answer), qPrintable(answer));
                QVERIFY(items.at(i).toArray().at(1).toString().contains(i % 2 == 0 ? u"陈志远"_s : u"周建华"_s));
            }
        };
        checkTexts();
        QCOMPARE(m_page->evaluate(u"document.querySelectorAll('#interview-current blockquote').length"_s).toInt(), 0);

        // The page as portald wrote it says the same.
        m_page->call(u"Page.reload"_s, {{u"ignoreCache"_s, true}});
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                  u"/live/%1/:complete"_s.arg(m_event), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pairsOnPage(), m_answeredOrder, 20000);
        checkTexts();
    }

    void figuresMatch()
    {
        const auto stats = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(m_event));
        QCOMPARE(stats.status, 200);
        const QJsonObject figures = stats.json.object().value(u"interview"_s).toObject();
        QCOMPARE(figures.value(u"questionsReceived"_s).toInt(), kAddresses * kAllowedPerAddress - kAddresses / 10);
        QCOMPARE(figures.value(u"questionsAccepted"_s).toInt(), 40);
        QCOMPARE(figures.value(u"questionsAnswered"_s).toInt(), kQueued);
        QCOMPARE(figures.value(u"answerRate"_s).toDouble(), 0.5);
        QCOMPARE(questions(u"merged"_s).size(), 5);
        QCOMPARE(questions(u"declined"_s).size(), 20);
    }
};

QTEST_GUILESS_MAIN(tst_InterviewBrowser)
#include "tst_interview_browser.moc"
