#include "plugins/interview/HostView.h"

#include "plugins/interview/InterviewDesk.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::interview {

HostView::HostView(InterviewDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_current(new QLabel(this))
    , m_asker(new QLabel(this))
    , m_queue(new QListWidget(this))
    , m_askNext(new QPushButton(tr("Ask next question"), this))
{
    setObjectName(u"hostView"_s);
    m_current->setObjectName(u"hostCurrentQuestion"_s);
    m_current->setWordWrap(true);
    m_current->setMinimumHeight(120);
    m_current->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont large = m_current->font();
    large.setPointSizeF(large.pointSizeF() * 2.0);
    large.setBold(true);
    m_current->setFont(large);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asker->setObjectName(u"hostCurrentAsker"_s);
    m_asker->setStyleSheet(u"color: #555;"_s);
    m_queue->setObjectName(u"hostQueue"_s);
    m_queue->setWordWrap(true);
    m_queue->installEventFilter(this);
    m_askNext->setObjectName(u"askNext"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Current question"), this));
    layout->addWidget(m_current, 2);
    layout->addWidget(m_asker);
    layout->addWidget(m_askNext);
    layout->addWidget(new QLabel(tr("Queue (N or Enter asks the first)"), this));
    layout->addWidget(m_queue, 3);

    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &HostView::rebuild);
    connect(&m_desk, &InterviewDesk::questionsChanged, later, qOverload<>(&QTimer::start));
    connect(m_askNext, &QPushButton::clicked, this, &HostView::askNext);
    rebuild();
}

void HostView::rebuild()
{
    const domain::InterviewQuestion current = m_desk.current();
    if (current.id == 0) {
        m_current->setText(tr("No question is being answered. Ask the next one from the queue."));
        m_asker->clear();
    } else {
        m_current->setText(current.text);
        m_asker->setText(current.askers > 1 ? tr("Asked by %1 and %n other netizens", nullptr, current.askers - 1)
                                                  .arg(current.name.isEmpty() ? tr("Netizen") : current.name)
                                            : tr("Asked by %1").arg(current.name.isEmpty() ? tr("Netizen") : current.name));
    }
    m_queue->clear();
    int position = 0;
    for (const domain::InterviewQuestion &q : m_desk.queue())
        m_queue->addItem(tr("%1. %2: %3").arg(++position).arg(q.name.isEmpty() ? tr("Netizen") : q.name, q.text));
    m_askNext->setEnabled(current.id == 0 && m_queue->count() > 0);
}

void HostView::askNext()
{
    if (auto r = m_desk.askNext(); !r)
        Q_EMIT m_desk.failed(r.error().message);
}

bool HostView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queue && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && (key->key() == Qt::Key_N || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            askNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::interview
