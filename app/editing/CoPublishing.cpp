#include "app/editing/CoPublishing.h"

#include "app/api/PortalClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace pd::editing {

CoPublishing::CoPublishing(api::PortalClient &client, QObject *parent) : QObject(parent), m_client(client)
{
}

bool CoPublishing::canPlace(const domain::Item &item, const domain::User &user)
{
    return item.id > 0 && item.type == domain::ItemType::News && item.workflow.state == domain::ItemState::Published
           && (user.hasRole(QString(domain::roles::Editor), item.siteId)
               || user.hasRole(QString(domain::roles::Publisher), item.siteId));
}

QList<std::pair<domain::Site, bool>> CoPublishing::eligibleSites(const domain::Site &home, const QList<domain::Site> &sites,
                                                                 const domain::User &user)
{
    QList<std::pair<domain::Site, bool>> out;
    for (const domain::Site &s : sites) {
        if (s.id == home.id || !s.enabled)
            continue;
        const bool submission = home.parentSiteId == s.id;
        if (submission || user.hasRole(QString(domain::roles::Editor), s.id))
            out.append({s, submission});
    }
    return out;
}

void CoPublishing::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CoPublishing::load(const domain::Item &item, const domain::User &user)
{
    m_item = item;
    const quint64 generation = ++m_generation;
    m_targets.setTargets({});
    m_placements.setPlacements({});
    setBusy(true);
    // The sites the user works on and the portals their sites send to (报送), which they hold no role on.
    m_client.call("GET", u"/api/v1/sites?scope=placement"_s, {}, {}, this,
                  [this, generation, user](Result<api::ApiReply> reply) {
        if (generation != m_generation)
            return;
        Result<QList<domain::Site>> sites = QList<domain::Site>();
        if (!reply)
            sites = std::unexpected(reply.error());
        else
            for (const QJsonValue &v : reply->json.array())
                if (auto s = domain::Site::fromJson(v.toObject()))
                    sites->append(*s);
        if (!sites) {
            setBusy(false);
            Q_EMIT failed(sites.error().message);
            return;
        }
        domain::Site home;
        for (const domain::Site &s : std::as_const(*sites))
            if (s.id == m_item.siteId)
                home = s;
        m_pending.clear();
        if (canPlace(m_item, user))
            for (const auto &[site, submission] : eligibleSites(home, *sites, user))
                m_pending.append(PlacementTargetModel::Target{site, submission, {}});
        // The columns of every target, and the placements, read side by side; the tree is shown once all are in.
        m_waiting = int(m_pending.size()) + 1;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            m_client.columns(m_pending.at(i).site.id, this,
                             [this, generation, i](Result<QList<domain::Column>> columns) {
                                 if (generation != m_generation)
                                     return;
                                 if (columns)
                                     m_pending[i].columns = *columns;
                                 finishTargets();
                             });
        }
        m_client.call("GET", u"/api/v1/items/%1/placements"_s.arg(m_item.id), {}, {}, this,
                      [this, generation](Result<api::ApiReply> reply) {
                          if (generation != m_generation)
                              return;
                          if (!reply) {
                              Q_EMIT failed(reply.error().message);
                          } else {
                              QList<domain::Placement> list;
                              for (const QJsonValue &v : reply->json.array())
                                  if (auto p = domain::Placement::fromJson(v.toObject()))
                                      list.append(*p);
                              m_placements.setPlacements(list);
                          }
                          finishTargets();
                      });
    });
}

void CoPublishing::finishTargets()
{
    if (--m_waiting > 0)
        return;
    m_targets.setTargets(m_pending);
    QSet<qint64> placed;
    for (const domain::Placement &p : m_placements.placements())
        if (p.state != domain::Placement::State::Withdrawn)
            placed.insert(p.siteId);
    m_targets.setPlacedSites(placed);
    setBusy(false);
    Q_EMIT loaded();
}

void CoPublishing::reloadPlacements()
{
    const quint64 generation = m_generation;
    m_client.call("GET", u"/api/v1/items/%1/placements"_s.arg(m_item.id), {}, {}, this,
                  [this, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation || !reply)
                          return;
                      QList<domain::Placement> list;
                      QSet<qint64> placed;
                      for (const QJsonValue &v : reply->json.array())
                          if (auto p = domain::Placement::fromJson(v.toObject())) {
                              list.append(*p);
                              if (p->state != domain::Placement::State::Withdrawn)
                                  placed.insert(p->siteId);
                          }
                      m_placements.setPlacements(list);
                      m_targets.setPlacedSites(placed);
                  });
}

void CoPublishing::placeChecked()
{
    const QList<PlacementTargetModel::Selection> selections = m_targets.selections();
    if (selections.isEmpty() || m_busy)
        return;
    setBusy(true);
    // One request per site; the first refusal is reported, the others still go (each site decides for itself).
    struct Run {
        int left = 0;
        int placed = 0;
        QString firstError;
    };
    auto run = std::make_shared<Run>();
    run->left = int(selections.size());
    for (const PlacementTargetModel::Selection &s : selections) {
        QJsonArray columns;
        for (const qint64 c : s.columnIds)
            columns.append(c);
        m_client.call("POST", u"/api/v1/items/%1/placements"_s.arg(m_item.id),
                      QJsonDocument(QJsonObject{{u"site"_s, s.siteId}, {u"columns"_s, columns}}), {}, this,
                      [this, run](Result<api::ApiReply> reply) {
                          if (reply)
                              ++run->placed;
                          else if (run->firstError.isEmpty())
                              run->firstError = reply.error().message;
                          if (--run->left > 0)
                              return;
                          m_targets.clearChecks();
                          setBusy(false);
                          reloadPlacements();
                          if (!run->firstError.isEmpty())
                              Q_EMIT failed(run->firstError);
                          if (run->placed > 0)
                              Q_EMIT placed(run->placed);
                      });
    }
}

void CoPublishing::remove(qint64 placementId)
{
    if (m_busy)
        return;
    setBusy(true);
    m_client.call("DELETE", u"/api/v1/items/%1/placements/%2"_s.arg(m_item.id).arg(placementId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      setBusy(false);
                      reloadPlacements();
                      if (!reply) {
                          Q_EMIT failed(reply.error().message);
                          return;
                      }
                      Q_EMIT removed();
                  });
}

} // namespace pd::editing
