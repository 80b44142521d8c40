#include "app/admin/AdminValidator.h"

#include "app/domain/IndexNumber.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::admin {

QList<FieldError> AdminValidator::validate(const domain::Site &site)
{
    QList<FieldError> errors;
    const QString name = site.name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        errors.append({u"name"_s, tr("Enter the site's name, at most 100 characters.")});
    static const QRegularExpression siteCode(u"^(?:[0-9]{10}|bm[0-9]{8})$"_s);
    if (!siteCode.match(site.siteCode.trimmed()).hasMatch())
        errors.append({u"siteCode"_s, tr("A site identification code has 10 digits (6 for the region and 4 for the "
                                         "site, e.g. 3217000001), or bm and 8 digits for a ministry site.")});
    if (!domain::IndexNumber::validateOrgCode(site.orgCode.trimmed()))
        errors.append({u"orgCode"_s, tr("Enter the 18-character unified social credit code (or the older "
                                        "9-character organisation code); a check character does not match.")});
    if (site.reviewLevels < 1 || site.reviewLevels > MaxReviewLevels)
        errors.append({u"reviewLevels"_s, tr("A site has 1 to %1 review levels.").arg(MaxReviewLevels)});
    if (!(site.reviewHours > 0 && site.reviewHours <= 240))
        errors.append({u"reviewHours"_s, tr("Each review level has between 0 and 240 working hours.")});
    if (!site.publicUrl.trimmed().isEmpty()) {
        const QUrl url(site.publicUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            errors.append({u"publicUrl"_s, tr("Enter the full address, starting with http:// or https://.")});
    }
    if (site.parentSiteId != 0 && site.parentSiteId == site.id)
        errors.append({u"parentSite"_s, tr("A site cannot be its own portal.")});
    return errors;
}

QList<FieldError> AdminValidator::validate(const domain::Column &column)
{
    QList<FieldError> errors;
    const QString name = column.name.trimmed();
    if (name.isEmpty() || name.size() > 50)
        errors.append({u"name"_s, tr("Enter the column's name, 1 to 50 characters.")});
    if (column.updateDays < 0 || column.updateDays > MaxUpdateDays)
        errors.append({u"updateDays"_s, tr("The update rule is 0 (none) to %1 days.").arg(MaxUpdateDays)});
    return errors;
}

QList<FieldError> AdminValidator::validate(const domain::SiteCategory &category)
{
    QList<FieldError> errors;
    if (!domain::SiteCategory::isWellFormedCode(category.code, category.parentCode))
        errors.append({u"code"_s, category.parentCode.isEmpty()
                                      ? tr("A category code is 1 to 4 capital letters and two digits, e.g. SW01.")
                                      : tr("A sub-category code is its category's code and two digits, e.g. %1.")
                                            .arg(category.parentCode + u"01"_s)});
    const QString name = category.name.trimmed();
    if (name.isEmpty() || name.size() > 50)
        errors.append({u"name"_s, tr("Enter the category's name, 1 to 50 characters.")});
    return errors;
}

QList<FieldError> AdminValidator::validate(const domain::ReviewPolicy &policy)
{
    QList<FieldError> errors;
    if (policy.levels < 1 || policy.levels > MaxReviewLevels)
        errors.append({u"levels"_s, tr("A site has 1 to %1 review levels.").arg(MaxReviewLevels)});
    return errors;
}

} // namespace pd::admin
