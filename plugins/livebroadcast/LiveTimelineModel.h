#pragma once
#include "plugins/api/PanelHost.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pd::livebroadcast {

/// The posts of one live event as the desk sees them: the portal's posts in seq order (live from the stream),
/// followed by the posts still in the outbox, each with its state (queued, sending, waiting for review, live,
/// needs attention, rejected, retracted), the speaker, pin, and the correction note.
class LiveTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTimelineModel)

public:
    enum class State { Queued, Sending, WaitingForReview, Live, NeedsAttention, Rejected, Retracted };
    Q_ENUM(State)
    enum Column { TimeColumn, StateColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, PostIdRole, OutboxIdRole, RevisionRole, PinnedRole, TextRole, SeqRole,
                /// stable text for tools and tests: queued, sending, review, live, attention, rejected, retracted
                StateCodeRole,
                PhotosRole };

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
    };

    explicit LiveTimelineModel(QObject *parent = nullptr);

    /// Starts over with the portal's posts of an event (any order; sorted by seq).
    void reset(qint64 eventId, const QList<QJsonObject> &posts);
    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    /// A post from the portal (stream or an answer): inserted in seq order or updated in place.
    void applyPost(const QJsonObject &post);
    /// An outbox entry of this event changed state. Creates are shown as their own rows until delivered;
    /// corrections and transitions mark their post when they need attention.
    void applyOutbox(const plugins::OutboxEntryInfo &entry);

    [[nodiscard]] const Row &row(int index) const { return m_rows.at(index); }
    [[nodiscard]] int indexOfPost(qint64 postId) const;
    [[nodiscard]] int countInState(State state) const;
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static State stateOfPost(const QJsonObject &post);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static Row rowFromPost(const QJsonObject &post);
    [[nodiscard]] int insertPosition(qint64 seq) const;
    void place(Row row);
    void removeAt(int index);
    void changed(int index);

    qint64 m_eventId = 0;
    QList<Row> m_rows;
};

} // namespace pd::livebroadcast
