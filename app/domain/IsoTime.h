#pragma once
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace pd::domain {

/// The API's time stamps: UTC in ISO 8601 with milliseconds ("2026-11-23T01:30:00.000Z").
///
/// A review queue or an item page carries several per item, ten thousand items at a time; QDateTime's general
/// ISO parser and formatter cost microseconds each. These handle exactly the API's own form by arithmetic and
/// hand anything else (an offset, no milliseconds, a year beyond 9999) to QDateTime, so the results are the same.
class IsoTime
{
public:
    /// Invalid for an empty or unreadable text.
    [[nodiscard]] static QDateTime parse(QStringView text);
    /// Empty for an invalid moment.
    [[nodiscard]] static QString format(const QDateTime &moment);
};

} // namespace pd::domain
