#pragma once
#include "app/checks/CheckEngine.h"
#include "app/checks/Finding.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/SweepFinding.h"
#include "app/editing/LineDiff.h"
#include "app/editing/RevisionHistory.h"
#include "app/review/AuditEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace pd::api {
class PortalClient;
}

namespace pd::review {

/// Everything the review pane shows about one item, loaded from the server: the item itself (for the preview),
/// the diff against the last published revision (or, after a rejection, the version that was rejected), the
/// content-check findings and the audit trail. Items are kept by revision so moving back and forth through the
/// queue (J/K) shows a seen item at once; answers for an item that is no longer current are dropped.
class ReviewItemLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewItemLoader)

public:
    /// What the diff compares against.
    enum class Baseline { None, Published, Rejected };
    Q_ENUM(Baseline)

    explicit ReviewItemLoader(api::PortalClient &client, QObject *parent = nullptr);

    /// The site's check rules (GET /api/v1/checks/rules); without them no findings are reported.
    void loadRules(qint64 siteId);
    void setRules(const checks::RuleSet &rules);
    [[nodiscard]] bool hasRules() const { return m_engine != nullptr; }

    /// Makes `itemId` current. `knownRevision` (from the queue) lets a cached copy answer at once.
    void load(qint64 itemId, qint64 knownRevision = 0);
    /// Fetches an item into the cache without making it current (the neighbours of the current row).
    void prefetch(qint64 itemId, qint64 knownRevision);
    void clear();

    [[nodiscard]] qint64 currentId() const { return m_currentId; }
    [[nodiscard]] const std::optional<domain::Item> &item() const { return m_item; }
    [[nodiscard]] const QList<AuditEntry> &audit() const { return m_audit; }
    [[nodiscard]] const QList<editing::LineDiff::Row> &diff() const { return m_diff; }
    [[nodiscard]] Baseline baseline() const { return m_baseline; }
    [[nodiscard]] qint64 baselineRevision() const { return m_baselineRevision; }
    [[nodiscard]] const QList<checks::Finding> &findings() const { return m_findings; }
    /// The item's whole-site sweep findings someone marked 忽略, with the reason and who: a reviewer weighs what
    /// was let stand as much as what the checks find now.
    [[nodiscard]] const QList<domain::SweepFinding> &ignoredFindings() const { return m_ignored; }

    /// The lines an item is compared by: title, subtitle, summary, then the body paragraph by paragraph.
    [[nodiscard]] static QStringList comparableLines(const domain::Item &item);
    /// What a reviewer decides on: the pending revision of a published item (its content, state, level and due
    /// date, under the item's id and revision, which the transitions' If-Match names), else the item itself.
    [[nodiscard]] static domain::Item underReview(const domain::Item &item);
    /// The revision to compare `current` against: the newest published one before it, else the one a rejection
    /// produced (it holds what was submitted), else 0.
    [[nodiscard]] static std::pair<Baseline, qint64> chooseBaseline(const QList<editing::RevisionSummary> &revisions,
                                                                   qint64 current);

Q_SIGNALS:
    void itemLoaded(const pd::domain::Item &item);
    void findingsReady(const QList<pd::checks::Finding> &findings);
    void auditLoaded(const QList<pd::review::AuditEntry> &entries);
    void ignoredFindingsLoaded(const QList<pd::domain::SweepFinding> &findings);
    void diffReady();
    void rulesLoaded();
    void failed(const pd::Error &error);

private:
    void fetchItem(qint64 itemId, std::function<void(const domain::Item &)> then);
    void showItem(const domain::Item &item);
    void loadAudit(qint64 itemId);
    void loadIgnored(qint64 itemId);
    void loadDiff(const domain::Item &item);
    void runChecks();

    api::PortalClient &m_client;
    std::shared_ptr<const checks::CheckEngine> m_engine;
    QHash<qint64, domain::Item> m_cache;
    QSet<qint64> m_inFlight;
    qint64 m_currentId = 0;
    std::optional<domain::Item> m_item;
    QList<AuditEntry> m_audit;
    QList<editing::LineDiff::Row> m_diff;
    Baseline m_baseline = Baseline::None;
    qint64 m_baselineRevision = 0;
    QList<checks::Finding> m_findings;
    QList<domain::SweepFinding> m_ignored;
    QPointer<editing::RevisionHistory> m_history;
};

} // namespace pd::review
