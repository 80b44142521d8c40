#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace pd::store {

/// The one SQLite connection of an account's local database as its parts (ItemCache, DraftStore, Outbox) share it:
/// the connection by name, statements run on it, and a storage failure worded once for the user.
class StoreDatabase
{
public:
    explicit StoreDatabase(QString connectionName);

    [[nodiscard]] const QString &connectionName() const { return m_connection; }
    [[nodiscard]] QSqlDatabase db() const;
    /// The file the connection was last opened on (for messages).
    [[nodiscard]] const QString &path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    /// A translated Storage error naming the file, what failed and the driver's words (also logged).
    [[nodiscard]] Error error(const QString &what, const QString &detail) const;
    /// Runs one statement with its bound values.
    Result<void> exec(const QString &sql, const QVariantList &bind = {}) const;

    // The forms values are stored in: compact JSON text and ISO 8601 times.
    [[nodiscard]] static QString toText(const QJsonObject &object);
    [[nodiscard]] static QJsonObject toObject(const QVariant &text);
    [[nodiscard]] static QString timestamp(const QDateTime &moment);
    [[nodiscard]] static QDateTime fromTimestamp(const QVariant &text);

private:
    QString m_connection;
    QString m_path;
};

} // namespace pd::store
