#include "server/db/Database.h"

#include "server/db/DbLog.h"
#include "server/db/Migrations.h"
#include "server/db/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

Error storageError(const QString &what, const QSqlError &error)
{
    // The driver text goes to the log only: it can contain SQL and must never reach a client.
    qCWarning(lcDb).noquote() << what << error.text();
    return Error::make(ErrorCode::Storage, u"数据库操作失败"_s);
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

} // namespace

Database::Database(SqlDialect dialect, QString connectionName)
    : m_dialect(dialect), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    const SqlDialect dialect(isPostgresUrl(location) ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite);
    const QString name = u"portald-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return fail(ErrorCode::Storage, u"缺少数据库驱动 %1"_s.arg(dialect.driverName()));

    std::unique_ptr<Database> db(new Database(dialect, name));
    QSqlDatabase c = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (dialect.isSqlite()) {
        c.setDatabaseName(location);
        c.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        const QUrl url(location);
        c.setDatabaseName(url.path().mid(1));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        const QString socketDir = QUrlQuery(url).queryItemValue(u"host"_s, QUrl::FullyDecoded);
        c.setHostName(!socketDir.isEmpty() ? socketDir : url.host());
        if (url.port() > 0)
            c.setPort(url.port());
    }
    if (!c.open())
        return std::unexpected(storageError(u"cannot open database:"_s, c.lastError()));

    if (dialect.isSqlite()) {
        // WAL lets readers continue while the single writer commits; foreign keys are off by default in SQLite.
        // A 64 MiB page cache and memory-mapped reads: with 100,000 items (~800 MB with revisions and the search
        // indexes) the default 2 MB cache turned index walks and FTS merges into a stream of pread/pwrite calls.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                      u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA cache_size=-65536"_s,
                                      u"PRAGMA mmap_size=268435456"_s, u"PRAGMA temp_store=MEMORY"_s}) {
            if (auto r = db->exec(pragma); !r)
                return std::unexpected(r.error());
        }
    } else {
        if (auto r = db->exec(u"SET client_min_messages TO WARNING"_s); !r)
            return std::unexpected(r.error());
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE: DDL and SET run unprepared (they never carry binds).
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return std::unexpected(storageError(u"exec failed: "_s + sql, q.lastError()));
        return q;
    }
    if (!q.prepare(sql))
        return std::unexpected(storageError(u"prepare failed: "_s + sql, q.lastError()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(storageError(u"exec failed: "_s + sql, q.lastError()));
    return q;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql + u" RETURNING id"_s, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Storage, u"数据库未返回新记录编号"_s);
    return q->value(0).toLongLong();
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0) : QVariant();
}

int Database::schemaVersion()
{
    auto v = scalar(u"SELECT MAX(version) FROM schema_version"_s);
    return v ? v->toInt() : 0;
}

Result<void> Database::migrate()
{
    if (auto r = exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at "_s
                      + m_dialect.expand(u"{{BIGINT}}"_s) + u" NOT NULL)"_s);
        !r)
        return std::unexpected(r.error());
    const int current = schemaVersion();
    const QList<Migration> all = schemaMigrations();
    if (!all.isEmpty() && current > all.last().version)
        return fail(ErrorCode::Storage, u"数据库版本 %1 比本程序支持的版本 %2 新"_s.arg(current).arg(all.last().version));

    // All pending steps in one transaction: a failure leaves the schema exactly as it was.
    Transaction tx(*this);
    for (const Migration &m : all) {
        if (m.version <= current)
            continue;
        qCInfo(lcDb).noquote() << "migrating to schema" << m.version << '(' << m.description << ')';
        for (const QString &statement : m.statements) {
            if (!m_dialect.accepts(statement))
                continue;
            if (auto r = exec(m_dialect.expand(statement)); !r)
                return std::unexpected(r.error());
        }
        if (auto r = exec(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                          {m.version, QDateTime::currentMSecsSinceEpoch()});
            !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

} // namespace pd::server
