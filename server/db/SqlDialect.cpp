#include "db/SqlDialect.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr QLatin1StringView kSqlitePrefix{"sqlite:"};
constexpr QLatin1StringView kPostgresPrefix{"postgresql:"};
} // namespace

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

bool SqlDialect::accepts(QStringView statement) const
{
    if (statement.startsWith(kSqlitePrefix))
        return m_kind == Kind::Sqlite;
    if (statement.startsWith(kPostgresPrefix))
        return m_kind == Kind::Postgres;
    return true;
}

QString SqlDialect::expand(QString statement) const
{
    if (statement.startsWith(kSqlitePrefix))
        statement.remove(0, kSqlitePrefix.size());
    else if (statement.startsWith(kPostgresPrefix))
        statement.remove(0, kPostgresPrefix.size());
    const bool lite = m_kind == Kind::Sqlite;
    statement.replace(u"{{ID}}"_s, lite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s);
    statement.replace(u"{{BIGINT}}"_s, lite ? u"INTEGER"_s : u"BIGINT"_s);
    statement.replace(u"{{BLOB}}"_s, lite ? u"BLOB"_s : u"BYTEA"_s);
    return statement.trimmed();
}

} // namespace pd::server
