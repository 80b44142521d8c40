#include "plugins/interview/DirectorView.h"

#include "plugins/interview/InterviewDesk.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::interview {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

DirectorView::DirectorView(InterviewDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_search(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_incoming(new QListWidget(this))
    , m_queue(new QListWidget(this))
{
    setObjectName(u"directorView"_s);
    m_search->setObjectName(u"questionSearch"_s);
    m_search->setPlaceholderText(tr("Search questions by text or name"));
    m_search->setClearButtonEnabled(true);
    m_counts->setObjectName(u"questionCounts"_s);
    m_incoming->setObjectName(u"incomingQuestions"_s);
    m_incoming->setWordWrap(true);
    m_incoming->setAlternatingRowColors(true);
    m_incoming->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_incoming->installEventFilter(this);
    m_queue->setObjectName(u"directorQueue"_s);
    m_queue->setWordWrap(true);
    m_queue->setDragDropMode(QAbstractItemView::InternalMove);
    m_queue->setDefaultDropAction(Qt::MoveAction);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Incoming questions"), this));
    left->addWidget(m_search);
    left->addWidget(m_incoming, 1);
    left->addWidget(m_counts);
    auto *help = new QLabel(tr("A accept · D decline · Q to the host's queue · M merge the selected duplicates into "
                               "the current question · J next · K previous"),
                            this);
    help->setWordWrap(true);
    help->setStyleSheet(u"color: #555;"_s);
    left->addWidget(help);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("The host's queue (drag to reorder)"), this));
    right->addWidget(m_queue, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    // Several stream events arrive together: rebuild once they are in.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &DirectorView::rebuild);
    connect(&m_desk, &InterviewDesk::questionsChanged, later, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, &DirectorView::rebuildIncoming);
    // A drop moves the row inside the list's own model; the new order then goes to portald.
    connect(m_queue->model(), &QAbstractItemModel::rowsMoved, this, &DirectorView::queueDropped);
    rebuild();
}

void DirectorView::rebuild()
{
    rebuildIncoming();
    rebuildQueue();
}

void DirectorView::rebuildIncoming()
{
    // Keep the director's place: the same question stays current when the list changes around it.
    const qint64 keep = currentId();
    const int rowBefore = m_incoming->currentRow();
    m_incoming->clear();
    const QList<domain::InterviewQuestion> list = m_desk.incoming(m_search->text());
    int pending = 0;
    int select = -1;
    for (const domain::InterviewQuestion &q : list) {
        const bool accepted = q.state == domain::InterviewQuestionState::Accepted;
        pending += accepted ? 0 : 1;
        QString text = tr("%1: %2").arg(q.name.isEmpty() ? tr("Netizen") : q.name, q.text);
        if (q.askers > 1)
            text += tr(" (asked by %n netizens)", nullptr, q.askers);
        if (accepted)
            text = tr("[accepted] %1").arg(text);
        auto *item = new QListWidgetItem(text, m_incoming);
        item->setData(IdRole, q.id);
        if (accepted)
            item->setForeground(QColor(0x1e, 0x7b, 0x34));
        if (q.id == keep)
            select = m_incoming->count() - 1;
    }
    if (select < 0 && m_incoming->count() > 0)
        select = std::clamp(rowBefore, 0, m_incoming->count() - 1);
    m_incoming->setCurrentRow(select);
    m_counts->setText(tr("%1 waiting to be screened, %2 accepted").arg(pending).arg(list.size() - pending));
}

void DirectorView::rebuildQueue()
{
    m_rebuilding = true;
    m_queue->clear();
    int position = 0;
    for (const domain::InterviewQuestion &q : m_desk.queue()) {
        auto *item = new QListWidgetItem(
            tr("%1. %2: %3").arg(++position).arg(q.name.isEmpty() ? tr("Netizen") : q.name, q.text), m_queue);
        item->setData(IdRole, q.id);
    }
    m_rebuilding = false;
}

qint64 DirectorView::currentId() const
{
    const QListWidgetItem *item = m_incoming->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void DirectorView::declineCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    bool ok = false;
    const QStringList reasons{tr("Repeats another question"), tr("Not about the interview's subject"),
                              tr("Uncivil wording"), tr("Concerns a private person")};
    const QString reason = QInputDialog::getItem(this, tr("Decline question"),
                                                 tr("Why is it declined? (kept in the back office)"), reasons, 0,
                                                 true, &ok);
    if (!ok)
        return;
    if (auto r = m_desk.decline(id, reason); !r)
        Q_EMIT m_desk.failed(r.error().message);
}

void DirectorView::mergeSelected()
{
    const qint64 into = currentId();
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_incoming->selectedItems())
        ids.append(item->data(IdRole).toLongLong());
    if (auto r = m_desk.merge(ids, into); !r)
        Q_EMIT m_desk.failed(r.error().message);
}

void DirectorView::queueDropped()
{
    if (m_rebuilding)
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_queue->count(); ++i)
        ids.append(m_queue->item(i)->data(IdRole).toLongLong());
    m_desk.reorderQueue(ids);
}

bool DirectorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_incoming && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        const auto move = [this](int delta) {
            if (m_incoming->count() > 0)
                m_incoming->setCurrentRow(std::clamp(m_incoming->currentRow() + delta, 0, m_incoming->count() - 1));
        };
        switch (key->key()) {
        case Qt::Key_A:
            if (const qint64 id = currentId())
                m_desk.accept(id);
            return true;
        case Qt::Key_D:
            declineCurrent();
            return true;
        case Qt::Key_Q:
            if (const qint64 id = currentId())
                m_desk.enqueue(id);
            return true;
        case Qt::Key_M:
            mergeSelected();
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

} // namespace pd::interview
