#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "server/publish/PublicPage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantHash>

namespace pd::server {

class PageContext;

/// Every page of a column: index.html with the newest PageSize entries, then the older ones on page-1.html (the
/// oldest), page-2.html, … — numbered from the oldest so that a new item changes the front page and the newest
/// archive page only, not every page behind it.
class ColumnPages
{
public:
    /// What each listing page was last rendered from (a hash by path): a page whose inputs hash the same is not
    /// rendered again — with 100,000 items a publish would otherwise re-render thousands of column pages.
    using PageKeys = QHash<QString, size_t>;

    explicit ColumnPages(const PageContext &context) : m_context(context) {}

    /// With `keys`, pages whose inputs did not change come back `unchanged` (not rendered) and `keys` is updated
    /// for the others.
    [[nodiscard]] Result<QList<PublicPage>> build(qint64 columnId, PageKeys *keys = nullptr) const;
    /// Records in `keys` what each page of the column would be rendered from now, without rendering. Returns the
    /// number of pages.
    qsizetype keysOnly(qint64 columnId, PageKeys &keys) const;

private:
    /// One entry of a column listing: an item (linked lazily) or a ready link, with the hash of what it shows.
    struct Listed {
        size_t key = 0;
        const domain::Item *item = nullptr;
        QVariantHash link;
    };
    [[nodiscard]] Result<QList<PublicPage>> pages(qint64 columnId, PageKeys *keys, bool keysOnly) const;
    [[nodiscard]] Result<QList<PublicPage>> archived(const QString &dir, const QVariantHash &context,
                                                     const QList<Listed> &entries, const QVariantList &meta,
                                                     PageKeys *keys, bool keysOnly) const;

    const PageContext &m_context;
};

} // namespace pd::server
