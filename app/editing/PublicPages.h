#pragma once
#include "app/domain/Item.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// The public pages an item appears on, for the confirmation of a withdrawal, unpublication or archiving: the
/// portal's own list (GET /api/v1/items/{id}/pages: column pages, home page, features, the 繁体 copy) when it has
/// one, otherwise what the item itself says (its columns and the home page), so the user always sees what goes.
class PublicPages : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicPages)

public:
    explicit PublicPages(api::PortalClient &client, QObject *parent = nullptr);

    /// Display lines for the pages `item` is on as far as the item tells (nothing unless it is public).
    [[nodiscard]] static QStringList fromItem(const domain::Item &item, const QHash<qint64, QString> &columnNames);
    /// Display lines from the portal's answer, an array of {url, title, kind}: "kind: title (url)", led by the
    /// site's name for the pages of a copy on another site (those entries carry siteName).
    [[nodiscard]] static QStringList fromJson(const QJsonDocument &json);
    /// The address a reader opens for `item` on the site published at `siteBase` (the site's public address, or the
    /// portal's own, which serves the web root as well); empty while the item is not public.
    [[nodiscard]] static QUrl publicLink(const domain::Item &item, const QUrl &siteBase);
    /// What a page kind code of the portal (item, column, home, feature, catalogue, traditional) is called.
    [[nodiscard]] static QString kindName(const QString &kind);

    /// Asks the portal for the pages of `item`; `done` gets the portal's list, or fromItem() when the portal has
    /// no list to give.
    void load(const domain::Item &item, const QHash<qint64, QString> &columnNames, QObject *context,
              std::function<void(QStringList)> done);

private:
    api::PortalClient &m_client;
};

} // namespace pd::editing
