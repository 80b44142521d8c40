#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "server/publish/PublicPage.h"

namespace pd::server {

class PageContext;

/// A 专题's page: banner introduction and its sections of referenced items — only those published now, so a
/// withdrawn item vanishes from every feature that referenced it.
class FeaturePage
{
public:
    explicit FeaturePage(const PageContext &context) : m_context(context) {}

    [[nodiscard]] Result<PublicPage> build(const domain::Item &feature) const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
