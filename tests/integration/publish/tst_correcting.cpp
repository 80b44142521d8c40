// Correcting, pulling back and retiring published content against a real portald --demo: an edit of a published item
// waits as a pending revision while the public page keeps the published text, the urgent republication of the
// publisher, a withdrawal that leaves every page it was on (and a refused one that leaves everything as it was),
// the pages an item appears on, and a disclosure document marked 废止 with the document replacing it.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

class tst_Correcting : public QObject
{
    Q_OBJECT

private:

    HttpProbe::Reply get(const QString &token, const QString &path) { return m_http.json("GET", m_portal.url(path), token); }

    HttpProbe::Reply act(const QString &token, qint64 id, QJsonObject body)
    {
        const auto current = get(token, u"/api/v1/items/%1"_s.arg(id));
        return m_http.json("POST", m_portal.url(u"/api/v1/items/%1/transitions"_s.arg(id)), token, QJsonDocument(body),
                           {{"If-Match", current.headers.value("etag")}});
    }


    /// A news item taken through all three review levels to published; its id.
    qint64 publishNews(qint64 columnId, const QString &title)
    {
        return m_portal.workflow().publishNews(columnId, title, u"更正流程测试的新闻摘要。"_s,
                                               {{u"bodyHtml"_s, u"<p>本市召开更正流程测试会议。</p>"_s},
                                                {u"responsibleEditor"_s, u"李编辑"_s}});
    }

    /// PUT of the item with `title` (the rest as it is); the answer.
    HttpProbe::Reply putTitle(qint64 id, const QString &title)
    {
        const auto current = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id));
        QJsonObject body = current.json.object();
        body.insert(u"title"_s, title);
        return m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.editor, QJsonDocument(body),
                           {{"If-Match", current.headers.value("etag")}});
    }

    QList<qint64> queueIds(const QString &token)
    {
        QList<qint64> ids;
        for (const QJsonValue &v : get(token, u"/api/v1/review/queue?site=%1"_s.arg(m_portal.siteId())).json.object().value(u"items"_s).toArray())
            ids.append(v.toObject().value(u"id"_s).toInteger());
        return ids;
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    pd::test::DemoWorkflow::Accounts m_tokens;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.startSignedIn(m_tokens), m_portal.failure());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void editOfPublishedItemWaitsForReview()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        QVERIFY(column > 0);
        const QString oldTitle = u"更正测试：市政府召开常务会议"_s;
        const QString newTitle = u"更正测试：市政府召开第十二次常务会议"_s;
        const qint64 id = publishNews(column, oldTitle);
        QVERIFY(id > 0);
        const QString link = u"/items/%1.html"_s.arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link).contains(oldTitle), 10000);
        const qint64 publishedRevision = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id)).json.object().value(u"publishedRevision"_s).toInteger();
        QVERIFY(publishedRevision > 0);

        const auto saved = putTitle(id, newTitle);
        QCOMPARE(saved.status, 200);
        QJsonObject item = saved.json.object();
        QCOMPARE(item.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(item.value(u"title"_s).toString(), oldTitle);
        QCOMPARE(item.value(u"publishedRevision"_s).toInteger(), publishedRevision);
        const QJsonObject pending = item.value(u"pendingRevision"_s).toObject();
        QCOMPARE(pending.value(u"title"_s).toString(), newTitle);
        QCOMPARE(pending.value(u"state"_s).toString(), u"draft"_s);
        // Lists carry what the client needs for 已发布 · 修改审核中.
        const auto summaries = get(m_tokens.editor, u"/api/v1/items?site=%1&state=published&limit=200"_s.arg(m_portal.siteId()));
        bool summarised = false;
        for (const QJsonValue &v : summaries.json.object().value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toInteger() == id)
                summarised = v.toObject().value(u"pendingState"_s).toString() == u"draft"_s
                             && v.toObject().value(u"publishedRevision"_s).toInteger() == publishedRevision;
        QVERIFY2(summarised, "the summary carries pendingState and publishedRevision");

        // A stale ETag changes nothing and returns the current item.
        const auto stale = m_http.json("POST", m_portal.url(u"/api/v1/items/%1/transitions"_s.arg(id)), m_tokens.editor,
                                       QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}),
                                       {{"If-Match", QByteArray::number(publishedRevision)}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.object().value(u"current"_s).toObject().value(u"pendingRevision"_s).toObject()
                     .value(u"state"_s).toString(), u"draft"_s);

        // Level-1 reviewers hear of the edit on the event stream as of any item waiting for them.
        QWebSocket stream;
        QStringList assigned;
        connect(&stream, &QWebSocket::textMessageReceived, &stream, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.value(u"type"_s).toString() == u"review.assigned"_s)
                assigned.append(QString::number(m.value(u"payload"_s).toObject().value(u"id"_s).toInteger()));
        });
        QUrl ws = m_portal.baseUrl();
        ws.setScheme(u"ws"_s);
        ws.setPath(u"/api/v1/stream"_s);
        QNetworkRequest upgrade(ws);
        upgrade.setRawHeader("Authorization", "Bearer " + m_tokens.reviewer1.toLatin1());
        QSignalSpy connected(&stream, &QWebSocket::connected);
        stream.open(upgrade);
        QVERIFY(connected.wait(10000));

        QCOMPARE(m_portal.workflow().transition(m_tokens.editor, id, u"submit"_s).value(u"pendingRevision"_s).toObject().value(u"level"_s).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(assigned.contains(QString::number(id)), 10000);
        QVERIFY2(m_portal.page(link).contains(oldTitle) && !m_portal.page(link).contains(newTitle),
                 "the public page keeps the published title while the edit is in review");
        // In review the edit is not editable, and nothing of it is lost by trying.
        QCOMPARE(putTitle(id, u"再改一次"_s).status, 409);
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id)).json.object().value(u"pendingRevision"_s).toObject()
                     .value(u"title"_s).toString(), newTitle);

        // The queue of level 1 shows it; what the reviewer compares against is the published revision.
        QVERIFY(queueIds(m_tokens.reviewer1).contains(id));
        const auto base = get(m_tokens.reviewer1, u"/api/v1/items/%1/revisions/%2"_s.arg(id).arg(publishedRevision));
        QCOMPARE(base.status, 200);
        QCOMPARE(base.json.object().value(u"title"_s).toString(), oldTitle);

        // The editor cannot approve (403); an approval at the wrong level is refused too.
        QCOMPARE(act(m_tokens.editor, id, {{u"action"_s, u"approve"_s}}).status, 403);
        QCOMPARE(act(m_tokens.reviewer2, id, {{u"action"_s, u"approve"_s}}).status, 403);
        for (const QString &reviewer : {m_tokens.reviewer1, m_tokens.reviewer2, m_tokens.reviewer3})
            QVERIFY(!m_portal.workflow().transition(reviewer, id, u"approve"_s).isEmpty());
        item = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id)).json.object();
        QCOMPARE(item.value(u"pendingRevision"_s).toObject().value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(m_portal.page(link).contains(oldTitle));

        item = m_portal.workflow().transition(m_tokens.reviewer3, id, u"publish"_s);
        QCOMPARE(item.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(item.value(u"title"_s).toString(), newTitle);
        QVERIFY(item.value(u"pendingRevision"_s).isNull());
        QVERIFY(item.value(u"publishedRevision"_s).toInteger() > publishedRevision);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link).contains(newTitle), 10000);
        QTRY_VERIFY(m_portal.page(u"/columns/%1/"_s.arg(column)).contains(newTitle));
        QVERIFY(!m_portal.page(u"/columns/%1/"_s.arg(column)).contains(oldTitle));
    }

    void urgentCorrectionIsForThePublisher()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        const QString wrong = u"紧急更正测试：副市长张三出席活动"_s;
        const QString right = u"紧急更正测试：常务副市长张三出席活动"_s;
        const qint64 id = publishNews(column, wrong);
        QVERIFY(id > 0);
        const QString link = u"/items/%1.html"_s.arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link).contains(wrong), 10000);
        QCOMPARE(putTitle(id, right).status, 200);

        // The editor may not, and the publisher must give a reason: neither attempt changes anything.
        const auto byEditor = act(m_tokens.editor, id, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"领导职务有误"_s}});
        QCOMPARE(byEditor.status, 403);
        QVERIFY(byEditor.json.object().value(u"detail"_s).toString().contains(u"签发"_s));
        const auto noReason = act(m_tokens.reviewer3, id, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.json.object().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"comment"_s);
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id)).json.object().value(u"pendingRevision"_s).toObject()
                     .value(u"title"_s).toString(), right);
        QVERIFY(m_portal.page(link).contains(wrong));

        const auto urgent = act(m_tokens.reviewer3, id, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"领导职务有误"_s}});
        QCOMPARE(urgent.status, 200);
        QCOMPARE(urgent.json.object().value(u"title"_s).toString(), right);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link).contains(right), 10000);
        bool audited = false;
        for (const QJsonValue &v : get(m_tokens.reviewer3, u"/api/v1/items/%1/audit"_s.arg(id)).json.array())
            if (v.toObject().value(u"action"_s).toString() == u"publish"_s
                && v.toObject().value(u"comment"_s).toString().contains(u"领导职务有误"_s)
                && v.toObject().value(u"comment"_s).toString().contains(u"紧急更正"_s))
                audited = true;
        QVERIFY2(audited, "the urgent republication is in the audit log with its reason");
        // Nothing left to republish: a second urgent publish is a conflict.
        QCOMPARE(act(m_tokens.reviewer3, id, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"再次"_s}}).status, 409);
    }

    void aPublisherSavesTheFixOfAPublishedItem()
    {
        // The urgent path is the publisher's: one who is not an editor saves the fix as the pending revision and
        // republishes it, but still may not write drafts.
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        const QString wrong = u"签发人更正测试：市长李四调研企业"_s;
        const QString right = u"签发人更正测试：代市长李四调研企业"_s;
        const qint64 id = publishNews(column, wrong);
        QVERIFY(id > 0);
        auto current = get(m_tokens.reviewer3, u"/api/v1/items/%1"_s.arg(id));
        QJsonObject body = current.json.object();
        body.insert(u"title"_s, right);
        const auto saved = m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.reviewer3, QJsonDocument(body),
                                       {{"If-Match", current.headers.value("etag")}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json.object().value(u"pendingRevision"_s).toObject().value(u"title"_s).toString(), right);
        QCOMPARE(saved.json.object().value(u"title"_s).toString(), wrong);
        const auto urgent = act(m_tokens.reviewer3, id, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"职务有误"_s}});
        QCOMPARE(urgent.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(u"/items/%1.html"_s.arg(id)).contains(right), 10000);

        // A draft is the editors' own: the publisher's PUT is refused.
        const QJsonObject draft{{u"type"_s, u"news"_s}, {u"site"_s, m_portal.siteId()}, {u"columns"_s, QJsonArray{column}},
                                {u"title"_s, u"签发人不能改草稿"_s}};
        const auto created = m_http.json("POST", m_portal.url(u"/api/v1/items"_s), m_tokens.editor, QJsonDocument(draft));
        QCOMPARE(created.status, 201);
        QJsonObject changed = created.json.object();
        changed.insert(u"title"_s, u"签发人改了草稿"_s);
        const auto refused = m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(changed.value(u"id"_s).toInteger())),
                                         m_tokens.reviewer3, QJsonDocument(changed), {{"If-Match", created.headers.value("etag")}});
        QCOMPARE(refused.status, 403);
    }

    void withdrawLeavesEveryPageItWasOn()
    {
        const auto features = get(m_tokens.reviewer3, u"/api/v1/items?type=feature&state=published"_s);
        const QJsonArray list = features.json.object().value(u"items"_s).toArray();
        QVERIFY(!list.isEmpty());
        const qint64 featureId = list.first().toObject().value(u"id"_s).toInteger();
        const QJsonObject f = get(m_tokens.reviewer3, u"/api/v1/items/%1"_s.arg(featureId)).json.object().value(u"feature"_s).toObject();
        const QString featureUrl = u"/features/%1/"_s.arg(f.value(u"slug"_s).toString());
        // A fresh item (so the home page lists it) that the feature references: the feature's edit goes out at once
        // through the publisher's urgent path.
        const qint64 id = publishNews(m_portal.workflow().columnNamed(u"要闻动态"_s), u"撤稿测试：全市防汛工作会议召开"_s);
        QVERIFY(id > 0);
        QJsonObject edited = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(featureId)).json.object();
        QJsonObject editedFeature = edited.value(u"feature"_s).toObject();
        QJsonArray sections = editedFeature.value(u"sections"_s).toArray();
        QJsonObject first = sections.first().toObject();
        QJsonArray ids = first.value(u"itemIds"_s).toArray();
        ids.prepend(id);
        first.insert(u"itemIds"_s, ids);
        sections.replace(0, first);
        editedFeature.insert(u"sections"_s, sections);
        edited.insert(u"feature"_s, editedFeature);
        const auto featureEtag = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(featureId)).headers.value("etag");
        QCOMPARE(m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(featureId)), m_tokens.editor, QJsonDocument(edited),
                             {{"If-Match", featureEtag}}).status, 200);
        QCOMPARE(act(m_tokens.reviewer3, featureId, {{u"action"_s, u"publish"_s}, {u"urgent"_s, true},
                                              {u"comment"_s, u"补充防汛报道"_s}}).status, 200);
        const QString link = u"/items/%1.html"_s.arg(id);
        const QJsonObject item = get(m_tokens.reviewer3, u"/api/v1/items/%1"_s.arg(id)).json.object();
        const qint64 column = item.value(u"columns"_s).toArray().first().toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(featureUrl).contains(link), 10000);
        QTRY_VERIFY(m_portal.page(u"/"_s).contains(link));
        QVERIFY(m_portal.page(u"/columns/%1/"_s.arg(column)).contains(link));

        // The pages it appears on, for the confirmation dialog.
        const auto pages = get(m_tokens.editor, u"/api/v1/items/%1/pages"_s.arg(id));
        QCOMPARE(pages.status, 200);
        QStringList urls;
        for (const QJsonValue &v : pages.json.array()) {
            urls.append(v.toObject().value(u"url"_s).toString());
            QVERIFY(!v.toObject().value(u"title"_s).toString().isEmpty());
        }
        QVERIFY2(urls.contains(link) && urls.contains(u"/"_s) && urls.contains(featureUrl)
                     && urls.contains(u"/columns/%1/"_s.arg(column)),
                 qPrintable(urls.join(u' ')));
        for (const QString &u : std::as_const(urls))
            QVERIFY2(m_portal.page(u).contains(link) || u == link, qPrintable(u));

        // Without a reason: 422 naming the field, and every page stays as it was.
        const auto refused = act(m_tokens.reviewer3, id, {{u"action"_s, u"withdraw"_s}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.object().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"comment"_s);
        // An editor may not withdraw at all.
        QCOMPARE(act(m_tokens.editor, id, {{u"action"_s, u"withdraw"_s}, {u"comment"_s, u"信息有误"_s}}).status, 403);
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(id)).json.object().value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1/pages"_s.arg(id)).json.array().size(), pages.json.array().size());
        QVERIFY(m_portal.page(link).size() > 0);

        QCOMPARE(m_portal.workflow().transition(m_tokens.reviewer3, id, u"withdraw"_s, u"信息有误，撤稿"_s).value(u"state"_s).toString(), u"withdrawn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.request("GET", m_portal.url(link)).status, 404, 10000);
        QTRY_VERIFY(!m_portal.page(featureUrl).contains(link));
        QTRY_VERIFY(!m_portal.page(u"/"_s).contains(link));
        QTRY_VERIFY(!m_portal.page(u"/columns/%1/"_s.arg(column)).contains(link));
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1/pages"_s.arg(id)).json.array().size(), 0);
        // From the wrong state: a second withdrawal is a conflict.
        QCOMPARE(act(m_tokens.reviewer3, id, {{u"action"_s, u"withdraw"_s}, {u"comment"_s, u"再撤"_s}}).status, 409);
    }

    void withdrawalTakesTheTraditionalCopyAlong()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        const qint64 id = publishNews(column, u"繁体测试：市政府发布惠企政策"_s);
        QVERIFY(id > 0);
        const auto made = m_http.json("POST", m_portal.url(u"/api/v1/items/%1/traditional"_s.arg(id)), m_tokens.editor);
        QVERIFY2(made.status == 201 || made.status == 200, made.body.constData());
        const qint64 copy = made.json.object().value(u"id"_s).toInteger();
        QVERIFY(copy > 0 && copy != id);
        QVERIFY(!m_portal.workflow().transition(m_tokens.editor, copy, u"submit"_s).isEmpty());
        for (const QString &reviewer : {m_tokens.reviewer1, m_tokens.reviewer2, m_tokens.reviewer3})
            QVERIFY(!m_portal.workflow().transition(reviewer, copy, u"approve"_s).isEmpty());
        QVERIFY(!m_portal.workflow().transition(m_tokens.reviewer3, copy, u"publish"_s).isEmpty());
        const QString copyLink = u"/items/%1.html"_s.arg(copy);
        QTRY_VERIFY_WITH_TIMEOUT(!m_portal.page(copyLink).isEmpty(), 10000);

        bool listed = false;
        for (const QJsonValue &v : get(m_tokens.editor, u"/api/v1/items/%1/pages"_s.arg(id)).json.array())
            listed = listed || (v.toObject().value(u"url"_s).toString() == copyLink
                                && v.toObject().value(u"kind"_s).toString() == u"traditional"_s);
        QVERIFY2(listed, "the 繁体 copy's page is among the pages of the item");

        QVERIFY(!m_portal.workflow().transition(m_tokens.reviewer3, id, u"withdraw"_s, u"政策调整，撤稿"_s).isEmpty());
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(copy)).json.object().value(u"state"_s).toString(), u"withdrawn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.request("GET", m_portal.url(copyLink)).status, 404, 10000);
        QTRY_VERIFY(!m_portal.page(u"/columns/%1/"_s.arg(column)).contains(copyLink));
    }

    void abolishedDocumentLinksToItsReplacement()
    {
        const auto published = get(m_tokens.reviewer3, u"/api/v1/items?type=disclosure&state=published&limit=5"_s);
        const QJsonArray list = published.json.object().value(u"items"_s).toArray();
        QVERIFY(list.size() >= 2);
        const qint64 original = list.at(0).toObject().value(u"id"_s).toInteger();
        const qint64 replacing = list.at(1).toObject().value(u"id"_s).toInteger();
        const QString replacingTitle = list.at(1).toObject().value(u"title"_s).toString();
        const QString originalTitle = list.at(0).toObject().value(u"title"_s).toString();

        // Missing fields, a news item as the replacement, the wrong role: refused, nothing marked.
        const auto incomplete = act(m_tokens.reviewer3, original, {{u"action"_s, u"invalidate"_s}, {u"validity"_s, u"作废"_s}});
        QCOMPARE(incomplete.status, 422);
        QStringList fields;
        for (const QJsonValue &e : incomplete.json.object().value(u"errors"_s).toArray())
            fields.append(e.toObject().value(u"field"_s).toString());
        QVERIFY(fields.contains(u"validity"_s) && fields.contains(u"effectiveDate"_s));
        QCOMPARE(act(m_tokens.editor, original, {{u"action"_s, u"invalidate"_s}, {u"validity"_s, u"废止"_s},
                                          {u"effectiveDate"_s, u"2026-12-01"_s}}).status, 403);

        const auto marked = act(m_tokens.reviewer3, original, {{u"action"_s, u"invalidate"_s}, {u"validity"_s, u"废止"_s},
                                                        {u"effectiveDate"_s, u"2026-12-01"_s}, {u"replacedBy"_s, replacing},
                                                        {u"comment"_s, u"已被新文件取代"_s}});
        QCOMPARE(marked.status, 200);
        const QJsonObject d = marked.json.object().value(u"disclosure"_s).toObject();
        QCOMPARE(d.value(u"validity"_s).toString(), u"废止"_s);
        QCOMPARE(d.value(u"effectiveDate"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(d.value(u"replacedBy"_s).toInteger(), replacing);
        QCOMPARE(get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(replacing)).json.object().value(u"disclosure"_s).toObject()
                     .value(u"replaces"_s).toArray(), QJsonArray{original});

        const QString originalLink = u"/items/%1.html"_s.arg(original);
        const QString replacingLink = u"/items/%1.html"_s.arg(replacing);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(originalLink).contains(u"起废止"_s), 10000);
        QVERIFY(m_portal.page(originalLink).contains(u"<a href=\"%1\">《%2》</a>取代"_s.arg(replacingLink, replacingTitle.toHtmlEscaped())));
        QTRY_VERIFY(m_portal.page(replacingLink).contains(u"本文件取代<a href=\"%1\">"_s.arg(originalLink)));
        QVERIFY(m_portal.page(replacingLink).contains(originalTitle.toHtmlEscaped()));
        // The catalogue entry says it too.
        const QString category = get(m_tokens.editor, u"/api/v1/items/%1"_s.arg(original)).json.object().value(u"disclosure"_s)
                                     .toObject().value(u"topicCategory"_s).toString();
        QTRY_VERIFY(m_portal.page(u"/disclosure/%1/"_s.arg(category)).contains(u"（已废止）"_s));
        // Lists say it without opening the document: the summary carries the validity and its date.
        const auto summaries = get(m_tokens.reviewer3, u"/api/v1/items?type=disclosure&state=published&limit=200"_s);
        QJsonObject summary;
        for (const QJsonValue &v : summaries.json.object().value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toInteger() == original)
                summary = v.toObject();
        QCOMPARE(summary.value(u"validity"_s).toString(), u"废止"_s);
        QCOMPARE(summary.value(u"effectiveDate"_s).toString(), u"2026-12-01"_s);
        // The replacing document is found by its 索引号 as well as by its title.
        const QString indexNo = list.at(1).toObject().value(u"indexNo"_s).toString();
        QVERIFY(!indexNo.isEmpty());
        bool found = false;
        const auto byIndexNo = get(m_tokens.reviewer3, u"/api/v1/items?type=disclosure&q=%1"_s.arg(
                                                    QString::fromLatin1(QUrl::toPercentEncoding(indexNo))));
        for (const QJsonValue &v : byIndexNo.json.object().value(u"items"_s).toArray())
            found = found || v.toObject().value(u"id"_s).toInteger() == replacing;
        QVERIFY2(found, byIndexNo.body.constData());
        // Once marked, marking again is a conflict.
        QCOMPARE(act(m_tokens.reviewer3, original, {{u"action"_s, u"invalidate"_s}, {u"validity"_s, u"失效"_s},
                                             {u"effectiveDate"_s, u"2026-12-02"_s}}).status, 409);
    }
};

QTEST_GUILESS_MAIN(tst_Correcting)
#include "tst_correcting.moc"
