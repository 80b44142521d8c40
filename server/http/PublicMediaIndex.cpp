#include "server/http/PublicMediaIndex.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/http/HttpLog.h"
#include "server/media/MediaRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr QLatin1StringView kPublished{"published"};
}

PublicMediaIndex::PublicMediaIndex(Database &db, MediaRepository &media, QObject *parent)
    : QObject(parent), m_db(db), m_media(media)
{
}

Result<void> PublicMediaIndex::buildOnce()
{
    auto built = m_media.publicReferencesBuilt();
    if (!built)
        return std::unexpected(built.error());
    if (*built)
        return {};
    Transaction tx(m_db);
    // Collected first: the media repository writes on the same connection the rows are read from.
    QList<std::pair<QString, QList<qint64>>> found;
    {
        auto items = m_db.exec(u"SELECT id, content FROM items WHERE state = ?"_s, {QString(kPublished)});
        if (!items)
            return std::unexpected(items.error());
        while (items->next())
            found.append({u"item:%1"_s.arg(items->value(0).toLongLong()),
                          MediaRepository::idsReferencedBy(items->value(1).toString())});
    }
    {
        auto posts = m_db.exec(u"SELECT id, photos FROM live_posts WHERE state = ?"_s, {QString(kPublished)});
        if (!posts)
            return std::unexpected(posts.error());
        while (posts->next())
            found.append({u"livepost:%1"_s.arg(posts->value(0).toLongLong()),
                          MediaRepository::idsReferencedBy(posts->value(1).toString())});
    }
    for (const auto &[owner, ids] : std::as_const(found)) {
        if (ids.isEmpty())
            continue;
        if (auto r = m_media.setPublicReferences(owner, ids); !r)
            return r;
    }
    if (auto r = m_media.markPublicReferencesBuilt(); !r)
        return r;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcHttp) << "recorded the media of" << found.size() << "published items and live posts";
    return {};
}

void PublicMediaIndex::itemChanged(qint64 itemId)
{
    QString state;
    QString content;
    {
        auto q = m_db.exec(u"SELECT state, content FROM items WHERE id = ?"_s, {itemId});
        if (!q) {
            qCWarning(lcHttp).noquote() << "media of item" << itemId << "not recorded:" << q.error().message;
            return;
        }
        if (q->next()) {
            state = q->value(0).toString();
            content = q->value(1).toString();
        }
    }
    if (auto r = record(itemId, state, content); !r)
        qCWarning(lcHttp).noquote() << "media of item" << itemId << "not recorded:" << r.error().message;
}

Result<void> PublicMediaIndex::record(qint64 itemId, const QString &state, const QString &content)
{
    // A deleted item (no row) or one that is not published shows nothing to the public.
    return m_media.setPublicReferences(u"item:%1"_s.arg(itemId),
                                       state == kPublished ? MediaRepository::idsReferencedBy(content) : QList<qint64>());
}

} // namespace pd::server
