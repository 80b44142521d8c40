#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
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

/// "?, ?, ?": the placeholders of an `IN (…)` over `n` values, bound in order.
[[nodiscard]] inline QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

/// The values of `list`, in order, to bind to placeholders().
template <typename T>
[[nodiscard]] QVariantList bindsOf(const QList<T> &list)
{
    QVariantList binds;
    binds.reserve(list.size());
    for (const T &value : list)
        binds.append(QVariant::fromValue(value));
    return binds;
}

/// A time read back from its column (UTC); invalid for NULL.
[[nodiscard]] inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

} // namespace pd::server::sqlvalues
