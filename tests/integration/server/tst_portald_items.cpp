// Items over real HTTP: CRUD with ETag/If-Match, idempotent creates, the review workflow with checks, audit and
// scheduling, 索引号 assignment under concurrency, lists/search/queue, and the role × endpoint matrix.
#include "tests/support/AccountRows.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/ProblemChecks.h"
#include "tests/support/ReplyFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {
const QStringList kAccounts{u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s,
                            u"reporter"_s, u"moderator"_s, u"admin"_s};
} // namespace

class tst_PortaldItems : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    QHash<QString, qint64> m_columns; // name → id
    qint64 m_site = 0;
    qint64 m_memberSite = 0; // made by placementRoleMatrix, a target of pushes
    qint64 m_memberColumn = 0;

    QJsonObject news(const QString &title, const QString &body = u"<p>正文内容。</p>"_s) const
    {
        return QJsonObject{{u"site"_s, m_site},
                           {u"type"_s, u"news"_s},
                           {u"columns"_s, QJsonArray{m_columns.value(u"要闻动态"_s)}},
                           {u"title"_s, title},
                           {u"summary"_s, u"摘要"_s},
                           {u"bodyHtml"_s, body},
                           {u"author"_s, u"测试记者"_s}};
    }
    QJsonObject disclosure(const QString &title) const
    {
        return QJsonObject{{u"site"_s, m_site},
                           {u"type"_s, u"disclosure"_s},
                           {u"columns"_s, QJsonArray{m_columns.value(u"政府信息公开"_s)}},
                           {u"title"_s, title},
                           {u"bodyHtml"_s, u"<p>公开内容。</p>"_s},
                           {u"disclosure"_s,
                            QJsonObject{{u"publisher"_s, u"临江市人民政府办公室"_s},
                                        {u"docNo"_s, u"临政办发〔2026〕99号"_s},
                                        {u"writtenDate"_s, QDate::currentDate().addDays(-2).toString(Qt::ISODate)},
                                        {u"topicCategory"_s, u"0101"_s},
                                        {u"genre"_s, u"通知"_s},
                                        {u"audience"_s, u"面向公民"_s},
                                        {u"mode"_s, u"主动公开"_s},
                                        {u"term"_s, u"长期"_s},
                                        {u"scope"_s, u"面向社会"_s},
                                        {u"validity"_s, u"有效"_s},
                                        {u"keywords"_s, QJsonArray{u"测试"_s}},
                                        {u"abstract"_s, u"测试用的公开信息。"_s}}}};
    }
    /// Creates a news draft as the editor; returns the reply (201 expected).
    HttpProbe::Reply createNews(const QString &title, const QString &body = u"<p>正文内容。</p>"_s)
    {
        return m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, news(title, body));
    }
    HttpProbe::Reply act(const QString &who, qint64 id, qint64 revision, const QString &action,
                         const QString &comment = {}, const QDateTime &publishAt = {})
    {
        QJsonObject body{{u"action"_s, action}};
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        if (publishAt.isValid())
            body.insert(u"publishAt"_s, publishAt.toUTC().toString(Qt::ISODateWithMs));
        return m_portal.call(who, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), body, PortaldFixture::ifMatch(revision));
    }

    /// A news item brought to `approved` through all three levels; returns its current revision.
    std::pair<qint64, qint64> approvedItem(const QString &title)
    {
        auto r = createNews(title);
        const qint64 id = idOf(r);
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            r = act(who, id, revOf(r), u"approve"_s);
        return {id, stateOf(r) == u"approved" ? revOf(r) : -1};
    }

    // POSTs `body` as the editor; the fields portald's 422 names, or only the status it gave instead.
    QStringList refusedFields(const QJsonObject &body)
    {
        const auto r = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, body);
        return r.status == 422 ? problemFields(r) : QStringList{u"HTTP %1"_s.arg(r.status)};
    }

    void login()
    {
        for (const QString &who : kAccounts) {
            const QString token = m_http.login(m_portal.baseUrl(), who, pd::test::PortaldFixture::password());
            QVERIFY2(!token.isEmpty(), qPrintable(who));
            m_portal.adopt(who, token);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        login();
        const auto sites = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s);
        m_site = sites.json.array().first().toObject().value(u"id").toInteger();
        const auto columns = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site));
        for (const QJsonValue &v : columns.json.array())
            m_columns.insert(v.toObject().value(u"name").toString(), v.toObject().value(u"id").toInteger());
        QVERIFY(m_columns.contains(u"要闻动态"_s));
        QVERIFY(m_columns.contains(u"政府信息公开"_s));
    }

    void createReadUpdateWithETag()
    {
        const auto created = createNews(u"市政府召开常务会议"_s);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.headers.value("etag"), "\"1\"");
        QCOMPARE(stateOf(created), u"draft"_s);
        const qint64 id = idOf(created);
        QCOMPARE(created.headers.value("location"), u"/api/v1/items/%1"_s.arg(id).toUtf8());

        const auto read = m_portal.call(u"reviewer1"_s, "GET", u"/api/v1/items/%1"_s.arg(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.headers.value("etag"), "\"1\"");
        QCOMPARE(read.json.object().value(u"title").toString(), u"市政府召开常务会议"_s);

        QJsonObject edit = news(u"市政府召开第十次常务会议"_s);
        const auto noIfMatch = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), edit);
        QCOMPARE(noIfMatch.status, 428);
        QVERIFY(noIfMatch.headers.value("content-type").startsWith("application/problem+json"));

        const auto stale = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), edit, {{"If-Match", "\"7\""}});
        QCOMPARE(stale.status, 412);
        const QJsonObject current = stale.json.object().value(u"current").toObject();
        QCOMPARE(current.value(u"revision").toInteger(), 1);
        QCOMPARE(current.value(u"title").toString(), u"市政府召开常务会议"_s);

        const auto updated = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), edit, PortaldFixture::ifMatch(read));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.headers.value("etag"), "\"2\"");
        // The first editor's ETag is stale now: a second writer with it is refused, nothing is overwritten.
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), news(u"覆盖"_s), PortaldFixture::ifMatch(read)).status, 412);

        const auto revisions = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/revisions"_s.arg(id));
        QCOMPARE(revisions.status, 200);
        QCOMPARE(revisions.json.array().size(), 2);
        const auto first = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/revisions/1"_s.arg(id));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.object().value(u"title").toString(), u"市政府召开常务会议"_s);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/revisions/9"_s.arg(id)).status, 404);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/999999"_s).status, 404);
    }

    void bodyHtmlIsSanitised()
    {
        const auto r = createNews(u"清洗测试"_s, u"<p onclick=\"steal()\">文字<script>alert(1)</script>"
                                                 u"<a href=\"javascript:alert(1)\">链接</a></p><iframe src=\"//x\"></iframe>"_s);
        QCOMPARE(r.status, 201);
        const QString body = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(idOf(r))).json.object().value(u"bodyHtml").toString();
        QVERIFY2(!body.contains(u"script"_s) && !body.contains(u"onclick"_s) && !body.contains(u"javascript:"_s)
                     && !body.contains(u"iframe"_s),
                 qPrintable(body));
        QVERIFY(body.contains(u"文字"_s));
    }

    void invalidItemsAre422()
    {
        const QStringList noTitle = refusedFields(news(QString()));
        QVERIFY2(noTitle.contains(u"title"_s), qPrintable(noTitle.join(u' ')));

        QJsonObject wrongColumn = news(u"放错栏目"_s);
        wrongColumn.insert(u"columns"_s, QJsonArray{m_columns.value(u"政府信息公开"_s)});
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, wrongColumn).status, 422);
        wrongColumn.insert(u"columns"_s, QJsonArray{987654});
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, wrongColumn).status, 422);
        QJsonObject wrongType = news(u"类型错误"_s);
        wrongType.insert(u"title"_s, 5);
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, wrongType).status, 422);
        QCOMPARE(m_http.request("POST", m_portal.url(u"/api/v1/items"_s), "[1,2]",
                                {{"Authorization", "Bearer " + m_portal.token(u"editor"_s).toLatin1()},
                                 {"Content-Type", "application/json"}})
                     .status,
                 400);

        QJsonObject longAbstract = disclosure(u"概述过长"_s);
        QJsonObject meta = longAbstract.value(u"disclosure").toObject();
        meta.insert(u"abstract"_s, QString(101, u'字'));
        meta.insert(u"mode"_s, u"不予公开"_s);
        longAbstract.insert(u"disclosure"_s, meta);
        const QStringList fields = refusedFields(longAbstract);
        QVERIFY2(fields.contains(u"disclosure.abstract"_s) && fields.contains(u"disclosure.modeReason"_s),
                 qPrintable(fields.join(u' ')));
    }

    void idempotentCreate()
    {
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "outbox-7f3a-0001"}};
        const auto first = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, news(u"幂等创建"_s), key);
        QCOMPARE(first.status, 201);
        const auto again = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, news(u"幂等创建"_s), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(idOf(again), idOf(first));
        QCOMPARE(again.headers.value("etag"), first.headers.value("etag"));
        const auto different = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, news(u"另一篇"_s), key);
        QCOMPARE(different.status, 422);
        QVERIFY(different.headers.value("content-type").startsWith("application/problem+json"));
        // Without a key every POST is a new item.
        QVERIFY(idOf(createNews(u"无键"_s)) != idOf(createNews(u"无键"_s)));
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, news(u"键过长"_s), {{"Idempotency-Key", QByteArray(201, 'k')}}).status,
                 400);
    }

    void deleteOnlyDrafts()
    {
        const auto draft = createNews(u"待删除的草稿"_s);
        const qint64 id = idOf(draft);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", u"/api/v1/items/%1"_s.arg(id)).status, 428);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", u"/api/v1/items/%1"_s.arg(id), {}, PortaldFixture::ifMatch(5)).status, 412);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", u"/api/v1/items/%1"_s.arg(id), {}, PortaldFixture::ifMatch(draft)).status, 204);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id)).status, 404);
        // The audit log outlives the draft.
        const auto submitted = act(u"editor"_s, idOf(createNews(u"已送审"_s)), 1, u"submit"_s);
        QCOMPARE(submitted.status, 200);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", u"/api/v1/items/%1"_s.arg(idOf(submitted)), {}, PortaldFixture::ifMatch(submitted)).status, 409);
        // Saving an item under review is refused in Chinese, the state named as editors know it, never its code.
        QJsonObject edit = submitted.json.object();
        edit.insert(u"title"_s, u"已送审（改）"_s);
        const auto refused = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(idOf(submitted)), edit, PortaldFixture::ifMatch(submitted));
        QCOMPARE(refused.status, 409);
        const QString detail = refused.json.object().value(u"detail").toString();
        QVERIFY2(detail.startsWith(u"“审核中”状态的条目不能修改"_s), qPrintable(detail));
        QVERIFY2(!detail.contains(u"submitted"_s), qPrintable(detail));
    }

    void fullWorkflowWithAudit()
    {
        auto r = createNews(u"全流程测试"_s);
        const qint64 id = idOf(r);
        QCOMPARE(act(u"reviewer1"_s, id, revOf(r), u"approve"_s).status, 409); // a draft is not under review
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"submitted"_s);
        QCOMPARE(r.json.object().value(u"level").toInt(), 1);
        QVERIFY(!r.json.object().value(u"dueAt").toString().isEmpty());
        QCOMPARE(act(u"reviewer2"_s, id, revOf(r), u"approve"_s).status, 403); // wrong level
        QCOMPARE(act(u"reviewer1"_s, id, revOf(r) - 1, u"approve"_s).status, 412);
        QCOMPARE(act(u"reviewer1"_s, id, revOf(r), u"reject"_s).status, 422); // no comment
        for (int level = 1; level <= 3; ++level) {
            r = act(u"reviewer%1"_s.arg(level), id, revOf(r), u"approve"_s);
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(stateOf(r), u"approved"_s);
        QVERIFY(r.json.object().value(u"dueAt").isNull());
        QCOMPARE(act(u"editor"_s, id, revOf(r), u"publish"_s).status, 403);
        r = act(u"reviewer3"_s, id, revOf(r), u"publish"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"published"_s);
        QCOMPARE(r.json.object().value(u"publicUrl").toString(), u"/items/%1.html"_s.arg(id));
        QVERIFY(!r.json.object().value(u"publishedAt").toString().isEmpty());
        QCOMPARE(act(u"reviewer3"_s, id, revOf(r), u"publish"_s).status, 409);
        // Editing a published item stores a pending revision; the published text stays what it was.
        r = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), news(u"改已发布"_s), PortaldFixture::ifMatch(revOf(r)));
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"published"_s);
        QVERIFY(r.json.object().value(u"title").toString() != u"改已发布"_s);
        QCOMPARE(r.json.object().value(u"pendingRevision").toObject().value(u"title").toString(), u"改已发布"_s);
        r = act(u"reviewer3"_s, id, revOf(r), u"unpublish"_s);
        QCOMPARE(stateOf(r), u"unpublished"_s);
        QCOMPARE(act(u"reviewer3"_s, id, revOf(r), u"withdraw"_s).status, 422); // a withdrawal needs its reason
        r = act(u"reviewer3"_s, id, revOf(r), u"withdraw"_s, u"数据有误，撤稿"_s);
        QCOMPARE(stateOf(r), u"withdrawn"_s);
        r = act(u"admin"_s, id, revOf(r), u"archive"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"archived"_s);

        const auto audit = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/audit"_s.arg(id));
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &v : audit.json.array())
            actions << v.toObject().value(u"action").toString();
        QCOMPARE(actions, (QStringList{u"create"_s, u"submit"_s, u"approve"_s, u"approve"_s, u"approve"_s, u"publish"_s,
                                       u"update"_s, u"unpublish"_s, u"withdraw"_s, u"archive"_s}));
        const QJsonObject withdraw = audit.json.array().at(8).toObject();
        QCOMPARE(withdraw.value(u"comment").toString(), u"数据有误，撤稿"_s);
        QCOMPARE(withdraw.value(u"fromState").toString(), u"unpublished"_s);
        QCOMPARE(withdraw.value(u"toState").toString(), u"withdrawn"_s);
        QCOMPARE(withdraw.value(u"user").toObject().value(u"username").toString(), u"reviewer3"_s);
    }

    void rejectEditResubmit()
    {
        auto r = createNews(u"退回修改测试"_s);
        const qint64 id = idOf(r);
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        r = act(u"reviewer1"_s, id, revOf(r), u"reject"_s, u"请补充数据来源"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"rejected"_s);
        r = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), news(u"退回修改测试（已补充来源）"_s), PortaldFixture::ifMatch(revOf(r)));
        QCOMPARE(r.status, 200);
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(u"level").toInt(), 1);
    }

    void checksBlockSubmit()
    {
        auto r = createNews(u"含敏感词的稿件"_s, u"<p>欢迎参加网上博彩活动。</p>"_s);
        QCOMPARE(r.status, 201); // a draft may hold anything; submitting is where checks apply
        const auto refused = act(u"editor"_s, idOf(r), revOf(r), u"submit"_s);
        QCOMPARE(refused.status, 422);
        const QJsonArray findings = refused.json.object().value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(u"field").toString(), u"bodyHtml"_s);
        QCOMPARE(f.value(u"severity").toString(), u"block"_s);
        QVERIFY(!f.value(u"ruleId").toString().isEmpty());
        QVERIFY(f.value(u"start").toInt() > 0);
        QCOMPARE(refused.json.object().value(u"errors").toArray().first().toObject().value(u"field").toString(), u"bodyHtml"_s);
        QCOMPARE(stateOf(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(idOf(r)))), u"draft"_s);
    }

    void scheduledPublishing()
    {
        auto [id, rev] = approvedItem(u"定时发布测试"_s);
        QVERIFY(rev > 0);
        QCOMPARE(act(u"reviewer3"_s, id, rev, u"schedule"_s, {}, QDateTime::currentDateTimeUtc().addSecs(-60)).status, 422);
        const auto r = act(u"reviewer3"_s, id, rev, u"schedule"_s, {}, QDateTime::currentDateTimeUtc().addSecs(2));
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"scheduled"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id))), u"published"_s, 15'000);
        const auto audit = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/audit"_s.arg(id));
        QCOMPARE(audit.json.array().last().toObject().value(u"action").toString(), u"publish"_s);
        QCOMPARE(audit.json.array().last().toObject().value(u"user").toObject().value(u"id").toInteger(), 0);
    }

    void scheduleSurvivesRestart()
    {
        auto [id, rev] = approvedItem(u"重启后定时发布"_s);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(4);
        QCOMPARE(act(u"reviewer3"_s, id, rev, u"schedule"_s, {}, at).status, 200);
        QVERIFY(m_portal.process().stop());
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        login();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id))), u"published"_s, 20'000);
        const auto item = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id));
        QVERIFY(QDateTime::fromString(item.json.object().value(u"publishedAt").toString(), Qt::ISODateWithMs) >= at);
    }

    void concurrentDisclosureIndexNumbers()
    {
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest req(m_portal.url(u"/api/v1/items"_s));
            req.setRawHeader("Content-Type", "application/json");
            req.setRawHeader("Authorization", "Bearer " + m_portal.token(u"editor"_s).toLatin1());
            replies << nam.post(req, QJsonDocument(disclosure(u"并发公开 %1"_s.arg(i))).toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(replies, [](QNetworkReply *r) { return r->isFinished(); }), 60'000);
        QList<int> sequences;
        QString prefix;
        static const QRegularExpression pattern(u"^(.+/\\d{4})-(\\d{5})$"_s);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            const QString indexNo = QJsonDocument::fromJson(r->readAll()).object().value(u"disclosure").toObject().value(u"indexNo").toString();
            const auto m = pattern.match(indexNo);
            QVERIFY2(m.hasMatch(), qPrintable(indexNo));
            if (prefix.isEmpty())
                prefix = m.captured(1);
            QCOMPARE(m.captured(1), prefix);
            sequences << m.captured(2).toInt();
            r->deleteLater();
        }
        std::ranges::sort(sequences);
        QCOMPARE(sequences.size(), 50);
        for (int i = 1; i < sequences.size(); ++i)
            QCOMPARE(sequences.at(i), sequences.at(i - 1) + 1); // distinct and consecutive: no gaps, no duplicates
        QCOMPARE(prefix.section(u'/', 1), QString::number(QDate::currentDate().year()));

        // The number never changes afterwards, whatever the client sends.
        auto list = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?type=disclosure&state=draft&limit=1"_s);
        const qint64 id = list.json.object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
        auto item = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id));
        QJsonObject edit = item.json.object();
        QJsonObject meta = edit.value(u"disclosure").toObject();
        const QString original = meta.value(u"indexNo").toString();
        meta.insert(u"indexNo"_s, u"11321700014538266M/1999-00001"_s);
        edit.insert(u"disclosure"_s, meta);
        item = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), edit, PortaldFixture::ifMatch(item));
        QCOMPARE(item.status, 200);
        QCOMPARE(item.json.object().value(u"disclosure").toObject().value(u"indexNo").toString(), original);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", u"/api/v1/items/%1"_s.arg(id), {}, PortaldFixture::ifMatch(item)).status, 409);
    }

    void listPagesWithCursor()
    {
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const auto page = m_portal.call(u"editor"_s, "GET",
                                   u"/api/v1/items?site=%1&limit=50%2"_s.arg(m_site).arg(cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json.object().value(u"items").toArray();
            QVERIFY(items.size() <= 50);
            for (const QJsonValue &v : items) {
                const qint64 id = v.toObject().value(u"id").toInteger();
                QVERIFY2(!seen.contains(id), "an item appeared on two pages");
                seen.insert(id);
                QVERIFY(!v.toObject().contains(u"bodyHtml"));
            }
            cursor = page.json.object().value(u"nextCursor").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QVERIFY2(seen.size() >= 540, qPrintable(QString::number(seen.size()))); // ≥ 200 news + 3 features + 300 disclosure
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items?limit=0"_s).status, 400);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items?limit=201"_s).status, 400);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items?cursor=!!!"_s).status, 400);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items?state=bogus"_s).status, 400);

        const auto features = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?type=feature"_s);
        QVERIFY(features.json.object().value(u"items").toArray().size() >= 3); // the 3 demo 专题 (+ any a test made)
        const auto seededDisclosure = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?type=disclosure&limit=200"_s);
        QCOMPARE(seededDisclosure.json.object().value(u"items").toArray().size(), 200);
    }

    void incrementalSyncWithUpdatedSince()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const qint64 a = idOf(createNews(u"增量同步一"_s));
        const qint64 b = idOf(createNews(u"增量同步二"_s));
        const auto r = m_portal.call(u"editor"_s, "GET",
                            u"/api/v1/items?updatedSince=%1"_s.arg(QString::fromLatin1(
                                QUrl::toPercentEncoding(before.toString(Qt::ISODateWithMs)))));
        QCOMPARE(r.status, 200);
        QList<qint64> ids;
        for (const QJsonValue &v : r.json.object().value(u"items").toArray())
            ids << v.toObject().value(u"id").toInteger();
        QVERIFY(ids.indexOf(a) >= 0 && ids.indexOf(a) < ids.indexOf(b)); // oldest first
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items?updatedSince=yesterday"_s).status, 400);
    }

    void searchChineseText()
    {
        const qint64 id = idOf(createNews(u"智慧停车平台上线"_s, u"<p>全市三万个泊位接入统一的停车诱导系统。</p>"_s));
        const auto find = [&](const QString &q) {
            const auto r = m_portal.call(u"editor"_s, "GET",
                                u"/api/v1/items?limit=200&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)));
            QList<qint64> ids;
            for (const QJsonValue &v : r.json.object().value(u"items").toArray())
                ids << v.toObject().value(u"id").toInteger();
            return ids;
        };
        QVERIFY(find(u"停车平台"_s).contains(id));   // title, 4 characters (trigram index)
        QVERIFY(find(u"泊位接入"_s).contains(id));   // body text
        QVERIFY(find(u"停车"_s).contains(id));       // two characters: below the trigram size
        QVERIFY(find(u"智慧 诱导"_s).contains(id));  // every term must match, in title or body
        QVERIFY(!find(u"智慧 地铁"_s).contains(id));
        QVERIFY(!find(u"<p>"_s).contains(id));       // markup is not text
        QVERIFY(!find(u"营商环境"_s).isEmpty());    // seeded content is indexed too
    }

    // An editor of several sites reads one list over all of them: newest first across the sites, each item once,
    // page after page, for browsing and for a search alike; the incremental sync reads oldest first across them.
    void listSpansSitesInOneOrder()
    {
        const QJsonArray sites = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s).json.array();
        qint64 otherSite = 0;
        qint64 otherColumn = 0;
        for (const QJsonValue &site : sites) {
            const qint64 id = site.toObject().value(u"id").toInteger();
            if (id == m_site || otherColumn > 0)
                continue;
            for (const QJsonValue &c : m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(id)).json.array())
                if (c.toObject().value(u"kind").toString() == u"news" && otherColumn == 0) {
                    otherSite = id;
                    otherColumn = c.toObject().value(u"id").toInteger();
                }
        }
        QVERIFY2(otherColumn > 0, "the demo editor should edit a second site with a news column");

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QList<qint64> created; // oldest first, the two sites taking turns
        for (int i = 0; i < 6; ++i) {
            QJsonObject draft = news(u"跨站列表排序核验第%1条"_s.arg(i + 1));
            if (i % 2 == 1) {
                draft.insert(u"site"_s, otherSite);
                draft.insert(u"columns"_s, QJsonArray{otherColumn});
            }
            const auto r = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, draft);
            QCOMPARE(r.status, 201);
            created << idOf(r); // within one millisecond the later id comes later, as the list orders them
        }

        // Walks a list two items a page and keeps the ids of the items made here, in the order the pages gave them.
        const auto walk = [&](const QString &filter) {
            QList<qint64> ids;
            QSet<qint64> seen;
            QString cursor;
            QDateTime previous;
            for (int pages = 0; pages < 400; ++pages) {
                const auto page = m_portal.call(u"editor"_s, "GET",
                                                u"/api/v1/items?limit=2"_s + filter
                                                    + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
                if (page.status != 200)
                    return QList<qint64>{-page.status};
                for (const QJsonValue &v : page.json.object().value(u"items").toArray()) {
                    const qint64 id = v.toObject().value(u"id").toInteger();
                    const QDateTime updated = QDateTime::fromString(v.toObject().value(u"updatedAt").toString(),
                                                                    Qt::ISODateWithMs);
                    if (seen.contains(id) || (previous.isValid() && updated > previous))
                        return QList<qint64>{0}; // a repeat or a step back in time
                    seen.insert(id);
                    previous = updated;
                    if (created.contains(id))
                        ids << id;
                }
                cursor = page.json.object().value(u"nextCursor").toString();
                if (cursor.isEmpty())
                    break;
            }
            return ids;
        };
        const QList<qint64> newestFirst(created.rbegin(), created.rend());
        QCOMPARE(walk(u"&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"跨站列表排序"_s))), newestFirst);
        QCOMPARE(walk(u"&state=draft"_s), newestFirst);

        QList<qint64> oldestFirst;
        QString cursor;
        const QString since = QString::fromLatin1(QUrl::toPercentEncoding(before.toString(Qt::ISODateWithMs)));
        for (int pages = 0; pages < 20; ++pages) {
            const auto page = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?limit=2&updatedSince="_s + since
                                                                    + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json.object().value(u"items").toArray())
                if (created.contains(v.toObject().value(u"id").toInteger()))
                    oldestFirst << v.toObject().value(u"id").toInteger();
            cursor = page.json.object().value(u"nextCursor").toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(oldestFirst, created);
    }

    void reviewQueueByLevel()
    {
        const auto q1 = m_portal.call(u"reviewer1"_s, "GET", u"/api/v1/review/queue?site=%1"_s.arg(m_site));
        QCOMPARE(q1.status, 200);
        const QJsonArray items = q1.json.object().value(u"items").toArray();
        QVERIFY(!items.isEmpty());
        QSet<QString> lights;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"state").toString(), u"submitted"_s);
            QCOMPARE(o.value(u"level").toInt(), 1);
            QVERIFY(!o.value(u"dueAt").toString().isEmpty());
            lights << o.value(u"light").toString();
        }
        QVERIFY2(lights.contains(u"red"_s), "the demo has overdue items at level 1");
        for (const QString &who : {u"reviewer2"_s, u"reviewer3"_s}) {
            const auto q = m_portal.call(who, "GET", u"/api/v1/review/queue?site=%1"_s.arg(m_site));
            QVERIFY(!q.json.object().value(u"items").toArray().isEmpty());
        }
        bool approvedForPublisher = false;
        for (const QJsonValue &v : m_portal.call(u"reviewer3"_s, "GET", u"/api/v1/review/queue"_s).json.object().value(u"items").toArray())
            approvedForPublisher |= v.toObject().value(u"waitingFor").toString() == u"publish";
        QVERIFY(approvedForPublisher);
        QVERIFY(m_portal.call(u"editor"_s, "GET", u"/api/v1/review/queue"_s).json.object().value(u"items").toArray().isEmpty());
    }

    void withdrawRemovesItemFromFeatures()
    {
        const auto features = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?type=feature"_s);
        const qint64 featureId = features.json.object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
        auto feature = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(featureId));
        const QJsonArray sections = feature.json.object().value(u"feature").toObject().value(u"sections").toArray();
        QVERIFY(!sections.isEmpty());
        const qint64 referenced = sections.first().toObject().value(u"itemIds").toArray().first().toInteger();
        QVERIFY(referenced > 0);
        const auto item = m_portal.call(u"reviewer3"_s, "GET", u"/api/v1/items/%1"_s.arg(referenced));
        QCOMPARE(stateOf(item), u"published"_s);
        QCOMPARE(act(u"reviewer3"_s, referenced, revOf(item), u"withdraw"_s, u"内容过时"_s).status, 200);

        const auto after = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(featureId));
        QVERIFY(revOf(after) > revOf(feature));
        for (const QJsonValue &s : after.json.object().value(u"feature").toObject().value(u"sections").toArray())
            QVERIFY(!s.toObject().value(u"itemIds").toArray().contains(QJsonValue(referenced)));
    }

    void disclosureCatalogAndRules()
    {
        const auto catalog = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/disclosure/catalog"_s.arg(m_site));
        QCOMPARE(catalog.status, 200);
        QCOMPARE(catalog.json.array().size(), 22);
        int total = 0;
        for (const QJsonValue &v : catalog.json.array())
            total += v.toObject().value(u"count").toInt();
        QVERIFY2(total >= 300, qPrintable(QString::number(total)));
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/999/disclosure/catalog"_s).status, 404);

        const auto rules = m_portal.call(u"editor"_s, "GET", u"/api/v1/checks/rules?site=%1"_s.arg(m_site));
        QCOMPARE(rules.status, 200);
        QVERIFY(rules.json.object().value(u"version").toInt() >= 1);
        QVERIFY(rules.json.object().value(u"rules").toArray().size() > 10);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/checks/rules"_s).status, 400);
    }

    void endedFeatureIsArchived()
    {
        const auto published = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?type=news&state=published&limit=2"_s);
        const QJsonArray refs = published.json.object().value(u"items").toArray();
        QCOMPARE(refs.size(), 2);
        const QJsonObject body{
            {u"site"_s, m_site},
            {u"type"_s, u"feature"_s},
            {u"columns"_s, QJsonArray{m_columns.value(u"专题专栏"_s)}},
            {u"title"_s, u"短期专题"_s},
            {u"bodyHtml"_s, u"<p>专题导语。</p>"_s},
            {u"feature"_s, QJsonObject{{u"slug"_s, u"short-lived"_s},
                                        {u"endsAt"_s, QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODateWithMs)},
                                        {u"sections"_s, QJsonArray{QJsonObject{
                                                             {u"title"_s, u"动态"_s},
                                                             {u"itemIds"_s, QJsonArray{refs.at(0).toObject().value(u"id"),
                                                                                       refs.at(1).toObject().value(u"id")}}}}}}}};
        auto r = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, body);
        QCOMPARE(r.status, 201);
        const qint64 id = idOf(r);
        QCOMPARE(r.json.object().value(u"feature").toObject().value(u"sections").toArray().first().toObject()
                     .value(u"itemIds").toArray().size(),
                 2);
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            r = act(who, id, revOf(r), u"approve"_s);
        r = act(u"reviewer3"_s, id, revOf(r), u"publish"_s);
        QCOMPARE(stateOf(r), u"published"_s);
        // The scheduler wakes at least every 30 s; past its end date the feature is archived (归档) by itself.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(id))), u"archived"_s, 45'000);

        QJsonObject selfReference = body;
        QJsonObject feature = body.value(u"feature").toObject();
        feature.insert(u"slug"_s, u"Not A Slug"_s);
        feature.insert(u"sections"_s, QJsonArray{QJsonObject{{u"title"_s, u"动态"_s}, {u"itemIds"_s, QJsonArray{999999}}}});
        selfReference.insert(u"feature"_s, feature);
        const QStringList fields = refusedFields(selfReference);
        QVERIFY2(fields.contains(u"feature.slug"_s) && fields.contains(u"feature.sections[0].itemIds"_s),
                 qPrintable(fields.join(u' ')));
    }

    void workingCalendarIsConfigurable()
    {
        // A round-the-clock office: 4 working hours are 4 hours of wall-clock time.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"calendar.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"days": [1,2,3,4,5,6,7], "periods": [{"start": "00:00", "end": "23:59"}], "utcOffsetMinutes": 480})");
        file.close();
        pd::test::PortaldFixture portald({u"--demo"_s, u"--working-calendar"_s, file.fileName()});
        QVERIFY2(portald.start(), portald.failure());
        auto r = portald.api("POST", u"/api/v1/items"_s, u"editor"_s, QJsonDocument(news(u"日历测试"_s)));
        QCOMPARE(r.status, 201);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        r = portald.api("POST", u"/api/v1/items/%1/transitions"_s.arg(idOf(r)), u"editor"_s,
                        QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}), PortaldFixture::ifMatch(r));
        QCOMPARE(r.status, 200);
        const QDateTime due = QDateTime::fromString(r.json.object().value(u"dueAt").toString(), Qt::ISODateWithMs);
        const qint64 minutes = before.secsTo(due) / 60;
        QVERIFY2(minutes >= 239 && minutes <= 242, qPrintable(QString::number(minutes)));
        QVERIFY(portald.process().stop());

        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"periods": [{"start": "12:00", "end": "09:00"}]})");
        broken.close();
        pd::test::PortaldFixture refused({u"--working-calendar"_s, broken.fileName()});
        QVERIFY(!refused.start());
    }

    void roleMatrix_data()
    {
        pd::test::addAccountRows(kAccounts);
    }

    // Every mutating item endpoint, every role: exactly the roles domain.md gives the power get 2xx, the rest 403.
    void roleMatrix()
    {
        QFETCH(QString, who);
        const bool editor = who == u"editor";

        const auto created = m_portal.call(who, "POST", u"/api/v1/items"_s, news(u"权限矩阵 "_s + who));
        QCOMPARE(created.status, editor ? 201 : 403);

        auto draft = createNews(u"权限矩阵草稿"_s);
        QCOMPARE(m_portal.call(who, "PUT", u"/api/v1/items/%1"_s.arg(idOf(draft)), news(u"改"_s), PortaldFixture::ifMatch(draft)).status,
                 editor ? 200 : 403);
        draft = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(idOf(draft)));
        QCOMPARE(m_portal.call(who, "DELETE", u"/api/v1/items/%1"_s.arg(idOf(draft)), {}, PortaldFixture::ifMatch(draft)).status, editor ? 204 : 403);

        auto other = createNews(u"权限矩阵送审"_s);
        QCOMPARE(act(who, idOf(other), revOf(other), u"submit"_s).status, editor ? 200 : 403);

        for (int level = 1; level <= 3; ++level) {
            auto r = createNews(u"权限矩阵第%1级"_s.arg(level));
            r = act(u"editor"_s, idOf(r), revOf(r), u"submit"_s);
            for (int l = 1; l < level; ++l)
                r = act(u"reviewer%1"_s.arg(l), idOf(r), revOf(r), u"approve"_s);
            const bool allowed = who == u"reviewer%1"_s.arg(level);
            QCOMPARE(act(who, idOf(r), revOf(r), u"approve"_s).status, allowed ? 200 : 403);
            QCOMPARE(act(who, idOf(r), revOf(r) + (allowed ? 1 : 0), u"reject"_s, u"退回"_s).status,
                     allowed ? (level < 3 ? 403 : 409) : 403);
        }

        const bool publisher = who == u"reviewer3";
        auto [id, rev] = approvedItem(u"权限矩阵发布 "_s + who);
        const auto published = act(who, id, rev, u"publish"_s);
        QCOMPARE(published.status, publisher ? 200 : 403);
        if (!publisher)
            rev = revOf(act(u"reviewer3"_s, id, rev, u"publish"_s));
        else
            rev = revOf(published);
        const auto unpublished = act(who, id, rev, u"unpublish"_s);
        QCOMPARE(unpublished.status, publisher ? 200 : 403);
        if (!publisher)
            rev = revOf(act(u"reviewer3"_s, id, rev, u"unpublish"_s));
        else
            rev = revOf(unpublished);
        const auto withdrawn = act(who, id, rev, u"withdraw"_s, u"撤稿理由"_s);
        QCOMPARE(withdrawn.status, publisher ? 200 : 403);
        if (!publisher)
            rev = revOf(act(u"reviewer3"_s, id, rev, u"withdraw"_s, u"撤稿理由"_s));
        else
            rev = revOf(withdrawn);
        QCOMPARE(act(who, id, rev, u"archive"_s).status, publisher || who == u"admin" ? 200 : 403);

        auto [sid, srev] = approvedItem(u"权限矩阵定时 "_s + who);
        QCOMPARE(act(who, sid, srev, u"schedule"_s, {}, QDateTime::currentDateTimeUtc().addDays(1)).status,
                 publisher ? 200 : 403);
    }

    void placementRoleMatrix_data() { roleMatrix_data(); }

    // Co-publishing, every role: only an editor of both sites pushes; editors and publishers of the item's site end a
    // placement; everyone who sees the item sees where it is placed.
    void placementRoleMatrix()
    {
        QFETCH(QString, who);
        if (m_memberSite == 0) {
            // A member site of the demo portal, and the demo editor made an editor there too.
            const auto site = m_portal.call(u"admin"_s, "POST", u"/api/v1/sites"_s,
                                   QJsonObject{{u"name"_s, u"矩阵推送站点"_s}, {u"siteCode"_s, u"3217009901"_s},
                                               {u"orgCode"_s, u"11321700014538266M"_s}, {u"parentSite"_s, m_site}});
            QCOMPARE(site.status, 201);
            m_memberSite = idOf(site);
            m_memberColumn = idOf(m_portal.call(u"admin"_s, "POST", u"/api/v1/sites/%1/columns"_s.arg(m_memberSite),
                                       QJsonObject{{u"name"_s, u"矩阵动态"_s}, {u"kind"_s, u"news"_s}}));
            QVERIFY(m_memberColumn > 0);
            const qint64 editorId = m_portal.call(u"editor"_s, "GET", u"/api/v1/me"_s).json.object().value(u"id").toInteger();
            const auto account = m_portal.call(u"admin"_s, "GET", u"/api/v1/users/%1"_s.arg(editorId));
            QJsonArray roles = account.json.object().value(u"roles").toArray();
            roles.append(QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_memberSite}});
            QCOMPARE(m_portal.call(u"admin"_s, "PUT", u"/api/v1/users/%1"_s.arg(editorId), QJsonObject{{u"roles"_s, roles}},
                          PortaldFixture::ifMatch(account))
                         .status,
                     200);
        }
        const bool editor = who == u"editor";
        const auto published = [&](const QString &title) {
            auto [id, rev] = approvedItem(title);
            return stateOf(act(u"reviewer3"_s, id, rev, u"publish"_s)) == u"published" ? id : 0;
        };
        const QJsonObject target{{u"site"_s, m_memberSite}, {u"columns"_s, QJsonArray{m_memberColumn}}};
        const qint64 pushed = published(u"权限矩阵推送 "_s + who);
        QVERIFY(pushed > 0);
        QCOMPARE(m_portal.call(who, "POST", u"/api/v1/items/%1/placements"_s.arg(pushed), target).status, editor ? 201 : 403);
        QCOMPARE(m_portal.call(who, "GET", u"/api/v1/items/%1/placements"_s.arg(pushed)).status, 200);

        const qint64 ended = published(u"权限矩阵撤回推送 "_s + who);
        const auto placement = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/placements"_s.arg(ended), target);
        QCOMPARE(placement.status, 201);
        QCOMPARE(m_portal.call(who, "DELETE", u"/api/v1/items/%1/placements/%2"_s.arg(ended).arg(idOf(placement))).status,
                 editor || who == u"reviewer3" ? 204 : 403);
    }

    void adminRoleMatrix_data() { roleMatrix_data(); }

    // Every administration endpoint, every role: the administrator gets 2xx, everyone else 403.
    void adminRoleMatrix()
    {
        QFETCH(QString, who);
        const int ok = who == u"admin" ? 200 : 403;
        const QString policyPath = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        const auto policy = m_portal.call(u"admin"_s, "GET", policyPath);
        QCOMPARE(m_portal.call(who, "GET", policyPath).status, ok);
        QCOMPARE(m_portal.call(who, "PUT", policyPath, policy.json.object(), PortaldFixture::ifMatch(policy)).status, ok);
        QCOMPARE(m_portal.call(who, "GET", u"/api/v1/audit"_s).status, ok);

        QCOMPARE(m_portal.call(who, "GET", u"/api/v1/users"_s).status, ok);
        const QJsonObject account{{u"username"_s, u"matrix-"_s + who}, {u"displayName"_s, u"矩阵"_s},
                                  {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}}}}};
        const auto created = m_portal.call(who, "POST", u"/api/v1/users"_s, account);
        QCOMPARE(created.status, who == u"admin" ? 201 : 403);
        const qint64 target = who == u"admin" ? idOf(created) : idOf(m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s, account));
        QVERIFY(target > 0);
        const QString userPath = u"/api/v1/users/%1"_s.arg(target);
        const auto read = m_portal.call(u"admin"_s, "GET", userPath);
        QCOMPARE(m_portal.call(who, "GET", userPath).status, ok);
        QCOMPARE(m_portal.call(who, "PUT", userPath, QJsonObject{{u"displayName"_s, u"矩阵改"_s}}, PortaldFixture::ifMatch(read)).status, ok);
        QCOMPARE(m_portal.call(who, "POST", userPath + u"/password-reset"_s).status, ok);

        const int code = int(qHash(who) % 9000) + 1000;
        const QJsonObject member{{u"name"_s, u"矩阵站点 "_s + who}, {u"siteCode"_s, u"321700%1"_s.arg(code)},
                                 {u"orgCode"_s, u"11321700014538266M"_s}, {u"parentSite"_s, m_site}};
        const auto site = m_portal.call(who, "POST", u"/api/v1/sites"_s, member);
        QCOMPARE(site.status, who == u"admin" ? 201 : 403);
        const auto target_site = who == u"admin" ? site : m_portal.call(u"admin"_s, "POST", u"/api/v1/sites"_s, member);
        QCOMPARE(target_site.status, 201);
        QCOMPARE(m_portal.call(who, "PUT", u"/api/v1/sites/%1"_s.arg(idOf(target_site)), QJsonObject{{u"enabled"_s, false}},
                      PortaldFixture::ifMatch(target_site))
                     .status,
                 ok);

        const QString columns = u"/api/v1/sites/%1/columns"_s.arg(m_site);
        const QJsonObject column{{u"name"_s, u"矩阵栏目 "_s + who}, {u"kind"_s, u"news"_s}};
        const auto createdColumn = m_portal.call(who, "POST", columns, column);
        QCOMPARE(createdColumn.status, who == u"admin" ? 201 : 403);
        const qint64 columnId = who == u"admin" ? idOf(createdColumn) : idOf(m_portal.call(u"admin"_s, "POST", columns, column));
        QVERIFY(columnId > 0);
        const auto columnRevision = [&] {
            for (const QJsonValue &c : m_portal.call(u"admin"_s, "GET", columns).json.array())
                if (c.toObject().value(u"id").toInteger() == columnId)
                    return QList<QPair<QByteArray, QByteArray>>{
                        {"If-Match", '"' + QByteArray::number(c.toObject().value(u"revision").toInteger()) + '"'}};
            return QList<QPair<QByteArray, QByteArray>>{};
        };
        QCOMPARE(m_portal.call(who, "PUT", u"/api/v1/columns/%1"_s.arg(columnId), QJsonObject{{u"updateDays"_s, 30}}, columnRevision())
                     .status,
                 ok);
        QCOMPARE(m_portal.call(who, "DELETE", u"/api/v1/columns/%1"_s.arg(columnId), {}, columnRevision()).status,
                 who == u"admin" ? 204 : 403);

        // The site's own topic categories: everyone on the site reads them, only the administrator changes them.
        const QString categories = u"/api/v1/sites/%1/disclosure/categories"_s.arg(m_site);
        QCOMPARE(m_portal.call(who, "GET", categories).status, 200);
        const QString categoryCode = u"JZ%1"_s.arg(kAccounts.indexOf(who) + 10);
        const QJsonObject category{{u"code"_s, categoryCode}, {u"name"_s, u"矩阵分类 "_s + who}};
        const auto createdCategory = m_portal.call(who, "POST", categories, category);
        QCOMPARE(createdCategory.status, who == u"admin" ? 201 : 403);
        const auto targetCategory = who == u"admin" ? createdCategory : m_portal.call(u"admin"_s, "POST", categories, category);
        QCOMPARE(targetCategory.status, 201);
        const QString categoryPath = u"/api/v1/disclosure/categories/"_s + categoryCode;
        QCOMPARE(m_portal.call(who, "PUT", categoryPath, QJsonObject{{u"name"_s, u"矩阵分类改 "_s + who}}, PortaldFixture::ifMatch(targetCategory)).status, ok);
        QCOMPARE(m_portal.call(who, "DELETE", categoryPath).status, who == u"admin" ? 204 : 403);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_portal.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_PortaldItems)
#include "tst_portald_items.moc"
