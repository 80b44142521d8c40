#include "server/http/AdminFields.h"

using namespace Qt::StringLiterals;

namespace pd::server {

std::optional<QString> AdminFields::name(const QJsonObject &body, qsizetype maxLength, const QString &refusal,
                                         QList<FieldError> &errors)
{
    if (!body.contains(u"name"_s))
        return std::nullopt;
    const QString name = body.value(u"name"_s).toString().trimmed();
    if (!body.value(u"name"_s).isString() || name.isEmpty() || name.size() > maxLength) {
        errors.append({u"name"_s, refusal});
        return std::nullopt;
    }
    return name;
}

std::optional<int> AdminFields::position(const QJsonObject &body, QList<FieldError> &errors)
{
    if (!body.contains(u"position"_s))
        return std::nullopt;
    const QJsonValue v = body.value(u"position"_s);
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
        errors.append({u"position"_s, u"位置应为从 0 开始的整数"_s});
        return std::nullopt;
    }
    return v.toInt();
}

} // namespace pd::server
