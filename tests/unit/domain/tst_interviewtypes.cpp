// The online interview's value types: the question flow's states, codecs both ways, what the public sees, the
// event's kind, host and guest ids, the question figures and the API paths.
#include "app/domain/InterviewQuestion.h"
#include "app/domain/InterviewStats.h"
#include "app/domain/LiveApiPaths.h"
#include "app/domain/LiveEvent.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 8), QTime(hour, minute), QTimeZone::UTC);
}

InterviewQuestion answeredQuestion()
{
    InterviewQuestion q;
    q.id = 42;
    q.eventId = 7;
    q.state = InterviewQuestionState::Answered;
    q.name = u"老街坊"_s;
    q.text = u"老旧小区加装电梯的补贴什么时候能到位？"_s;
    q.address = u"127.0.0.9"_s;
    q.askers = 3;
    q.position = 2;
    q.reason = u"内部备注"_s;
    q.revision = 5;
    q.createdAt = at(1, 0);
    q.updatedAt = at(2, 10);
    q.askedAt = at(2, 5);
    q.answeredAt = at(2, 10);
    q.answer = InterviewAnswer{9, 42, 2, u"王建国"_s, u"市住房和城乡建设局局长"_s, u"今年年底前全部拨付到位。"_s, 31,
                               u"速记员"_s, at(2, 10)};
    return q;
}

} // namespace

class tst_InterviewTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questionFlow_data()
    {
        using S = InterviewQuestionState;
        using A = InterviewQuestionAction;
        QTest::addColumn<S>("from");
        QTest::addColumn<A>("action");
        QTest::addColumn<std::optional<S>>("to");
        QTest::newRow("待审 → 采纳") << S::Pending << A::Accept << std::optional(S::Accepted);
        QTest::newRow("采纳 → 排队") << S::Accepted << A::Queue << std::optional(S::Queued);
        QTest::newRow("待审 → 排队 (screened on the way)") << S::Pending << A::Queue << std::optional(S::Queued);
        QTest::newRow("排队 → 提问") << S::Queued << A::Ask << std::optional(S::Asked);
        QTest::newRow("待审 → 不采纳") << S::Pending << A::Decline << std::optional(S::Declined);
        QTest::newRow("排队 → 不采纳") << S::Queued << A::Decline << std::optional(S::Declined);
        QTest::newRow("待审 → 合并") << S::Pending << A::Merge << std::optional(S::Merged);
        QTest::newRow("采纳 → 合并") << S::Accepted << A::Merge << std::optional(S::Merged);
        QTest::newRow("待审 cannot be asked") << S::Pending << A::Ask << std::optional<S>();
        QTest::newRow("已提问 cannot be declined") << S::Asked << A::Decline << std::optional<S>();
        QTest::newRow("已回答 cannot be queued again") << S::Answered << A::Queue << std::optional<S>();
        QTest::newRow("不采纳 cannot be accepted") << S::Declined << A::Accept << std::optional<S>();
        QTest::newRow("已合并 cannot be merged again") << S::Merged << A::Merge << std::optional<S>();
        QTest::newRow("排队 cannot be merged") << S::Queued << A::Merge << std::optional<S>();
    }
    void questionFlow()
    {
        QFETCH(InterviewQuestionState, from);
        QFETCH(InterviewQuestionAction, action);
        QFETCH(std::optional<InterviewQuestionState>, to);
        QCOMPARE(interviewQuestionStateAfter(from, action), to);
    }

    void onlyAnAskedQuestionTakesAnAnswer()
    {
        for (int s = 0; s <= int(InterviewQuestionState::Merged); ++s) {
            const auto state = InterviewQuestionState(s);
            QCOMPARE(interviewQuestionAnswerable(state), state == InterviewQuestionState::Asked);
        }
    }

    void codesRoundTrip()
    {
        for (int s = 0; s <= int(InterviewQuestionState::Merged); ++s) {
            const auto state = InterviewQuestionState(s);
            QCOMPARE(interviewQuestionStateFromCode(interviewQuestionStateCode(state)), std::optional(state));
        }
        for (int a = 0; a <= int(InterviewQuestionAction::Merge); ++a) {
            const auto action = InterviewQuestionAction(a);
            QCOMPARE(interviewQuestionActionFromCode(interviewQuestionActionCode(action)), std::optional(action));
        }
        QCOMPARE(interviewQuestionActionCode(InterviewQuestionAction::Decline), u"decline"_s);
        QCOMPARE(interviewQuestionStateFromCode(u"answer"), std::nullopt);
        QCOMPARE(liveEventKindFromCode(u"interview"), std::optional(LiveEventKind::Interview));
        QCOMPARE(liveEventKindCode(LiveEventKind::Press), u"press"_s);
        QCOMPARE(liveEventKindFromCode(u"访谈"), std::nullopt);
    }

    void questionRoundTrip()
    {
        InterviewQuestion q = answeredQuestion();
        const QJsonObject json = q.toJson();
        QCOMPARE(json.value(u"state").toString(), u"answered"_s);
        QCOMPARE(json.value(u"answer").toObject().value(u"guest").toInteger(), 2);
        QVERIFY(!json.contains(u"address"));
        q.address.clear();
        q.siteId = 0;
        QCOMPARE(InterviewQuestion::fromJson(json), q);
    }

    void correctedAnswerRoundTrip()
    {
        InterviewQuestion q = answeredQuestion();
        InterviewAnswer &a = *q.answer;
        a.revision = 3;
        a.correctionNote = u"拨付时间录入有误"_s;
        a.correctedAt = at(2, 20);
        a.pendingCorrection = InterviewAnswer::Correction{2, u"王建国"_s, u"市住房和城乡建设局局长"_s, u"明年一季度拨付到位。"_s,
                                                          u"再次更正"_s, 31, u"速记员"_s, at(2, 30),
                                                          {LiveApproval{12, u"导播"_s, u"live_moderator"_s, at(2, 31)}}};
        const QJsonObject json = q.toJson();
        QCOMPARE(json.value(u"answer").toObject().value(u"revision").toInteger(), 3);
        q.address.clear();
        q.siteId = 0;
        QCOMPARE(InterviewQuestion::fromJson(json), q);
        // Readers see the correction that went out, never the one still under review.
        const QJsonObject pub = q.toPublicJson().value(u"answer").toObject();
        QCOMPARE(pub.value(u"correctionNote").toString(), u"拨付时间录入有误"_s);
        QCOMPARE(pub.value(u"text").toString(), u"今年年底前全部拨付到位。"_s);
        QVERIFY(!pub.contains(u"pendingCorrection"));
        QVERIFY(!pub.contains(u"revision"));
        QVERIFY(!answeredQuestion().toPublicJson().value(u"answer").toObject().contains(u"correctionNote"));
    }

    void answerInReviewRoundTripsAndStaysInternal()
    {
        InterviewQuestion q = answeredQuestion();
        InterviewAnswer &a = *q.answer;
        a.review = InterviewAnswer::Review::Pending;
        a.approvals = {LiveApproval{12, u"导播"_s, u"门户"_s, at(2, 31)}};
        const QJsonObject json = q.toJson();
        QCOMPARE(json.value(u"answer").toObject().value(u"review").toString(), u"pending"_s);
        q.address.clear();
        q.siteId = 0;
        QCOMPARE(InterviewQuestion::fromJson(json), q);
        // Readers get the question alone until the review lets the pair out.
        QVERIFY(q.toPublicJson().value(u"answer").isNull());
        a.review = InterviewAnswer::Review::Rejected;
        a.approvals.clear();
        a.rejectReason = u"拨付时间有误"_s;
        QCOMPARE(InterviewQuestion::fromJson(q.toJson()), q);
        QVERIFY(q.toPublicJson().value(u"answer").isNull());
        // Whatever the public form carries is published.
        QCOMPARE(InterviewAnswer::fromJson(answeredQuestion().answer->toPublicJson()).review, InterviewAnswer::Review::Published);
    }

    void pendingQuestionHasNoAnswer()
    {
        InterviewQuestion q;
        q.id = 1;
        q.name = u"网友"_s;
        q.text = u"公交线路什么时候调整？"_s;
        q.createdAt = q.updatedAt = at(1, 0);
        const QJsonObject json = q.toJson();
        QVERIFY(json.value(u"answer").isNull());
        QVERIFY(json.value(u"askedAt").isNull());
        QVERIFY(json.value(u"mergedInto").isNull());
        QCOMPARE(InterviewQuestion::fromJson(json), q);
    }

    void publicPairKeepsTheBackOfficeOut()
    {
        const QJsonObject pub = answeredQuestion().toPublicJson();
        QCOMPARE(pub.value(u"text").toString(), u"老旧小区加装电梯的补贴什么时候能到位？"_s);
        const QJsonObject answer = pub.value(u"answer").toObject();
        QCOMPARE(answer.value(u"guestName").toString(), u"王建国"_s);
        QCOMPARE(answer.value(u"guestTitle").toString(), u"市住房和城乡建设局局长"_s);
        for (const QString &internal : {u"reason"_s, u"address"_s, u"state"_s, u"position"_s})
            QVERIFY2(!pub.contains(internal), qPrintable(internal));
        QVERIFY(!answer.contains(u"createdBy"));
        QVERIFY(!answer.contains(u"createdByName"));
        // The public form reads back into the same pair.
        const InterviewQuestion read = InterviewQuestion::fromJson(pub);
        QCOMPARE(read.answer->text, u"今年年底前全部拨付到位。"_s);
        QCOMPARE(read.askers, 3);
    }

    void interviewEventRoundTrip()
    {
        LiveEvent e;
        e.id = 7;
        e.siteId = 1;
        e.title = u"市长与网友在线交流：优化营商环境"_s;
        e.kind = LiveEventKind::Interview;
        e.host = {u"陈晓"_s, u"市广播电视台主持人"_s};
        e.guests = {{u"王建国"_s, u"市长"_s, 1}, {u"李红"_s, u"市发展和改革委员会主任"_s, 2}};
        e.startsAt = at(2, 0);
        e.createdAt = e.updatedAt = at(1, 0);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"kind").toString(), u"interview"_s);
        QCOMPARE(json.value(u"host").toObject().value(u"name").toString(), u"陈晓"_s);
        QCOMPARE(json.value(u"guests").toArray().at(1).toObject().value(u"id").toInteger(), 2);
        LiveEvent read = LiveEvent::fromJson(json);
        read.publicUrl.clear();
        QCOMPARE(read, e);
        QVERIFY(read.isInterview());
        QCOMPARE(read.guest(2)->name, u"李红"_s);
        QCOMPARE(read.guest(3), nullptr);

        // The stored document carries kind and host too.
        LiveEvent stored;
        stored.takeContent(e.contentJson());
        QCOMPARE(stored.kind, LiveEventKind::Interview);
        QCOMPARE(stored.host, e.host);
        QCOMPARE(stored.guests, e.guests);
    }

    void eventWithoutKindIsAForum()
    {
        const LiveEvent e = LiveEvent::fromJson(QJsonObject{{u"id"_s, 1}, {u"title"_s, u"论坛"_s}});
        QCOMPARE(e.kind, LiveEventKind::Forum);
        QVERIFY(e.host.name.isEmpty());
        QVERIFY(LiveEvent{}.toJson().value(u"host").isNull());
    }

    void inputReadsKindAndHost()
    {
        auto e = LiveEvent::fromInput(QJsonObject{
            {u"title"_s, u"在线访谈"_s},
            {u"kind"_s, u"interview"_s},
            {u"host"_s, QJsonObject{{u"name"_s, u" 陈晓 "_s}, {u"title"_s, u"主持人"_s}}},
            {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"王建国"_s}, {u"title"_s, u"市长"_s}, {u"id"_s, 4}}}}});
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, LiveEventKind::Interview);
        QCOMPARE(e->host.name, u"陈晓"_s);
        QCOMPARE(e->guests.first().id, 4);

        auto bad = LiveEvent::fromInput(QJsonObject{{u"title"_s, u"x"_s}, {u"kind"_s, u"chat"_s}});
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().fields.first().field, u"kind"_s);
    }

    void guestIdsSurviveAnEditWithoutThem()
    {
        const QList<LiveEvent::Guest> before{{u"王建国"_s, u"市长"_s, 1}, {u"李红"_s, u"主任"_s, 2}};
        LiveEvent edited;
        // A desk that does not know ids sends names only; the second guest left, a third came.
        edited.guests = {{u"王建国"_s, u"市长"_s, 0}, {u"赵强"_s, u"局长"_s, 0}};
        edited.assignGuestIds(before);
        QCOMPARE(edited.guests.at(0).id, 1);
        QCOMPARE(edited.guests.at(1).id, 3); // never the removed guest's id
        QCOMPARE(edited.guest(2), nullptr);

        LiveEvent fresh;
        fresh.guests = {{u"甲"_s, {}, 0}, {u"乙"_s, {}, 0}};
        fresh.assignGuestIds({});
        QCOMPARE(fresh.guests.at(0).id, 1);
        QCOMPARE(fresh.guests.at(1).id, 2);
    }

    void guestPhotoKeptUnlessChanged()
    {
        auto e = LiveEvent::fromInput(QJsonObject{
            {u"title"_s, u"在线访谈"_s},
            {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"王建国"_s}, {u"id"_s, 1}},
                                     QJsonObject{{u"name"_s, u"李红"_s}, {u"id"_s, 2}, {u"photoId"_s, QJsonValue()}},
                                     QJsonObject{{u"name"_s, u"赵强"_s}, {u"id"_s, 3}, {u"photoId"_s, 12}}}}});
        QVERIFY(e.has_value());
        LiveEvent::Guest wang{u"王建国"_s, {}, 1};
        wang.photoId = 7;
        wang.photoUrl = u"/media/7/wang.png"_s;
        LiveEvent::Guest li{u"李红"_s, {}, 2};
        li.photoId = 8;
        li.photoUrl = u"/media/8/li.png"_s;
        e->keepGuestPhotos({wang, li});
        // Left out: kept; null: taken away; a number: the new one (portald then checks it and sets its URL).
        QCOMPARE(e->guests.at(0).photoId, 7);
        QCOMPARE(e->guests.at(0).photoUrl, u"/media/7/wang.png"_s);
        QCOMPARE(e->guests.at(1).photoId, 0);
        QVERIFY(e->guests.at(1).photoUrl.isEmpty());
        QCOMPARE(e->guests.at(2).photoId, 12);

        // The API form carries a photo only where there is one, and reads back the same.
        e->guests[2].photoUrl = u"/media/12/zhao.png"_s;
        const QJsonArray guests = e->toJson().value(u"guests"_s).toArray();
        QCOMPARE(guests.at(0).toObject().value(u"photoUrl"_s).toString(), u"/media/7/wang.png"_s);
        QVERIFY(!guests.at(1).toObject().contains(u"photoId"_s));
        QCOMPARE(LiveEvent::fromJson(e->toJson()).guests, e->guests);
        QCOMPARE(LiveEvent::fromJson(e->toPublicJson()).guests, e->guests);

        for (const QJsonValue &bad : {QJsonValue(u"wang.png"_s), QJsonValue(-3), QJsonValue(1.5)}) {
            auto refused = LiveEvent::fromInput(QJsonObject{
                {u"title"_s, u"在线访谈"_s},
                {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"王建国"_s}, {u"photoId"_s, bad}}}}});
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().fields.first().field, u"guests[0].photoId"_s);
        }
    }

    void questionFigures()
    {
        const InterviewStats figures{.received = 500, .accepted = 40, .answered = 20};
        QCOMPARE(figures.answerRate(), 0.5);
        QCOMPARE(InterviewStats{}.answerRate(), 0.0);
        const QJsonObject json = figures.toJson();
        QCOMPARE(json.value(u"questionsReceived").toInteger(), 500);
        QCOMPARE(json.value(u"questionsAccepted").toInteger(), 40);
        QCOMPARE(json.value(u"questionsAnswered").toInteger(), 20);
        QCOMPARE(json.value(u"answerRate").toDouble(), 0.5);
        QCOMPARE(InterviewStats::fromJson(json), figures);
        // A rate is rounded to four decimals in the JSON.
        QCOMPARE((InterviewStats{3, 3, 2}).toJson().value(u"answerRate").toDouble(), 0.6667);
    }

    void paths()
    {
        QCOMPARE(LiveApiPaths::questions(7), u"/api/v1/live/events/7/questions"_s);
        QCOMPARE(LiveApiPaths::questions(7, u"pending"_s), u"/api/v1/live/events/7/questions?state=pending"_s);
        QCOMPARE(LiveApiPaths::questions(7, QString()), u"/api/v1/live/events/7/questions"_s);
        QCOMPARE(LiveApiPaths::questionTransitions(42), u"/api/v1/live/questions/42/transitions"_s);
        QCOMPARE(LiveApiPaths::questionAnswers(42), u"/api/v1/live/questions/42/answers"_s);
        QCOMPARE(LiveApiPaths::questionQueue(7), u"/api/v1/live/events/7/queue"_s);
        QCOMPARE(LiveApiPaths::transcript(7), u"/api/v1/live/events/7/transcript"_s);
        QCOMPARE(LiveApiPaths::publicQuestions(7), u"/public/live/7/questions"_s);
        QCOMPARE(LiveApiPaths::postOf(LiveApiPaths::questionAnswers(42)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_InterviewTypes)
#include "tst_interviewtypes.moc"
