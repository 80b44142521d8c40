#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "server/publish/PublicPage.h"

namespace pd::server {

class PageContext;

/// The page of a published news or disclosure item: its body, attachments, the disclosure metadata table with its
/// validity note, the features referencing it, and the article's 网页设计规范 meta tags.
class ItemPage
{
public:
    explicit ItemPage(const PageContext &context) : m_context(context) {}

    [[nodiscard]] Result<PublicPage> build(const domain::Item &item) const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
