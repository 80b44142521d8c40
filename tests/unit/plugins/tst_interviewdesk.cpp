// The online interview desk's logic (plugins/interview InterviewDesk) against a scripted PanelHost: what the director,
// host and typist see of the questions, what each action asks of the portal, answers through the outbox after the
// content checks (never twice), the transcript handed to the editor, and guests' photos fetched once through the
// host. The real portal is tst_interview_desk's.
#include "plugins/interview/InterviewDesk.h"
#include "tests/unit/plugins/OfflineLiveHost.h"

#include "app/domain/LiveApiPaths.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::interview::InterviewDesk;
using pd::plugins::OutboxEntryInfo;
using pd::plugins::OutboxState;

namespace {

constexpr qint64 EventId = 12;

/// A host that records what the desk asks and answers only when the test says so.
class ScriptedHost : public pd::plugins::OfflineLiveHost
{
public:
    struct Call {
        QByteArray verb;
        QString path;
        QJsonObject body;
        Callback<pd::plugins::HostReply> done;
    };

    QString role = u"live_moderator"_s;
    QList<Call> calls;
    QList<OutboxEntryInfo> enqueued;
    QList<OutboxEntryInfo> leftOver; ///< what an earlier run left in the outbox
    QList<qint64> opened;
    QList<pd::plugins::CheckFinding> findings;
    QHash<QString, QJsonValue> values;
    QHash<QString, QByteArray> media;
    QStringList mediaAsked;
    EventCallback onEvent;
    OutboxCallback onOutbox;
    int subscriptions = 0;

    pd::domain::User currentUser() const override
    {
        pd::domain::User u;
        u.id = 5;
        u.displayName = u"导播"_s;
        u.roles.append(pd::domain::RoleGrant{role, 0, 0});
        return u;
    }
    qint64 currentSiteId() const override { return 1; }
    QString currentSiteName() const override { return u"临江市人民政府"_s; }
    QUrl serverUrl() const override { return QUrl(u"http://127.0.0.1:8470"_s); }
    void request(const QByteArray &verb, const QString &apiPath, const QJsonDocument &body, const QByteArray &,
                 Callback<pd::plugins::HostReply> done) override
    {
        calls.append(Call{verb, apiPath, body.object(), std::move(done)});
    }
    void uploadMedia(const QByteArray &, const QByteArray &, const QString &, Progress,
                     Callback<pd::plugins::HostReply> done) override
    {
        done(pd::fail(pd::ErrorCode::Network, u"offline"_s));
    }
    Token subscribe(const QStringList &, EventCallback cb) override
    {
        onEvent = std::move(cb);
        return ++subscriptions;
    }
    pd::Result<OutboxEntryInfo> enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                        const QJsonObject &body, const QString &) override
    {
        OutboxEntryInfo e;
        e.id = 100 + enqueued.size();
        e.idempotencyKey = u"key-%1"_s.arg(e.id);
        e.resource = resource;
        e.verb = verb;
        e.path = path;
        e.body = body;
        enqueued.append(e);
        return e;
    }
    QList<OutboxEntryInfo> pendingEntries(const QString &prefix) const override
    {
        QList<OutboxEntryInfo> list;
        for (const OutboxEntryInfo &e : leftOver)
            if (e.resource.startsWith(prefix))
                list.append(e);
        return list;
    }
    Token subscribeOutbox(const QString &, OutboxCallback cb) override
    {
        onOutbox = std::move(cb);
        return ++subscriptions;
    }
    pd::Result<void> retryEntry(qint64, const QString &) override { return {}; }
    pd::Result<void> discardEntry(qint64) override { return {}; }
    pd::plugins::ConnectionState connectionState() const override { return pd::plugins::ConnectionState::Online; }
    int waitingCount() const override { return 0; }
    Token subscribeConnection(ConnectionCallback) override { return ++subscriptions; }
    void unsubscribe(Token) override { --subscriptions; }
    QList<pd::plugins::CheckFinding> checkText(const QString &) const override { return findings; }
    QJsonValue localValue(const QString &key) const override { return values.value(key); }
    void setLocalValue(const QString &key, const QJsonValue &value) override { values.insert(key, value); }
    void openUrl(const QUrl &) override {}
    void showStatusMessage(const QString &) override {}
    Token onShutdown(std::function<void()>) override { return ++subscriptions; }
    void openItem(qint64 itemId) override { opened.append(itemId); }
    /// Media files by path (a guest's photo); an unknown path fails as a missing file would.
    void liveMedia(const QString &mediaPath, Callback<QByteArray> done) override
    {
        mediaAsked.append(mediaPath);
        if (media.contains(mediaPath))
            done(media.value(mediaPath));
        else
            done(pd::fail(pd::ErrorCode::NotFound, u"no such file"_s));
    }

    /// Answers the oldest open call with `json` (200) and forgets it.
    void answer(const QJsonObject &json)
    {
        Call call = calls.takeFirst();
        call.done(pd::plugins::HostReply{200, QJsonDocument(json), {}});
    }
};

QJsonObject questionJson(qint64 id, const QString &state, const QString &text, int position = 0, int revision = 1,
                         const QString &createdAt = u"2026-12-06T09:00:00+08:00"_s)
{
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, EventId},
                       {u"state"_s, state},
                       {u"name"_s, u"网友%1"_s.arg(id)},
                       {u"text"_s, text},
                       {u"position"_s, position},
                       {u"revision"_s, revision},
                       {u"createdAt"_s, createdAt}};
}

QJsonObject interviewJson(const QString &state = u"live"_s)
{
    return QJsonObject{{u"id"_s, EventId},
                       {u"site"_s, 1},
                       {u"title"_s, u"市长与网友在线交流：优化营商环境"_s},
                       {u"kind"_s, u"interview"_s},
                       {u"state"_s, state},
                       {u"revision"_s, 3},
                       {u"guests"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"name"_s, u"王建国"_s}, {u"title"_s, u"市长"_s}},
                                               QJsonObject{{u"id"_s, 2}, {u"name"_s, u"李敏"_s},
                                                           {u"title"_s, u"市营商环境建设局局长"_s}}}},
                       {u"host"_s, QJsonObject{{u"name"_s, u"张晓"_s}, {u"title"_s, u"主持人"_s}}}};
}

QList<qint64> ids(const QList<pd::domain::InterviewQuestion> &list)
{
    QList<qint64> out;
    for (const auto &q : list)
        out.append(q.id);
    return out;
}

} // namespace

class tst_InterviewDesk : public QObject
{
    Q_OBJECT

    /// A desk on the interview, its event and these questions loaded.
    static void open(ScriptedHost &host, InterviewDesk &desk, const QJsonArray &questions,
                     const QString &state = u"live"_s)
    {
        desk.selectEvent(EventId);
        QCOMPARE(host.calls.size(), 2);
        QCOMPARE(host.calls.at(0).path, pd::domain::LiveApiPaths::event(EventId));
        QVERIFY(host.calls.at(1).path.startsWith(pd::domain::LiveApiPaths::questions(EventId)));
        host.answer(interviewJson(state));
        host.answer(QJsonObject{{u"items"_s, questions}, {u"nextCursor"_s, QJsonValue()}});
    }

private Q_SLOTS:
    void onlyInterviewsAreListed()
    {
        ScriptedHost host;
        InterviewDesk desk(host);
        desk.reloadEvents();
        QCOMPARE(host.calls.first().path, pd::domain::LiveApiPaths::events(1));
        QJsonObject forum = interviewJson();
        forum[u"id"_s] = 3;
        forum[u"kind"_s] = u"forum"_s;
        host.answer(QJsonObject{{u"items"_s, QJsonArray{forum, interviewJson()}}});
        QCOMPARE(desk.events().size(), 1);
        QCOMPARE(desk.events().first().id, EventId);
    }

    void questionsAsEachRoleSeesThem()
    {
        ScriptedHost host;
        InterviewDesk desk(host);
        open(host, desk,
             QJsonArray{questionJson(1, u"pending"_s, u"老旧小区加装电梯的补贴什么时候发放？"_s),
                        questionJson(2, u"queued"_s, u"企业开办还要跑几个窗口？"_s, 2),
                        questionJson(3, u"queued"_s, u"工程建设项目审批能否再提速？"_s, 1),
                        questionJson(4, u"accepted"_s, u"小微企业贷款难怎么解决？"_s),
                        questionJson(5, u"declined"_s, u"与主题无关"_s),
                        questionJson(6, u"asked"_s, u"政务服务能否全程网办？"_s)});
        QCOMPARE(ids(desk.incoming()), (QList<qint64>{1, 4}));
        QCOMPARE(ids(desk.incoming(u"贷款"_s)), (QList<qint64>{4}));
        QCOMPARE(ids(desk.incoming(u"网友1"_s)), (QList<qint64>{1}));
        QCOMPARE(ids(desk.queue()), (QList<qint64>{3, 2}));
        QCOMPARE(desk.current().id, 6);
        QVERIFY(desk.answered().isEmpty());

        // The stream: a new question arrives, an older copy of one never overwrites a newer one.
        QSignalSpy changed(&desk, &InterviewDesk::questionsChanged);
        host.onEvent(40, u"interview.question"_s, questionJson(7, u"pending"_s, u"夜间经济有什么扶持政策？"_s));
        QCOMPARE(ids(desk.incoming()), (QList<qint64>{1, 4, 7}));
        host.onEvent(41, u"interview.question"_s, questionJson(1, u"accepted"_s, u"老旧小区…"_s, 0, 3));
        host.onEvent(42, u"interview.question"_s, questionJson(1, u"pending"_s, u"老旧小区…"_s, 0, 2));
        QCOMPARE(desk.question(1)->state, pd::domain::InterviewQuestionState::Accepted);
        QCOMPARE(changed.size(), 2);
        // Another interview's question is not this desk's business.
        QJsonObject other = questionJson(8, u"pending"_s, u"别的访谈"_s);
        other[u"eventId"_s] = EventId + 1;
        host.onEvent(43, u"interview.question"_s, other);
        QVERIFY(!desk.question(8));
    }

    void directorDecisionsReachThePortal()
    {
        ScriptedHost host;
        InterviewDesk desk(host);
        open(host, desk,
             QJsonArray{questionJson(1, u"pending"_s, u"企业开办要多久？"_s), questionJson(2, u"pending"_s, u"开办企业要几天？"_s),
                        questionJson(3, u"pending"_s, u"广告"_s), questionJson(4, u"queued"_s, u"甲"_s, 1),
                        questionJson(5, u"queued"_s, u"乙"_s, 2)});
        desk.accept(1);
        QCOMPARE(host.calls.last().verb, QByteArray("POST"));
        QCOMPARE(host.calls.last().path, pd::domain::LiveApiPaths::questionTransitions(1));
        QCOMPARE(host.calls.last().body, (QJsonObject{{u"action"_s, u"accept"_s}}));
        host.answer(questionJson(1, u"accepted"_s, u"企业开办要多久？"_s, 0, 2));
        QCOMPARE(desk.question(1)->state, pd::domain::InterviewQuestionState::Accepted);

        QVERIFY(!desk.decline(3, u"  "_s));
        QVERIFY(host.calls.isEmpty());
        QVERIFY(desk.decline(3, u"与访谈主题无关"_s));
        QCOMPARE(host.calls.last().body,
                 (QJsonObject{{u"action"_s, u"decline"_s}, {u"reason"_s, u"与访谈主题无关"_s}}));
        host.calls.clear();

        // A duplicate goes into the question it repeats and leaves the list at once.
        QVERIFY(!desk.merge({1}, 1));
        QVERIFY(desk.merge({1, 2}, 1));
        QCOMPARE(host.calls.size(), 1);
        QCOMPARE(host.calls.last().path, pd::domain::LiveApiPaths::questionTransitions(2));
        QCOMPARE(host.calls.last().body, (QJsonObject{{u"action"_s, u"merge"_s}, {u"into"_s, 1}}));
        QCOMPARE(ids(desk.incoming()), (QList<qint64>{1, 3}));
        host.calls.clear();

        desk.enqueue(1);
        QCOMPARE(host.calls.last().body, (QJsonObject{{u"action"_s, u"queue"_s}}));
        host.calls.clear();

        // The host's queue in the order the director dropped it in, shown at once.
        desk.reorderQueue({5, 4});
        QCOMPARE(ids(desk.queue()), (QList<qint64>{5, 4}));
        QCOMPARE(host.calls.last().verb, QByteArray("PUT"));
        QCOMPARE(host.calls.last().path, pd::domain::LiveApiPaths::questionQueue(EventId));
        QCOMPARE(host.calls.last().body, (QJsonObject{{u"questions"_s, QJsonArray{5, 4}}}));
    }

    void hostAsksTheFirstOfTheQueueOnly()
    {
        ScriptedHost host;
        InterviewDesk desk(host);
        open(host, desk,
             QJsonArray{questionJson(4, u"queued"_s, u"甲"_s, 2), questionJson(5, u"queued"_s, u"乙"_s, 1),
                        questionJson(6, u"asked"_s, u"丙"_s)});
        QVERIFY(!desk.askNext()); // 丙 is still being answered
        QVERIFY(host.calls.isEmpty());
        host.onEvent(50, u"interview.question"_s, questionJson(6, u"answered"_s, u"丙"_s, 0, 5));
        QVERIFY(desk.askNext());
        QCOMPARE(host.calls.last().path, pd::domain::LiveApiPaths::questionTransitions(5));
        QCOMPARE(host.calls.last().body, (QJsonObject{{u"action"_s, u"ask"_s}}));
    }

    void answersGoThroughTheOutboxAfterTheChecks()
    {
        ScriptedHost host;
        host.role = u"live_reporter"_s;
        InterviewDesk desk(host);
        QVERIFY(desk.canType());
        QVERIFY(!desk.canDirect());
        QVERIFY(!desk.canBuildTranscript());
        open(host, desk, QJsonArray{questionJson(6, u"asked"_s, u"政务服务能否全程网办？"_s)});

        QVERIFY(!desk.answer(6, 9, u"可以。"_s)); // no such guest
        QVERIFY(!desk.answer(6, 1, u"  "_s));
        host.findings = {pd::plugins::CheckFinding{pd::plugins::CheckFinding::Severity::Block, 0, 2, u"某词"_s, {},
                                                   u"敏感词"_s}};
        const auto blocked = desk.answer(6, 1, u"某词相关的回答"_s);
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(u"某词"_s), qPrintable(blocked.error().message));
        QVERIFY(host.enqueued.isEmpty());
        host.findings.clear();

        desk.saveDraft(6, u"目前已有"_s);
        QCOMPARE(desk.draft(6), u"目前已有"_s);
        QVERIFY(desk.answer(6, 1, u" 目前已有九成事项可以全程网办。 "_s));
        QCOMPARE(host.enqueued.size(), 1);
        const OutboxEntryInfo entry = host.enqueued.first();
        QCOMPARE(entry.resource, u"interview:%1"_s.arg(EventId));
        QCOMPARE(entry.verb, QByteArray("POST"));
        QCOMPARE(entry.path, pd::domain::LiveApiPaths::questionAnswers(6));
        QCOMPARE(entry.body, (QJsonObject{{u"guest"_s, 1}, {u"text"_s, u"目前已有九成事项可以全程网办。"_s}}));
        QCOMPARE(desk.answerState(6), InterviewDesk::AnswerState::Waiting);
        QVERIFY(desk.draft(6).isEmpty());
        // Ctrl+Enter twice sends one answer.
        QVERIFY(!desk.answer(6, 1, u"目前已有九成事项可以全程网办。"_s));
        QCOMPARE(host.enqueued.size(), 1);

        OutboxEntryInfo delivered = entry;
        delivered.state = OutboxState::Live;
        QJsonObject answered = questionJson(6, u"answered"_s, u"政务服务能否全程网办？"_s, 0, 4);
        answered[u"answeredAt"_s] = u"2026-12-06T10:01:00+08:00"_s;
        answered[u"answer"_s] = QJsonObject{{u"id"_s, 1}, {u"questionId"_s, 6}, {u"guestId"_s, 1},
                                            {u"guestName"_s, u"王建国"_s}, {u"text"_s, entry.body.value(u"text"_s)}};
        delivered.result = answered;
        host.onOutbox(delivered);
        QCOMPARE(desk.answerState(6), InterviewDesk::AnswerState::Delivered);
        QCOMPARE(ids(desk.answered()), (QList<qint64>{6}));
        QCOMPARE(desk.answered().first().answer->guestName, u"王建国"_s);
        QCOMPARE(desk.current().id, 0);
    }

    void aRefusedAnswerSaysWhyAndMayBeWrittenAgain()
    {
        ScriptedHost host;
        host.role = u"live_reporter"_s;
        InterviewDesk desk(host);
        open(host, desk, QJsonArray{questionJson(6, u"asked"_s, u"问"_s)});
        QVERIFY(desk.answer(6, 2, u"答"_s));
        OutboxEntryInfo refused = host.enqueued.first();
        refused.state = OutboxState::NeedsAttention;
        refused.error = u"另一位录入员已经回答了这个问题。"_s;
        QSignalSpy failed(&desk, &InterviewDesk::failed);
        host.onOutbox(refused);
        QCOMPARE(desk.answerState(6), InterviewDesk::AnswerState::Refused);
        QCOMPARE(desk.answerError(6), refused.error);
        QCOMPARE(failed.size(), 1);
        QVERIFY(desk.answer(6, 2, u"答"_s));
        QCOMPARE(host.enqueued.size(), 2);
    }

    void anEarlierRunsAnswerIsFollowedAgain()
    {
        ScriptedHost host;
        OutboxEntryInfo left;
        left.id = 77;
        left.resource = u"interview:%1"_s.arg(EventId);
        left.verb = "POST";
        left.path = pd::domain::LiveApiPaths::questionAnswers(6);
        left.state = OutboxState::Queued;
        host.leftOver = {left};
        InterviewDesk desk(host);
        open(host, desk, QJsonArray{questionJson(6, u"asked"_s, u"问"_s)});
        QCOMPARE(desk.answerState(6), InterviewDesk::AnswerState::Waiting);
        QVERIFY(!desk.answer(6, 1, u"再答一次"_s)); // it is already on its way
        QVERIFY(host.enqueued.isEmpty());
    }

    void theTranscriptOpensInTheEditorAfterTheEnd()
    {
        ScriptedHost host;
        host.role = u"editor"_s;
        InterviewDesk desk(host);
        QVERIFY(desk.canBuildTranscript());
        open(host, desk, QJsonArray{}, u"live"_s);
        QSignalSpy failed(&desk, &InterviewDesk::failed);
        desk.buildTranscript();
        QVERIFY(host.calls.isEmpty());
        QCOMPARE(failed.size(), 1);

        host.onEvent(60, u"live.event.changed"_s, interviewJson(u"ended"_s));
        QCOMPARE(desk.event().state, pd::domain::LiveEventState::Ended);
        QSignalSpy opened(&desk, &InterviewDesk::transcriptOpened);
        desk.buildTranscript();
        QCOMPARE(host.calls.last().verb, QByteArray("POST"));
        QCOMPARE(host.calls.last().path, pd::domain::LiveApiPaths::transcript(EventId));
        host.answer(QJsonObject{{u"id"_s, 321},
                                {u"site"_s, 1},
                                {u"type"_s, u"news"_s},
                                {u"state"_s, u"draft"_s},
                                {u"title"_s, u"市长与网友在线交流：优化营商环境（实录）"_s},
                                {u"revision"_s, 1}});
        QCOMPARE(host.opened, (QList<qint64>{321}));
        QCOMPARE(opened.size(), 1);
    }

    void aGuestsPhotoComesThroughTheHostOnce()
    {
        ScriptedHost host;
        InterviewDesk desk(host);
        QImage portrait(20, 30, QImage::Format_RGB32);
        portrait.fill(qRgb(0x20, 0xa0, 0x60));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(portrait.save(&buffer, "PNG"));
        host.media.insert(u"/media/5/wang.png"_s, png);
        QSignalSpy loaded(&desk, &InterviewDesk::guestPhotoLoaded);

        pd::domain::LiveEvent::Guest wang{u"王建国"_s, u"市长"_s, 1};
        wang.photoId = 5;
        wang.photoUrl = u"/media/5/wang.png"_s;
        const QImage shown = desk.guestPhoto(wang);
        QCOMPARE(shown.size(), QSize(20, 30));
        QCOMPARE(shown.pixel(10, 10), qRgb(0x20, 0xa0, 0x60));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toString(), u"/media/5/wang.png"_s);
        QCOMPARE(desk.guestPhoto(wang).size(), QSize(20, 30));
        QCOMPARE(host.mediaAsked, QStringList{u"/media/5/wang.png"_s}); // asked once

        // No photo: nothing asked, the caller shows the badge. A photo that cannot be had: asked once, no image.
        QVERIFY(desk.guestPhoto(pd::domain::LiveEvent::Guest{u"李敏"_s, {}, 2}).isNull());
        pd::domain::LiveEvent::Guest gone{u"赵强"_s, {}, 3};
        gone.photoId = 9;
        gone.photoUrl = u"/media/9/zhao.png"_s;
        QVERIFY(desk.guestPhoto(gone).isNull());
        QVERIFY(desk.guestPhoto(gone).isNull());
        QCOMPARE(host.mediaAsked.size(), 2);
        QCOMPARE(loaded.size(), 1);
    }

    void theDeskLeavesNoSubscriptionBehind()
    {
        ScriptedHost host;
        {
            InterviewDesk desk(host);
            QVERIFY(host.subscriptions > 0);
        }
        QCOMPARE(host.subscriptions, 0);
    }
};

QTEST_GUILESS_MAIN(tst_InterviewDesk)
#include "tst_interviewdesk.moc"
