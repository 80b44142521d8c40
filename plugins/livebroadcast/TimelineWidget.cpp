#include "plugins/livebroadcast/TimelineWidget.h"

#include "plugins/livebroadcast/CorrectionDialog.h"
#include "plugins/livebroadcast/LiveDesk.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

using State = LiveTimelineModel::State;

TimelineWidget::TimelineWidget(LiveDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_view(new QTreeView(this))
    , m_correct(new QPushButton(tr("Correct…"), this))
    , m_retract(new QPushButton(tr("Retract…"), this))
    , m_pin(new QPushButton(tr("Pin"), this))
    , m_retry(new QPushButton(tr("Send again"), this))
    , m_discard(new QPushButton(tr("Give up"), this))
{
    setObjectName(u"liveTimeline"_s);
    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(&m_desk.timeline());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    // 内容 is what the desk is about: the other columns take what their text needs (a time, a state, a name of a
    // few characters) and leave it the rest, also at a reporter's narrow layout.
    const int em = m_view->fontMetrics().horizontalAdvance(u"审"_s);
    m_view->header()->setMinimumSectionSize(2 * em);
    m_view->header()->resizeSection(LiveTimelineModel::TimeColumn, m_view->fontMetrics().horizontalAdvance(u"00:00:00"_s) + em);
    // Posts of another day carry their date: the time column widens for it once there are any.
    const auto fitTime = [this, em] {
        if (m_desk.timeline().showsDates())
            m_view->header()->resizeSection(LiveTimelineModel::TimeColumn,
                                            std::max(m_view->header()->sectionSize(LiveTimelineModel::TimeColumn),
                                                     m_view->fontMetrics().horizontalAdvance(u"00-00 00:00:00"_s) + em));
    };
    connect(&m_desk.timeline(), &QAbstractItemModel::modelReset, this, fitTime);
    connect(&m_desk.timeline(), &QAbstractItemModel::rowsInserted, this, fitTime);
    connect(&m_desk.timeline(), &QAbstractItemModel::dataChanged, this, fitTime);
    m_view->header()->resizeSection(LiveTimelineModel::StateColumn, 5 * em);
    m_view->header()->resizeSection(LiveTimelineModel::SpeakerColumn, 5 * em);
    m_view->setTextElideMode(Qt::ElideRight);
    m_correct->setObjectName(u"correctButton"_s);
    m_retract->setObjectName(u"retractButton"_s);
    m_pin->setObjectName(u"pinButton"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_discard->setObjectName(u"discardButton"_s);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_correct, m_retract, m_pin, m_retry, m_discard})
        buttons->addWidget(b);
    m_retract->setVisible(m_desk.canModerate());
    m_pin->setVisible(m_desk.canModerate());
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelineWidget::updateButtons);
    connect(&m_desk.timeline(), &QAbstractItemModel::dataChanged, this, &TimelineWidget::updateButtons);
    connect(&m_desk.timeline(), &QAbstractItemModel::modelReset, this, &TimelineWidget::updateButtons);
    // New posts arrive at the bottom; follow them unless the user scrolled up to read.
    connect(&m_desk.timeline(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->scrollToBottom();
    });
    connect(m_correct, &QPushButton::clicked, this, &TimelineWidget::correct);
    connect(m_retract, &QPushButton::clicked, this, &TimelineWidget::retract);
    connect(m_pin, &QPushButton::clicked, this, &TimelineWidget::togglePin);
    connect(m_retry, &QPushButton::clicked, this, [this] { retryOrDiscard(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { retryOrDiscard(false); });
    updateButtons();
}

int TimelineWidget::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TimelineWidget::updateButtons()
{
    const int row = currentRow();
    const bool delivered = row >= 0 && m_desk.timeline().row(row).postId != 0;
    const State state = row >= 0 ? m_desk.timeline().row(row).state : State::Queued;
    const bool open = delivered && (state == State::Live || state == State::WaitingForReview);
    // The portal lets authors correct their own posts; retracting and pinning are the moderators' (live_moderator).
    const bool mine = row >= 0 && m_desk.timeline().row(row).authorId == m_desk.host().currentUser().id;
    m_correct->setEnabled(open && (mine || m_desk.canModerate()));
    m_retract->setEnabled(open && m_desk.canModerate());
    m_pin->setEnabled(delivered && state == State::Live && m_desk.canModerate());
    m_pin->setText(row >= 0 && m_desk.timeline().row(row).pinned ? tr("Unpin") : tr("Pin"));
    const bool attention = row >= 0 && state == State::NeedsAttention && m_desk.timeline().row(row).outboxId != 0;
    m_retry->setEnabled(attention);
    m_discard->setEnabled(attention);
}

void TimelineWidget::report(const Result<void> &result)
{
    if (!result)
        QMessageBox::warning(this, tr("Live broadcast"), result.error().message);
}

void TimelineWidget::correct()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto &post = m_desk.timeline().row(row);
    CorrectionDialog dialog(post.text, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_desk.correct(post.postId, dialog.text(), dialog.note()));
}

void TimelineWidget::retract()
{
    const int row = currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Retract post"),
                                                 tr("Why is this post retracted? Readers see the reason."),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok)
        report(m_desk.retract(m_desk.timeline().row(row).postId, reason));
}

void TimelineWidget::togglePin()
{
    const int row = currentRow();
    if (row >= 0)
        report(m_desk.setPinned(m_desk.timeline().row(row).postId, !m_desk.timeline().row(row).pinned));
}

void TimelineWidget::retryOrDiscard(bool retry)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 outboxId = m_desk.timeline().row(row).outboxId;
    report(retry ? m_desk.retry(outboxId) : m_desk.discard(outboxId));
}

} // namespace pd::livebroadcast
