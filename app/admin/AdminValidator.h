#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/ReviewPolicy.h"
#include "app/domain/Site.h"
#include "app/domain/SiteCategory.h"

#include <QCoreApplication>

namespace pd::admin {

/// Checks the site, column, topic-category and review-policy forms of 管理 before they are sent, with the server's
/// rules and messages in the user's language, so a mistake shows next to its field at once. The server checks
/// again and alone knows about duplicates and about what is in use.
class AdminValidator
{
    Q_DECLARE_TR_FUNCTIONS(pd::admin::AdminValidator)

public:
    /// Errors for `name`, `siteCode`, `orgCode`, `reviewLevels`, `reviewHours`, `publicUrl` and `parentSite`.
    [[nodiscard]] static QList<FieldError> validate(const domain::Site &site);
    /// Errors for `name` and `updateDays`.
    [[nodiscard]] static QList<FieldError> validate(const domain::Column &column);
    /// Errors for `code` and `name`.
    [[nodiscard]] static QList<FieldError> validate(const domain::SiteCategory &category);
    /// Errors for `levels`.
    [[nodiscard]] static QList<FieldError> validate(const domain::ReviewPolicy &policy);

    static constexpr int MaxReviewLevels = 5;
    static constexpr int MaxUpdateDays = 3660;
};

} // namespace pd::admin
