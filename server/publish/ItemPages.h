#pragma once
#include <QList>
#include <QString>

namespace pd::server {

/// Which public pages show an item right now — asked before a withdrawal so the person confirming sees what will
/// change. Implemented by PublicSite (one site) and PublicSites (all of them); the HTTP layer only needs this view.
class ItemPages
{
public:
    struct Page {
        QString url;   ///< path below the public site, e.g. /columns/12/ or /items/7.html
        QString title; ///< the page's title as readers see it
        QString kind;  ///< item | column | home | feature | catalogue | traditional
    };

    virtual ~ItemPages() = default;
    /// The pages that list or show `itemId` now (empty when it is not public).
    [[nodiscard]] virtual QList<Page> pagesOf(qint64 itemId) const = 0;
};

} // namespace pd::server
