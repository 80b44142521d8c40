#pragma once
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

/// How the repositories store times and optional texts: times as UTC milliseconds since the epoch (SQL NULL when
/// there is none), texts in NOT NULL columns with '' for "none".
namespace pd::server::sqlvalues {

/// A time as the column holds it; an invalid time binds as SQL NULL of the column's integer type.
[[nodiscard]] inline QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
[[nodiscard]] inline QString nn(const QString &s)
{
    return s.isNull() ? QString(QStringLiteral("")) : s;
}

/// A time read back from its column (UTC); invalid for NULL.
[[nodiscard]] inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

} // namespace pd::server::sqlvalues
