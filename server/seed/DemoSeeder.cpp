#include "seed/DemoSeeder.h"

#include "auth/PasswordHasher.h"
#include "db/Database.h"
#include "db/SiteRepository.h"
#include "db/Transaction.h"
#include "db/UserRepository.h"
#include "seed/SeedLog.h"

#include <QDateTime>
#include <QJsonObject>

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
        if (auto id = repo.create(user, *hash); !id)
            return std::unexpected(id.error());
    }
    return {};
}

} // namespace pd::server
