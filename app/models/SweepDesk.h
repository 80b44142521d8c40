#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteSweep.h"
#include "app/domain/SweepFinding.h"
#include "app/models/SweepFindingsModel.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace pd::api {
class PortalClient;
}

namespace pd::models {

/// The 巡检 desk of one site: its latest content sweep and link sweep as portald keeps them (so a restarted client,
/// or another admin's, finds a running sweep and its findings again), starting and cancelling one, its progress
/// polled while it runs (network calls only, never blocking the UI thread), the findings of the one shown, and
/// marking a finding 已整改 (portald re-checks it) or 忽略 (a reason is required).
class SweepDesk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepDesk)

public:
    using Kind = domain::SiteSweep::Kind;

    explicit SweepDesk(api::PortalClient &client, QObject *parent = nullptr);

    /// Loads the site's latest sweep of each kind (and polls a running one); loaded() follows.
    void setSite(qint64 siteId);
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    /// Which sweep the findings model shows.
    void setKind(Kind kind);
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const std::optional<domain::SiteSweep> &sweep(Kind kind) const;
    [[nodiscard]] const std::optional<domain::SiteSweep> &current() const { return sweep(m_kind); }
    [[nodiscard]] SweepFindingsModel &findings() { return m_findings; }
    void setPollInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }

    /// Starts a sweep of the shown kind; a running one of that kind is reported (409) through failed().
    void start();
    void cancel();
    /// Marks a finding fixed (portald re-checks it first) or ignored (`reason` must not be empty).
    void resolve(qint64 findingId, domain::SweepFinding::State to, const QString &reason);
    void refresh();

    /// "120 of 10,524 items checked", "Done: 12 findings, 3 open", "Cancelled after 400 of 10,524 items".
    [[nodiscard]] static QString progressText(const domain::SiteSweep &sweep);
    /// Link sweeps: the dead-link ratio against the limit; empty for content sweeps.
    [[nodiscard]] static QString linkSummary(const domain::SiteSweep &sweep);

Q_SIGNALS:
    /// The sweeps (progress, state) changed.
    void changed();
    /// The first answer for the site came in.
    void loaded();
    void failed(const pd::Error &error);
    /// A finding was marked; the model shows it already.
    void resolved(const pd::domain::SweepFinding &finding);

private:
    void loadLatest(Kind kind);
    void poll();
    void loadFindings();
    void apply(const domain::SiteSweep &sweep);
    void updatePolling();

    api::PortalClient &m_client;
    qint64 m_siteId = 0;
    quint64 m_generation = 0; ///< answers for an earlier site are dropped
    Kind m_kind = Kind::Content;
    std::optional<domain::SiteSweep> m_content;
    std::optional<domain::SiteSweep> m_links;
    int m_pendingLoads = 0;
    qint64 m_findingsOf = 0;   ///< the sweep whose findings the model holds
    int m_findingsSeen = -1;   ///< its finding count then, so they are fetched again only when it moved
    QString m_findingsState;   ///< its state then
    SweepFindingsModel m_findings;
    QTimer m_poll;
};

} // namespace pd::models
