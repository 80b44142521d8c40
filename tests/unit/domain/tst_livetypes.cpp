// The live broadcast's value types: codecs both ways, the event's states, and who a joint review still awaits.
#include "app/domain/LiveApiPaths.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"
#include "app/domain/LiveStats.h"
#include "app/domain/ListPage.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

constexpr qint64 kPortalModerator = 11;
constexpr qint64 kPortalEditor = 12;
constexpr qint64 kDepartmentOfficer = 21;

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), QTimeZone::UTC);
}

LiveReview jointReview()
{
    return LiveReview{{{u"门户"_s, {kPortalModerator, kPortalEditor}}, {u"部门"_s, {kDepartmentOfficer}}}};
}

LiveApproval approval(qint64 user, const QString &group)
{
    return LiveApproval{user, u"审核人"_s, group, at(9, 30)};
}

} // namespace

class tst_LiveTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventStates_data()
    {
        QTest::addColumn<LiveEventState>("from");
        QTest::addColumn<LiveEventAction>("action");
        QTest::addColumn<std::optional<LiveEventState>>("to");
        QTest::newRow("预告 → 直播中") << LiveEventState::Scheduled << LiveEventAction::Start
                                 << std::optional(LiveEventState::Live);
        QTest::newRow("直播中 → 暂停") << LiveEventState::Live << LiveEventAction::Pause
                                 << std::optional(LiveEventState::Paused);
        QTest::newRow("暂停 → 直播中") << LiveEventState::Paused << LiveEventAction::Resume
                                 << std::optional(LiveEventState::Live);
        QTest::newRow("预告 → 已结束") << LiveEventState::Scheduled << LiveEventAction::End
                                 << std::optional(LiveEventState::Ended);
        QTest::newRow("预告 cannot pause") << LiveEventState::Scheduled << LiveEventAction::Pause
                                         << std::optional<LiveEventState>();
        QTest::newRow("直播中 cannot resume") << LiveEventState::Live << LiveEventAction::Resume
                                           << std::optional<LiveEventState>();
        QTest::newRow("已结束 stays ended") << LiveEventState::Ended << LiveEventAction::Start
                                        << std::optional<LiveEventState>();
    }
    void eventStates()
    {
        QFETCH(LiveEventState, from);
        QFETCH(LiveEventAction, action);
        QFETCH(std::optional<LiveEventState>, to);
        QCOMPARE(liveEventStateAfter(from, action), to);
    }

    void codes()
    {
        for (auto s : {LiveEventState::Scheduled, LiveEventState::Live, LiveEventState::Paused, LiveEventState::Ended})
            QCOMPARE(liveEventStateFromCode(liveEventStateCode(s)), s);
        for (auto a : {LivePostAction::Approve, LivePostAction::Reject, LivePostAction::Pin, LivePostAction::Unpin,
                       LivePostAction::Retract})
            QCOMPARE(livePostActionFromCode(livePostActionCode(a)), a);
        QCOMPARE(livePostStateCode(LivePostState::Retracted), u"retracted"_s);
        QCOMPARE(liveModeFromCode(u"reviewed"), LiveMode::Reviewed);
        QVERIFY(!liveModeFromCode(u"moderated"));
        QVERIFY(!livePostActionFromCode(u"publish"));
        QCOMPARE(LiveComment::stateFromCode(u"hidden"), LiveComment::State::Hidden);
        QCOMPARE(LiveComment::stateAfter(LiveComment::Action::Approve), LiveComment::State::Approved);
    }

    void jointReviewAwaitsEachGroupOnce_data()
    {
        QTest::addColumn<QList<LiveApproval>>("given");
        QTest::addColumn<QStringList>("awaiting");
        QTest::addColumn<QStringList>("officerMayApproveFor");
        QTest::newRow("nobody yet") << QList<LiveApproval>{} << QStringList{u"门户"_s, u"部门"_s}
                                    << QStringList{u"部门"_s};
        QTest::newRow("部门 approved") << QList<LiveApproval>{approval(kDepartmentOfficer, u"部门"_s)}
                                     << QStringList{u"门户"_s} << QStringList{};
        QTest::newRow("门户 approved") << QList<LiveApproval>{approval(kPortalEditor, u"门户"_s)}
                                     << QStringList{u"部门"_s} << QStringList{u"部门"_s};
        QTest::newRow("both approved") << QList<LiveApproval>{approval(kPortalEditor, u"门户"_s),
                                                               approval(kDepartmentOfficer, u"部门"_s)}
                                       << QStringList{} << QStringList{};
    }
    void jointReviewAwaitsEachGroupOnce()
    {
        QFETCH(QList<LiveApproval>, given);
        QFETCH(QStringList, awaiting);
        QFETCH(QStringList, officerMayApproveFor);
        const LiveReview review = jointReview();
        QVERIFY(review.isJoint());
        QCOMPARE(review.awaiting(given), awaiting);
        QCOMPARE(review.awaitedGroupsOf(kDepartmentOfficer, given), officerMayApproveFor);
        QVERIFY(review.isMember(kPortalModerator));
        QVERIFY(!review.isMember(99));
    }

    void singleModeratorWithoutGroups()
    {
        const LiveReview single;
        QVERIFY(!single.isJoint());
        QCOMPARE(single.awaiting({}), QStringList{QString(LiveReview::ModeratorGroup)});
        QCOMPARE(single.awaiting({approval(kPortalModerator, QString(LiveReview::ModeratorGroup))}), QStringList());
    }

    void reviewInputRefusesBadGroups_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QStringList>("fields");
        const auto group = [](const QString &name, const QJsonArray &members) {
            return QJsonObject{{u"group"_s, name}, {u"members"_s, members}};
        };
        QTest::newRow("no members") << QJsonValue(QJsonObject{{u"approvals"_s, QJsonArray{group(u"门户"_s, {})}}})
                                    << QStringList{u"review.approvals[0].members"_s};
        QTest::newRow("one name twice")
            << QJsonValue(QJsonObject{{u"approvals"_s, QJsonArray{group(u"门户"_s, {1}), group(u"门户"_s, {2})}}})
            << QStringList{u"review.approvals[1].group"_s};
        QTest::newRow("nameless") << QJsonValue(QJsonObject{{u"approvals"_s, QJsonArray{group(u" "_s, {1})}}})
                                  << QStringList{u"review.approvals[0].group"_s};
        QTest::newRow("not a user id")
            << QJsonValue(QJsonObject{{u"approvals"_s, QJsonArray{group(u"部门"_s, {u"张三"_s})}}})
            << QStringList{u"review.approvals[0].members"_s, u"review.approvals[0].members"_s};
        QTest::newRow("not an object") << QJsonValue(QJsonArray{}) << QStringList{u"review"_s};
    }
    void reviewInputRefusesBadGroups()
    {
        QFETCH(QJsonValue, json);
        QFETCH(QStringList, fields);
        const auto read = LiveReview::fromJson(json);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Validation);
        QStringList named;
        for (const FieldError &f : read.error().fields)
            named.append(f.field);
        QCOMPARE(named, fields);
    }

    void eventRoundTrip()
    {
        LiveEvent e;
        e.id = 5;
        e.siteId = 1;
        e.title = u"2026临江发展论坛"_s;
        e.venue = u"市民中心"_s;
        e.state = LiveEventState::Live;
        e.mode = LiveMode::Reviewed;
        e.startsAt = at(1, 0);
        e.kind = LiveEventKind::Hearing;
        e.sessions = {{1, u"开幕式暨主论坛"_s, at(1, 0), at(2, 0), {kPortalEditor}, {kPortalModerator}},
                      {3, u"分论坛一：先进制造与产业创新"_s, at(2, 0), at(3, 0), {kDepartmentOfficer}, {}}};
        e.guests = {{u"李明"_s, u"市教育局局长"_s}};
        e.review = jointReview();
        e.revision = 3;
        e.createdAt = e.updatedAt = at(0, 30);
        const QJsonObject json = e.toJson();
        LiveEvent back = LiveEvent::fromJson(json);
        QCOMPARE(back.publicUrl, u"/live/5/"_s);
        back.publicUrl.clear();
        QCOMPARE(back, e);
        // Citizens never learn who reviews, nor who reports and moderates each sub-forum.
        QVERIFY(!e.toPublicJson().contains(u"review"_s));
        const QJsonObject shownSession = e.toPublicJson().value(u"sessions"_s).toArray().at(1).toObject();
        QCOMPARE(shownSession.value(u"id"_s).toInteger(), 3);
        QVERIFY(!shownSession.contains(u"reporters"_s) && !shownSession.contains(u"moderators"_s));
        QCOMPARE(e.toPublicJson().value(u"kind"_s).toString(), u"hearing"_s);
        QCOMPARE(e.guests.first().speakerLabel(), u"李明 市教育局局长"_s);
        // The input form reads the review too.
        auto input = LiveEvent::fromInput(QJsonObject{{u"title"_s, e.title}, {u"mode"_s, u"reviewed"_s},
                                                      {u"review"_s, e.review.toJson()}});
        QVERIFY(input);
        QCOMPARE(input->review, e.review);
    }

    void kindsAndTheirDefaultModes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonValue>("mode");
        QTest::addColumn<LiveEventKind>("expectedKind");
        QTest::addColumn<LiveMode>("expectedMode");
        QTest::newRow("听证会 is reviewed") << u"hearing"_s << QJsonValue() << LiveEventKind::Hearing << LiveMode::Reviewed;
        QTest::newRow("新闻发布会 goes out direct") << u"press"_s << QJsonValue() << LiveEventKind::Press << LiveMode::Direct;
        QTest::newRow("在线访谈 is reviewed") << u"interview"_s << QJsonValue() << LiveEventKind::Interview
                                         << LiveMode::Reviewed;
        QTest::newRow("论坛 goes out direct") << u"forum"_s << QJsonValue() << LiveEventKind::Forum << LiveMode::Direct;
        QTest::newRow("no kind: a forum, as before kinds") << QString() << QJsonValue() << LiveEventKind::Forum
                                                           << LiveMode::Direct;
        QTest::newRow("a hearing its creator wants direct") << u"hearing"_s << QJsonValue(u"direct"_s)
                                                            << LiveEventKind::Hearing << LiveMode::Direct;
        QTest::newRow("a press conference its creator wants reviewed")
            << u"press"_s << QJsonValue(u"reviewed"_s) << LiveEventKind::Press << LiveMode::Reviewed;
    }

    void kindsAndTheirDefaultModes()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonValue, mode);
        QFETCH(LiveEventKind, expectedKind);
        QFETCH(LiveMode, expectedMode);
        QJsonObject json{{u"title"_s, u"临江市城市轨道交通票价听证会"_s}};
        if (!kind.isEmpty())
            json.insert(u"kind"_s, kind);
        if (!mode.isNull())
            json.insert(u"mode"_s, mode);
        auto read = LiveEvent::fromInput(json);
        QVERIFY(read);
        QCOMPARE(read->kind, expectedKind);
        QCOMPARE(read->mode, expectedMode);
        QCOMPARE(liveEventKindFromCode(liveEventKindCode(expectedKind)), expectedKind);
        QVERIFY(!LiveEvent::fromInput({{u"title"_s, u"座谈会"_s}, {u"kind"_s, u"meeting"_s}}));
    }

    void sessionsAndTheirTeams()
    {
        // Sessions stored before they had ids get them by position: the first is the main forum, where every
        // post of that time now belongs.
        LiveEvent old;
        old.takeContent(QJsonObject{{u"sessions"_s, QJsonArray{QJsonObject{{u"title"_s, u"主论坛"_s}},
                                                               QJsonObject{{u"title"_s, u"分论坛一"_s}}}}});
        QCOMPARE(old.sessions.size(), 2);
        QCOMPARE(old.sessions.at(0).id, LiveEvent::MainSession);
        QCOMPARE(old.sessions.at(1).id, 2);
        QCOMPARE(old.defaultSessionId(), LiveEvent::MainSession);
        QCOMPARE(old.kind, LiveEventKind::Forum);
        // Without sessions, an event still has its main one.
        LiveEvent bare;
        QVERIFY(bare.hasSession(LiveEvent::MainSession));
        QVERIFY(!bare.hasSession(2));
        QCOMPARE(bare.session(LiveEvent::MainSession), nullptr);
        // New sessions (id 0) get ids after the highest one, whatever their place in the programme.
        LiveEvent edited;
        edited.sessions = {{0, u"分论坛三"_s, {}, {}, {}, {}}, {4, u"主论坛"_s, {}, {}, {}, {}}};
        edited.numberSessions();
        QCOMPARE(edited.sessions.at(0).id, 5);
        QCOMPARE(edited.defaultSessionId(), 5);

        auto read = LiveEvent::fromInput(QJsonObject{
            {u"title"_s, u"2026临江发展论坛"_s},
            {u"sessions"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"title"_s, u"主论坛"_s}, {u"reporters"_s, QJsonArray{7, 8}},
                                                   {u"moderators"_s, QJsonArray{9}}},
                                       QJsonObject{{u"title"_s, u"分论坛一"_s}}}}});
        QVERIFY(read);
        QCOMPARE(read->sessions.at(0).reporters, (QList<qint64>{7, 8}));
        QCOMPARE(read->sessions.at(0).moderators, QList<qint64>{9});
        QCOMPARE(read->sessions.at(1).id, 0);

        const auto bad = LiveEvent::fromInput(QJsonObject{
            {u"title"_s, u"论坛"_s},
            {u"sessions"_s, QJsonArray{QJsonObject{{u"id"_s, 2}, {u"title"_s, u"主论坛"_s}, {u"reporters"_s, u"张三"_s}},
                                       QJsonObject{{u"id"_s, 2}, {u"title"_s, u"分论坛"_s}, {u"moderators"_s, QJsonArray{-1}}}}}});
        QVERIFY(!bad);
        QStringList named;
        for (const FieldError &f : bad.error().fields)
            named.append(f.field);
        QCOMPARE(named, (QStringList{u"sessions[0].reporters"_s, u"sessions[1].moderators"_s, u"sessions[1].id"_s}));
    }

    void postRoundTrip()
    {
        LivePost p;
        p.id = 40;
        p.eventId = 5;
        p.seq = 12;
        p.session = 3;
        p.state = LivePostState::Published;
        p.text = u"市长陈志远出席论坛。"_s;
        p.speaker = u"主持人"_s;
        p.photos = {{7, u"会场"_s, u"/media/7/a.jpg"_s, 800, 600}};
        p.revision = 4;
        p.createdBy = kPortalModerator;
        p.createdByName = u"王审核"_s;
        p.createdAt = p.updatedAt = p.publishedAt = at(1, 5);
        p.approvals = {approval(kDepartmentOfficer, u"部门"_s)};
        p.awaiting = {u"门户"_s};
        p.pendingChange = LivePost::Change{LivePost::Change::Kind::Correction, u"副市长陈志远出席论坛。"_s, p.speaker,
                                           p.photos, u"更正职务"_s, kPortalModerator, u"王审核"_s, at(1, 10)};
        QVERIFY(p.inReview());
        QCOMPARE(LivePost::fromJson(p.toJson()), p);
        // The public form shows the published text, not the correction still in review.
        const QJsonObject shown = p.toPublicJson();
        QCOMPARE(shown.value(u"text").toString(), p.text);
        QVERIFY(!shown.contains(u"approvals"_s));
        QVERIFY(!shown.contains(u"pendingChange"_s));
        QVERIFY(!shown.contains(u"createdBy"_s));
        // Each sub-forum's tab on the public page keeps its own posts.
        QCOMPARE(shown.value(u"session"_s).toInteger(), 3);
    }

    void commentRoundTrip()
    {
        LiveComment c;
        c.id = 3;
        c.eventId = 5;
        c.state = LiveComment::State::Approved;
        c.name = u"网友"_s;
        c.text = u"请问地铁几号线到会场？"_s;
        c.createdAt = c.moderatedAt = at(2, 0);
        QCOMPARE(LiveComment::fromJson(c.toJson()), c);
        QVERIFY(!c.toJson().contains(u"address"_s));
    }

    void statsAndPages()
    {
        // The figures of the forum day in our sources.
        const LiveStats forum{160, 32, 70000, 312, 500, 20741, 4};
        QCOMPARE(LiveStats::fromJson(forum.toJson()), forum);
        LivePost first;
        first.id = 1;
        first.seq = 1;
        const auto page = ListPage<LivePost>::fromJson(
            QJsonObject{{u"items"_s, QJsonArray{first.toJson()}}, {u"nextCursor"_s, u"1"_s}});
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.first().seq, 1);
        QVERIFY(page.hasMore());
        QVERIFY(!ListPage<LiveComment>::fromJson(QJsonObject{{u"items"_s, QJsonArray{}}, {u"nextCursor"_s, QJsonValue()}})
                     .hasMore());
    }

    void apiPaths()
    {
        QCOMPARE(LiveApiPaths::events(1), u"/api/v1/live/events?site=1"_s);
        QCOMPARE(LiveApiPaths::posts(5, 40, 200), u"/api/v1/live/events/5/posts?after=40&limit=200"_s);
        QCOMPARE(LiveApiPaths::postTransitions(12), u"/api/v1/live/posts/12/transitions"_s);
        // An outbox entry names its post by path: a correction, a transition, nothing else.
        QCOMPARE(LiveApiPaths::postOf(LiveApiPaths::post(12)), 12);
        QCOMPARE(LiveApiPaths::postOf(LiveApiPaths::postTransitions(12)), 12);
        QCOMPARE(LiveApiPaths::postOf(LiveApiPaths::posts(5)), 0);
        QCOMPARE(LiveApiPaths::postOf(u"/api/v1/live/posts/x/transitions"_s), 0);
        QVERIFY(LiveApiPaths::isPostsOfEvent(LiveApiPaths::posts(5)));
        QVERIFY(!LiveApiPaths::isPostsOfEvent(LiveApiPaths::post(5)));
    }
};

QTEST_APPLESS_MAIN(tst_LiveTypes)
#include "tst_livetypes.moc"
