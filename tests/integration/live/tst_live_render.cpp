// The public live pages of a busy event against a real portald (--demo): posts that follow one another closely (three
// sub-forums posting, a post and its approval) are rendered into the event's pages together, not once each, because
// every render lists every post of the event and runs on the thread that hands new posts to the readers' sockets.
// Counted from portald's own debug line for each render of pending public pages.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class tst_LiveRender : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;

    /// Renders of pending public pages portald has logged so far.
    [[nodiscard]] int renders() const { return int(m_portal.process().log().count(u"re-rendered"_s)); }

    QStringList feedTexts(qint64 event)
    {
        QStringList out;
        const QByteArray body = m_portal.http().request("GET", m_portal.url(u"/live/%1/feed.json"_s.arg(event))).body;
        for (const QJsonValue &p : QJsonDocument::fromJson(body).object().value(u"posts"_s).toArray())
            out.append(p.toObject().value(u"text"_s).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // portald inherits the test's environment: its renders of pending pages are logged at debug level.
        qputenv("QT_LOGGING_RULES", "portald.publish.debug=true");
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void postsInQuickSuccessionRenderTogether()
    {
        const auto started = m_portal.startLiveEvent({{u"title"_s, u"发布会连发"_s}, {u"kind"_s, u"press"_s}});
        QVERIFY2(started.status == 200, m_portal.failure());
        const qint64 event = started.json.object().value(u"id"_s).toInteger();
        // The started event's page is out before the posts begin.
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.http().request("GET", m_portal.url(u"/live/%1/feed.json"_s.arg(event))).body
                                     .contains("\"live\""),
                                 10000);
        const int before = renders();

        // Three posts one after the other, each answered before the next goes out.
        const QStringList texts{u"第一问：重建进度。"_s, u"第二问：资金安排。"_s, u"第三问：群众安置。"_s};
        for (const QString &text : texts) {
            const auto posted = m_portal.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(event), u"reporter"_s,
                                             QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text}}),
                                             {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
            QCOMPARE(posted.status, 201);
        }
        QTRY_COMPARE_WITH_TIMEOUT(feedTexts(event).size(), 3, 10000);
        QCOMPARE(feedTexts(event), (QStringList{texts.at(2), texts.at(1), texts.at(0)}));
        // One render per post would be three; together they are one (two when the machine is slow enough for the
        // three round trips to outlast a render window).
        QTRY_VERIFY_WITH_TIMEOUT(renders() > before, 10000);
        QVERIFY2(renders() - before < texts.size(), qPrintable(u"%1 renders for %2 posts"_s.arg(renders() - before)
                                                                 .arg(texts.size())));
    }

    void cleanupTestCase() { QVERIFY2(m_portal.stop(), m_portal.failure()); }
};

QTEST_GUILESS_MAIN(tst_LiveRender)
#include "tst_live_render.moc"
