#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace pd::test {

class HttpProbe;

/// The first site of a test portald as a user sees it over the API (token, site id, columns), and every item of
/// it page by page — what integration tests used to look up each in their own copy.
class DemoSite
{
public:
    /// Signs `user` in through `http` and reads the first site and its columns; nullopt when any step fails.
    static std::optional<DemoSite> load(HttpProbe &http, const QUrl &base, const QString &user,
                                        const QString &password);

    [[nodiscard]] const QUrl &base() const { return m_base; }
    [[nodiscard]] const QString &token() const { return m_token; }
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    /// The site's columns as GET /api/v1/sites/{site}/columns returns them.
    [[nodiscard]] const QJsonArray &columns() const { return m_columns; }
    /// The id of the column named `name` (e.g. 要闻动态), 0 when there is none.
    [[nodiscard]] qint64 columnNamed(const QString &name) const;
    /// `path` resolved against the server.
    [[nodiscard]] QUrl api(const QString &path) const { return m_base.resolved(QUrl(path)); }

    /// Every item summary of the site (following nextCursor), in the order the API lists them; nullopt on an HTTP
    /// failure.
    [[nodiscard]] std::optional<QList<QJsonObject>> items(HttpProbe &http) const;

private:
    QUrl m_base;
    QString m_token;
    qint64 m_siteId = 0;
    QJsonArray m_columns;
};

} // namespace pd::test
