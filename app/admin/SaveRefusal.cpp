#include "app/admin/SaveRefusal.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::admin {

SaveRefusal::SaveRefusal(const pd::Error &error, const std::function<QString(const QString &)> &rowOf,
                         const std::function<bool(const QString &)> &hasRow)
    : m_error(error)
{
    for (const FieldError &f : error.fields) {
        const QString row = rowOf(f.field);
        if (hasRow(row) && !m_fields.value(row).contains(f.message))
            m_fields[row].append(f.message);
    }
}

qint64 SaveRefusal::currentRevision(qint64 fallback) const
{
    if (!isConflict())
        return fallback;
    return savedMeanwhile(m_error).value(u"revision"_s).toInteger(fallback);
}

QJsonObject savedMeanwhile(const pd::Error &error)
{
    if (error.code != ErrorCode::PreconditionFailed)
        return {};
    return error.body.value(u"current"_s).toObject();
}

bool SaveRefusal::showsMessage() const
{
    return m_fields.isEmpty() || m_error.code != ErrorCode::Validation;
}

} // namespace pd::admin
