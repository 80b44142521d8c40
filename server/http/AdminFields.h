#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd::server {

/// Reads the fields the administration controllers share (a name, a place among siblings) from a request body;
/// each reader adds a field error in Chinese where the value is wrong and gives nothing when the field is absent.
class AdminFields
{
public:
    /// `name`, trimmed, 1 to `maxLength` characters; else the field error `refusal`.
    static std::optional<QString> name(const QJsonObject &body, qsizetype maxLength, const QString &refusal,
                                       QList<FieldError> &errors);
    /// `position`, a whole number from 0.
    static std::optional<int> position(const QJsonObject &body, QList<FieldError> &errors);
};

} // namespace pd::server
