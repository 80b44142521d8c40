// Live broadcasts and the event stream: a real portald (--demo) on loopback, driven over HTTP and WebSocket.
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>
#include <memory>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;
using pd::test::SourceAddressHttp;

namespace {

/// A WebSocket subscriber that keeps every message it got and how it was closed.
class StreamClient
{
public:
    StreamClient(const QUrl &url, const QString &token = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        m_socket.open(request);
    }
    bool waitConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QWebSocket::connected);
        return spy.wait(10000);
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages)
            if (m.value(u"type").toString() == type)
                out.append(m);
        return out;
    }
    bool has(const QString &type, qint64 id) const
    {
        for (const QJsonObject &m : ofType(type))
            if (m.value(u"payload").toObject().value(u"id").toInteger() == id)
                return true;
        return false;
    }
    qint64 lastSeq() const { return messages.isEmpty() ? 0 : messages.last().value(u"seq").toInteger(); }
    QWebSocket &socket() { return m_socket; }

    QList<QJsonObject> messages;

private:
    QWebSocket m_socket;
};

} // namespace

class tst_Live : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path, const QString &scheme = u"http"_s) const
    {
        QUrl u = m_portal.baseUrl();
        u.setScheme(scheme);
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QUrl ws(const QString &path) const { return url(path, u"ws"_s); }
    /// A transition on a live event or post (`resource`), with the If-Match of its current revision as the
    /// moderator reads it.
    HttpProbe::Reply transit(const QString &resource, const QString &user, const QJsonObject &body)
    {
        const QByteArray etag = m_portal.call(u"moderator"_s, "GET", resource).headers.value("etag");
        return m_portal.call(user, "POST", resource + u"/transitions"_s, body, {{"If-Match", etag}});
    }
    void login()
    {
        for (const QString &user : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reporter"_s, u"moderator"_s, u"admin"_s}) {
            const QString token = m_portal.token(user);
            QVERIFY2(!token.isEmpty(), qPrintable(user));
            m_tokens.insert(user, token);
        }
    }
    /// A new started event of the demo site; returns its id.
    qint64 newEvent(const QString &mode)
    {
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"测试直播 %1"_s.arg(++m_eventCounter)},
             {u"venue"_s, u"市政府新闻发布厅"_s},
             {u"mode"_s, mode},
             {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"李明"_s}, {u"title"_s, u"市教育局局长"_s}}}}});
        if (started.status != 200 || started.json.object().value(u"state").toString() != u"live"_s) {
            qWarning() << m_portal.failure();
            return 0;
        }
        return started.json.object().value(u"id").toInteger();
    }
    HttpProbe::Reply post(qint64 event, const QString &text, const QByteArray &key = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return m_portal.call(u"reporter"_s, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event),
                    {{u"kind"_s, u"text"_s}, {u"text"_s, text}, {u"speaker"_s, u"主持人"_s}}, headers);
    }
    int postCount(qint64 event)
    {
        return m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/posts"_s.arg(event))
            .json.object().value(u"items").toArray().size();
    }

    PortaldFixture m_portal{{u"--demo"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s}};
    QHash<QString, QString> m_tokens;
    qint64 m_siteId = 0;
    int m_eventCounter = 0;
    int m_commentAttempts = 0; ///< public comments sent from this address so far (the rate limit counts them all)

private Q_SLOTS:
    void initTestCase()
    {
        // This test plays the local proxy too: X-Real-IP names the reader, which portald believes only from a peer
        // it was told to trust.
        QVERIFY2(m_portal.start(), m_portal.failure());
        login();
        const auto sites = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s);
        QCOMPARE(sites.status, 200);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);
    }

    void demoEventsSeeded()
    {
        const auto list = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.object().value(u"items").toArray();
        QVERIFY(items.size() >= 3);
        bool forum = false;
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            if (e.value(u"title").toString() == u"2026临江发展论坛"_s) {
                forum = true;
                QCOMPARE(e.value(u"state").toString(), u"live"_s);
                QCOMPARE(e.value(u"mode").toString(), u"reviewed"_s);
                const auto posts = m_portal.call(u"moderator"_s, "GET",
                                        u"/api/v1/live/events/%1/posts"_s.arg(e.value(u"id").toInteger()));
                QCOMPARE(posts.json.object().value(u"items").toArray().size(), 19);
                // The demo's session times are Beijing wall-clock times, whatever zone the server runs in.
                const auto read = m_portal.call(u"moderator"_s, "GET",
                                       u"/api/v1/live/events/%1"_s.arg(e.value(u"id").toInteger()));
                const QJsonArray sessions = read.json.object().value(u"sessions").toArray();
                QVERIFY(!sessions.isEmpty());
                const QDateTime opening = QDateTime::fromString(sessions.first().toObject().value(u"startsAt").toString(),
                                                                Qt::ISODateWithMs);
                QVERIFY(opening.isValid());
                QCOMPARE(opening.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(8 * 3600)).time(), QTime(9, 0));
            }
        }
        QVERIFY(forum);
    }

    void permissions()
    {
        // A reporter may not create events; a reviewer without a live role may not post.
        const auto byReporter = m_portal.call(u"reporter"_s, "POST", u"/api/v1/live/events"_s,
                                     {{u"site"_s, m_siteId}, {u"title"_s, u"记者建的直播"_s}});
        QCOMPARE(byReporter.status, 403);
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        const auto byReviewer = m_portal.call(u"reviewer1"_s, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event),
                                     {{u"kind"_s, u"text"_s}, {u"text"_s, u"评审员发稿"_s}});
        QCOMPARE(byReviewer.status, 403);
        const auto noToken = m_portal.call(QString(), "GET", u"/api/v1/live/events"_s);
        QCOMPARE(noToken.status, 401);
        const auto empty = m_portal.call(u"reporter"_s, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event),
                                {{u"kind"_s, u"text"_s}, {u"text"_s, u"  "_s}});
        QCOMPARE(empty.status, 422);
    }

    void eventLifecycle()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        const QString path = u"/api/v1/live/events/%1"_s.arg(event);
        const auto read = m_portal.call(u"reporter"_s, "GET", path);
        QCOMPARE(read.status, 200);
        const QByteArray etag = read.headers.value("etag");
        QJsonObject edit = read.json.object();
        edit.insert(u"venue"_s, u"市民中心三楼报告厅"_s);
        edit.insert(u"sessions"_s, QJsonArray{QJsonObject{{u"title"_s, u"上午 发布会"_s},
                                                          {u"startsAt"_s, u"2026-11-23T09:00:00+08:00"_s},
                                                          {u"endsAt"_s, u"2026-11-23T10:30:00+08:00"_s}}});
        QCOMPARE(m_portal.call(u"moderator"_s, "PUT", path, edit).status, 428);
        QCOMPARE(m_portal.call(u"reporter"_s, "PUT", path, edit, {{"If-Match", etag}}).status, 403);
        const auto updated = m_portal.call(u"moderator"_s, "PUT", path, edit, {{"If-Match", etag}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.object().value(u"venue").toString(), u"市民中心三楼报告厅"_s);
        QCOMPARE(updated.json.object().value(u"sessions").toArray().size(), 1);
        QCOMPARE(m_portal.call(u"moderator"_s, "PUT", path, edit, {{"If-Match", etag}}).status, 412);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.event.changed"_s, event), 10000);
        QCOMPARE(reader.ofType(u"live.event.changed"_s).last().value(u"payload").toObject().value(u"venue").toString(),
                 u"市民中心三楼报告厅"_s);
        QVERIFY(!reader.ofType(u"live.event.changed"_s).last().value(u"payload").toObject().contains(u"revision"_s));

        // live → paused → live → ended; resume from live is a conflict; an ended event takes no posts or comments.
        const auto act = [&](const QString &action) {
            return transit(path, u"moderator"_s, {{u"action"_s, action}});
        };
        QCOMPARE(act(u"resume"_s).status, 409);
        QCOMPARE(act(u"pause"_s).json.object().value(u"state").toString(), u"paused"_s);
        QCOMPARE(act(u"resume"_s).json.object().value(u"state").toString(), u"live"_s);
        QCOMPARE(act(u"end"_s).json.object().value(u"state").toString(), u"ended"_s);
        QCOMPARE(act(u"start"_s).status, 409);
        QCOMPARE(act(u"explode"_s).status, 422);
        QCOMPARE(post(event, u"结束后"_s).status, 409);
        QCOMPARE(m_portal.call(QString(), "POST", u"/public/live/%1/comments"_s.arg(event), {{u"text"_s, u"还能留言吗"_s}}).status, 409);
        ++m_commentAttempts;
        QCOMPARE(m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/999999"_s).status, 404);
        QWebSocket unknown;
        QSignalSpy refused(&unknown, &QWebSocket::errorOccurred);
        unknown.open(ws(u"/public/live/999999/stream"_s));
        QVERIFY(refused.wait(10000));
    }

    void reviewedFlow()
    {
        const qint64 event = newEvent(u"reviewed"_s);
        QVERIFY(event > 0);
        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        StreamClient moderator(ws(u"/api/v1/stream"_s), m_tokens.value(u"moderator"_s));
        QVERIFY(moderator.waitConnected());

        const auto created = post(event, u"上午9时，发布会正式开始。"_s);
        QCOMPARE(created.status, 201);
        const QJsonObject p = created.json.object();
        QCOMPARE(p.value(u"state").toString(), u"pending"_s);
        const qint64 id = p.value(u"id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(moderator.has(u"live.post"_s, id), 10000);

        const auto approved = transit(u"/api/v1/live/posts/%1"_s.arg(id), u"moderator"_s,
                                   {{u"action"_s, u"approve"_s}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json.object().value(u"state").toString(), u"published"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post"_s, id), 10000);
        // Nothing reached the public before the approval: the first public post message is the approved one.
        const QJsonObject shown = reader.ofType(u"live.post"_s).first().value(u"payload").toObject();
        QCOMPARE(shown.value(u"id").toInteger(), id);
        QCOMPARE(shown.value(u"text").toString(), u"上午9时，发布会正式开始。"_s);
        QCOMPARE(shown.value(u"speaker").toString(), u"主持人"_s);
        QVERIFY(!shown.contains(u"createdBy"_s));

        // Approving twice is a conflict; a reporter may not approve.
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(id), u"moderator"_s,
                      {{u"action"_s, u"approve"_s}}).status, 409);
        const qint64 second = post(event, u"第二条"_s).json.object().value(u"id").toInteger();
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(second), u"reporter"_s,
                      {{u"action"_s, u"approve"_s}}).status, 403);
        // A rejected post never reaches the public.
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(second), u"moderator"_s,
                      {{u"action"_s, u"reject"_s}, {u"reason"_s, u"重复"_s}}).status, 200);

        // Pin, visible on the public stream as a change.
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(id), u"moderator"_s,
                      {{u"action"_s, u"pin"_s}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post.changed"_s, id), 10000);
        QVERIFY(reader.ofType(u"live.post.changed"_s).last().value(u"payload").toObject().value(u"pinned").toBool());
        QVERIFY(!reader.has(u"live.post"_s, second));

        const auto stats = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(event));
        QCOMPARE(stats.status, 200);
        const QJsonObject s = stats.json.object();
        QCOMPARE(s.value(u"posts").toInt(), 1);
        QCOMPARE(s.value(u"characters").toInt(), int(u"上午9时，发布会正式开始。"_s.size()));
        QCOMPARE(s.value(u"viewersNow").toInt(), 1);
        QVERIFY(s.value(u"viewersPeak").toInt() >= 1);
    }

    void jointReview()
    {
        // 会审: the portal's moderators and the department's officers each approve every post once.
        const auto idOf = [&](const QString &user) {
            return m_portal.call(user, "GET", u"/api/v1/me"_s).json.object().value(u"id").toInteger();
        };
        const qint64 moderator = idOf(u"moderator"_s), admin = idOf(u"admin"_s);
        const qint64 reviewer1 = idOf(u"reviewer1"_s), reviewer2 = idOf(u"reviewer2"_s);
        QVERIFY(moderator > 0 && admin > 0 && reviewer1 > 0 && reviewer2 > 0);
        const QJsonObject review{{u"approvals"_s, QJsonArray{
            QJsonObject{{u"group"_s, u"门户"_s}, {u"members"_s, QJsonArray{moderator, admin}}},
            QJsonObject{{u"group"_s, u"部门"_s}, {u"members"_s, QJsonArray{reviewer1, reviewer2}}}}}};
        const auto created = m_portal.call(u"editor"_s, "POST", u"/api/v1/live/events"_s,
                                  {{u"site"_s, m_siteId}, {u"title"_s, u"会审直播"_s}, {u"mode"_s, u"reviewed"_s},
                                   {u"review"_s, review}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.object().value(u"review").toObject(), review);
        const qint64 event = created.json.object().value(u"id").toInteger();
        QCOMPARE(transit(u"/api/v1/live/events/%1"_s.arg(event), u"moderator"_s,
                         {{u"action"_s, u"start"_s}}).status, 200);
        // A group without members, or two groups of one name, are refused.
        const auto badReview = m_portal.call(u"editor"_s, "POST", u"/api/v1/live/events"_s,
                                    {{u"site"_s, m_siteId}, {u"title"_s, u"审核组有误"_s}, {u"mode"_s, u"reviewed"_s},
                                     {u"review"_s, QJsonObject{{u"approvals"_s, QJsonArray{
                                         QJsonObject{{u"group"_s, u"门户"_s}, {u"members"_s, QJsonArray{}}},
                                         QJsonObject{{u"group"_s, u"门户"_s}, {u"members"_s, QJsonArray{admin}}}}}}}});
        QCOMPARE(badReview.status, 422);

        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        // The department officer is no live moderator, yet follows the posts of the event they review.
        StreamClient department(ws(u"/api/v1/stream"_s), m_tokens.value(u"reviewer1"_s));
        QVERIFY(department.waitConnected());

        // The moderator writes the post, so the portal's approval must come from the other member.
        const auto posted = m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/events/%1/posts"_s.arg(event),
                                 {{u"kind"_s, u"text"_s}, {u"text"_s, u"市长陈志远出席论坛。"_s}});
        QCOMPARE(posted.status, 201);
        const qint64 id = posted.json.object().value(u"id").toInteger();
        QCOMPARE(posted.json.object().value(u"awaiting").toArray(), (QJsonArray{u"门户"_s, u"部门"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(department.has(u"live.post"_s, id), 10000);
        const QString path = u"/api/v1/live/posts/%1"_s.arg(id);
        const auto approve = [&](const QString &user) {
            return transit(path, user, {{u"action"_s, u"approve"_s}});
        };

        QCOMPARE(approve(u"moderator"_s).status, 403); // the author's own approval
        const auto first = approve(u"reviewer1"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.object().value(u"state").toString(), u"pending"_s);
        QCOMPARE(first.json.object().value(u"awaiting").toArray(), QJsonArray{u"门户"_s});
        const QJsonObject approval = first.json.object().value(u"approvals").toArray().first().toObject();
        QCOMPARE(approval.value(u"group").toString(), u"部门"_s);
        QCOMPARE(approval.value(u"user").toObject().value(u"id").toInteger(), reviewer1);
        QCOMPARE(approve(u"reviewer1"_s).status, 409); // the same person twice
        QCOMPARE(approve(u"reviewer2"_s).status, 409); // 部门 has approved already
        QCOMPARE(approve(u"reporter"_s).status, 403);  // in no group
        QVERIFY(!reader.has(u"live.post"_s, id));

        const auto second = approve(u"admin"_s);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.object().value(u"state").toString(), u"published"_s);
        QCOMPARE(second.json.object().value(u"awaiting").toArray(), QJsonArray());
        QCOMPARE(second.json.object().value(u"approvals").toArray().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post"_s, id), 10000);
        QCOMPARE(reader.ofType(u"live.post"_s).size(), 1);

        // A correction of the published post waits for both groups again; readers keep the published text.
        const QByteArray etag = m_portal.call(u"moderator"_s, "GET", path).headers.value("etag");
        const auto corrected = m_portal.call(u"reporter"_s, "PATCH", path,
                                    {{u"text"_s, u"副市长陈志远出席论坛。"_s}, {u"correctionNote"_s, u"更正职务"_s}},
                                    {{"If-Match", etag}});
        QCOMPARE(corrected.status, 403); // not the reporter's post
        const auto correction = m_portal.call(u"moderator"_s, "PATCH", path,
                                     {{u"text"_s, u"副市长陈志远出席论坛。"_s}, {u"correctionNote"_s, u"更正职务"_s}},
                                     {{"If-Match", etag}});
        QCOMPARE(correction.status, 200);
        const QJsonObject waiting = correction.json.object();
        QCOMPARE(waiting.value(u"state").toString(), u"published"_s);
        QCOMPARE(waiting.value(u"text").toString(), u"市长陈志远出席论坛。"_s);
        QCOMPARE(waiting.value(u"pendingChange").toObject().value(u"text").toString(), u"副市长陈志远出席论坛。"_s);
        QCOMPARE(waiting.value(u"awaiting").toArray(), (QJsonArray{u"门户"_s, u"部门"_s}));
        QCOMPARE(waiting.value(u"approvals").toArray(), QJsonArray());
        QCOMPARE(approve(u"moderator"_s).status, 403); // the one who asked for the change
        QCOMPARE(approve(u"reviewer2"_s).status, 200);
        QCOMPARE(approve(u"reviewer2"_s).status, 409);
        QVERIFY(!reader.has(u"live.post.changed"_s, id));
        const auto applied = approve(u"admin"_s);
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json.object().value(u"text").toString(), u"副市长陈志远出席论坛。"_s);
        QCOMPARE(applied.json.object().value(u"correction").toObject().value(u"note").toString(), u"更正职务"_s);
        QVERIFY(applied.json.object().value(u"pendingChange").isNull());
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post.changed"_s, id), 10000);
        const QJsonObject shown = reader.ofType(u"live.post.changed"_s).last().value(u"payload").toObject();
        QCOMPARE(shown.value(u"text").toString(), u"副市长陈志远出席论坛。"_s);
        QCOMPARE(shown.value(u"correctionNote").toString(), u"更正职务"_s);

        // A retraction goes through the same review; once retracted, no approval is taken any more.
        QCOMPARE(transit(path, u"moderator"_s, {{u"action"_s, u"retract"_s}, {u"reason"_s, u"重复"_s}})
                     .json.object().value(u"state").toString(), u"published"_s);
        QCOMPARE(approve(u"reviewer1"_s).status, 200);
        QCOMPARE(approve(u"admin"_s).json.object().value(u"state").toString(), u"retracted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post.retracted"_s, id), 10000);
        QCOMPARE(approve(u"reviewer2"_s).status, 409);

        // Every decision is in the post's history, in order.
        const auto history = m_portal.call(u"moderator"_s, "GET", path + u"/history"_s);
        QCOMPARE(history.status, 200);
        QStringList actions;
        for (const QJsonValue &v : history.json.array())
            actions.append(v.toObject().value(u"action").toString() + u':' + v.toObject().value(u"comment").toString());
        QCOMPARE(actions, (QStringList{u"approve:部门"_s, u"approve:门户"_s, u"request-correction:"_s, u"approve:部门"_s,
                                      u"approve:门户"_s, u"request-retraction:重复"_s, u"approve:部门"_s,
                                      u"approve:门户"_s}));
    }

    void correctionAndRetraction()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        const auto created = post(event, u"市长陈志远出席会议。"_s);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.object().value(u"state").toString(), u"published"_s);
        const qint64 id = created.json.object().value(u"id").toInteger();
        const QByteArray etag = created.headers.value("etag");
        QCOMPARE(etag, QByteArray("\"1\""));
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post"_s, id), 10000);

        const QString path = u"/api/v1/live/posts/%1"_s.arg(id);
        const QJsonObject fix{{u"text"_s, u"副市长陈志远出席会议。"_s}, {u"correctionNote"_s, u"更正：陈志远职务为副市长"_s}};
        QCOMPARE(m_portal.call(u"moderator"_s, "PATCH", path, fix).status, 428);
        QCOMPARE(m_portal.call(u"moderator"_s, "PATCH", path, {{u"text"_s, u"副市长陈志远出席会议。"_s}},
                      {{"If-Match", etag}}).status, 422); // a public post needs a visible note
        const auto corrected = m_portal.call(u"moderator"_s, "PATCH", path, fix, {{"If-Match", etag}});
        QCOMPARE(corrected.status, 200);
        QCOMPARE(corrected.json.object().value(u"correction").toObject().value(u"note").toString(), u"更正：陈志远职务为副市长"_s);
        const auto staleEdit = m_portal.call(u"moderator"_s, "PATCH", path, fix, {{"If-Match", etag}});
        QCOMPARE(staleEdit.status, 412);
        QCOMPARE(staleEdit.json.object().value(u"current").toObject().value(u"revision").toInt(), 2);

        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post.changed"_s, id), 10000);
        const QJsonObject seen = reader.ofType(u"live.post.changed"_s).last().value(u"payload").toObject();
        QCOMPARE(seen.value(u"text").toString(), u"副市长陈志远出席会议。"_s);
        QCOMPARE(seen.value(u"correctionNote").toString(), u"更正：陈志远职务为副市长"_s);
        QVERIFY(!seen.value(u"correctedAt").toString().isEmpty());

        const auto history = m_portal.call(u"moderator"_s, "GET", path + u"/history"_s);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json.array().size(), 1);
        QCOMPARE(history.json.array().first().toObject().value(u"post").toObject().value(u"text").toString(),
                 u"市长陈志远出席会议。"_s);

        // Retract: a reason is required; then the post leaves the public view.
        QCOMPARE(transit(path, u"moderator"_s, {{u"action"_s, u"retract"_s}}).status, 422);
        const auto retracted = transit(path, u"moderator"_s,
                                    {{u"action"_s, u"retract"_s}, {u"reason"_s, u"信息有误"_s}});
        QCOMPARE(retracted.status, 200);
        QCOMPARE(retracted.json.object().value(u"state").toString(), u"retracted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post.retracted"_s, id), 10000);
        const auto stats = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(event));
        QCOMPARE(stats.json.object().value(u"posts").toInt(), 0);
        // A new public reader replaying the event's history ends with the retraction.
        StreamClient late(ws(u"/public/live/%1/stream?after=0"_s.arg(event)));
        QVERIFY(late.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(late.has(u"live.post.retracted"_s, id), 10000);
        QCOMPARE(late.messages.last().value(u"type").toString(), u"live.post.retracted"_s);
    }

    void photoPost()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 30, 30));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const auto uploaded = m_portal.http().request("POST", url(u"/api/v1/media?site=%1"_s.arg(m_siteId)), png,
                                             {{"Authorization", "Bearer " + m_tokens.value(u"reporter"_s).toLatin1()},
                                              {"Content-Type", "image/png"}, {"X-Filename", "venue.png"}});
        QVERIFY2(uploaded.status == 201 || uploaded.status == 200, uploaded.body.constData());
        const qint64 media = uploaded.json.object().value(u"id").toInteger();

        const QString posts = u"/api/v1/live/events/%1/posts"_s.arg(event);
        const auto missing = m_portal.call(u"reporter"_s, "POST", posts,
                                  {{u"kind"_s, u"photo"_s}, {u"mediaIds"_s, QJsonArray{media + 1000}}});
        QCOMPARE(missing.status, 422);
        const auto created = m_portal.call(u"reporter"_s, "POST", posts,
                                  {{u"kind"_s, u"photo"_s}, {u"text"_s, u"发布会现场"_s}, {u"mediaIds"_s, QJsonArray{media}},
                                   {u"captions"_s, QJsonArray{u"发布会现场（记者 摄）"_s}}});
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject photo = created.json.object().value(u"photos").toArray().first().toObject();
        QCOMPARE(photo.value(u"mediaId").toInteger(), media);
        QCOMPARE(photo.value(u"width").toInt(), 64);
        QCOMPARE(photo.value(u"height").toInt(), 48);
        QVERIFY(photo.value(u"url").toString().startsWith(u"/media/%1/"_s.arg(media)));
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.post"_s, created.json.object().value(u"id").toInteger()), 10000);
        const QJsonObject shown = reader.ofType(u"live.post"_s).last().value(u"payload").toObject();
        QCOMPARE(shown.value(u"photos").toArray().first().toObject().value(u"caption").toString(), u"发布会现场（记者 摄）"_s);
        QCOMPARE(shown.value(u"photos").toArray().first().toObject().value(u"url").toString(), photo.value(u"url").toString());
        QVERIFY(!shown.value(u"photos").toArray().first().toObject().contains(u"mediaId"_s));
        // The photo itself is served where the public JSON says.
        QCOMPARE(m_portal.http().request("GET", url(photo.value(u"url").toString())).status, 200);
        QCOMPARE(m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(event))
                     .json.object().value(u"photos").toInt(), 1);
    }

    void idempotentCreate()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        const auto first = post(event, u"网络不好时重发的稿件"_s, "post-42");
        QCOMPARE(first.status, 201);
        const auto again = post(event, u"网络不好时重发的稿件"_s, "post-42");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.object().value(u"id").toInteger(), first.json.object().value(u"id").toInteger());
        QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        QCOMPARE(postCount(event), 1);
        const auto different = post(event, u"另一份内容"_s, "post-42");
        QCOMPARE(different.status, 422);
        QCOMPARE(postCount(event), 1);
    }

    void sensitiveCommentRefused()
    {
        // Uses the demo site's own rules (the seeder installs resources/demo/check-rules.json): a blocking rule refuses.
        const auto rules = m_portal.call(u"editor"_s, "GET", u"/api/v1/checks/rules?site=%1"_s.arg(m_siteId));
        QString blocked;
        for (const QJsonValue &v : rules.json.object().value(u"rules").toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"severity").toString() == u"block"_s && r.value(u"kind").toString() == u"sensitive"_s && !r.value(u"pattern").toString().contains(u'*')) {
                blocked = r.value(u"pattern").toString();
                break;
            }
        }
        QVERIFY2(!blocked.isEmpty(), "the demo site has no blocking sensitive-word rule installed");
        const qint64 event = newEvent(u"direct"_s);
        const auto r = m_portal.call(QString(), "POST", u"/public/live/%1/comments"_s.arg(event), {{u"text"_s, u"我想说"_s + blocked}});
        ++m_commentAttempts;
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("text"));
        // The refusal names neither the word nor the rule: a prober must not read the list out of the answers.
        QVERIFY2(!QString::fromUtf8(r.body).contains(blocked), r.body.constData());
    }

    void commentsRateLimitedAndModerated()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        StreamClient reader(ws(u"/public/live/%1/stream"_s.arg(event)));
        QVERIFY(reader.waitConnected());
        const QString path = u"/public/live/%1/comments"_s.arg(event);
        QCOMPARE(m_portal.call(QString(), "POST", path, {{u"text"_s, QString(501, u'长')}}).status, 422);
        ++m_commentAttempts;
        QList<qint64> ids;
        // Every attempt from this address counts (refused ones too): five a minute, then 429.
        const int allowed = 5 - m_commentAttempts;
        QVERIFY(allowed > 0);
        for (int i = 0; i < allowed; ++i) {
            const auto r = m_portal.call(QString(), "POST", path, {{u"name"_s, u"市民%1"_s.arg(i)}, {u"text"_s, u"请问补贴何时发放？%1"_s.arg(i)}});
            QCOMPARE(r.status, 202);
            QCOMPARE(r.json.object().value(u"state").toString(), u"pending"_s);
            ids.append(r.json.object().value(u"id").toInteger());
        }
        const auto limited = m_portal.call(QString(), "POST", path, {{u"text"_s, u"再问一次"_s}});
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
        QVERIFY(limited.headers.value("content-type").startsWith("application/problem+json"));
        // Another reader behind the same (trusted) local proxy has a budget of its own.
        QCOMPARE(m_portal.call(QString(), "POST", path, {{u"text"_s, u"我是另一位市民"_s}}, {{"X-Real-IP", "203.0.113.7"}}).status, 202);
        QCOMPARE(m_portal.call(QString(), "POST", path, {{u"text"_s, u"不是地址"_s}}, {{"X-Real-IP", "not-an-address"}}).status, 429);
        // The name: at most 30 characters, as the page's form (maxlength) and the contract say.
        QCOMPARE(m_portal.call(QString(), "POST", path, {{u"name"_s, QString(31, u'名')}, {u"text"_s, u"名字太长"_s}},
                      {{"X-Real-IP", "203.0.113.8"}}).status,
                 422);
        QCOMPARE(m_portal.call(QString(), "POST", path, {{u"name"_s, QString(30, u'名')}, {u"text"_s, u"名字正好"_s}},
                      {{"X-Real-IP", "203.0.113.8"}}).status,
                 202);

        const auto pending = m_portal.call(u"moderator"_s, "GET",
                                  u"/api/v1/live/events/%1/comments?state=pending"_s.arg(event));
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json.object().value(u"items").toArray().size(), allowed + 2);
        QCOMPARE(m_portal.call(u"reporter"_s, "GET", u"/api/v1/live/events/%1/comments"_s.arg(event)).status, 403);
        QCOMPARE(m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/comments/%1/transitions"_s.arg(ids.first()),
                      {{u"action"_s, u"approve"_s}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(u"live.comment"_s, ids.first()), 10000);
        QCOMPARE(reader.ofType(u"live.comment"_s).size(), 1); // pending ones never reach the public
        const auto stats = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(event));
        QCOMPARE(stats.json.object().value(u"commentsPending").toInt(), allowed + 1);
    }

    void commentFormWithoutJavaScript()
    {
        // The live page's plain <form> posts name and text urlencoded; the reader gets a page back, not JSON.
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        const QString path = u"/public/live/%1/comments"_s.arg(event);
        // The published page's form is what posts here, with these field names.
        const QByteArray action = "action=\"" + path.toUtf8() + '"';
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.http().request("GET", url(u"/live/%1/"_s.arg(event))).body.contains(action), 10000);
        const QByteArray livePage = m_portal.http().request("GET", url(u"/live/%1/"_s.arg(event))).body;
        QVERIFY(livePage.contains("name=\"name\"") && livePage.contains("name=\"text\""));
        const auto form = [&](const QString &name, const QString &text) {
            // Browsers send spaces as '+'; the server must read them back as spaces.
            const QByteArray body = "name=" + QUrl::toPercentEncoding(name).replace("%20", "+") + "&text="
                                    + QUrl::toPercentEncoding(text).replace("%20", "+");
            return m_portal.http().request("POST", url(path), body,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}, {"X-Real-IP", "198.51.100.20"}});
        };
        const auto accepted = form(u"市民 甲"_s, u"公交 线路&调整=何时？"_s);
        QCOMPARE(accepted.status, 202);
        QVERIFY(accepted.headers.value("content-type").startsWith("text/html"));
        const QString page = QString::fromUtf8(accepted.body);
        QVERIFY(page.contains(u"lang=\"zh-CN\""_s));
        QVERIFY(page.contains(u"审核"_s));
        QVERIFY(page.contains(u"href=\"/live/%1/\""_s.arg(event)));
        const auto pending = m_portal.call(u"moderator"_s, "GET",
                                  u"/api/v1/live/events/%1/comments?state=pending"_s.arg(event));
        const QJsonArray items = pending.json.object().value(u"items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"text").toString(), u"公交 线路&调整=何时？"_s);
        QCOMPARE(items.first().toObject().value(u"name").toString(), u"市民 甲"_s);

        const auto tooLong = form({}, QString(501, u'长'));
        QCOMPARE(tooLong.status, 422);
        QVERIFY(tooLong.headers.value("content-type").startsWith("text/html"));
        QVERIFY(QString::fromUtf8(tooLong.body).contains(u"留言未能提交"_s));
        // Five attempts a minute from one address, refused ones included: two so far.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(form({}, u"第%1条"_s.arg(i)).status, 202);
        const auto limited = form({}, u"再来一条"_s);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("content-type").startsWith("text/html"));
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
        QVERIFY(QString::fromUtf8(limited.body).contains(u"留言太频繁"_s));
        // Anything else is still refused as before.
        QCOMPARE(m_portal.http().request("POST", url(path), "text=x", {{"Content-Type", "text/plain"}}).status, 415);
    }

    void perUserFiltering()
    {
        StreamClient reviewer1(ws(u"/api/v1/stream"_s), m_tokens.value(u"reviewer1"_s));
        StreamClient reviewer2(ws(u"/api/v1/stream"_s), m_tokens.value(u"reviewer2"_s));
        StreamClient reporter(ws(u"/api/v1/stream"_s), m_tokens.value(u"reporter"_s));
        StreamClient moderator(ws(u"/api/v1/stream"_s), m_tokens.value(u"moderator"_s));
        QVERIFY(reviewer1.waitConnected() && reviewer2.waitConnected() && reporter.waitConnected() && moderator.waitConnected());
        // No token, no stream: refused at the upgrade.
        QWebSocket anonymous;
        QSignalSpy failed(&anonymous, &QWebSocket::errorOccurred);
        anonymous.open(ws(u"/api/v1/stream"_s));
        QVERIFY(failed.wait(10000));

        // A pending post of a reviewed event: moderators and its author only.
        const qint64 event = newEvent(u"reviewed"_s);
        QVERIFY(event > 0);
        const qint64 pendingId = post(event, u"待审稿件"_s).json.object().value(u"id").toInteger();
        // An item submitted for review: review.assigned for level-1 reviewers only.
        const auto columns = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_siteId));
        qint64 column = 0;
        std::function<void(const QJsonArray &)> findNews = [&](const QJsonArray &tree) {
            for (const QJsonValue &v : tree) {
                const QJsonObject c = v.toObject();
                if (column == 0 && c.value(u"kind").toString() == u"news"_s)
                    column = c.value(u"id").toInteger();
                findNews(c.value(u"children").toArray());
            }
        };
        findNews(columns.json.array());
        QVERIFY(column > 0);
        const auto item = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s,
                               {{u"type"_s, u"news"_s}, {u"site"_s, m_siteId}, {u"columns"_s, QJsonArray{column}}, {u"title"_s, u"我市召开防汛工作会议"_s},
                                {u"bodyHtml"_s, u"<p>会议部署了今年的防汛工作。</p>"_s}, {u"source"_s, u"市水利局"_s},
                                {u"author"_s, u"王芳"_s}});
        QVERIFY2(item.status == 201, item.body.constData());
        const qint64 itemId = item.json.object().value(u"id").toInteger();
        const auto submitted = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(itemId),
                                    {{u"action"_s, u"submit"_s}}, {{"If-Match", item.headers.value("etag")}});
        QVERIFY2(submitted.status == 200, submitted.body.constData());

        // Everyone on the site gets item.changed; once the last one arrived, everything before it has too.
        QTRY_VERIFY_WITH_TIMEOUT(reviewer1.ofType(u"item.changed"_s).size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reviewer2.ofType(u"item.changed"_s).size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reporter.ofType(u"item.changed"_s).size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(moderator.ofType(u"item.changed"_s).size() >= 2, 10000);

        QVERIFY(reviewer1.has(u"review.assigned"_s, itemId));
        QVERIFY(!reviewer2.has(u"review.assigned"_s, itemId));
        QVERIFY(!reporter.has(u"review.assigned"_s, itemId));
        QVERIFY(moderator.has(u"live.post"_s, pendingId));
        QVERIFY(reporter.has(u"live.post"_s, pendingId)); // its author
        QVERIFY(!reviewer1.has(u"live.post"_s, pendingId));
        QVERIFY(!reviewer2.has(u"live.post"_s, pendingId));
        // Every stream is in seq order without repeats.
        for (const StreamClient *c : {&reviewer1, &reviewer2, &reporter, &moderator}) {
            for (qsizetype i = 1; i < c->messages.size(); ++i)
                QVERIFY(c->messages.at(i).value(u"seq").toInteger() > c->messages.at(i - 1).value(u"seq").toInteger());
        }
    }

    void unpublishedPostsStayWithTheDesk()
    {
        const qint64 event = newEvent(u"reviewed"_s);
        QVERIFY(event > 0);
        const qint64 pending = post(event, u"仍在等待审核的稿件"_s).json.object().value(u"id").toInteger();
        const qint64 rejected = post(event, u"将被退回的稿件"_s).json.object().value(u"id").toInteger();
        const qint64 published = post(event, u"已经发布的稿件"_s).json.object().value(u"id").toInteger();
        QVERIFY(pending > 0 && rejected > 0 && published > 0);
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(rejected), u"moderator"_s,
                         {{u"action"_s, u"reject"_s}, {u"reason"_s, u"表述不准确"_s}}).status, 200);
        QCOMPARE(transit(u"/api/v1/live/posts/%1"_s.arg(published), u"moderator"_s,
                         {{u"action"_s, u"approve"_s}}).status, 200);

        const auto idsFor = [&](const QString &user) {
            const auto listed = m_portal.call(user, "GET", u"/api/v1/live/events/%1/posts"_s.arg(event));
            QSet<qint64> ids;
            for (const QJsonValue &v : listed.json.object().value(u"items").toArray())
                ids.insert(v.toObject().value(u"id").toInteger());
            return ids;
        };
        // The people who run the broadcast see every post; other members of the site only what the public sees.
        const QSet<qint64> all{pending, rejected, published};
        for (const QString &user : {u"reporter"_s, u"moderator"_s, u"admin"_s})
            QCOMPARE(idsFor(user), all);
        for (const QString &user : {u"reviewer1"_s, u"editor"_s}) {
            QCOMPARE(idsFor(user), QSet<qint64>{published});
            for (const qint64 hidden : {pending, rejected}) {
                QCOMPARE(m_portal.call(user, "GET", u"/api/v1/live/posts/%1"_s.arg(hidden)).status, 404);
                QCOMPARE(m_portal.call(user, "GET", u"/api/v1/live/posts/%1/history"_s.arg(hidden)).status, 404);
            }
            QCOMPARE(m_portal.call(user, "GET", u"/api/v1/live/posts/%1"_s.arg(published)).status, 200);
        }
    }

    void liveWritesNeedIfMatch()
    {
        const qint64 event = newEvent(u"reviewed"_s);
        QVERIFY(event > 0);
        const auto created = post(event, u"需要版本号才能审核的稿件"_s);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.object().value(u"id").toInteger();
        const QString eventPath = u"/api/v1/live/events/%1"_s.arg(event);
        const QString postPath = u"/api/v1/live/posts/%1"_s.arg(id);
        const auto refused = [&](const QByteArray &verb, const QString &path, const QJsonObject &body) {
            const auto reply = m_portal.call(u"moderator"_s, verb, path, body);
            QVERIFY2(reply.status == 428, qPrintable(u"%1 %2 → %3"_s.arg(QString::fromLatin1(verb), path).arg(reply.status)));
            QVERIFY(reply.headers.value("content-type").startsWith("application/problem+json"));
        };
        for (const QString &action : {u"pause"_s, u"end"_s})
            refused("POST", eventPath + u"/transitions"_s, {{u"action"_s, action}});
        for (const QString &action : {u"approve"_s, u"pin"_s})
            refused("POST", postPath + u"/transitions"_s, {{u"action"_s, action}});
        refused("POST", postPath + u"/transitions"_s, {{u"action"_s, u"reject"_s}, {u"reason"_s, u"重复"_s}});
        refused("PATCH", postPath, {{u"text"_s, u"改过的文字"_s}, {u"correctionNote"_s, u"更正"_s}});
        refused("PUT", eventPath, {{u"site"_s, m_siteId}, {u"title"_s, u"新标题"_s}});
        // Nothing changed: the event is still live and the post still pending.
        QCOMPARE(m_portal.call(u"moderator"_s, "GET", eventPath).json.object().value(u"state").toString(), u"live"_s);
        QCOMPARE(m_portal.call(u"moderator"_s, "GET", postPath).json.object().value(u"state").toString(), u"pending"_s);
        // With it, the same transition goes through.
        QCOMPARE(transit(postPath, u"moderator"_s, {{u"action"_s, u"approve"_s}}).status, 200);
    }

    void publicStreamLimits()
    {
        // A portald of its own, so the connections of other tests do not count towards this one's cap.
        PortaldFixture capped{{u"--demo"_s, u"--stream-connections-per-address"_s, u"3"_s}};
        QVERIFY2(capped.start(), capped.failure());
        const auto at = [&](const QString &path, const QString &scheme = u"http"_s) {
            QUrl u = capped.baseUrl();
            u.setScheme(scheme);
            u.setPath(path);
            return u;
        };
        const QString editor = capped.token(u"editor"_s);
        const QString moderator = capped.token(u"moderator"_s);
        const auto created = m_portal.http().json("POST", at(u"/api/v1/live/events"_s), editor,
                                         QJsonDocument(QJsonObject{{u"site"_s, m_siteId}, {u"title"_s, u"限流测试直播"_s}}));
        QCOMPARE(created.status, 201);
        const qint64 event = created.json.object().value(u"id").toInteger();
        const QUrl stream = at(u"/public/live/%1/stream"_s.arg(event), u"ws"_s);
        const auto stats = [&] {
            return m_portal.http().json("GET", at(u"/api/v1/live/events/%1/stats"_s.arg(event)), moderator).json.object();
        };
        // A reader at another loopback address, with the upgrade written by hand (QWebSocket cannot bind).
        const auto otherAddressReader = [&](QTcpSocket &socket) {
            return SourceAddressHttp::upgrade(socket, QHostAddress(u"127.0.0.2"_s), stream).startsWith("HTTP/1.1 101");
        };

        // Two tabs of one reader are one viewer; a reader elsewhere is another.
        StreamClient first(stream);
        StreamClient second(stream);
        QVERIFY(first.waitConnected() && second.waitConnected());
        QTRY_COMPARE_WITH_TIMEOUT(stats().value(u"viewersNow").toInt(), 1, 10000);
        QTcpSocket elsewhere;
        QVERIFY(otherAddressReader(elsewhere));
        QTRY_COMPARE_WITH_TIMEOUT(stats().value(u"viewersNow").toInt(), 2, 10000);
        QCOMPARE(stats().value(u"viewersPeak").toInt(), 2);

        // The cap counts connections per address: a third from here is fine, a fourth is refused; elsewhere is not
        // affected.
        StreamClient third(stream);
        QVERIFY(third.waitConnected());
        StreamClient fourth(stream);
        QSignalSpy refused(&fourth.socket(), &QWebSocket::errorOccurred);
        QVERIFY(refused.wait(10000) || !refused.isEmpty());
        QVERIFY(fourth.socket().state() != QAbstractSocket::ConnectedState);
        QTcpSocket elsewhereAgain;
        QVERIFY(otherAddressReader(elsewhereAgain));
        QCOMPARE(stats().value(u"viewersNow").toInt(), 2);

        // A reader never sends more than a few hundred bytes: an 8 MiB message ends its connection.
        QSignalSpy gone(&first.socket(), &QWebSocket::disconnected);
        first.socket().sendBinaryMessage(QByteArray(8 * 1024 * 1024, 'x'));
        QVERIFY(gone.wait(20000) || !gone.isEmpty());
        QCOMPARE(first.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QVERIFY(second.socket().state() == QAbstractSocket::ConnectedState);
        QCOMPARE(stats().value(u"viewersNow").toInt(), 2);
        QVERIFY2(capped.stop(), capped.failure());
    }

    void publicStreamReadersBehindAProxy()
    {
        // Behind nginx every reader connects from the proxy; the proxy's X-Real-IP names each one, so the cap and
        // the viewer figures count readers, not the proxy. A header from a peer that is no trusted proxy is ignored.
        PortaldFixture proxied{{u"--demo"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s,
                                u"--stream-connections-per-address"_s, u"1"_s}};
        QVERIFY2(proxied.start(), proxied.failure());
        const QUrl base = proxied.baseUrl();
        const auto at = [&](const QString &path) {
            QUrl u = base;
            u.setPath(path);
            return u;
        };
        // Signed in at the proxied portald, not the fixture's.
        const QString editor = proxied.token(u"editor"_s);
        const QString moderator = proxied.token(u"moderator"_s);
        const auto created = m_portal.http().json("POST", at(u"/api/v1/live/events"_s), editor,
                                         QJsonDocument(QJsonObject{{u"site"_s, m_siteId}, {u"title"_s, u"代理后的读者"_s}}));
        QCOMPARE(created.status, 201);
        const qint64 event = created.json.object().value(u"id").toInteger();
        const auto viewers = [&] {
            return m_portal.http().json("GET", at(u"/api/v1/live/events/%1/stats"_s.arg(event)), moderator)
                .json.object().value(u"viewersNow").toInt();
        };
        // The upgrade as nginx sends it, from `from`, naming the reader `reader`; the status line of the answer.
        const auto upgrade = [&](QTcpSocket &socket, const QString &from, const QByteArray &reader) {
            return SourceAddressHttp::upgrade(socket, QHostAddress(from), at(u"/public/live/%1/stream"_s.arg(event)),
                                              {{"X-Real-IP", reader}, {"X-Forwarded-For", reader}});
        };

        QTcpSocket first, second, again, spoofed;
        QVERIFY(upgrade(first, u"127.0.0.1"_s, "203.0.113.7").startsWith("HTTP/1.1 101"));
        QVERIFY(upgrade(second, u"127.0.0.1"_s, "203.0.113.8").startsWith("HTTP/1.1 101"));
        QTRY_COMPARE_WITH_TIMEOUT(viewers(), 2, 10000);
        // The cap of one connection holds for the reader the proxy named, not for the proxy.
        QVERIFY(upgrade(again, u"127.0.0.1"_s, "203.0.113.7").startsWith("HTTP/1.1 429"));
        // 127.0.0.2 is no trusted proxy: its header is ignored and it counts as itself.
        QVERIFY(upgrade(spoofed, u"127.0.0.2"_s, "203.0.113.9").startsWith("HTTP/1.1 101"));
        QTRY_COMPARE_WITH_TIMEOUT(viewers(), 3, 10000);
        QVERIFY2(proxied.stop(), proxied.failure());
    }

    void slowConsumerDropped()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        // A reader that stops reading: tiny socket buffers, and Qt may hold at most 4 KiB for it.
        QTcpSocket slow;
        slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        slow.setReadBufferSize(4096);
        slow.connectToHost(m_portal.baseUrl().host(), quint16(m_portal.baseUrl().port()));
        QVERIFY(slow.waitForConnected(10000));
        slow.write("GET /public/live/" + QByteArray::number(event) + "/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n");
        const QString stats = u"/api/v1/live/events/%1/stats"_s.arg(event);
        QTRY_COMPARE_WITH_TIMEOUT(m_portal.call(u"moderator"_s, "GET", stats).json.object().value(u"viewersNow").toInt(), 1, 10000);

        // Far more than the 1 MiB send budget plus what the kernel buffers.
        const QString text = QString(9000, u'讯');
        bool dropped = false;
        for (int i = 0; i < 400 && !dropped; ++i) {
            QCOMPARE(post(event, text).status, 201);
            if (i % 20 == 19)
                dropped = m_portal.call(u"moderator"_s, "GET", stats).json.object().value(u"viewersNow").toInt() == 0;
        }
        QVERIFY2(dropped, "the slow reader was never dropped");

        // Reading now, the client finds the close frame with the slow-consumer code after the data it missed.
        slow.setReadBufferSize(0);
        QByteArray data;
        int closeCode = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     data += slow.readAll();
                                     // Skip the HTTP answer, then walk the frames (server frames are unmasked).
                                     qsizetype at = data.indexOf("\r\n\r\n");
                                     if (at < 0)
                                         return false;
                                     at += 4;
                                     while (at + 2 <= data.size()) {
                                         const quint8 opcode = quint8(data.at(at)) & 0x0f;
                                         qint64 length = quint8(data.at(at + 1)) & 0x7f;
                                         qsizetype header = 2;
                                         if (length == 126) {
                                             if (at + 4 > data.size())
                                                 return false;
                                             length = qFromBigEndian<quint16>(data.constData() + at + 2);
                                             header = 4;
                                         } else if (length == 127) {
                                             if (at + 10 > data.size())
                                                 return false;
                                             length = qint64(qFromBigEndian<quint64>(data.constData() + at + 2));
                                             header = 10;
                                         }
                                         if (at + header + length > data.size())
                                             return false;
                                         if (opcode == 0x8 && length >= 2) {
                                             closeCode = qFromBigEndian<quint16>(data.constData() + at + header);
                                             return true;
                                         }
                                         at += header + length;
                                     }
                                     return false;
                                 }()),
                                 30000);
        QCOMPARE(closeCode, 4001);
    }

    void replayAcrossRestart()
    {
        const qint64 event = newEvent(u"direct"_s);
        QVERIFY(event > 0);
        QList<qint64> ids;
        qint64 resumeAt = 0;
        {
            StreamClient moderator(ws(u"/api/v1/stream"_s), m_tokens.value(u"moderator"_s));
            QVERIFY(moderator.waitConnected());
            for (int i = 0; i < 3; ++i)
                ids.append(post(event, u"重启前 %1"_s.arg(i)).json.object().value(u"id").toInteger());
            QTRY_VERIFY_WITH_TIMEOUT(moderator.has(u"live.post"_s, ids.last()), 10000);
            resumeAt = moderator.lastSeq();
        }
        // Missed while disconnected, before and after a restart of portald on the same data.
        ids.append(post(event, u"断线期间"_s).json.object().value(u"id").toInteger());
        QVERIFY2(m_portal.restart(), m_portal.failure());
        for (int i = 0; i < 2; ++i)
            ids.append(post(event, u"重启后 %1"_s.arg(i)).json.object().value(u"id").toInteger());
        QVERIFY(!ids.contains(0));

        StreamClient resumed(ws(u"/api/v1/stream?after=%1"_s.arg(resumeAt)), m_tokens.value(u"moderator"_s));
        QVERIFY(resumed.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has(u"live.post"_s, ids.last()), 10000);
        const QList<QJsonObject> posts = resumed.ofType(u"live.post"_s);
        QCOMPARE(posts.size(), 3); // exactly the missed ones, none of the three seen before
        for (qsizetype i = 0; i < posts.size(); ++i)
            QCOMPARE(posts.at(i).value(u"payload").toObject().value(u"id").toInteger(), ids.at(3 + i));
        qint64 previous = resumeAt;
        for (const QJsonObject &m : std::as_const(resumed.messages)) {
            QVERIFY(m.value(u"seq").toInteger() > previous);
            previous = m.value(u"seq").toInteger();
        }
        // And it goes on live after the replay.
        const qint64 live = post(event, u"实时"_s).json.object().value(u"id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has(u"live.post"_s, live), 10000);
        login(); // tokens survived the restart; refresh the table for later tests anyway
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }
};

QTEST_GUILESS_MAIN(tst_Live)
#include "tst_live.moc"
