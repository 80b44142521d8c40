#pragma once
#include "app/domain/Error.h"
#include "server/publish/PublicPage.h"

#include <QJsonObject>
#include <QList>

namespace pd::server {

class PageContext;

/// A live event's public page and the feed.json its script polls, from the live back end's public view of the
/// event (see LiveEventSource for its shape).
class LivePages
{
public:
    explicit LivePages(const PageContext &context) : m_context(context) {}

    /// `/live/{id}/index.html` and `/live/{id}/feed.json`.
    [[nodiscard]] Result<QList<PublicPage>> build(const QJsonObject &event) const;

private:
    const PageContext &m_context;
};

} // namespace pd::server
