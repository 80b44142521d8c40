#pragma once
#include "app/domain/LivePost.h"
#include "plugins/api/PanelHost.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pd::livebroadcast {

/// The posts of one live event as the desk sees them: the portal's posts in seq order (live from the stream),
/// followed by the posts still in the outbox, each with its state (queued, sending, waiting for review, live,
/// needs attention, rejected, retracted), the speaker, pin, the correction note, and in reviewed mode who has
/// approved it and which review groups are still awaited.
class LiveTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTimelineModel)
    /// The day the time column counts as today (tests set it through the property; default: the current date).
    Q_PROPERTY(QDate today READ today WRITE setToday)

public:
    enum class State { Queued, Sending, WaitingForReview, Live, NeedsAttention, Rejected, Retracted };
    Q_ENUM(State)
    enum Column { TimeColumn, StateColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, PostIdRole, OutboxIdRole, RevisionRole, PinnedRole, TextRole, SeqRole,
                /// stable text for tools and tests: queued, sending, review, live, attention, rejected, retracted
                StateCodeRole,
                PhotosRole,
                /// "who (group)" of each approval of the current review round (QStringList)
                ApprovalsRole,
                /// the review groups still awaited (QStringList); empty when nothing waits for review
                AwaitingRole };

    struct Row {
        qint64 outboxId = 0; ///< the outbox entry that creates it, while it is not delivered
        qint64 postId = 0;
        qint64 seq = 0;
        qint64 revision = 0;
        qint64 authorId = 0;
        State state = State::Queued;
        QString text;
        QString speaker;
        QString author;
        QString correctionNote;
        QString problem; ///< why it needs attention, was rejected or retracted
        int photos = 0;
        bool pinned = false;
        QDateTime time;
        QList<domain::LiveApproval> approvals;
        QStringList awaiting;
        /// A correction or retraction of this published post waits for review (its note, or empty).
        std::optional<domain::LivePost::Change> pendingChange;

        /// Whether the post waits for a review decision: its own, or that of a change of it.
        [[nodiscard]] bool inReview() const { return state == State::WaitingForReview || pendingChange.has_value(); }
        /// "郑雅琴（门户）", one per approval.
        [[nodiscard]] QStringList approvalNames() const;
    };

    explicit LiveTimelineModel(QObject *parent = nullptr);

    /// Starts over with the portal's posts of an event (any order; sorted by seq).
    void reset(qint64 eventId, const QList<domain::LivePost> &posts);
    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    /// A post from the portal (stream or an answer): inserted in seq order or updated in place.
    void applyPost(const domain::LivePost &post);
    /// An outbox entry of this event changed state. Creates are shown as their own rows until delivered;
    /// corrections and transitions mark their post when they need attention.
    void applyOutbox(const plugins::OutboxEntryInfo &entry);

    [[nodiscard]] const Row &row(int index) const { return m_rows.at(index); }
    [[nodiscard]] QDate today() const;
    void setToday(QDate day);
    /// Whether a post of another day than today is listed: its time then carries its date.
    [[nodiscard]] bool showsDates() const;
    [[nodiscard]] int indexOfPost(qint64 postId) const;
    [[nodiscard]] int countInState(State state) const;
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static State stateOfPost(const domain::LivePost &post);
    /// A review group's name for display (the single-moderator group by its role).
    [[nodiscard]] static QString groupName(const QString &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static Row rowFromPost(const domain::LivePost &post);
    [[nodiscard]] int insertPosition(qint64 seq) const;
    void place(Row row);
    void removeAt(int index);
    void changed(int index);

    /// A post's time for the time column: the time alone today, with its date on any other day (an event that
    /// runs past midnight, a timeline read the morning after).
    [[nodiscard]] QString timeText(const QDateTime &time) const;

    qint64 m_eventId = 0;
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace pd::livebroadcast
