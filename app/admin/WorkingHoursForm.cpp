#include "app/admin/WorkingHoursForm.h"

#include "app/domain/WorkingCalendar.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

namespace pd::admin {

namespace {

QJsonObject orDefault(const QJsonObject &workingHours)
{
    return workingHours.isEmpty() ? domain::WorkingCalendar().toJson() : workingHours;
}

Error invalid(const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.fields = {{u"workingHours"_s, message}};
    return e;
}

} // namespace

QList<int> WorkingHoursForm::days(const QJsonObject &workingHours)
{
    QList<int> out;
    for (const QJsonValue &v : orDefault(workingHours).value(u"days"_s).toArray())
        out.append(v.toInt());
    return out;
}

QString WorkingHoursForm::periodsText(const QJsonObject &workingHours)
{
    QStringList parts;
    for (const QJsonValue &v : orDefault(workingHours).value(u"periods"_s).toArray())
        parts.append(v.toObject().value(u"start"_s).toString() + u'-' + v.toObject().value(u"end"_s).toString());
    return parts.join(u' ');
}

Result<QJsonObject> WorkingHoursForm::apply(QJsonObject workingHours, const QList<int> &days, const QString &periodsText)
{
    static const QRegularExpression period(u"^([0-2][0-9]:[0-5][0-9])[-–~至]([0-2][0-9]:[0-5][0-9])$"_s);
    QJsonArray periods;
    for (const QString &part : periodsText.split(QRegularExpression(u"[\\s,，、;；]+"_s), Qt::SkipEmptyParts)) {
        const auto m = period.match(part);
        const QTime start = m.hasMatch() ? QTime::fromString(m.captured(1), u"HH:mm") : QTime();
        const QTime end = m.hasMatch() ? QTime::fromString(m.captured(2), u"HH:mm") : QTime();
        if (!start.isValid() || !end.isValid() || end <= start)
            return std::unexpected(invalid(tr("Write the daily working periods as 09:00-12:00 13:30-17:30.")));
        periods.append(QJsonObject{{u"start"_s, m.captured(1)}, {u"end"_s, m.captured(2)}});
    }
    if (days.isEmpty() || periods.isEmpty())
        return std::unexpected(invalid(tr("A site needs at least one working day and one working period.")));
    QJsonArray dayList;
    for (const int d : days)
        dayList.append(d);
    workingHours = orDefault(workingHours);
    workingHours.insert(u"days"_s, dayList);
    workingHours.insert(u"periods"_s, periods);
    return workingHours;
}

} // namespace pd::admin
