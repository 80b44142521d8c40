#pragma once
#include "app/domain/TopicCategory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// A site's own topic categories (`GET /api/v1/sites/{site}/disclosure/categories`) for the disclosure form's
/// category chooser, read once per site and kept for the session; until they arrive (or while the portal is out of
/// reach) the form offers the national categories and leaves a site's own code to the server.
class TopicCategorySource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicCategorySource)

public:
    explicit TopicCategorySource(api::PortalClient &client, QObject *parent = nullptr);

    /// The categories read for `siteId`, if they were.
    [[nodiscard]] std::optional<QList<domain::TopicCategory>> categories(qint64 siteId) const;
    /// Reads them (again); loaded() follows when they arrive.
    void load(qint64 siteId);

Q_SIGNALS:
    void loaded(qint64 siteId, const QList<pd::domain::TopicCategory> &categories);

private:
    api::PortalClient &m_client;
    QHash<qint64, QList<domain::TopicCategory>> m_bySite;
};

} // namespace pd::editing
