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
    return m_error.body.value(u"current"_s).toObject().value(u"revision"_s).toInteger(fallback);
}

bool SaveRefusal::showsMessage() const
{
    return m_fields.isEmpty() || m_error.code != ErrorCode::Validation;
}

} // namespace pd::admin
