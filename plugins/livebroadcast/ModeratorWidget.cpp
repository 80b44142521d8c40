#include "plugins/livebroadcast/ModeratorWidget.h"

#include "plugins/livebroadcast/LiveDesk.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {
constexpr int KindRole = Qt::UserRole + 1; // "post" or "comment"
constexpr int IdRole = Qt::UserRole + 2;
// Moving down from the keyboard asks for the next page this many rows before the end, so it rarely waits for it.
constexpr int NearEndRows = 10;
} // namespace

ModeratorWidget::ModeratorWidget(LiveDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_counts(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(u"liveModerator"_s);
    m_counts->setObjectName(u"moderatorCounts"_s);
    m_filter->setObjectName(u"commentFilter"_s);
    m_filter->addItem(tr("Pending comments"), int(LiveCommentQueue::Filter::Pending));
    m_filter->addItem(tr("Approved comments"), int(LiveCommentQueue::Filter::Approved));
    m_filter->addItem(tr("Hidden comments"), int(LiveCommentQueue::Filter::Hidden));
    m_filter->addItem(tr("All comments"), int(LiveCommentQueue::Filter::All));
    m_search->setObjectName(u"commentSearch"_s);
    m_search->setPlaceholderText(tr("Search comments (text or name)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"moderatorList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    m_reason->setObjectName(u"rejectReason"_s);
    m_reason->setText(tr("Does not meet the publication requirements"));
    auto *help = new QLabel(tr("A approve · H reject post / hide comment · J next · K previous"), this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_search, 1);
    help->setStyleSheet(u"color: #555;"_s);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason for rejecting:"), this));
    reasonRow->addWidget(m_reason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(help);

    // Several stream events arrive together: rebuild once they are in.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ModeratorWidget::rebuild);
    const auto soon = [later] { later->start(); };
    connect(&m_desk.timeline(), &QAbstractItemModel::dataChanged, this, soon);
    connect(&m_desk.timeline(), &QAbstractItemModel::rowsInserted, this, soon);
    connect(&m_desk.timeline(), &QAbstractItemModel::rowsRemoved, this, soon);
    connect(&m_desk.timeline(), &QAbstractItemModel::modelReset, this, soon);
    LiveCommentQueue &comments = m_desk.comments();
    connect(&comments, &LiveCommentQueue::changed, this, soon);
    // The counts of what waits come with the event's figures: fetched again soon after the comments change, once
    // for a burst of them.
    m_countsDelay.setSingleShot(true);
    m_countsDelay.setInterval(1000);
    connect(&m_countsDelay, &QTimer::timeout, &m_desk, &LiveDesk::reloadStats);
    connect(&comments, &LiveCommentQueue::changed, &m_countsDelay, [this] {
        if (!m_countsDelay.isActive())
            m_countsDelay.start();
    });
    connect(&m_desk, &LiveDesk::statsChanged, this, &ModeratorWidget::updateCounts);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this, &comments] {
        comments.setFilter(LiveCommentQueue::Filter(m_filter->currentData().toInt()));
    });
    // A search per pause in typing, not per key.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this, &comments] { comments.setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, &comments] {
        m_searchDelay.stop();
        comments.setSearch(m_search->text());
        m_list->setFocus();
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ModeratorWidget::loadMoreIfNearEnd);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ModeratorWidget::loadMoreIfNearEnd);
    rebuild();
}

void ModeratorWidget::rebuild()
{
    // Keep the reviewer's place: the same item stays current when the list changes around it.
    const QListWidgetItem *current = m_list->currentItem();
    const QString currentKey =
        current ? current->data(KindRole).toString() + current->data(IdRole).toString() : QString();
    const int currentRowBefore = m_list->currentRow();
    // And the place in the list: a page arriving below must not throw the view back to the top.
    const int scrolled = m_list->verticalScrollBar()->value();
    // Emptied, the list has no end: the scroll bar's signals mean nothing until it is filled again.
    m_rebuilding = true;
    m_list->clear();
    int posts = 0;
    const LiveTimelineModel &timeline = m_desk.timeline();
    for (int i = 0; i < timeline.rowCount(); ++i) {
        const auto &row = timeline.row(i);
        if (!row.inReview() || row.postId == 0)
            continue;
        ++posts;
        const QString speaker = row.speaker.isEmpty() ? QString() : u"【%1】"_s.arg(row.speaker);
        QString text = tr("Post by %1: %2%3").arg(row.author, speaker, row.text);
        if (row.pendingChange) {
            text += row.pendingChange->kind == domain::LivePost::Change::Kind::Retraction
                ? tr(" — %1 asks to retract it: %2").arg(row.pendingChange->requestedByName, row.pendingChange->note)
                : tr(" — %1 corrects it to: %2 (%3)")
                      .arg(row.pendingChange->requestedByName, row.pendingChange->text, row.pendingChange->note);
        }
        // In joint review each desk sees who has approved already and which groups are still awaited.
        if (!row.approvals.isEmpty())
            text += tr(" · Approved by %1").arg(row.approvalNames().join(tr(", ")));
        if (!row.awaiting.isEmpty()) {
            QStringList groups;
            for (const QString &g : row.awaiting)
                groups.append(LiveTimelineModel::groupName(g));
            text += tr(" · Awaiting %1").arg(groups.join(tr(", ")));
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(KindRole, u"post"_s);
        item->setData(IdRole, row.postId);
    }
    const LiveCommentQueue &queue = m_desk.comments();
    const bool everyState = queue.filter() == LiveCommentQueue::Filter::All;
    for (const domain::LiveComment &c : queue.items()) {
        QString text = tr("Comment by %1: %2").arg(c.name.isEmpty() ? tr("a reader") : c.name, c.text);
        if (everyState && c.state == domain::LiveComment::State::Approved)
            text = tr("[approved] %1").arg(text);
        else if (everyState && c.state == domain::LiveComment::State::Hidden)
            text = tr("[hidden] %1").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(KindRole, u"comment"_s);
        item->setData(IdRole, c.id);
    }
    m_postsWaiting = posts;
    m_shownComments = queue.items().size();
    updateCounts();
    int select = -1;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(KindRole).toString() + m_list->item(i)->data(IdRole).toString() == currentKey)
            select = i;
    if (select < 0 && m_list->count() > 0)
        select = std::clamp(currentRowBefore, 0, m_list->count() - 1);
    m_list->doItemsLayout(); // the scroll bar's range now, not at the next turn of the event loop
    m_list->setCurrentRow(select);
    m_list->verticalScrollBar()->setValue(scrolled);
    m_rebuilding = false;
    loadMoreIfNearEnd();
}

void ModeratorWidget::updateCounts()
{
    // What waits on the server, not what is loaded: the list loads the rest as it scrolls. When the list holds every
    // pending comment it knows the figure itself, sooner than the event's figures catch up.
    const LiveCommentQueue &queue = m_desk.comments();
    const bool holdsAllPending = m_desk.canModerate() && queue.filter() == LiveCommentQueue::Filter::Pending
        && queue.search().isEmpty() && !queue.hasMore() && !queue.isLoading();
    const qint64 pending = holdsAllPending ? qint64(queue.items().size()) : m_desk.stats().commentsPending;
    QString counts = tr("Waiting: %1 posts, %2 comments").arg(m_postsWaiting).arg(pending);
    counts += u" · "_s + tr("%n comment(s) shown", nullptr, int(queue.items().size()));
    if (queue.hasMore())
        counts += u" · "_s + tr("more below");
    m_counts->setText(counts);
}

void ModeratorWidget::move(int delta)
{
    if (m_list->count() == 0)
        return;
    m_list->setCurrentRow(std::clamp(m_list->currentRow() + delta, 0, m_list->count() - 1));
    // Moving down from the keyboard reaches the end of what is loaded before the scroll bar does.
    if (m_list->currentRow() >= m_list->count() - NearEndRows)
        m_desk.comments().fetchMore();
}

void ModeratorWidget::loadMoreIfNearEnd()
{
    // A list nobody sees has no end to scroll to (and no size yet): it loads when it is shown and scrolled.
    if (m_rebuilding || !m_list->isVisible())
        return;
    // A page that arrived but is not in the list yet: its end is not the end.
    if (m_shownComments != m_desk.comments().items().size())
        return;
    const QScrollBar *bar = m_list->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep())
        m_desk.comments().fetchMore();
}

void ModeratorWidget::approveCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == u"post")
        m_desk.moderatePost(id, domain::LivePostAction::Approve);
    else
        m_desk.comments().moderate(id, domain::LiveComment::Action::Approve);
}

void ModeratorWidget::hideCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == u"post")
        m_desk.moderatePost(id, domain::LivePostAction::Reject, m_reason->text().trimmed());
    else
        m_desk.comments().moderate(id, domain::LiveComment::Action::Hide);
}

bool ModeratorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_A:
            approveCurrent();
            return true;
        case Qt::Key_H:
            hideCurrent();
            return true;
        case Qt::Key_J:
            move(1);
            return true;
        case Qt::Key_K:
            move(-1);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::livebroadcast
