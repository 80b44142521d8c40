#include "plugins/livebroadcast/ModeratorWidget.h"

#include "plugins/livebroadcast/LiveDesk.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {
constexpr int KindRole = Qt::UserRole + 1; // "post" or "comment"
constexpr int IdRole = Qt::UserRole + 2;
} // namespace

ModeratorWidget::ModeratorWidget(LiveDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_counts(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(u"liveModerator"_s);
    m_counts->setObjectName(u"moderatorCounts"_s);
    m_list->setObjectName(u"moderatorList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    m_reason->setObjectName(u"rejectReason"_s);
    m_reason->setText(tr("Does not meet the publication requirements"));
    auto *help = new QLabel(tr("A approve · H reject post / hide comment · J next · K previous"), this);
    help->setStyleSheet(u"color: #555;"_s);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason for rejecting:"), this));
    reasonRow->addWidget(m_reason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
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
    connect(&m_desk, &LiveDesk::commentsChanged, this, soon);
    rebuild();
}

void ModeratorWidget::rebuild()
{
    // Keep the reviewer's place: the same item stays current when the list changes around it.
    const QListWidgetItem *current = m_list->currentItem();
    const QString currentKey =
        current ? current->data(KindRole).toString() + current->data(IdRole).toString() : QString();
    const int currentRowBefore = m_list->currentRow();
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
    const QList<domain::LiveComment> &comments = m_desk.pendingComments();
    for (const domain::LiveComment &c : comments) {
        auto *item = new QListWidgetItem(tr("Comment by %1: %2").arg(c.name.isEmpty() ? tr("a reader") : c.name, c.text),
                                         m_list);
        item->setData(KindRole, u"comment"_s);
        item->setData(IdRole, c.id);
    }
    m_counts->setText(tr("Waiting: %1 posts, %2 comments").arg(posts).arg(comments.size()));
    int select = -1;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(KindRole).toString() + m_list->item(i)->data(IdRole).toString() == currentKey)
            select = i;
    if (select < 0 && m_list->count() > 0)
        select = std::clamp(currentRowBefore, 0, m_list->count() - 1);
    m_list->setCurrentRow(select);
}

void ModeratorWidget::move(int delta)
{
    if (m_list->count() == 0)
        return;
    m_list->setCurrentRow(std::clamp(m_list->currentRow() + delta, 0, m_list->count() - 1));
}

void ModeratorWidget::approveCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == u"post")
        m_desk.moderatePost(id, u"approve"_s);
    else
        m_desk.moderateComment(id, u"approve"_s);
}

void ModeratorWidget::hideCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == u"post")
        m_desk.moderatePost(id, u"reject"_s, m_reason->text().trimmed());
    else
        m_desk.moderateComment(id, u"hide"_s);
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
