#include "server/seed/ItemGenerator.h"

#include "server/db/Database.h"
#include "server/db/ItemQuery.h"
#include "server/db/ItemRepository.h"
#include "server/db/Transaction.h"
#include "server/seed/SeedLog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<int> ItemGenerator::generate(int count)
{
    ItemRepository items(m_db);
    auto site = m_db.scalar(u"SELECT MIN(id) FROM sites"_s);
    if (!site)
        return std::unexpected(site.error());
    ItemQuery query;
    query.siteIds = {site->toLongLong()};
    query.type = domain::ItemType::News;
    query.states = {domain::ItemState::Published};
    query.limit = 200;
    auto page = items.list(query);
    if (!page)
        return std::unexpected(page.error());
    QList<domain::Item> templates;
    for (const domain::Item &summary : std::as_const(page->items)) {
        auto full = items.find(summary.id);
        if (!full)
            return std::unexpected(full.error());
        if (full->has_value())
            templates.append(**full);
    }
    if (templates.isEmpty())
        return fail(ErrorCode::InvalidInput, u"没有可复制的已发布新闻：请先用 --demo 填充演示内容"_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 span = qint64(3) * 365 * 24 * 3600 * 1000; // three years of history
    constexpr int kBatch = 1000;
    int done = 0;
    while (done < count) {
        Transaction tx(m_db);
        for (int i = 0; i < kBatch && done < count; ++i, ++done) {
            domain::Item item = templates.at(done % templates.size());
            item.id = 0;
            item.title = u"%1（%2）"_s.arg(item.title).arg(done + 1);
            item.revision = 1;
            item.publishedAt = now.addMSecs(-span * (done + 1) / (count + 1));
            item.createdAt = item.publishedAt.addSecs(-3 * 3600);
            item.updatedAt = item.publishedAt;
            if (auto id = items.insert(item, item.createdBy); !id)
                return std::unexpected(id.error());
        }
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        qCInfo(lcSeed) << "generated" << done << "of" << count << "items";
    }
    return done;
}

} // namespace pd::server
