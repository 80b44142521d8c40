#include "app/editing/PublicPages.h"

#include "app/api/PortalClient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::editing {

PublicPages::PublicPages(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QStringList PublicPages::fromItem(const domain::Item &item, const QHash<qint64, QString> &columnNames)
{
    // Only what is online now has pages; a draft or an unpublished item is on none.
    if (item.workflow.state != domain::ItemState::Published)
        return {};
    QStringList pages;
    if (!item.publicUrl.isEmpty())
        pages.append(tr("The item's own page (%1)").arg(item.publicUrl));
    for (const qint64 column : item.columnIds)
        pages.append(tr("Column page: %1").arg(columnNames.value(column, QString::number(column))));
    pages.append(tr("Home page"));
    if (item.type == domain::ItemType::Disclosure)
        pages.append(tr("Disclosure catalogue (信息公开目录)"));
    pages.append(tr("Every feature (专题) that references it"));
    return pages;
}

QUrl PublicPages::publicLink(const domain::Item &item, const QUrl &siteBase)
{
    if (item.workflow.state != domain::ItemState::Published || !siteBase.isValid())
        return {};
    // Lists carry summaries without the address; an article's page is named after its id (a 专题 has a slug of
    // its own, known only from the full item).
    QString path = item.publicUrl;
    if (path.isEmpty() && item.type != domain::ItemType::Feature)
        path = u"/items/%1.html"_s.arg(item.id);
    if (path.isEmpty())
        return {};
    QUrl base = siteBase;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(path.startsWith(u'/') ? path.mid(1) : path));
}

QString PublicPages::kindName(const QString &kind)
{
    // The portal names each page's kind with a code (docs/api/openapi.yaml, ItemPage); the user reads what it is.
    if (kind == u"item")
        return tr("Item page");
    if (kind == u"column")
        return tr("Column page");
    if (kind == u"home")
        return tr("Home page");
    if (kind == u"feature")
        return tr("Feature (专题)");
    if (kind == u"catalogue")
        return tr("Disclosure catalogue (信息公开目录)");
    if (kind == u"traditional")
        return tr("Traditional Chinese copy (繁体)");
    return kind;
}

QStringList PublicPages::fromJson(const QJsonDocument &json)
{
    // The portal answers with exactly [{url, title, kind}]; anything else is not a list of pages.
    QStringList pages;
    if (!json.isArray())
        return pages;
    for (const QJsonValue &v : json.array()) {
        const QJsonObject page = v.toObject();
        const QString url = page.value(u"url").toString();
        if (url.isEmpty())
            continue;
        const QString title = page.value(u"title").toString();
        const QString kind = kindName(page.value(u"kind").toString());
        const QString what = title.isEmpty() ? url : u"%1 (%2)"_s.arg(title, url);
        const QString line = kind.isEmpty() ? what : u"%1: %2"_s.arg(kind, what);
        // The pages of a copy on another site of the group (站群) sit at the same paths there: name the site.
        const QString site = page.value(u"siteName").toString();
        pages.append(site.isEmpty() ? line : tr("%1 — %2").arg(site, line));
    }
    return pages;
}

void PublicPages::load(const domain::Item &item, const QHash<qint64, QString> &columnNames, QObject *context,
                       std::function<void(QStringList)> done)
{
    const QStringList fallback = fromItem(item, columnNames);
    m_client.call("GET", u"/api/v1/items/%1/pages"_s.arg(item.id), {}, {}, context,
                  [fallback, done = std::move(done)](Result<api::ApiReply> reply) {
                      // A portal without the list (or unreachable) still leaves the user the item's own account.
                      if (!reply) {
                          done(fallback);
                          return;
                      }
                      const QStringList pages = fromJson(reply->json);
                      done(pages.isEmpty() && !reply->json.isArray() ? fallback : pages);
                  });
}

} // namespace pd::editing
