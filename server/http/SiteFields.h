#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"

#include <QJsonObject>
#include <QList>

namespace pd::server {

/// The administrator-editable fields of a site: read from a request body onto a site and checked, each problem named
/// by its field in Chinese. Shared by `portald init` and the site endpoints so both refuse the same things.
class SiteFields
{
public:
    /// Copies the fields present in `body` onto `site` (absent ones keep their value); problems of type are collected.
    static QList<FieldError> apply(const QJsonObject &body, domain::Site &site);
    /// The whole site's rules: name, 网站标识码 format, org code format and check characters, levels 1–5, hours.
    static QList<FieldError> validate(const domain::Site &site);
    /// Whether `code` is a 网站标识码: 10 digits (6-digit region code + 4-digit number) or `bm` and 8 digits.
    static bool isSiteCode(const QString &code);
};

} // namespace pd::server
