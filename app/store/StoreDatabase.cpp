#include "app/store/StoreDatabase.h"

#include "app/domain/IsoTime.h"
#include "app/store/StoreLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

StoreDatabase::StoreDatabase(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

QSqlDatabase StoreDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error StoreDatabase::error(const QString &what, const QString &detail) const
{
    qCWarning(lcStore) << what << detail << m_path;
    return Error::make(ErrorCode::Storage,
                       QCoreApplication::translate("pd::store::LocalStore",
                                                   "The local database %1 could not be used (%2): %3")
                           .arg(QDir::toNativeSeparators(m_path), what, detail));
}

Result<void> StoreDatabase::exec(const QString &sql, const QVariantList &bind) const
{
    QSqlQuery q(db());
    if (!q.prepare(sql))
        return std::unexpected(error(u"prepare"_s, q.lastError().text()));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(error(u"exec"_s, q.lastError().text()));
    return {};
}

QString StoreDatabase::toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject StoreDatabase::toObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString StoreDatabase::timestamp(const QDateTime &moment)
{
    return domain::IsoTime::format(moment);
}

QDateTime StoreDatabase::fromTimestamp(const QVariant &text)
{
    return domain::IsoTime::parse(text.toString());
}

} // namespace pd::store
