#pragma once
#include "app/domain/Error.h"
#include "server/publish/PublicPage.h"

namespace pd::server {

class PageContext;

/// The site's home page: the newest items of each top column, 专题专栏, 政府信息公开 and 网络直播.
class HomePage
{
public:
    explicit HomePage(const PageContext &context) : m_context(context) {}

    [[nodiscard]] Result<PublicPage> build() const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
