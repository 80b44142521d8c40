#pragma once
#include <QString>

namespace pd::server {

/// The one place where SQLite and PostgreSQL differ: DDL tokens, driver names, search expressions.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isSqlite() const { return m_kind == Kind::Sqlite; }
    [[nodiscard]] QString driverName() const;
    /// Migration-only statements are prefixed with `sqlite:` or `postgresql:`; this says whether one applies here.
    [[nodiscard]] bool accepts(QStringView statement) const;
    /// Replaces the portable tokens ({{ID}}, {{BIGINT}}, {{BLOB}}) and strips a dialect prefix.
    [[nodiscard]] QString expand(QString statement) const;

private:
    Kind m_kind;
};

} // namespace pd::server
