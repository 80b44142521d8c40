#include "plugins/livebroadcast/LiveTimelineModel.h"

#include "app/domain/LiveApiPaths.h"
#include "app/domain/LivePostInput.h"
#include "app/domain/LiveReview.h"

#include <QColor>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

/// The post a correction or transition entry is about; 0 for others.
qint64 targetPost(const QString &path)
{
    return domain::LiveApiPaths::postOf(path);
}

bool isCreate(const plugins::OutboxEntryInfo &entry)
{
    return entry.verb == "POST" && domain::LiveApiPaths::isPostsOfEvent(entry.path);
}

} // namespace

LiveTimelineModel::LiveTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LiveTimelineModel::State LiveTimelineModel::stateOfPost(const domain::LivePost &post)
{
    switch (post.state) {
    case domain::LivePostState::Pending:
        return State::WaitingForReview;
    case domain::LivePostState::Rejected:
        return State::Rejected;
    case domain::LivePostState::Retracted:
        return State::Retracted;
    case domain::LivePostState::Published:
        break;
    }
    return State::Live;
}

QString LiveTimelineModel::groupName(const QString &group)
{
    return group == domain::LiveReview::ModeratorGroup ? tr("live moderators") : group;
}

QStringList LiveTimelineModel::Row::approvalNames() const
{
    QStringList names;
    for (const domain::LiveApproval &a : approvals)
        names.append(LiveTimelineModel::tr("%1 (%2)").arg(a.userName, groupName(a.group)));
    return names;
}

LiveTimelineModel::Row LiveTimelineModel::rowFromPost(const domain::LivePost &post)
{
    Row r;
    r.postId = post.id;
    r.seq = post.seq;
    r.revision = post.revision;
    r.state = stateOfPost(post);
    r.text = post.text;
    r.speaker = post.speaker;
    r.author = post.createdByName;
    r.authorId = post.createdBy;
    r.correctionNote = post.correctionNote;
    r.problem = post.reason;
    r.photos = int(post.photos.size());
    r.pinned = post.pinned;
    r.time = post.createdAt;
    r.approvals = post.approvals;
    r.awaiting = post.awaiting;
    r.pendingChange = post.pendingChange;
    return r;
}

void LiveTimelineModel::reset(qint64 eventId, const QList<domain::LivePost> &posts)
{
    beginResetModel();
    m_eventId = eventId;
    m_rows.clear();
    for (const domain::LivePost &p : posts)
        m_rows.append(rowFromPost(p));
    std::ranges::stable_sort(m_rows, {}, &Row::seq);
    endResetModel();
}

int LiveTimelineModel::insertPosition(qint64 seq) const
{
    // Delivered posts in seq order, then what is still in the outbox.
    int i = 0;
    while (i < m_rows.size() && m_rows.at(i).postId != 0 && m_rows.at(i).seq < seq)
        ++i;
    return i;
}

void LiveTimelineModel::place(Row row)
{
    const int at = row.postId != 0 ? insertPosition(row.seq) : int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void LiveTimelineModel::removeAt(int index)
{
    beginRemoveRows({}, index, index);
    m_rows.removeAt(index);
    endRemoveRows();
}

void LiveTimelineModel::changed(int index)
{
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int LiveTimelineModel::indexOfPost(qint64 postId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).postId == postId)
            return i;
    return -1;
}

void LiveTimelineModel::applyPost(const domain::LivePost &post)
{
    if (post.eventId != m_eventId)
        return;
    Row incoming = rowFromPost(post);
    if (incoming.postId == 0)
        return;
    const int at = indexOfPost(incoming.postId);
    if (at < 0) {
        place(std::move(incoming));
        return;
    }
    Row &existing = m_rows[at];
    // The stream and the outbox's answer can arrive in either order: never go back to an older revision.
    if (incoming.revision < existing.revision)
        return;
    // A change of ours that the portal refused (a stale correction) stays in sight until someone retries or gives
    // it up, even as newer versions of the post arrive.
    if (existing.state == State::NeedsAttention && existing.outboxId != 0) {
        incoming.state = State::NeedsAttention;
        incoming.outboxId = existing.outboxId;
        incoming.problem = existing.problem;
    } else {
        incoming.outboxId = 0;
    }
    existing = std::move(incoming);
    changed(at);
}

void LiveTimelineModel::applyOutbox(const plugins::OutboxEntryInfo &entry)
{
    const bool delivered = entry.state == plugins::OutboxState::Live
        || entry.state == plugins::OutboxState::WaitingForReview;
    if (isCreate(entry)) {
        int at = -1;
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).outboxId == entry.id)
                at = i;
        if (delivered) {
            if (at >= 0)
                removeAt(at);
            applyPost(domain::LivePost::fromJson(entry.result));
            return;
        }
        if (at < 0) {
            Row r;
            r.outboxId = entry.id;
            const domain::LivePostInput input = domain::LivePostInput::fromJson(entry.body);
            r.text = input.text;
            r.speaker = input.speaker;
            r.photos = int(input.mediaIds.size());
            r.time = entry.createdAt;
            place(std::move(r));
            at = int(m_rows.size()) - 1;
        }
        Row &r = m_rows[at];
        r.state = entry.state == plugins::OutboxState::Sending ? State::Sending
            : entry.state == plugins::OutboxState::NeedsAttention ? State::NeedsAttention
                                                                   : State::Queued;
        r.problem = entry.state == plugins::OutboxState::NeedsAttention ? entry.error : QString();
        changed(at);
        return;
    }
    // A correction, pin or retraction of a delivered post.
    const qint64 postId = targetPost(entry.path);
    const int at = indexOfPost(postId);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    const domain::LivePost answer = domain::LivePost::fromJson(entry.result);
    if (delivered && answer.id == postId) {
        if (row.outboxId == entry.id) { // a retried change went through: the post is itself again
            row.outboxId = 0;
            row.problem.clear();
            row.state = stateOfPost(answer);
            changed(at);
        }
        applyPost(answer);
    } else if (row.outboxId == entry.id && (entry.state == plugins::OutboxState::Queued
                                            || entry.state == plugins::OutboxState::Sending)) {
        row.state = entry.state == plugins::OutboxState::Sending ? State::Sending : State::Queued;
        row.problem.clear();
        changed(at);
    } else if (entry.state == plugins::OutboxState::NeedsAttention) {
        m_rows[at].state = State::NeedsAttention;
        m_rows[at].problem = entry.error;
        m_rows[at].outboxId = entry.id;
        changed(at);
    }
}

int LiveTimelineModel::countInState(State state) const
{
    return int(std::ranges::count(m_rows, state, &Row::state));
}

QString LiveTimelineModel::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Sending:
        return tr("Sending");
    case State::WaitingForReview:
        return tr("Waiting for review");
    case State::Live:
        return tr("Live");
    case State::NeedsAttention:
        return tr("Needs attention");
    case State::Rejected:
        return tr("Rejected");
    case State::Retracted:
        return tr("Retracted");
    }
    return {};
}

QString LiveTimelineModel::stateCode(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Sending:
        return u"sending"_s;
    case State::WaitingForReview:
        return u"review"_s;
    case State::Live:
        return u"live"_s;
    case State::NeedsAttention:
        return u"attention"_s;
    case State::Rejected:
        return u"rejected"_s;
    case State::Retracted:
        return u"retracted"_s;
    }
    return {};
}

QDate LiveTimelineModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void LiveTimelineModel::setToday(QDate day)
{
    m_today = day;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

bool LiveTimelineModel::showsDates() const
{
    const QDate day = today();
    return std::ranges::any_of(m_rows, [&](const Row &r) { return r.time.isValid() && r.time.toLocalTime().date() != day; });
}

QString LiveTimelineModel::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.date() == today() ? QLocale().toString(local.time(), u"HH:mm:ss"_s)
                                   : QLocale().toString(local, u"MM-dd HH:mm:ss"_s);
}

int LiveTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r.time);
        case StateColumn: {
            QString state = r.pinned ? tr("%1 · pinned").arg(stateName(r.state)) : stateName(r.state);
            if (r.pendingChange)
                state += r.pendingChange->kind == domain::LivePost::Change::Kind::Retraction
                    ? tr(" · retraction in review")
                    : tr(" · correction in review");
            return state;
        }
        case SpeakerColumn:
            return r.speaker;
        case TextColumn: {
            QString text = r.text;
            if (r.photos > 0)
                text += tr(" [%n photo(s)]", nullptr, r.photos);
            if (!r.correctionNote.isEmpty())
                text += tr(" (Correction: %1)").arg(r.correctionNote);
            if (!r.problem.isEmpty())
                text += u" — "_s + r.problem;
            if (r.pendingChange && r.pendingChange->kind == domain::LivePost::Change::Kind::Correction)
                text += tr(" (Correction in review: %1 — %2)").arg(r.pendingChange->text, r.pendingChange->note);
            // Who has decided and who is still awaited, as the people at the desk ask it.
            if (!r.approvals.isEmpty() && (r.inReview() || r.state == State::Live))
                text += tr(" · Approved by %1").arg(r.approvalNames().join(tr(", ")));
            if (!r.awaiting.isEmpty()) {
                QStringList groups;
                for (const QString &g : r.awaiting)
                    groups.append(groupName(g));
                text += tr(" · Awaiting %1").arg(groups.join(tr(", ")));
            }
            return text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && r.time.isValid())
            return QLocale().toString(r.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        // The whole line, review included: the text column is often narrower than the post.
        return data(this->index(index.row(), TextColumn), Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        switch (r.state) {
        case State::NeedsAttention:
        case State::Rejected:
            return QColor(0xb3, 0x26, 0x1e);
        case State::Live:
            return QColor(0x1e, 0x7b, 0x34);
        case State::WaitingForReview:
            return QColor(0x8a, 0x4b, 0x00);
        default:
            return QColor(0x55, 0x55, 0x55);
        }
    case StateRole:
        return QVariant::fromValue(r.state);
    case PostIdRole:
        return r.postId;
    case OutboxIdRole:
        return r.outboxId;
    case RevisionRole:
        return r.revision;
    case PinnedRole:
        return r.pinned;
    case TextRole:
        return r.text;
    case SeqRole:
        return r.seq;
    case StateCodeRole:
        return stateCode(r.state);
    case PhotosRole:
        return r.photos;
    case ApprovalsRole:
        return r.approvalNames();
    case AwaitingRole:
        return r.awaiting;
    default:
        return {};
    }
}

QVariant LiveTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StateColumn:
        return tr("State");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Post");
    default:
        return {};
    }
}

} // namespace pd::livebroadcast
