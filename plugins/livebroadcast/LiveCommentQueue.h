#pragma once
#include "app/domain/LiveComment.h"
#include "plugins/api/PanelHost.h"

#include <QList>
#include <QObject>
#include <QString>

namespace pd::livebroadcast {

/// The moderators' list of one event's public comments, however many (an interview gathers thousands): fetched a
/// page at a time, newest first, as the list is scrolled; narrowed to one state (pending by default) and to a
/// search in the text or the name; comments that arrive or change over the stream join, move or leave it as they
/// match; approve and hide. Free of widgets: ModeratorWidget renders it.
class LiveCommentQueue : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCommentQueue)

public:
    enum class Filter { Pending, Approved, Hidden, All };
    static constexpr int PageSize = 50;

    explicit LiveCommentQueue(plugins::PanelHost &host, QObject *parent = nullptr);
    ~LiveCommentQueue() override;

    /// Starts over for another event (0: none).
    void setEvent(qint64 eventId);
    void setFilter(Filter filter);
    /// Comments whose text or name contains `text` (case-insensitive, as the server searches); empty: all.
    void setSearch(const QString &text);
    [[nodiscard]] Filter filter() const { return m_filter; }
    [[nodiscard]] const QString &search() const { return m_search; }

    [[nodiscard]] const QList<domain::LiveComment> &items() const { return m_items; }
    /// More comments wait on the server beyond those loaded.
    [[nodiscard]] bool hasMore() const { return !m_cursor.isEmpty(); }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    /// The first page again (the filter or search changed, or the list may be stale).
    void reload();
    /// The next page, when there is one and none is on its way.
    void fetchMore();
    void moderate(qint64 commentId, domain::LiveComment::Action action);

Q_SIGNALS:
    void changed();
    /// Something asked for failed (translated, ready to show).
    void failed(const QString &message);

private:
    void request(const QString &cursor);
    [[nodiscard]] bool matches(const domain::LiveComment &comment) const;
    /// Puts a comment the server reported in its place (newest first), or takes it out when it no longer matches.
    void apply(const domain::LiveComment &comment);

    plugins::PanelHost &m_host;
    plugins::PanelHost::Token m_token = 0;
    qint64 m_eventId = 0;
    Filter m_filter = Filter::Pending;
    QString m_search;
    QList<domain::LiveComment> m_items;
    QString m_cursor;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace pd::livebroadcast
