#pragma once
#include "app/domain/Error.h"
#include "app/domain/TopicCategory.h"

#include <QJsonObject>

namespace pd::domain {

/// One of a site's own 主题分类 beside the national 22 (`/api/v1/sites/{site}/disclosure/categories`): a top category
/// (code of 1–4 capital letters and two digits, e.g. SW01) or a sub-category of one (its parent's code and two digits,
/// e.g. SW0101). Codes never look like national ones and never prefix one another, so a code names one category of
/// the whole group and a top category's items are those whose code starts with its own.
struct SiteCategory {
    QString code;
    QString name;
    QString parentCode; ///< empty for a top category; always one of the same site's own top categories
    qint64 siteId = 0;
    int position = 0;   ///< place among its siblings
    qint64 revision = 1;

    [[nodiscard]] TopicCategory category() const { return {code, name, parentCode}; }
    /// Whether `code` has the shape of a site's top category, or of a sub-category of `parent`.
    [[nodiscard]] static bool isWellFormedCode(const QString &code, const QString &parent);
    /// Whether `code` looks like a site's own category (of any site) rather than a national one.
    [[nodiscard]] static bool hasSiteCodeShape(const QString &code);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SiteCategory> fromJson(const QJsonObject &json);
    friend bool operator==(const SiteCategory &, const SiteCategory &) = default;
};

} // namespace pd::domain
