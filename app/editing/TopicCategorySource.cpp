#include "app/editing/TopicCategorySource.h"

#include "app/api/PortalClient.h"
#include "app/domain/SiteCategory.h"
#include "app/editing/EditingLog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::editing {

TopicCategorySource::TopicCategorySource(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<QList<domain::TopicCategory>> TopicCategorySource::categories(qint64 siteId) const
{
    const auto it = m_bySite.constFind(siteId);
    if (it == m_bySite.cend())
        return std::nullopt;
    return *it;
}

void TopicCategorySource::load(qint64 siteId)
{
    m_client.call("GET", u"/api/v1/sites/%1/disclosure/categories"_s.arg(siteId), {}, {}, this,
                  [this, siteId](Result<api::ApiReply> reply) {
        if (!reply) {
            qCInfo(lcEditing).noquote() << "site" << siteId << "own topic categories not read:" << reply.error().message;
            return;
        }
        QList<domain::TopicCategory> out;
        for (const QJsonValue &v : reply->json.array())
            if (auto c = domain::SiteCategory::fromJson(v.toObject()))
                out.append(c->category());
        m_bySite.insert(siteId, out);
        Q_EMIT loaded(siteId, out);
    });
}

} // namespace pd::editing
