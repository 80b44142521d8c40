#include "app/editing/RevisionHistory.h"

#include "app/api/PortalClient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::editing {

RevisionHistory::RevisionHistory(api::PortalClient &client, qint64 itemId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_itemId(itemId)
{
}

void RevisionHistory::load()
{
    m_client.call("GET", u"/api/v1/items/%1/revisions"_s.arg(m_itemId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          Q_EMIT failed(reply.error().message);
                          return;
                      }
                      const QJsonArray list = reply->json.isArray() ? reply->json.array()
                                                                    : reply->json.object().value(u"items").toArray();
                      QList<RevisionSummary> revisions;
                      for (const QJsonValue &v : list) {
                          const QJsonObject o = v.toObject();
                          revisions.append(RevisionSummary{
                              o.value(u"revision").toInteger(),
                              QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODateWithMs),
                              o.value(u"savedBy").toObject().value(u"displayName").toString(),
                              domain::itemStateFromCode(o.value(u"state").toString())});
                      }
                      Q_EMIT loaded(revisions);
                  });
}

void RevisionHistory::fetch(qint64 revision, std::function<void(const domain::Item &)> then)
{
    if (const auto it = m_versions.constFind(revision); it != m_versions.cend()) {
        then(*it);
        return;
    }
    m_client.call("GET", u"/api/v1/items/%1/revisions/%2"_s.arg(m_itemId).arg(revision), {}, {}, this,
                  [this, revision, then = std::move(then)](Result<api::ApiReply> reply) {
                      if (!reply) {
                          Q_EMIT failed(reply.error().message);
                          return;
                      }
                      auto item = domain::Item::fromJson(reply->json.object());
                      if (!item) {
                          Q_EMIT failed(item.error().message);
                          return;
                      }
                      item->revision = revision;
                      then(*m_versions.insert(revision, *item));
                  });
}

std::optional<domain::Item> RevisionHistory::cached(qint64 revision) const
{
    if (const auto it = m_versions.constFind(revision); it != m_versions.cend())
        return *it;
    return std::nullopt;
}

} // namespace pd::editing
