#pragma once
#include "app/domain/Error.h"
#include "server/publish/LivePublicView.h"
#include "server/publish/PublicPage.h"

#include <QList>

namespace pd::server {

class PageContext;

/// A live event's public page and the feed.json its script polls, from the live back end's public view of the
/// event (LivePublicView).
class LivePages
{
public:
    explicit LivePages(const PageContext &context) : m_context(context) {}

    /// `/live/{id}/index.html` and `/live/{id}/feed.json`.
    [[nodiscard]] Result<QList<PublicPage>> build(const LivePublicView &view) const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
