#include "app/domain/Workflow.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

constexpr qint64 kSite = 7;
constexpr qint64 kOtherSite = 8;

User person(QString name, QList<RoleGrant> grants)
{
    User u;
    u.id = 1;
    u.username = std::move(name);
    u.roles = std::move(grants);
    return u;
}

User editor() { return person(u"editor"_s, {{u"editor"_s, kSite, 0}}); }
User reviewer(int level) { return person(u"reviewer"_s, {{u"reviewer"_s, kSite, level}}); }
User publisher() { return person(u"publisher"_s, {{u"publisher"_s, kSite, 0}}); }
User admin() { return person(u"admin"_s, {{u"admin"_s, 0, 0}}); }
User nobody() { return person(u"reporter"_s, {{u"live_reporter"_s, kSite, 0}}); }

TransitionRequest request(WorkflowAction action)
{
    TransitionRequest r;
    r.action = action;
    r.now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC);
    if (Workflow::requiresComment(action))
        r.comment = u"理由：数据需核实"_s;
    if (action == WorkflowAction::Schedule)
        r.publishAt = r.now.addSecs(3600);
    return r;
}

const QList<ItemState> kAllStates{ItemState::Draft,     ItemState::Submitted,   ItemState::Approved,
                                  ItemState::Scheduled, ItemState::Published,   ItemState::Rejected,
                                  ItemState::Unpublished, ItemState::Withdrawn, ItemState::Archived};

// The legal transitions of a 3-level site, keyed by (state, action); everything else must be a Conflict.
struct Legal {
    WorkflowState from;
    WorkflowAction action;
    WorkflowState to;
};
const QList<Legal> kLegal{
    {{ItemState::Draft, 0}, WorkflowAction::Submit, {ItemState::Submitted, 1}},
    {{ItemState::Rejected, 0}, WorkflowAction::Submit, {ItemState::Submitted, 1}},
    {{ItemState::Unpublished, 0}, WorkflowAction::Submit, {ItemState::Submitted, 1}},
    {{ItemState::Submitted, 1}, WorkflowAction::Approve, {ItemState::Submitted, 2}},
    {{ItemState::Submitted, 2}, WorkflowAction::Approve, {ItemState::Submitted, 3}},
    {{ItemState::Submitted, 3}, WorkflowAction::Approve, {ItemState::Approved, 0}},
    {{ItemState::Submitted, 1}, WorkflowAction::Reject, {ItemState::Rejected, 0}},
    {{ItemState::Submitted, 2}, WorkflowAction::Reject, {ItemState::Rejected, 0}},
    {{ItemState::Submitted, 3}, WorkflowAction::Reject, {ItemState::Rejected, 0}},
    {{ItemState::Approved, 0}, WorkflowAction::Publish, {ItemState::Published, 0}},
    {{ItemState::Scheduled, 0}, WorkflowAction::Publish, {ItemState::Published, 0}},
    {{ItemState::Approved, 0}, WorkflowAction::Schedule, {ItemState::Scheduled, 0}},
    {{ItemState::Scheduled, 0}, WorkflowAction::Schedule, {ItemState::Scheduled, 0}},
    {{ItemState::Published, 0}, WorkflowAction::Unpublish, {ItemState::Unpublished, 0}},
    {{ItemState::Published, 0}, WorkflowAction::Withdraw, {ItemState::Withdrawn, 0}},
    {{ItemState::Scheduled, 0}, WorkflowAction::Withdraw, {ItemState::Withdrawn, 0}},
    {{ItemState::Unpublished, 0}, WorkflowAction::Withdraw, {ItemState::Withdrawn, 0}},
    {{ItemState::Published, 0}, WorkflowAction::Archive, {ItemState::Archived, 0}},
    {{ItemState::Unpublished, 0}, WorkflowAction::Archive, {ItemState::Archived, 0}},
    {{ItemState::Withdrawn, 0}, WorkflowAction::Archive, {ItemState::Archived, 0}},
};

// Someone holding exactly what `action` needs at `from` (reviewers at the item's level).
User rightActor(WorkflowState from, WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit: return editor();
    case WorkflowAction::Approve:
    case WorkflowAction::Reject: return reviewer(std::max(from.level, 1));
    default: return publisher();
    }
}

} // namespace

class tst_Workflow : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip()
    {
        for (ItemState s : kAllStates) {
            const QString code = itemStateCode(s);
            QVERIFY(!code.isEmpty());
            QCOMPARE(code, code.toLower());
            QCOMPARE(itemStateFromCode(code), s);
        }
        for (WorkflowAction a : allWorkflowActions()) {
            const QString code = workflowActionCode(a);
            QCOMPARE(workflowActionFromCode(code), a);
        }
        QCOMPARE(itemStateCode(ItemState::Unpublished), u"unpublished"_s);
        QCOMPARE(workflowActionCode(WorkflowAction::Withdraw), u"withdraw"_s);
        QCOMPARE(itemStateFromCode(u"Published"), std::nullopt);
        QCOMPARE(workflowActionFromCode(u"delete"), std::nullopt);
        QCOMPARE(allWorkflowActions().size(), 8);
    }

    void displayNames()
    {
        QSet<QString> names;
        for (ItemState s : kAllStates)
            names.insert(itemStateDisplayName(s));
        QCOMPARE(names.size(), kAllStates.size());
        names.clear();
        for (WorkflowAction a : allWorkflowActions())
            names.insert(workflowActionDisplayName(a));
        QCOMPARE(names.size(), 8);
        // Refusals name the action and the state in words, not API codes.
        const auto r = Workflow(3).apply({ItemState::Draft, 0}, request(WorkflowAction::Approve), reviewer(1), kSite);
        QVERIFY(r.error().message.contains(workflowActionDisplayName(WorkflowAction::Approve)));
        QVERIFY(r.error().message.contains(itemStateDisplayName(ItemState::Draft)));
    }

    void legalTransitions_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < kLegal.size(); ++i) {
            const Legal &l = kLegal.at(i);
            QTest::addRow("%s(L%d) %s", qPrintable(itemStateCode(l.from.state)), l.from.level,
                          qPrintable(workflowActionCode(l.action)))
                << int(i);
        }
    }
    void legalTransitions()
    {
        QFETCH(int, index);
        const Legal &l = kLegal.at(index);
        const Workflow wf(3);
        const Result<WorkflowState> r = wf.apply(l.from, request(l.action), rightActor(l.from, l.action), kSite);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, l.to);
        QVERIFY(wf.allowedActions(l.from, rightActor(l.from, l.action), kSite).contains(l.action));
    }

    void illegalTransitionsConflict()
    {
        const Workflow wf(3);
        int checked = 0;
        for (ItemState s : kAllStates) {
            const QList<WorkflowState> froms = s == ItemState::Submitted
                ? QList<WorkflowState>{{s, 1}, {s, 2}, {s, 3}}
                : QList<WorkflowState>{{s, 0}};
            for (const WorkflowState &from : froms) {
                for (WorkflowAction a : allWorkflowActions()) {
                    const bool legal = std::ranges::any_of(kLegal, [&](const Legal &l) {
                        return l.from == from && l.action == a;
                    });
                    if (legal)
                        continue;
                    const Result<WorkflowState> r = wf.apply(from, request(a), rightActor(from, a), kSite);
                    QVERIFY2(!r.has_value(), qPrintable(itemStateCode(s) + u' ' + workflowActionCode(a)));
                    QCOMPARE(r.error().code, ErrorCode::Conflict);
                    QVERIFY(!r.error().message.isEmpty());
                    ++checked;
                }
            }
        }
        // 11 start positions x 8 actions minus the 20 legal ones.
        QCOMPARE(checked, 11 * 8 - int(kLegal.size()));
    }

    void wrongRoleForbidden()
    {
        const Workflow wf(3);
        for (const Legal &l : kLegal) {
            const QList<User> wrong = [&]() -> QList<User> {
                switch (l.action) {
                case WorkflowAction::Submit: return {reviewer(1), publisher(), admin(), nobody()};
                case WorkflowAction::Approve:
                case WorkflowAction::Reject: return {editor(), publisher(), admin(), nobody()};
                case WorkflowAction::Archive: return {editor(), reviewer(3), nobody()};
                default: return {editor(), reviewer(3), admin(), nobody()};
                }
            }();
            for (const User &u : wrong) {
                const Result<WorkflowState> r = wf.apply(l.from, request(l.action), u, kSite);
                QVERIFY2(!r.has_value(), qPrintable(u.username + u' ' + workflowActionCode(l.action)));
                QCOMPARE(r.error().code, ErrorCode::Forbidden);
                QVERIFY(!wf.allowedActions(l.from, u, kSite).contains(l.action));
            }
        }
    }

    void reviewerLevelMismatchForbidden()
    {
        const Workflow wf(3);
        for (int itemLevel = 1; itemLevel <= 3; ++itemLevel) {
            for (int reviewerLevel = 1; reviewerLevel <= 3; ++reviewerLevel) {
                for (WorkflowAction a : {WorkflowAction::Approve, WorkflowAction::Reject}) {
                    const Result<WorkflowState> r =
                        wf.apply({ItemState::Submitted, itemLevel}, request(a), reviewer(reviewerLevel), kSite);
                    QCOMPARE(r.has_value(), itemLevel == reviewerLevel);
                    if (!r)
                        QCOMPARE(r.error().code, ErrorCode::Forbidden);
                }
            }
        }
        // A reviewer holding levels 1 and 3 acts at both, not at 2.
        const User both = person(u"r13"_s, {{u"reviewer"_s, kSite, 1}, {u"reviewer"_s, kSite, 3}});
        QVERIFY(wf.apply({ItemState::Submitted, 1}, request(WorkflowAction::Approve), both, kSite));
        QVERIFY(wf.apply({ItemState::Submitted, 3}, request(WorkflowAction::Approve), both, kSite));
        QCOMPARE(wf.apply({ItemState::Submitted, 2}, request(WorkflowAction::Approve), both, kSite).error().code,
                 ErrorCode::Forbidden);
    }

    void grantsAreScopedToTheirSite()
    {
        const Workflow wf(3);
        const User elsewhere = person(u"e"_s, {{u"editor"_s, kOtherSite, 0}, {u"publisher"_s, kOtherSite, 0},
                                               {u"reviewer"_s, kOtherSite, 1}});
        QCOMPARE(wf.apply({ItemState::Draft, 0}, request(WorkflowAction::Submit), elsewhere, kSite).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(wf.apply({ItemState::Submitted, 1}, request(WorkflowAction::Approve), elsewhere, kSite).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(wf.apply({ItemState::Approved, 0}, request(WorkflowAction::Publish), elsewhere, kSite).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(wf.apply({ItemState::Draft, 0}, request(WorkflowAction::Submit), elsewhere, kOtherSite));
        // site 0 in a grant means every site
        const User everywhere = person(u"p"_s, {{u"publisher"_s, 0, 0}});
        QVERIFY(wf.apply({ItemState::Approved, 0}, request(WorkflowAction::Publish), everywhere, kSite));
    }

    void missingCommentOrReasonIsValidation()
    {
        const Workflow wf(3);
        TransitionRequest reject = request(WorkflowAction::Reject);
        reject.comment = u"  \n"_s;
        Result<WorkflowState> r = wf.apply({ItemState::Submitted, 2}, reject, reviewer(2), kSite);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(r.error().fields.size(), 1);
        QCOMPARE(r.error().fields.first().field, u"comment"_s);

        TransitionRequest withdraw = request(WorkflowAction::Withdraw);
        withdraw.comment.clear();
        r = wf.apply({ItemState::Published, 0}, withdraw, publisher(), kSite);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(r.error().fields.first().field, u"comment"_s);

        // Approving needs no comment.
        TransitionRequest approve = request(WorkflowAction::Approve);
        QVERIFY(wf.apply({ItemState::Submitted, 1}, approve, reviewer(1), kSite));
    }

    void scheduleNeedsFuturePublishTime()
    {
        const Workflow wf(3);
        TransitionRequest r = request(WorkflowAction::Schedule);
        r.publishAt = QDateTime();
        auto res = wf.apply({ItemState::Approved, 0}, r, publisher(), kSite);
        QCOMPARE(res.error().code, ErrorCode::Validation);
        QCOMPARE(res.error().fields.first().field, u"publishAt"_s);

        r.publishAt = r.now;
        QCOMPARE(wf.apply({ItemState::Approved, 0}, r, publisher(), kSite).error().code, ErrorCode::Validation);
        r.publishAt = r.now.addSecs(-60);
        QCOMPARE(wf.apply({ItemState::Approved, 0}, r, publisher(), kSite).error().code, ErrorCode::Validation);
        r.publishAt = r.now.addSecs(1);
        QCOMPARE(wf.apply({ItemState::Approved, 0}, r, publisher(), kSite).value(),
                 (WorkflowState{ItemState::Scheduled, 0}));
        // The same instant in another zone is still compared as an instant.
        r.publishAt = r.now.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(8 * 3600)).addSecs(-1);
        QCOMPARE(wf.apply({ItemState::Approved, 0}, r, publisher(), kSite).error().code, ErrorCode::Validation);
    }

    void orderOfChecks()
    {
        const Workflow wf(3);
        // No workflow role at all: Forbidden even where the state would also refuse.
        QCOMPARE(wf.apply({ItemState::Archived, 0}, request(WorkflowAction::Publish), editor(), kSite).error().code,
                 ErrorCode::Forbidden);
        // The right role but an impossible state: Conflict, even without the comment.
        TransitionRequest reject = request(WorkflowAction::Reject);
        reject.comment.clear();
        QCOMPARE(wf.apply({ItemState::Draft, 0}, reject, reviewer(1), kSite).error().code, ErrorCode::Conflict);
        // The wrong level is Forbidden before the missing comment.
        QCOMPARE(wf.apply({ItemState::Submitted, 2}, reject, reviewer(1), kSite).error().code, ErrorCode::Forbidden);
    }

    void reviewLevelsPerSite()
    {
        const Workflow one(1);
        QCOMPARE(one.apply({ItemState::Draft, 0}, request(WorkflowAction::Submit), editor(), kSite).value(),
                 (WorkflowState{ItemState::Submitted, 1}));
        QCOMPARE(one.apply({ItemState::Submitted, 1}, request(WorkflowAction::Approve), reviewer(1), kSite).value(),
                 (WorkflowState{ItemState::Approved, 0}));

        const Workflow five(5);
        WorkflowState s{ItemState::Submitted, 1};
        for (int level = 1; level <= 5; ++level) {
            s = five.apply(s, request(WorkflowAction::Approve), reviewer(level), kSite).value();
            QCOMPARE(s, (level < 5
                ? WorkflowState{ItemState::Submitted, level + 1} : WorkflowState{ItemState::Approved, 0}));
        }
        // An item left at level 3 after the site went down to 2 levels finishes with its next approval.
        const Workflow two(2);
        QCOMPARE(two.apply({ItemState::Submitted, 3}, request(WorkflowAction::Approve), reviewer(3), kSite).value(),
                 (WorkflowState{ItemState::Approved, 0}));
        QCOMPARE(Workflow(0).reviewLevels(), 1);
        QCOMPARE(Workflow(42).reviewLevels(), 9);
        QCOMPARE(Workflow().reviewLevels(), 3);
        // A submitted item without a level is corrupt, not reviewable.
        QCOMPARE(two.apply({ItemState::Submitted, 0}, request(WorkflowAction::Approve), reviewer(1), kSite).error().code,
                 ErrorCode::Conflict);
    }

    void allowedActionsPerRole()
    {
        const Workflow wf(3);
        using A = WorkflowAction;
        QCOMPARE(wf.allowedActions({ItemState::Draft, 0}, editor(), kSite), QList<A>{A::Submit});
        QCOMPARE(wf.allowedActions({ItemState::Submitted, 2}, reviewer(2), kSite), (QList<A>{A::Approve, A::Reject}));
        QCOMPARE(wf.allowedActions({ItemState::Submitted, 2}, reviewer(1), kSite), QList<A>{});
        QCOMPARE(wf.allowedActions({ItemState::Approved, 0}, publisher(), kSite), (QList<A>{A::Publish, A::Schedule}));
        QCOMPARE(wf.allowedActions({ItemState::Scheduled, 0}, publisher(), kSite),
                 (QList<A>{A::Publish, A::Schedule, A::Withdraw}));
        QCOMPARE(wf.allowedActions({ItemState::Published, 0}, publisher(), kSite),
                 (QList<A>{A::Unpublish, A::Withdraw, A::Archive}));
        QCOMPARE(wf.allowedActions({ItemState::Published, 0}, admin(), kSite), QList<A>{A::Archive});
        QCOMPARE(wf.allowedActions({ItemState::Archived, 0}, publisher(), kSite), QList<A>{});
        QCOMPARE(wf.allowedActions({ItemState::Unpublished, 0}, editor(), kSite), QList<A>{A::Submit});
        // The demo's reviewer3 is final reviewer and publisher at once.
        const User r3 = person(u"reviewer3"_s, {{u"reviewer"_s, kSite, 3}, {u"publisher"_s, kSite, 0}});
        QCOMPARE(wf.allowedActions({ItemState::Submitted, 3}, r3, kSite), (QList<A>{A::Approve, A::Reject}));
        QCOMPARE(wf.allowedActions({ItemState::Approved, 0}, r3, kSite), (QList<A>{A::Publish, A::Schedule}));
    }

    void fullRoundTrip()
    {
        const Workflow wf(3);
        WorkflowState s;
        s = wf.apply(s, request(WorkflowAction::Submit), editor(), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Approve), reviewer(1), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Reject), reviewer(2), kSite).value();
        QCOMPARE(s.state, ItemState::Rejected);
        s = wf.apply(s, request(WorkflowAction::Submit), editor(), kSite).value();
        QCOMPARE(s, (WorkflowState{ItemState::Submitted, 1}));
        for (int level = 1; level <= 3; ++level)
            s = wf.apply(s, request(WorkflowAction::Approve), reviewer(level), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Schedule), publisher(), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Publish), publisher(), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Withdraw), publisher(), kSite).value();
        s = wf.apply(s, request(WorkflowAction::Archive), admin(), kSite).value();
        QCOMPARE(s, (WorkflowState{ItemState::Archived, 0}));
    }
};

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_workflow.moc"
