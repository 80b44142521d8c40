#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/Site.h"
#include "app/domain/User.h"
#include "app/editing/PlacementListModel.h"
#include "app/editing/PlacementTargetModel.h"

#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// Co-publishing (站群) of one item from the editor: which sites and columns of the group the user may place it
/// into (PlacementTargetModel), where it is placed now and in which state (PlacementListModel), placing it into
/// the ticked columns and ending a placement. The portal decides; this mirrors its rules so the user is offered
/// only what would be accepted: a 报送 to the parent portal of the item's site, a 推送 to any other site the user
/// writes for, both by an editor or publisher of the item's site.
class CoPublishing : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoPublishing)

public:
    explicit CoPublishing(api::PortalClient &client, QObject *parent = nullptr);

    [[nodiscard]] PlacementTargetModel &targets() { return m_targets; }
    [[nodiscard]] PlacementListModel &placements() { return m_placements; }
    [[nodiscard]] const domain::Item &item() const { return m_item; }
    /// Whether the item can travel at all: published news whose site the user writes or publishes for.
    [[nodiscard]] static bool canPlace(const domain::Item &item, const domain::User &user);
    /// The sites `user` may place an item of `home` into, with whether each is a 报送 (the parent portal).
    [[nodiscard]] static QList<std::pair<domain::Site, bool>> eligibleSites(const domain::Site &home,
                                                                            const QList<domain::Site> &sites,
                                                                            const domain::User &user);

    /// Loads the sites, their columns and the item's placements; loaded() or failed() follows.
    void load(const domain::Item &item, const domain::User &user);
    /// Places the item into every ticked column (one placement per site); placed() or failed() follows, and the
    /// placements are read again either way.
    void placeChecked();
    /// Ends one placement (its copy is withdrawn there); removed() or failed() follows.
    void remove(qint64 placementId);
    /// Reads the item's placements again.
    void reloadPlacements();

Q_SIGNALS:
    void loaded();
    /// `count` placements were made.
    void placed(int count);
    void removed();
    /// The portal refused or could not be reached; `message` says why, in the portal's words where it gave them.
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void finishTargets();

    api::PortalClient &m_client;
    PlacementTargetModel m_targets;
    PlacementListModel m_placements;
    domain::Item m_item;
    QList<PlacementTargetModel::Target> m_pending; ///< targets whose columns are being read
    int m_waiting = 0;
    bool m_busy = false;
    quint64 m_generation = 0; ///< answers for an earlier load() are dropped
};

} // namespace pd::editing
