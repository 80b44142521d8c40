#include "server/seed/ItemGenerator.h"

#include "server/db/CheckRuleRepository.h"
#include "server/db/Database.h"
#include "server/db/ItemQuery.h"
#include "server/db/ItemRepository.h"
#include "server/db/Transaction.h"
#include "server/seed/SeedLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<int> ItemGenerator::generate(int count, const QString &mark, int markEvery)
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
            if (!mark.isEmpty() && markEvery > 0 && (done + 1) % markEvery == 0)
                item.title += mark;
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

Result<int> ItemGenerator::generateRules(int count)
{
    auto site = m_db.scalar(u"SELECT MIN(id) FROM sites"_s);
    if (!site)
        return std::unexpected(site.error());
    CheckRuleRepository repository(m_db);
    auto stored = repository.rules(site->toLongLong());
    if (!stored)
        return std::unexpected(stored.error());
    QJsonObject document = stored->value_or(QJsonObject{{u"version"_s, 0}, {u"rules"_s, QJsonArray()}});
    QJsonArray rules = document.value(u"rules"_s).toArray();
    // The 天干 and 地支 spelled four at a time: patterns an automaton must carry but no news text contains.
    static const QString kGlyphs = u"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"_s;
    const qsizetype n = kGlyphs.size();
    for (int i = 0; i < count; ++i) {
        QString pattern;
        for (int k = 0, v = i; k < 4; ++k, v /= int(n))
            pattern += kGlyphs.at(qsizetype(v % n));
        rules.append(QJsonObject{{u"id"_s, u"generated-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))},
                                 {u"pattern"_s, QString(pattern + u"词"_s)},
                                 {u"kind"_s, u"wording"_s},
                                 {u"severity"_s, u"warn"_s},
                                 {u"suggestion"_s, u""_s}});
    }
    document.insert(u"rules"_s, rules);
    document.insert(u"version"_s, document.value(u"version"_s).toInt() + 1);
    if (auto r = repository.store(site->toLongLong(), document); !r)
        return std::unexpected(r.error());
    qCInfo(lcSeed) << "generated" << count << "check rules";
    return count;
}

} // namespace pd::server
