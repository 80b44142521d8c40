#include "app/models/SiteHealthWatch.h"

#include "app/api/PortalClient.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::models {

SiteHealthWatch::SiteHealthWatch(api::PortalClient &client, QObject *parent) : QObject(parent), m_client(client) {}

void SiteHealthWatch::refresh(qint64 siteId, bool withGroup)
{
    const quint64 generation = ++m_generation; // answers of an earlier refresh are dropped
    m_pending = withGroup ? 2 : 1;
    m_client.call("GET", u"/api/v1/sites/%1/health"_s.arg(siteId), {}, {}, this,
                  [this, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation)
                          return;
                      auto health = reply ? domain::SiteHealth::fromJson(reply->json.object())
                                          : Result<domain::SiteHealth>(std::unexpected(reply.error()));
                      if (!health) {
                          Q_EMIT failed(health.error());
                      } else {
                          m_site = *health;
                          QList<domain::ColumnHealth> entered;
                          QSet<qint64> &warned = m_warned[health->siteId];
                          QSet<qint64> now;
                          for (const domain::ColumnHealth &c : std::as_const(health->columns)) {
                              if (c.standing != domain::ColumnStanding::Warning)
                                  continue;
                              now.insert(c.columnId);
                              if (!warned.contains(c.columnId))
                                  entered.append(c);
                          }
                          // A column that left the margin (new item, or gone red) is announced again next time.
                          warned = now;
                          if (!entered.isEmpty())
                              Q_EMIT enteredMargin(health->siteId, entered);
                      }
                      done();
                  });
    if (!withGroup) {
        m_group.clear();
        return;
    }
    m_client.call("GET", u"/api/v1/site-group/health"_s, {}, {}, this, [this, generation](Result<api::ApiReply> reply) {
        if (generation != m_generation)
            return;
        if (!reply) {
            Q_EMIT failed(reply.error());
        } else {
            m_group.clear();
            for (const QJsonValue &v : reply->json.object().value(u"sites").toArray())
                if (auto h = domain::SiteHealth::fromJson(v.toObject()))
                    m_group.append(*h);
        }
        done();
    });
}

void SiteHealthWatch::done()
{
    if (--m_pending > 0)
        return;
    m_pending = 0;
    Q_EMIT ready();
}

QString SiteHealthWatch::columnText(const domain::ColumnHealth &c)
{
    switch (c.standing) {
    case domain::ColumnStanding::Empty:
        return QCoreApplication::translate("pd::models::SiteHealthWatch", "%1: empty").arg(c.name);
    case domain::ColumnStanding::Stale: {
        // Gone stale today counts as one day over: the rule was broken, however recently.
        const int over = std::max(1, -c.daysLeft.value_or(0));
        return QCoreApplication::translate("pd::models::SiteHealthWatch", "%1: stale for %n day(s)", nullptr, over)
            .arg(c.name);
    }
    case domain::ColumnStanding::Warning:
    case domain::ColumnStanding::Ok:
        if (!c.daysLeft)
            return c.name;
        if (*c.daysLeft == 0)
            return QCoreApplication::translate("pd::models::SiteHealthWatch", "%1: due today").arg(c.name);
        return QCoreApplication::translate("pd::models::SiteHealthWatch", "%1: %n day(s) left", nullptr, *c.daysLeft)
            .arg(c.name);
    }
    return c.name;
}

QString SiteHealthWatch::warningText(const domain::SiteHealth &health)
{
    QStringList yellow;
    QStringList red;
    for (const domain::ColumnHealth &c : health.columns) {
        if (c.standing == domain::ColumnStanding::Warning)
            yellow.append(columnText(c));
        else if (c.isFailing())
            red.append(columnText(c));
    }
    QStringList parts;
    if (!yellow.isEmpty())
        parts.append(QCoreApplication::translate("pd::models::SiteHealthWatch", "Update soon — %1")
                         .arg(yellow.join(QCoreApplication::translate("pd::models::SiteHealthWatch", "; "))));
    if (!red.isEmpty())
        parts.append(QCoreApplication::translate("pd::models::SiteHealthWatch", "Breaking the rule — %1")
                         .arg(red.join(QCoreApplication::translate("pd::models::SiteHealthWatch", "; "))));
    return parts.join(u'\n');
}

QString SiteHealthWatch::countText(const domain::SiteHealth &health)
{
    if (health.failed())
        return QCoreApplication::translate("pd::models::SiteHealthWatch",
                                           "%1: %2 of %3 stale or empty columns — the site fails the inspection")
            .arg(health.siteName)
            .arg(health.failingCount())
            .arg(health.failLine);
    return QCoreApplication::translate("pd::models::SiteHealthWatch",
                                       "%1: %2 of %3 stale or empty columns before the site fails")
        .arg(health.siteName)
        .arg(health.failingCount())
        .arg(health.failLine);
}

} // namespace pd::models
