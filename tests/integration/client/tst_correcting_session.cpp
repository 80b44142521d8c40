// Correcting a published item through the editing core against a real portald --demo: opening it edits the pending
// revision when there is one (else the published text), saving stores an edit while the public page keeps the old
// title, submit sends the edit into review; 紧急更正 needs a reason (nothing is sent without one), is refused to an
// editor with the portal's message and the edit kept, and republishes at once for the publisher.
#include "tests/support/DemoSite.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/DocumentSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::editing::DocumentSession;

class tst_CorrectingSession : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    std::optional<pd::test::DemoSite> m_site;
    QString m_reviewer[3];

    QJsonObject item(qint64 id)
    {
        return m_http.json("GET", m_site->api(u"/api/v1/items/%1"_s.arg(id)), m_site->token()).json.object();
    }

    int act(const QString &token, qint64 id, const QString &action)
    {
        const auto current = m_http.json("GET", m_site->api(u"/api/v1/items/%1"_s.arg(id)), token);
        return m_http
            .json("POST", m_site->api(u"/api/v1/items/%1/transitions"_s.arg(id)), token,
                  QJsonDocument(QJsonObject{{u"action"_s, action}}), {{"If-Match", current.headers.value("etag")}})
            .status;
    }

    /// A news item created by the editor and taken to published over the API; its id, 0 on failure.
    qint64 publishNews(const QString &title)
    {
        const QJsonObject input{{u"type"_s, u"news"_s},
                                {u"site"_s, m_site->siteId()},
                                {u"columns"_s, QJsonArray{m_site->columnNamed(u"要闻动态"_s)}},
                                {u"title"_s, title},
                                {u"summary"_s, u"更正测试的新闻摘要。"_s},
                                {u"bodyHtml"_s, u"<p>本市召开更正测试会议。</p>"_s},
                                {u"author"_s, u"测试员"_s}};
        const auto created = m_http.json("POST", m_site->api(u"/api/v1/items"_s), m_site->token(), QJsonDocument(input));
        if (created.status != 201)
            return 0;
        const qint64 id = created.json.object().value(u"id").toInteger();
        if (act(m_site->token(), id, u"submit"_s) != 200)
            return 0;
        for (const QString &reviewer : m_reviewer)
            if (act(reviewer, id, u"approve"_s) != 200)
                return 0;
        return act(m_reviewer[2], id, u"publish"_s) == 200 ? id : 0;
    }

    /// The public page of a published item as a reader gets it (empty unless 200).
    QString publicPage(qint64 id)
    {
        const auto r = m_http.request("GET", m_site->api(item(id).value(u"publicUrl").toString()));
        return r.status == 200 ? QString::fromUtf8(r.body) : QString();
    }

    static bool openIn(DocumentSession &session, qint64 id)
    {
        QSignalSpy loaded(&session, &DocumentSession::loaded);
        session.open(id);
        return loaded.wait(15000) || !loaded.isEmpty();
    }

    static pd::domain::Item withTitle(const pd::domain::Item &item, const QString &title)
    {
        pd::domain::Item next = item;
        next.title = title;
        return next;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = pd::test::DemoSite::load(m_http, m_portal.baseUrl(), u"editor"_s,
                                          pd::test::PortaldFixture::password());
        QVERIFY(m_site);
        for (int i = 0; i < 3; ++i) {
            m_reviewer[i] = m_http.login(m_portal.baseUrl(), u"reviewer%1"_s.arg(i + 1),
                                         pd::test::PortaldFixture::password());
            QVERIFY(!m_reviewer[i].isEmpty());
        }
    }

    void editOfAPublishedItemWaitsForReview()
    {
        const QString oldTitle = u"更正测试：全市秋季植树活动启动"_s;
        const QString newTitle = u"更正测试：全市秋季义务植树活动启动"_s;
        const qint64 id = publishNews(oldTitle);
        QVERIFY(id > 0);
        QVERIFY(publicPage(id).contains(oldTitle));

        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        {
            DocumentSession session(client, nullptr);
            QVERIFY(openIn(session, id));
            QCOMPARE(session.item().title, oldTitle); // no edit yet: the published text
            session.setContent(withTitle(session.item(), newTitle));
            QSignalSpy saved(&session, &DocumentSession::saved);
            session.save();
            QVERIFY(saved.wait(15000));
            const QJsonObject stored = item(id);
            QCOMPARE(stored.value(u"title").toString(), oldTitle);
            QCOMPARE(stored.value(u"pendingRevision").toObject().value(u"title").toString(), newTitle);
            QCOMPARE(session.item().title, newTitle); // the answer is shown as the edit, not the public text
        }
        // Opened again, the editor continues the edit and submits it into review; the public page stays.
        DocumentSession session(client, nullptr);
        QVERIFY(openIn(session, id));
        QCOMPARE(session.item().title, newTitle);
        QCOMPARE(session.item().workflow.state, pd::domain::ItemState::Published);
        QSignalSpy submitted(&session, &DocumentSession::submitted);
        session.submit();
        QVERIFY(submitted.wait(15000));
        const QJsonObject inReview = item(id);
        QCOMPARE(inReview.value(u"state").toString(), u"published"_s);
        QCOMPARE(inReview.value(u"pendingRevision").toObject().value(u"state").toString(), u"submitted"_s);
        QVERIFY(publicPage(id).contains(oldTitle));
        QVERIFY(!publicPage(id).contains(newTitle));
    }

    void urgentCorrectionNeedsAReasonAndThePublisher()
    {
        const QString oldTitle = u"紧急更正测试：副市长王某某出席活动"_s;
        const QString newTitle = u"紧急更正测试：副市长王某某出席会议"_s;
        const qint64 id = publishNews(oldTitle);
        QVERIFY(id > 0);

        // An editor may not: the portal refuses, the edit stays saved as a pending revision.
        pd::api::PortalClient editorClient;
        QVERIFY2(m_portal.signIn(editorClient, u"editor"_s), m_portal.failure());
        DocumentSession editor(editorClient, nullptr);
        QVERIFY(openIn(editor, id));
        QVERIFY(editor.canCorrectUrgently());
        editor.setContent(withTitle(editor.item(), newTitle));
        QSignalSpy editorFailed(&editor, &DocumentSession::failed);
        editor.correctUrgently(u"领导职务有误"_s);
        QVERIFY(editorFailed.wait(15000));
        QCOMPARE(editorFailed.first().at(0).value<pd::Error>().code, pd::ErrorCode::Forbidden);
        QCOMPARE(item(id).value(u"title").toString(), oldTitle);
        QCOMPARE(item(id).value(u"pendingRevision").toObject().value(u"title").toString(), newTitle);

        // The publisher: without a reason nothing is sent; with one the edit is public at once.
        pd::api::PortalClient publisherClient;
        QVERIFY2(m_portal.signIn(publisherClient, u"reviewer3"_s), m_portal.failure());
        DocumentSession publisher(publisherClient, nullptr);
        QVERIFY(openIn(publisher, id));
        QCOMPARE(publisher.item().title, newTitle);
        const qint64 revision = publisher.item().revision;
        QSignalSpy failed(&publisher, &DocumentSession::failed);
        publisher.correctUrgently(u"   "_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<pd::Error>().code, pd::ErrorCode::Validation);
        QCOMPARE(publisher.status(), DocumentSession::Status::Clean);
        QCOMPARE(item(id).value(u"revision").toInteger(), revision);

        QSignalSpy corrected(&publisher, &DocumentSession::corrected);
        publisher.correctUrgently(u"领导职务有误，立即更正"_s);
        QVERIFY(corrected.wait(15000));
        const QJsonObject now = item(id);
        QCOMPARE(now.value(u"state").toString(), u"published"_s);
        QCOMPARE(now.value(u"title").toString(), newTitle);
        QVERIFY(now.value(u"pendingRevision").isNull() || now.value(u"pendingRevision").isUndefined());
        QVERIFY(publicPage(id).contains(newTitle));
        QCOMPARE(publisher.item().title, newTitle);
    }

    void aPublisherWhoIsNotAnEditorFixesAndRepublishes()
    {
        // The demo's publisher holds no editor role: the fix is theirs to write as well as to republish.
        const QString oldTitle = u"紧急更正测试：市长某某到企业调研"_s;
        const QString newTitle = u"紧急更正测试：代市长某某到企业调研"_s;
        const qint64 id = publishNews(oldTitle);
        QVERIFY(id > 0);
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"reviewer3"_s), m_portal.failure());
        QVERIFY(!client.session().user().hasRole(u"editor", m_site->siteId()));
        DocumentSession publisher(client, nullptr);
        QVERIFY(openIn(publisher, id));
        publisher.setContent(withTitle(publisher.item(), newTitle));
        QSignalSpy failed(&publisher, &DocumentSession::failed);
        QSignalSpy corrected(&publisher, &DocumentSession::corrected);
        publisher.correctUrgently(u"领导职务有误，立即更正"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!corrected.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).value<pd::Error>().message));
        QCOMPARE(item(id).value(u"title").toString(), newTitle);
        QVERIFY(publicPage(id).contains(newTitle));
    }
};

QTEST_GUILESS_MAIN(tst_CorrectingSession)
#include "tst_correcting_session.moc"
