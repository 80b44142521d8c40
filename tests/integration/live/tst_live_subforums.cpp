// Parallel sessions (sub-forums) of a live event against a real portald (--demo): each session's own team of
// reporters and moderators, posts tied to a session, the refusals the field needs (a reporter outside a session's
// team, a session removed while posts belong to it), event kinds with their default modes, and a public page and
// feed per session.
#include "tests/support/AccountRows.h"
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

namespace {
const QStringList kAccounts{u"editor"_s, u"reviewer1"_s, u"reporter"_s, u"reporter2"_s, u"moderator"_s, u"admin"_s};
}

class tst_LiveSubforums : public QObject
{
    Q_OBJECT

private:
    qint64 userId(const QString &user)
    {
        return m_portal.call(user, "GET", u"/api/v1/me"_s).json.object().value(u"id"_s).toInteger();
    }
    static qint64 idOf(const HttpProbe::Reply &r) { return r.json.object().value(u"id"_s).toInteger(); }
    HttpProbe::Reply post(qint64 event, const QString &user, const QString &text, std::optional<qint64> session)
    {
        QJsonObject body{{u"kind"_s, u"text"_s}, {u"text"_s, text}};
        if (session)
            body.insert(u"session"_s, *session);
        return m_portal.call(user, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event), body,
                    {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    }
    QJsonObject readEvent(qint64 event, QByteArray *etag = nullptr)
    {
        const auto r = m_portal.call(u"editor"_s, "GET", u"/api/v1/live/events/%1"_s.arg(event));
        if (etag)
            *etag = r.headers.value("etag");
        return r.json.object();
    }
    /// A started direct forum with 主论坛 (reporter), 分论坛一 (reporter2, moderated by reporter3 alone) and
    /// 分论坛二 (no team named: open to every reporter and moderator of the site).
    qint64 forum()
    {
        const QJsonArray sessions{
            QJsonObject{{u"title"_s, u"开幕式暨主论坛"_s}, {u"reporters"_s, QJsonArray{m_ids.value(u"reporter"_s)}}},
            QJsonObject{{u"title"_s, u"分论坛一：先进制造与产业创新"_s},
                        {u"reporters"_s, QJsonArray{m_ids.value(u"reporter2"_s)}},
                        {u"moderators"_s, QJsonArray{m_ids.value(u"reporter3"_s)}}},
            QJsonObject{{u"title"_s, u"分论坛二：港航物流与开放合作"_s}}};
        const auto started = m_portal.startLiveEvent({{u"title"_s, u"分论坛测试 %1"_s.arg(++m_counter)},
                                                      {u"kind"_s, u"forum"_s},
                                                      {u"sessions"_s, sessions}});
        if (started.status != 200) {
            qWarning() << m_portal.failure();
            return 0;
        }
        return idOf(started);
    }

    pd::test::PortaldFixture m_portal;
    QHash<QString, qint64> m_ids;
    int m_counter = 0;
    qint64 m_matrixEvent = 0; ///< one event for every row of the role matrix

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : kAccounts + QStringList{u"reporter3"_s}) {
            m_ids.insert(user, userId(user));
            QVERIFY2(m_ids.value(user) > 0, qPrintable(user));
        }
    }

    void sessionsGetIdsAndKeepTheirTeams()
    {
        const qint64 event = forum();
        QVERIFY(event > 0);
        const QJsonObject read = readEvent(event);
        QCOMPARE(read.value(u"kind"_s).toString(), u"forum"_s);
        QCOMPARE(read.value(u"mode"_s).toString(), u"direct"_s);
        const QJsonArray sessions = read.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 3);
        for (qsizetype i = 0; i < sessions.size(); ++i)
            QCOMPARE(sessions.at(i).toObject().value(u"id"_s).toInteger(), i + 1);
        QCOMPARE(sessions.at(1).toObject().value(u"reporters"_s).toArray(), QJsonArray{m_ids.value(u"reporter2"_s)});
        QCOMPARE(sessions.at(1).toObject().value(u"moderators"_s).toArray(), QJsonArray{m_ids.value(u"reporter3"_s)});

        // A post that names no session goes to the first, the main forum.
        const auto plain = post(event, u"reporter"_s, u"论坛开幕。"_s, std::nullopt);
        QCOMPARE(plain.status, 201);
        QCOMPARE(plain.json.object().value(u"session"_s).toInteger(), 1);
        const auto second = post(event, u"reporter2"_s, u"分论坛一开始。"_s, 2);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.object().value(u"session"_s).toInteger(), 2);
        const auto only = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/posts?session=2"_s.arg(event));
        QCOMPARE(only.status, 200);
        const QJsonArray items = only.json.object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"id"_s).toInteger(), idOf(second));
        QCOMPARE(m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/posts?session=9"_s.arg(event)).status, 422);
    }

    void staffForTheTeams()
    {
        const auto staff = m_portal.call(u"editor"_s, "GET", u"/api/v1/live/staff?site=%1"_s.arg(m_portal.siteId()));
        QCOMPARE(staff.status, 200);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &v : staff.json.object().value(u"items"_s).toArray())
            byId.insert(v.toObject().value(u"id"_s).toInteger(), v.toObject());
        QVERIFY(byId.value(m_ids.value(u"reporter2"_s)).value(u"reporter"_s).toBool());
        QCOMPARE(byId.value(m_ids.value(u"reporter2"_s)).value(u"displayName"_s).toString(), u"林嘉怡"_s);
        QVERIFY(byId.value(m_ids.value(u"moderator"_s)).value(u"moderator"_s).toBool());
        QVERIFY(!byId.contains(m_ids.value(u"reviewer1"_s)));
        QCOMPARE(m_portal.call(u"reporter"_s, "GET", u"/api/v1/live/staff?site=%1"_s.arg(m_portal.siteId())).status, 403);
    }

    void kindsGiveTheirDefaultMode_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mode");
        QTest::newRow("听证会") << u"hearing"_s << u"reviewed"_s;
        QTest::newRow("新闻发布会") << u"press"_s << u"direct"_s;
        QTest::newRow("在线访谈") << u"interview"_s << u"reviewed"_s;
        QTest::newRow("论坛") << u"forum"_s << u"direct"_s;
    }

    void kindsGiveTheirDefaultMode()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mode);
        const auto created = m_portal.call(u"editor"_s, "POST", u"/api/v1/live/events"_s,
                                  {{u"site"_s, m_portal.siteId()}, {u"title"_s, u"临江市公共交通票价调整"_s}, {u"kind"_s, kind}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.object().value(u"kind"_s).toString(), kind);
        QCOMPARE(created.json.object().value(u"mode"_s).toString(), mode);
        // A mode the creator names wins over the kind's.
        const QString other = mode == u"direct" ? u"reviewed"_s : u"direct"_s;
        const auto named = m_portal.call(u"editor"_s, "POST", u"/api/v1/live/events"_s,
                                {{u"site"_s, m_portal.siteId()}, {u"title"_s, u"临江市公共交通票价调整"_s}, {u"kind"_s, kind},
                                 {u"mode"_s, other}});
        QCOMPARE(named.json.object().value(u"mode"_s).toString(), other);
        const auto bad = m_portal.call(u"editor"_s, "POST", u"/api/v1/live/events"_s,
                              {{u"site"_s, m_portal.siteId()}, {u"title"_s, u"座谈会"_s}, {u"kind"_s, u"meeting"_s}});
        QCOMPARE(bad.status, 422);
    }

    void reporterOutsideTheSessionRefused()
    {
        const qint64 event = forum();
        QVERIFY(event > 0);
        const auto refused = post(event, u"reporter2"_s, u"不属于主论坛的记者发的稿"_s, 1);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.headers.value("content-type"), QByteArray("application/problem+json"));
        const QString detail = refused.json.object().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"开幕式暨主论坛"_s) && detail.contains(u"记者"_s), qPrintable(detail));
        // The main forum is the default: naming no session is refused the same way.
        QCOMPARE(post(event, u"reporter2"_s, u"未指定场次"_s, std::nullopt).status, 403);
        QCOMPARE(post(event, u"reporter"_s, u"不存在的场次"_s, 7).status, 422);
        const auto bad = m_portal.call(u"reporter"_s, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event),
                              {{u"kind"_s, u"text"_s}, {u"text"_s, u"场次写成了文字"_s}, {u"session"_s, u"主论坛"_s}});
        QCOMPARE(bad.status, 422);
        // Nothing was stored.
        const auto posts = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/posts"_s.arg(event));
        QCOMPARE(posts.json.object().value(u"items"_s).toArray().size(), 0);
    }

    void sessionModeratorsModerateItsPosts()
    {
        const qint64 event = forum();
        QVERIFY(event > 0);
        const auto inFirst = post(event, u"reporter2"_s, u"分论坛一：机器人展示。"_s, 2);
        QCOMPARE(inFirst.status, 201);
        const QString path = u"/api/v1/live/posts/%1/transitions"_s.arg(idOf(inFirst));
        const QJsonObject pin{{u"action"_s, u"pin"_s}};
        // The site's moderator is not this sub-forum's: its moderator is reporter3.
        const auto refused = m_portal.call(u"moderator"_s, "POST", path, pin, {{"If-Match", inFirst.headers.value("etag")}});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json.object().value(u"detail"_s).toString().contains(u"分论坛一"_s));
        const auto pinned = m_portal.call(u"reporter3"_s, "POST", path, pin, {{"If-Match", inFirst.headers.value("etag")}});
        QCOMPARE(pinned.status, 200);
        QVERIFY(pinned.json.object().value(u"pinned"_s).toBool());
        // A session without named moderators is every live moderator's.
        const auto open = post(event, u"reporter"_s, u"分论坛二：江海联运。"_s, 3);
        QCOMPARE(open.status, 201);
        QCOMPARE(m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/posts/%1/transitions"_s.arg(idOf(open)), pin,
                      {{"If-Match", open.headers.value("etag")}})
                     .status,
                 200);
        QCOMPARE(m_portal.call(u"reporter3"_s, "POST", u"/api/v1/live/posts/%1/transitions"_s.arg(idOf(open)),
                      {{u"action"_s, u"unpin"_s}}, {{"If-Match", "\"2\""}})
                     .status,
                 403);
    }

    void removingASessionWithPostsRefused()
    {
        const qint64 event = forum();
        QVERIFY(event > 0);
        QCOMPARE(post(event, u"reporter2"_s, u"分论坛一已有稿件。"_s, 2).status, 201);
        QByteArray etag;
        QJsonObject edit = readEvent(event, &etag);
        QJsonArray sessions = edit.value(u"sessions"_s).toArray();
        const QJsonObject second = sessions.at(1).toObject();
        sessions.removeAt(1);
        edit.insert(u"sessions"_s, sessions);
        const auto refused = m_portal.call(u"editor"_s, "PUT", u"/api/v1/live/events/%1"_s.arg(event), edit, {{"If-Match", etag}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY(refused.json.object().value(u"detail"_s).toString().contains(u"分论坛一"_s));
        QCOMPARE(readEvent(event).value(u"sessions"_s).toArray().size(), 3);
        // An id the event never had is refused too.
        QJsonArray unknown = readEvent(event).value(u"sessions"_s).toArray();
        QJsonObject renamed = unknown.at(2).toObject();
        renamed.insert(u"id"_s, 42);
        unknown.replace(2, renamed);
        edit.insert(u"sessions"_s, unknown);
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", u"/api/v1/live/events/%1"_s.arg(event), edit, {{"If-Match", etag}}).status, 422);

        // Renaming it, removing the unused 分论坛二 and adding 分论坛三 is fine; the new one gets a new id.
        sessions = readEvent(event).value(u"sessions"_s).toArray();
        QJsonObject retitled = sessions.at(1).toObject();
        retitled.insert(u"title"_s, u"分论坛一：智能制造"_s);
        const QJsonArray changed{sessions.at(0), retitled, QJsonObject{{u"title"_s, u"分论坛三：数字经济与城市治理"_s}}};
        edit.insert(u"sessions"_s, changed);
        const auto saved = m_portal.call(u"editor"_s, "PUT", u"/api/v1/live/events/%1"_s.arg(event), edit, {{"If-Match", etag}});
        QCOMPARE(saved.status, 200);
        const QJsonArray now = saved.json.object().value(u"sessions"_s).toArray();
        QCOMPARE(now.size(), 3);
        QCOMPARE(now.at(1).toObject().value(u"id"_s).toInteger(), second.value(u"id"_s).toInteger());
        QCOMPARE(now.at(1).toObject().value(u"title"_s).toString(), u"分论坛一：智能制造"_s);
        QCOMPARE(now.at(2).toObject().value(u"id"_s).toInteger(), 4);
    }

    void publicPagesPerSession()
    {
        const qint64 event = forum();
        QVERIFY(event > 0);
        QCOMPARE(post(event, u"reporter"_s, u"主论坛：市长致辞。"_s, 1).status, 201);
        QCOMPARE(post(event, u"reporter2"_s, u"分论坛一：企业分享智能工厂经验。"_s, 2).status, 201);
        QCOMPARE(post(event, u"moderator"_s, u"分论坛二：港务集团签约。"_s, 3).status, 201);
        const auto feed = [&](const QString &path) {
            return m_portal.http().request("GET", m_portal.url(path)).body;
        };
        const auto texts = [&](const QString &path) {
            QStringList out;
            for (const QJsonValue &p : QJsonDocument::fromJson(feed(path)).object().value(u"posts"_s).toArray())
                out.append(p.toObject().value(u"text"_s).toString());
            return out;
        };
        QTRY_COMPARE(texts(u"/live/%1/feed.json"_s.arg(event)).size(), 3);
        QCOMPARE(texts(u"/live/%1/sessions/2/feed.json"_s.arg(event)), QStringList{u"分论坛一：企业分享智能工厂经验。"_s});
        QCOMPARE(texts(u"/live/%1/sessions/3/feed.json"_s.arg(event)), QStringList{u"分论坛二：港务集团签约。"_s});
        // Citizens learn the programme, not who reports it.
        QVERIFY(!feed(u"/live/%1/feed.json"_s.arg(event)).contains("reporters"));

        const QString all = QString::fromUtf8(feed(u"/live/%1/"_s.arg(event)));
        QVERIFY(all.contains(u"aria-label=\"分论坛\""_s));
        QVERIFY(all.contains(u"<a href=\"/live/%1/\" data-session=\"0\" aria-current=\"page\">全部</a>"_s.arg(event)));
        QVERIFY(all.contains(u"href=\"/live/%1/sessions/2/\""_s.arg(event)));
        QVERIFY(all.contains(u"市长致辞"_s) && all.contains(u"港务集团签约"_s));
        const QString first = QString::fromUtf8(feed(u"/live/%1/sessions/2/"_s.arg(event)));
        QVERIFY(first.contains(u"企业分享智能工厂经验"_s));
        QVERIFY(!first.contains(u"市长致辞"_s));
        QVERIFY(first.contains(u"data-feed=\"/live/%1/sessions/2/feed.json\""_s.arg(event)));
        QVERIFY(first.contains(u"aria-current=\"page\">分论坛一：先进制造与产业创新</a>"_s));
    }

    void roleMatrix_data()
    {
        pd::test::addAccountRows(kAccounts);
    }

    // Posting into and moderating a sub-forum with a named team, every role: its reporter and its moderator (and
    // admins) get 2xx, everyone else 403 — the site's own live moderator included.
    void roleMatrix()
    {
        QFETCH(QString, who);
        if (m_matrixEvent == 0)
            m_matrixEvent = forum();
        const qint64 event = m_matrixEvent;
        QVERIFY(event > 0);
        const bool reports = who == u"reporter2" || who == u"admin";
        QCOMPARE(post(event, who, u"权限矩阵 "_s + who, 2).status, reports ? 201 : 403);
        const auto target = post(event, u"reporter2"_s, u"待置顶 "_s + who, 2);
        QCOMPARE(target.status, 201);
        QCOMPARE(m_portal.call(who, "POST", u"/api/v1/live/posts/%1/transitions"_s.arg(idOf(target)), {{u"action"_s, u"pin"_s}},
                      {{"If-Match", target.headers.value("etag")}})
                     .status,
                 who == u"admin" ? 200 : 403);
        // Into a session without a named team: every reporter and moderator of the site, as before sessions.
        const bool posts = who == u"reporter" || who == u"reporter2" || who == u"moderator" || who == u"admin";
        QCOMPARE(post(event, who, u"开放场次 "_s + who, 3).status, posts ? 201 : 403);
    }

    void cleanupTestCase() { QVERIFY(m_portal.process().stop()); }
};

QTEST_GUILESS_MAIN(tst_LiveSubforums)
#include "tst_live_subforums.moc"
