#include "server/seed/DemoSeeder.h"

#include "server/auth/PasswordHasher.h"
#include "server/db/CheckRuleRepository.h"
#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/db/UserRepository.h"
#include "app/domain/ReviewPolicy.h"
#include "app/domain/IndexNumber.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/sanitize/HtmlSanitizer.h"
#include "server/seed/SeedLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr QLatin1StringView kSeededKey{"demo_seeded_at"};

Error seedError(const QString &detail)
{
    return Error::make(ErrorCode::InvalidInput, u"演示数据有误：%1"_s.arg(detail));
}
} // namespace

DemoSeeder::DemoSeeder(Database &db, PasswordHasher &hasher, DemoSource source)
    : m_db(db), m_hasher(hasher), m_source(std::move(source))
{
}

Result<bool> DemoSeeder::alreadySeeded()
{
    auto v = m_db.scalar(u"SELECT meta_value FROM server_meta WHERE meta_key = ?"_s, {QString(kSeededKey)});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid();
}

Result<void> DemoSeeder::seed()
{
    auto seeded = alreadySeeded();
    if (!seeded)
        return std::unexpected(seeded.error());
    if (*seeded) {
        qCInfo(lcSeed) << "demo data already present; not seeding again";
        return {};
    }
    auto siteDoc = m_source.read(u"site.json"_s);
    if (!siteDoc)
        return std::unexpected(siteDoc.error());
    const QJsonObject root = siteDoc->object();
    qCInfo(lcSeed).noquote() << "seeding demo data from" << m_source.directory();

    Transaction tx(m_db);
    auto siteId = seedSite(root.value(u"site").toObject());
    if (!siteId)
        return std::unexpected(siteId.error());
    if (auto r = seedColumns(*siteId, root.value(u"columns").toArray(), 0); !r)
        return r;
    if (auto r = seedUsers(*siteId, root.value(u"users").toArray()); !r)
        return r;
    auto site = SiteRepository(m_db).site(*siteId);
    if (!site || !site->has_value())
        return std::unexpected(seedError(u"站点写入后无法读回"_s));
    m_now = QDateTime::currentDateTimeUtc();
    if (auto r = seedRules(*siteId); !r)
        return r;
    if (auto r = seedNews(**site); !r)
        return r;
    if (auto r = seedFeatures(**site); !r)
        return r;
    if (auto r = seedDisclosure(**site); !r)
        return r;
    if (auto r = stampLastPublished(**site); !r)
        return r;
    if (auto r = seedMemberSites(*siteId); !r)
        return r;
    if (auto r = m_db.exec(u"INSERT INTO server_meta (meta_key, meta_value) VALUES (?, ?)"_s,
                           {QString(kSeededKey), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<qint64> DemoSeeder::seedSite(const QJsonObject &json)
{
    domain::Site site;
    site.name = json.value(u"name").toString();
    site.domain = json.value(u"domain").toString();
    site.siteCode = json.value(u"siteCode").toString();
    site.orgCode = json.value(u"orgCode").toString();
    site.reviewLevels = json.value(u"reviewLevels").toInt(3);
    site.reviewHours = json.value(u"reviewHours").toDouble(4.0);
    if (site.name.isEmpty() || site.orgCode.isEmpty())
        return std::unexpected(seedError(u"site.json 缺少 site.name 或 site.orgCode"_s));
    if (site.reviewLevels < 1 || site.reviewLevels > 9)
        return std::unexpected(seedError(u"site.reviewLevels 应在 1 到 9 之间"_s));
    return SiteRepository(m_db).createSite(site);
}

Result<void> DemoSeeder::seedColumns(qint64 siteId, const QJsonArray &columns, qint64 parentId)
{
    SiteRepository sites(m_db);
    for (const QJsonValue &v : columns) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key").toString();
        domain::Column c;
        c.siteId = siteId;
        c.parentId = parentId;
        c.name = o.value(u"name").toString();
        const auto kind = domain::columnKindFromCode(o.value(u"kind").toString());
        if (key.isEmpty() || c.name.isEmpty() || !kind)
            return std::unexpected(seedError(u"栏目缺少 key、name 或 kind 无效：%1"_s.arg(key)));
        if (m_columnIds.contains(key))
            return std::unexpected(seedError(u"栏目 key 重复：%1"_s.arg(key)));
        c.kind = *kind;
        c.updateDays = o.value(u"updateDays").toInt();
        c.sortOrder = ++m_sortOrder;
        auto id = sites.createColumn(c, key);
        if (!id)
            return std::unexpected(id.error());
        m_columnIds.insert(key, *id);
        if (auto r = seedColumns(siteId, o.value(u"children").toArray(), *id); !r)
            return r;
    }
    return {};
}

Result<void> DemoSeeder::seedUsers(qint64 siteId, const QJsonArray &users)
{
    if (users.isEmpty())
        return std::unexpected(seedError(u"site.json 没有 users"_s));
    UserRepository repo(m_db);
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        domain::User user;
        user.username = o.value(u"username").toString();
        user.displayName = o.value(u"displayName").toString();
        if (user.username.isEmpty() || user.displayName.isEmpty())
            return std::unexpected(seedError(u"用户缺少 username 或 displayName"_s));
        for (const QJsonValue &r : o.value(u"roles").toArray()) {
            const QJsonObject g = r.toObject();
            user.roles.append(domain::RoleGrant{g.value(u"role").toString(), siteId, g.value(u"level").toInt()});
        }
        // Each account gets its own salt: one hash per user, even though the demo password is shared.
        auto hash = m_hasher.hash(QByteArray(kDemoPassword.data(), kDemoPassword.size()));
        if (!hash)
            return std::unexpected(hash.error());
        auto id = repo.create(user, *hash);
        if (!id)
            return std::unexpected(id.error());
        m_userIds.insert(user.username, *id);
    }
    return {};
}

Result<void> DemoSeeder::seedRules(qint64 siteId)
{
    if (!m_source.hasFile(u"check-rules.json"_s)) {
        qCWarning(lcSeed) << "no check-rules.json in the demo data: the demo site gets no content-check rules";
        return {};
    }
    auto doc = m_source.read(u"check-rules.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    return CheckRuleRepository(m_db).store(siteId, doc->object());
}

namespace {

using domain::Item;
using domain::ItemState;
using domain::WorkflowState;

/// Where the freshest demo items stand, so the queue has work at every level (some of it overdue).
enum class Slot { Draft, Fresh, Overdue, Approved, Scheduled, Rejected, Published };
struct Position {
    Slot slot;
    int level;
};
constexpr Position kPositions[] = {
    {Slot::Draft, 0},   {Slot::Draft, 0},     {Slot::Fresh, 1},    {Slot::Overdue, 1},   {Slot::Fresh, 2},
    {Slot::Overdue, 2}, {Slot::Fresh, 3},     {Slot::Overdue, 3},  {Slot::Approved, 0},  {Slot::Scheduled, 0},
    {Slot::Rejected, 0},
};

Position positionAt(int index)
{
    return index >= 0 && index < int(std::size(kPositions)) ? kPositions[index] : Position{Slot::Published, 0};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

QList<QJsonObject> byAge(const QJsonArray &entries)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : entries)
        out.append(v.toObject());
    std::ranges::stable_sort(out, [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"daysAgo").toInt() < b.value(u"daysAgo").toInt();
    });
    return out;
}

} // namespace

Result<void> DemoSeeder::audit(qint64 itemId, const QDateTime &at, const QString &user, const QString &action,
                               WorkflowState from, WorkflowState to, const QString &comment)
{
    return ItemRepository(m_db).addAudit(itemId, {at, m_userIds.value(user), user, {}, action, from, to, comment});
}

Result<qint64> DemoSeeder::store(Item item, const domain::Site &site, int daysAgo, int position)
{
    auto clean = HtmlSanitizer().sanitize(item.bodyHtml);
    if (!clean)
        return std::unexpected(clean.error());
    item.bodyHtml = *clean;
    if (const QList<FieldError> problems = item.validate(); !problems.isEmpty()) {
        // One bad entry must not cost every engineer their demo: skip it loudly.
        qCWarning(lcSeed).noquote() << "skipping demo item" << item.title << '-' << problems.first().field
                                    << problems.first().message;
        return qint64(0);
    }
    const Position pos = positionAt(position);
    const QTimeZone zone = m_calendar.timeZone();
    const QString editor = u"editor"_s;
    item.siteId = site.id;
    item.createdBy = m_userIds.value(editor);

    // Published items go out on their day during office hours; work in progress is from the last few days.
    QDateTime published(m_now.toTimeZone(zone).date().addDays(-daysAgo), QTime(8, 30).addSecs((position * 37 % 540) * 60),
                        zone);
    published = std::min(published.toUTC(), m_now.addSecs(-600));
    QDateTime created = published.addSecs(-3 * 3600);
    QDateTime entered = pos.slot == Slot::Overdue ? m_now.addDays(-3) : m_now.addSecs(-20 * 60);
    if (pos.slot != Slot::Published)
        created = std::min(created, entered.addSecs(-3600));

    item.createdAt = created;
    item.revision = 1;
    switch (pos.slot) {
    case Slot::Draft:
        item.workflow = {ItemState::Draft, 0};
        item.updatedAt = created;
        break;
    case Slot::Fresh:
    case Slot::Overdue:
        item.workflow = {ItemState::Submitted, pos.level};
        item.updatedAt = entered;
        item.dueAt = m_calendar.forSite(site.workingHours).addWorkingHours(entered, site.reviewHours);
        break;
    case Slot::Approved:
        item.workflow = {ItemState::Approved, 0};
        item.updatedAt = entered;
        break;
    case Slot::Scheduled: {
        item.workflow = {ItemState::Scheduled, 0};
        item.updatedAt = entered;
        const QDate tomorrow = m_now.toTimeZone(zone).date().addDays(1);
        item.publishAt = QDateTime(tomorrow, QTime(9, 0), zone).toUTC();
        break;
    }
    case Slot::Rejected:
        item.workflow = {ItemState::Rejected, 0};
        item.updatedAt = entered;
        break;
    case Slot::Published:
        item.workflow = {ItemState::Published, 0};
        item.updatedAt = published;
        item.publishedAt = published;
        break;
    }

    ItemRepository items(m_db);
    if (item.disclosure) {
        const int year = (pos.slot == Slot::Published ? published : created).toTimeZone(zone).date().year();
        auto seq = items.nextIndexSequence(site.orgCode, year);
        if (!seq)
            return std::unexpected(seq.error());
        item.disclosure->indexNo = domain::IndexNumber::format(site.orgCode, year, *seq);
    }
    auto id = items.insert(item, item.createdBy);
    if (!id)
        return std::unexpected(id.error());

    // The audit trail a real item would have: create, submit, one approval per level passed, then the outcome.
    const WorkflowState draft{ItemState::Draft, 0};
    if (auto r = audit(*id, created, editor, u"create"_s, draft, draft); !r)
        return std::unexpected(r.error());
    if (pos.slot == Slot::Draft)
        return *id;
    const QDateTime submitted = pos.slot == Slot::Published ? published.addSecs(-2 * 3600) : entered.addSecs(-1800);
    if (auto r = audit(*id, submitted, editor, u"submit"_s, draft, {ItemState::Submitted, 1}); !r)
        return std::unexpected(r.error());
    Result<void> outcome;
    if (pos.slot == Slot::Rejected)
        outcome = audit(*id, entered, u"reviewer1"_s, u"reject"_s, {ItemState::Submitted, 1}, {ItemState::Rejected, 0},
                        u"标题表述不够准确，请核实数据来源后再报。"_s);
    const int passed = pos.slot == Slot::Rejected ? 0
                       : pos.slot == Slot::Fresh || pos.slot == Slot::Overdue ? pos.level - 1 : site.reviewLevels;
    for (int level = 1; level <= passed; ++level) {
        const WorkflowState to = level < site.reviewLevels ? WorkflowState{ItemState::Submitted, level + 1}
                                                           : WorkflowState{ItemState::Approved, 0};
        const QDateTime at = submitted.addSecs(level * 1200);
        if (auto r = audit(*id, at, u"reviewer%1"_s.arg(level), u"approve"_s, {ItemState::Submitted, level}, to); !r)
            return std::unexpected(r.error());
    }
    if (pos.slot == Slot::Published)
        outcome = audit(*id, published, u"reviewer3"_s, u"publish"_s, {ItemState::Approved, 0}, item.workflow);
    if (pos.slot == Slot::Scheduled)
        outcome = audit(*id, entered, u"reviewer3"_s, u"schedule"_s, {ItemState::Approved, 0}, item.workflow);
    if (!outcome)
        return std::unexpected(outcome.error());
    return *id;
}

Result<void> DemoSeeder::seedNews(const domain::Site &site)
{
    auto doc = m_source.read(u"news.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    SiteRepository sites(m_db);
    int index = 0;
    for (const QJsonObject &o : byAge(doc->array())) {
        const qint64 column = m_columnIds.value(o.value(u"column").toString());
        if (column == 0)
            return std::unexpected(seedError(u"news.json 引用了不存在的栏目 %1"_s.arg(o.value(u"column").toString())));
        Item item;
        item.type = domain::ItemType::News;
        item.columnIds = {column};
        item.title = o.value(u"title").toString();
        item.subtitle = o.value(u"subtitle").toString();
        item.summary = o.value(u"summary").toString();
        item.bodyHtml = o.value(u"bodyHtml").toString();
        item.source = o.value(u"source").toString();
        item.author = o.value(u"author").toString();
        item.responsibleEditor = o.value(u"responsibleEditor").toString();
        item.keywords = stringList(o.value(u"keywords"));
        const int position = index++;
        auto id = store(item, site, o.value(u"daysAgo").toInt(), position);
        if (!id)
            return std::unexpected(id.error());
        if (*id > 0)
            m_newsIds.insert(item.title, *id);
    }
    qCInfo(lcSeed) << "seeded" << index << "news items";
    return {};
}

Result<void> DemoSeeder::stampLastPublished(const domain::Site &site)
{
    // Columns remember when they last saw a publication (the site-health rule needs it). This runs after every
    // kind of item is in: stamped earlier, the columns only features or disclosure items fill would look empty.
    auto r = m_db.exec(u"UPDATE site_columns SET last_published_at = (SELECT MAX(i.published_at) FROM items i "
                       u"JOIN item_columns c ON c.item_id = i.id WHERE c.column_id = site_columns.id AND i.state = 'published') "
                       u"WHERE site_id = ?"_s,
                       {site.id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> DemoSeeder::seedFeatures(const domain::Site &site)
{
    auto doc = m_source.read(u"features.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    const qint64 column = m_columnIds.value(u"ztzl"_s);
    int count = 0;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        Item item;
        item.type = domain::ItemType::Feature;
        item.title = o.value(u"title").toString();
        item.summary = o.value(u"summary").toString();
        item.bodyHtml = o.value(u"introHtml").toString();
        if (column > 0)
            item.columnIds = {column};
        domain::ItemFeature feature;
        feature.slug = o.value(u"slug").toString();
        feature.endsAt = m_now.addDays(o.value(u"endsInDays").toInt());
        qint64 sectionId = 0;
        for (const QJsonValue &s : o.value(u"sections").toArray()) {
            domain::ItemFeatureSection section;
            section.id = ++sectionId;
            section.title = s.toObject().value(u"title").toString();
            for (const QString &title : stringList(s.toObject().value(u"newsTitles"))) {
                const qint64 id = m_newsIds.value(title);
                if (id == 0)
                    qCWarning(lcSeed).noquote() << "feature" << feature.slug << "references unknown news" << title;
                else
                    section.itemIds.append(id);
            }
            feature.sections.append(section);
        }
        item.feature = feature;
        // Features go after every draft/queue slot: all three are live.
        if (auto r = store(item, site, 3 + count, int(std::size(kPositions)) + count); !r)
            return std::unexpected(r.error());
        ++count;
    }
    qCInfo(lcSeed) << "seeded" << count << "features";
    return {};
}

Result<void> DemoSeeder::seedDisclosure(const domain::Site &site)
{
    auto doc = m_source.read(u"disclosure.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    const qint64 column = m_columnIds.value(u"zfxxgk"_s);
    const domain::TopicCategoryCatalog catalog;
    QList<QJsonObject> entries = byAge(doc->array());
    // Numbers are handed out in creation order, so the oldest documents get the lowest 索引号 of their year.
    std::ranges::reverse(entries);
    const int total = int(entries.size());
    int index = 0;
    for (const QJsonObject &o : std::as_const(entries)) {
        QJsonObject metaJson = o;
        const QString path = o.value(u"topicCategory").toString();
        const auto category = catalog.byPath(path);
        if (!category) {
            qCWarning(lcSeed).noquote() << "skipping disclosure item with unknown topic category" << path;
            ++index;
            continue;
        }
        metaJson.insert(u"topicCategory"_s, category->code);
        auto meta = domain::DisclosureMeta::fromJson(metaJson);
        if (!meta) {
            qCWarning(lcSeed).noquote() << "skipping unreadable disclosure item" << o.value(u"title").toString();
            ++index;
            continue;
        }
        Item item;
        item.type = domain::ItemType::Disclosure;
        item.title = o.value(u"title").toString();
        item.bodyHtml = o.value(u"bodyHtml").toString();
        item.summary = meta->abstract;
        item.source = meta->publisher;
        item.keywords = meta->keywords;
        if (column > 0)
            item.columnIds = {column};
        item.disclosure = *meta;
        // The freshest entries (at the end of this oldest-first list) take the workflow slots.
        const int position = total - 1 - index++;
        if (auto r = store(item, site, o.value(u"daysAgo").toInt(), position); !r)
            return std::unexpected(r.error());
    }
    qCInfo(lcSeed) << "seeded" << index << "disclosure items";
    return {};
}

Result<void> DemoSeeder::seedMemberSites(qint64 portalId)
{
    if (!m_source.hasFile(u"member-sites.json"_s))
        return {};
    auto doc = m_source.read(u"member-sites.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    for (const QJsonValue &v : doc->array())
        if (auto r = seedMemberSite(portalId, v.toObject()); !r)
            return r;
    return {};
}

Result<void> DemoSeeder::seedMemberSite(qint64 portalId, const QJsonObject &json)
{
    auto siteId = seedSite(json.value(u"site").toObject());
    if (!siteId)
        return std::unexpected(siteId.error());
    SiteRepository sites(m_db);
    auto stored = sites.site(*siteId);
    if (!stored || !stored->has_value())
        return std::unexpected(seedError(u"站点写入后无法读回"_s));
    domain::Site site = **stored;
    site.parentSiteId = portalId;
    if (auto r = sites.updateSite(site); !r)
        return r;
    if (auto r = sites.setReviewPolicy(site.id, domain::ReviewPolicy::fromJson(json.value(u"reviewPolicy").toObject()));
        !r)
        return r;
    if (auto r = seedColumns(site.id, json.value(u"columns").toArray(), 0); !r)
        return r;
    if (auto r = seedUsers(site.id, json.value(u"users").toArray()); !r)
        return r;
    // Portal accounts that also work here (the demo editor switches between sites).
    UserRepository users(m_db);
    for (const QJsonValue &v : json.value(u"grants").toArray()) {
        const QJsonObject grant = v.toObject();
        const QString username = grant.value(u"username").toString();
        auto accounts = users.accounts(m_userIds.value(username));
        if (!accounts)
            return std::unexpected(accounts.error());
        if (accounts->size() != 1)
            return std::unexpected(seedError(u"站点 %1 的授权引用了不存在的用户 %2"_s.arg(site.name, username)));
        UserRepository::Account account = accounts->first();
        for (const QJsonValue &r : grant.value(u"roles").toArray()) {
            const QJsonObject g = r.toObject();
            account.user.roles.append(domain::RoleGrant{g.value(u"role").toString(), site.id, g.value(u"level").toInt()});
        }
        if (auto r = users.update(account); !r)
            return r;
    }
    const QString prefix = json.value(u"columns").toArray().first().toObject().value(u"key").toString().section(u'-', 0, 0);
    int count = 0;
    for (const QJsonObject &o : byAge(json.value(u"news").toArray())) {
        const qint64 column = m_columnIds.value(o.value(u"column").toString());
        if (column == 0)
            return std::unexpected(seedError(u"%1 的稿件引用了不存在的栏目 %2"_s.arg(site.name, o.value(u"column").toString())));
        Item item;
        item.type = domain::ItemType::News;
        item.columnIds = {column};
        item.title = o.value(u"title").toString();
        item.summary = o.value(u"summary").toString();
        item.bodyHtml = o.value(u"bodyHtml").toString();
        item.source = o.value(u"source").toString();
        item.author = o.value(u"author").toString();
        item.responsibleEditor = o.value(u"responsibleEditor").toString();
        item.keywords = stringList(o.value(u"keywords"));
        if (auto r = storeMemberItem(item, site, o.value(u"daysAgo").toInt(), prefix); !r)
            return r;
        ++count;
    }
    const domain::TopicCategoryCatalog catalog;
    const qint64 disclosureColumn = m_columnIds.value(prefix + u"-xxgk"_s);
    QList<QJsonObject> documents = byAge(json.value(u"disclosure").toArray());
    std::ranges::reverse(documents); // the oldest document gets the lowest 索引号 of its year
    for (const QJsonObject &o : std::as_const(documents)) {
        QJsonObject metaJson = o;
        const auto category = catalog.byPath(o.value(u"topicCategory").toString());
        if (!category)
            return std::unexpected(seedError(u"未知的主题分类：%1"_s.arg(o.value(u"topicCategory").toString())));
        metaJson.insert(u"topicCategory"_s, category->code);
        auto meta = domain::DisclosureMeta::fromJson(metaJson);
        if (!meta)
            return std::unexpected(seedError(u"无法读取公开文件：%1"_s.arg(o.value(u"title").toString())));
        Item item;
        item.type = domain::ItemType::Disclosure;
        item.title = o.value(u"title").toString();
        item.bodyHtml = o.value(u"bodyHtml").toString();
        item.summary = meta->abstract;
        item.source = meta->publisher;
        item.keywords = meta->keywords;
        if (disclosureColumn > 0)
            item.columnIds = {disclosureColumn};
        item.disclosure = *meta;
        if (auto r = storeMemberItem(item, site, o.value(u"daysAgo").toInt(), prefix); !r)
            return r;
        ++count;
    }
    if (auto r = stampLastPublished(site); !r)
        return r;
    qCInfo(lcSeed).noquote() << "seeded the department site" << site.name << "with" << count << "published items";
    return {};
}

Result<void> DemoSeeder::storeMemberItem(Item item, const domain::Site &site, int daysAgo, const QString &prefix)
{
    auto clean = HtmlSanitizer().sanitize(item.bodyHtml);
    if (!clean)
        return std::unexpected(clean.error());
    item.bodyHtml = *clean;
    if (const QList<FieldError> problems = item.validate(); !problems.isEmpty())
        return std::unexpected(seedError(u"%1：%2 %3"_s.arg(item.title, problems.first().field, problems.first().message)));
    const QTimeZone zone = m_calendar.timeZone();
    const QString editor = prefix + u"-editor"_s;
    const QDateTime published = std::min(
        QDateTime(m_now.toTimeZone(zone).date().addDays(-daysAgo), QTime(10, 0).addSecs(daysAgo * 7 % 300 * 60), zone).toUTC(),
        m_now.addSecs(-600));
    const QDateTime created = published.addSecs(-3 * 3600);
    item.siteId = site.id;
    item.createdBy = m_userIds.value(editor);
    item.createdAt = created;
    item.updatedAt = published;
    item.publishedAt = published;
    item.revision = 1;
    item.workflow = {ItemState::Published, 0};
    ItemRepository items(m_db);
    if (item.disclosure) {
        const int year = published.toTimeZone(zone).date().year();
        auto seq = items.nextIndexSequence(site.orgCode, year);
        if (!seq)
            return std::unexpected(seq.error());
        item.disclosure->indexNo = domain::IndexNumber::format(site.orgCode, year, *seq);
    }
    auto id = items.insert(item, item.createdBy);
    if (!id)
        return std::unexpected(id.error());
    const WorkflowState draft{ItemState::Draft, 0};
    if (auto r = audit(*id, created, editor, u"create"_s, draft, draft); !r)
        return r;
    const QDateTime submitted = published.addSecs(-2 * 3600);
    if (auto r = audit(*id, submitted, editor, u"submit"_s, draft, {ItemState::Submitted, 1}); !r)
        return r;
    for (int level = 1; level <= site.reviewLevels; ++level) {
        const WorkflowState to = level < site.reviewLevels ? WorkflowState{ItemState::Submitted, level + 1}
                                                           : WorkflowState{ItemState::Approved, 0};
        if (auto r = audit(*id, submitted.addSecs(level * 1200), u"%1-reviewer%2"_s.arg(prefix).arg(level), u"approve"_s,
                           {ItemState::Submitted, level}, to);
            !r)
            return r;
    }
    return audit(*id, published, u"%1-reviewer%2"_s.arg(prefix).arg(site.reviewLevels), u"publish"_s,
                 {ItemState::Approved, 0}, item.workflow);
}

} // namespace pd::server
