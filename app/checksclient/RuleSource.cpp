#include "app/checksclient/RuleSource.h"

#include "app/api/PortalClient.h"
#include "app/checks/ChecksLog.h"
#include "app/store/LocalStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

QString cacheKey(qint64 siteId)
{
    return u"checks.rules.%1"_s.arg(siteId);
}

const auto kLocalKey = u"checks.localRules"_s;

} // namespace

RuleSource::RuleSource(api::PortalClient &client, store::LocalStore *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    if (m_cache) {
        const QJsonObject local = m_cache->value(kLocalKey).toObject();
        if (!local.isEmpty()) {
            if (auto rules = RuleSet::fromJson(local))
                m_local = *rules;
            else
                qCWarning(lcChecks) << "ignoring damaged local rules:" << rules.error().message;
        }
    }
}

void RuleSource::load(qint64 siteId)
{
    if (!m_server.contains(siteId) && m_cache) {
        const QJsonObject cached = m_cache->value(cacheKey(siteId)).toObject();
        if (!cached.isEmpty()) {
            if (auto stored = RuleSet::fromJson(cached)) {
                m_server.insert(siteId, *stored);
                // Queued, so a caller connecting after load() still hears about the cached rules.
                QMetaObject::invokeMethod(
                    this,
                    [this, siteId] {
                        if (const auto merged = rules(siteId))
                            Q_EMIT rulesChanged(siteId, *merged);
                    },
                    Qt::QueuedConnection);
            } else {
                qCWarning(lcChecks) << "ignoring damaged cached rules of site" << siteId << stored.error().message;
            }
        }
    }
    m_client.call("GET", u"/api/v1/checks/rules?site=%1"_s.arg(siteId), {}, {}, this,
                  [this, siteId](Result<api::ApiReply> reply) {
                      if (!reply) {
                          qCInfo(lcChecks) << "rules of site" << siteId << "not fetched:" << reply.error().message;
                          Q_EMIT failed(siteId, reply.error());
                          return;
                      }
                      auto rules = RuleSet::fromJson(reply->json.object());
                      if (!rules) {
                          Q_EMIT failed(siteId, rules.error());
                          return;
                      }
                      const auto known = m_server.constFind(siteId);
                      if (known != m_server.cend() && *known == *rules)
                          return; // the cached rules are current
                      accept(siteId, *rules);
                  });
}

std::optional<RuleSet> RuleSource::rules(qint64 siteId) const
{
    const auto it = m_server.constFind(siteId);
    if (it == m_server.cend())
        return std::nullopt;
    return it->mergedWith(m_local);
}

int RuleSource::version(qint64 siteId) const
{
    const auto it = m_server.constFind(siteId);
    return it == m_server.cend() ? 0 : it->version;
}

void RuleSource::setLocalRules(const RuleSet &local)
{
    m_local = local;
    if (m_cache) {
        if (auto r = m_cache->setValue(kLocalKey, local.toJson()); !r)
            qCWarning(lcChecks) << "local rules not saved:" << r.error().message;
    }
    for (auto it = m_server.cbegin(); it != m_server.cend(); ++it)
        Q_EMIT rulesChanged(it.key(), it->mergedWith(m_local));
}

void RuleSource::accept(qint64 siteId, const RuleSet &server)
{
    m_server.insert(siteId, server);
    if (m_cache) {
        if (auto r = m_cache->setValue(cacheKey(siteId), server.toJson()); !r)
            qCWarning(lcChecks) << "rules of site" << siteId << "not cached:" << r.error().message;
    }
    Q_EMIT rulesChanged(siteId, server.mergedWith(m_local));
}

} // namespace pd::checks
