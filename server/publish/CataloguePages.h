#pragma once
#include "app/domain/Error.h"
#include "server/publish/PublicPage.h"

#include <QList>
#include <QString>

namespace pd::server {

class PageContext;

/// The 政府信息公开目录: the index by 主题分类 with counts and the newest documents, and one paginated listing per
/// category.
class CataloguePages
{
public:
    explicit CataloguePages(const PageContext &context) : m_context(context) {}

    [[nodiscard]] Result<PublicPage> index() const;
    /// Every page of one topic category; empty when the category holds no published item.
    [[nodiscard]] Result<QList<PublicPage>> category(const QString &code) const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
