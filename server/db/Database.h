#pragma once
#include "server/db/SqlDialect.h"
#include "app/domain/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace pd::server {

/// portald's database connection (SQLite file or PostgreSQL URL) with checked, parameterised statements.
class Database
{
public:
    /// `location` is a `postgresql://user:pass@host:port/db?host=/socket/dir` URL or an SQLite file path.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &location);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const;

    /// Prepares and runs `sql` with positional `?` binds; a driver error becomes ErrorCode::Storage.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    /// Runs an INSERT and returns the new row's `id` (portable: `RETURNING id` works on both dialects).
    Result<qint64> insert(const QString &sql, const QVariantList &binds = {});
    /// The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    /// Applies every pending migration in one transaction.
    Result<void> migrate();
    [[nodiscard]] int schemaVersion();

private:
    friend class Transaction;
    Database(SqlDialect dialect, QString connectionName);

    SqlDialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;    ///< nested Transactions join the outermost one
    bool m_transactionDoomed = false; ///< an inner Transaction ended without commit: the outer one must roll back
};

} // namespace pd::server
