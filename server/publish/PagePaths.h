#pragma once
#include "app/domain/Item.h"

#include <QString>

namespace pd::server {

/// Where each public page lives: its file below a site's web root and the URL path readers use for it.
class PagePaths
{
public:
    [[nodiscard]] static QString itemPath(qint64 id);
    [[nodiscard]] static QString columnDir(qint64 id);
    [[nodiscard]] static QString featureDir(const QString &slug);
    [[nodiscard]] static QString disclosureDir(const QString &code);
    [[nodiscard]] static QString liveDir(qint64 id);
    [[nodiscard]] static QString columnUrl(qint64 id);
    [[nodiscard]] static QString liveUrl(qint64 id);
    [[nodiscard]] static QString disclosureUrl(const QString &code);
    /// index.html for the first page of a listing, page-N.html after it.
    [[nodiscard]] static QString pageFileName(int page);
    /// Whether a feature slug can become a directory name (the slug rule of ItemFeature).
    [[nodiscard]] static bool isUsableSlug(const QString &slug);
    /// The URL path at which a published item is read.
    [[nodiscard]] static QString publicUrlOf(const domain::Item &item);
};

} // namespace pd::server
