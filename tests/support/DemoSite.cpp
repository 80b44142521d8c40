#include "tests/support/DemoSite.h"

#include "tests/support/HttpProbe.h"

using namespace Qt::StringLiterals;

namespace pd::test {

std::optional<DemoSite> DemoSite::load(HttpProbe &http, const QUrl &base, const QString &user,
                                       const QString &password)
{
    DemoSite site;
    site.m_base = base;
    site.m_token = http.login(base, user, password);
    if (site.m_token.isEmpty())
        return std::nullopt;
    const auto sites = http.json("GET", site.api(u"/api/v1/sites"_s), site.m_token);
    if (sites.status != 200 || sites.json.array().isEmpty())
        return std::nullopt;
    site.m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
    const auto columns = http.json("GET", site.api(u"/api/v1/sites/%1/columns"_s.arg(site.m_siteId)), site.m_token);
    if (columns.status != 200)
        return std::nullopt;
    site.m_columns = columns.json.array();
    return site;
}

qint64 DemoSite::columnNamed(const QString &name) const
{
    for (const QJsonValue &c : m_columns)
        if (c.toObject().value(u"name").toString() == name)
            return c.toObject().value(u"id").toInteger();
    return 0;
}

std::optional<QList<QJsonObject>> DemoSite::items(HttpProbe &http) const
{
    QList<QJsonObject> found;
    QString cursor;
    do {
        QUrl url = api(u"/api/v1/items"_s);
        url.setQuery(u"site=%1&limit=200%2"_s.arg(m_siteId).arg(cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        const auto reply = http.json("GET", url, m_token);
        if (reply.status != 200)
            return std::nullopt;
        for (const QJsonValue &v : reply.json.object().value(u"items").toArray())
            found.append(v.toObject());
        cursor = reply.json.object().value(u"nextCursor").toString();
    } while (!cursor.isEmpty());
    return found;
}

} // namespace pd::test
