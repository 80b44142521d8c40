#include "plugins/livebroadcast/LiveCommentQueue.h"

#include "app/domain/ListPage.h"

#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

QString stateCode(LiveCommentQueue::Filter filter)
{
    switch (filter) {
    case LiveCommentQueue::Filter::Pending:
        return domain::LiveComment::stateCode(domain::LiveComment::State::Pending);
    case LiveCommentQueue::Filter::Approved:
        return domain::LiveComment::stateCode(domain::LiveComment::State::Approved);
    case LiveCommentQueue::Filter::Hidden:
        return domain::LiveComment::stateCode(domain::LiveComment::State::Hidden);
    case LiveCommentQueue::Filter::All:
        break;
    }
    return {};
}

} // namespace

LiveCommentQueue::LiveCommentQueue(plugins::PanelHost &host, QObject *parent)
    : QObject(parent), m_host(host)
{
    m_token = m_host.subscribe({u"live.comment"_s}, [this](qint64, const QString &, const QJsonObject &payload) {
        const domain::LiveComment comment = domain::LiveComment::fromJson(payload);
        if (m_eventId != 0 && comment.eventId == m_eventId)
            apply(comment);
    });
}

LiveCommentQueue::~LiveCommentQueue()
{
    m_host.unsubscribe(m_token);
}

void LiveCommentQueue::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    reload();
}

void LiveCommentQueue::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void LiveCommentQueue::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void LiveCommentQueue::reload()
{
    ++m_generation; // answers to what was asked before are of no use now
    m_items.clear();
    m_cursor.clear();
    m_loading = false;
    Q_EMIT changed();
    if (m_eventId != 0)
        request({});
}

void LiveCommentQueue::fetchMore()
{
    if (m_loading || m_cursor.isEmpty() || m_eventId == 0)
        return;
    request(m_cursor);
}

void LiveCommentQueue::request(const QString &cursor)
{
    m_loading = true;
    QPointer self(this);
    const int generation = m_generation;
    m_host.liveComments(m_eventId, stateCode(m_filter), m_search, cursor, PageSize,
                        [self, generation](Result<domain::ListPage<domain::LiveComment>> page) {
                            if (!self || generation != self->m_generation)
                                return;
                            self->m_loading = false;
                            if (!page) {
                                Q_EMIT self->failed(page.error().message);
                                Q_EMIT self->changed();
                                return;
                            }
                            // A comment that came over the stream while the page was on its way is there already.
                            for (const domain::LiveComment &c : std::as_const(page->items))
                                if (std::ranges::none_of(self->m_items, [&](const auto &have) { return have.id == c.id; }))
                                    self->m_items.append(c);
                            self->m_cursor = page->nextCursor;
                            Q_EMIT self->changed();
                        });
}

bool LiveCommentQueue::matches(const domain::LiveComment &comment) const
{
    if (m_filter != Filter::All && stateCode(m_filter) != domain::LiveComment::stateCode(comment.state))
        return false;
    return m_search.isEmpty() || comment.text.contains(m_search, Qt::CaseInsensitive)
        || comment.name.contains(m_search, Qt::CaseInsensitive);
}

void LiveCommentQueue::apply(const domain::LiveComment &comment)
{
    const auto at = std::ranges::find_if(m_items, [&](const auto &c) { return c.id == comment.id; });
    if (!matches(comment)) {
        if (at == m_items.end())
            return;
        m_items.erase(at);
    } else if (at != m_items.end()) {
        *at = comment;
    } else {
        // Newest first; one older than everything loaded belongs to a page not fetched yet.
        const auto before = std::ranges::find_if(m_items, [&](const auto &c) { return c.id < comment.id; });
        if (before == m_items.end() && hasMore())
            return;
        m_items.insert(before, comment);
    }
    Q_EMIT changed();
}

void LiveCommentQueue::moderate(qint64 commentId, domain::LiveComment::Action action)
{
    QPointer self(this);
    m_host.transitionLiveComment(commentId, action, [self](Result<domain::LiveComment> r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(r.error().message);
            return;
        }
        self->apply(*r);
    });
}

} // namespace pd::livebroadcast
