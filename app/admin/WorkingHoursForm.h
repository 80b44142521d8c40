#pragma once
#include "app/domain/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace pd::admin {

/// A site's working hours (the WorkingCalendar JSON its review deadlines count in) as the site form edits them:
/// the working days and the daily periods written as "09:00-12:00 13:30-17:30". Holidays, 调休 days and the UTC
/// offset are kept as they were.
class WorkingHoursForm
{
    Q_DECLARE_TR_FUNCTIONS(pd::admin::WorkingHoursForm)

public:
    /// Days 1 (Monday) to 7 of `workingHours`, or Monday to Friday when it is empty (the default calendar).
    [[nodiscard]] static QList<int> days(const QJsonObject &workingHours);
    /// The daily periods as one line, or the default's when `workingHours` is empty.
    [[nodiscard]] static QString periodsText(const QJsonObject &workingHours);
    /// `workingHours` with these days and periods; an error on `workingHours` when the text is not periods or
    /// nothing is left to work in.
    [[nodiscard]] static Result<QJsonObject> apply(QJsonObject workingHours, const QList<int> &days,
                                                   const QString &periodsText);
};

} // namespace pd::admin
