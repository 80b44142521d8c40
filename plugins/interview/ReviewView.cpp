#include "plugins/interview/ReviewView.h"

#include "plugins/interview/InterviewDesk.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::interview {

ReviewView::ReviewView(InterviewDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_hint(new QLabel(this))
    , m_waiting(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Send back"), this))
{
    setObjectName(u"reviewView"_s);
    m_hint->setObjectName(u"reviewHint"_s);
    m_hint->setWordWrap(true);
    m_waiting->setObjectName(u"reviewList"_s);
    m_waiting->setWordWrap(true);
    m_waiting->installEventFilter(this);
    m_reason->setObjectName(u"reviewReason"_s);
    m_reason->setPlaceholderText(tr("Why it goes back (the typist sees this) — Enter sends it back"));
    m_reason->installEventFilter(this);
    m_approve->setObjectName(u"approveAnswer"_s);
    m_reject->setObjectName(u"rejectAnswer"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_waiting, 1);
    layout->addLayout(buttons);

    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ReviewView::rebuild);
    connect(&m_desk, &InterviewDesk::questionsChanged, later, qOverload<>(&QTimer::start));
    connect(&m_desk, &InterviewDesk::eventChanged, later, qOverload<>(&QTimer::start));
    connect(m_waiting, &QListWidget::currentRowChanged, this, [this] {
        m_approve->setEnabled(chosen() != 0);
        m_reject->setEnabled(chosen() != 0);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    rebuild();
}

qint64 ReviewView::chosen() const
{
    const QListWidgetItem *item = m_waiting->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ReviewView::rebuild()
{
    const domain::LiveEvent &event = m_desk.event();
    m_hint->setText(event.isReviewed()
                        ? tr("New answers and corrections reach readers once every review group has approved them "
                             "(A or Enter approves the chosen one).")
                        : tr("This interview is not reviewed: answers go public as soon as they are sent."));
    const qint64 keep = chosen();
    {
        const QSignalBlocker quiet(m_waiting);
        m_waiting->clear();
        for (const domain::InterviewQuestion &q : m_desk.awaitingReview()) {
            const domain::InterviewAnswer &a = *q.answer;
            QString line;
            QList<domain::LiveApproval> given;
            if (a.pendingCorrection) {
                line = tr("Correction — Q: %1\nNow (%2): %3\nCorrected: %4\nNote: %5")
                           .arg(q.text, a.guestName, a.text, a.pendingCorrection->text, a.pendingCorrection->note);
                given = a.pendingCorrection->approvals;
            } else {
                line = tr("New answer — Q: %1\nA (%2): %3").arg(q.text, a.guestName, a.text);
                given = a.approvals;
            }
            QStringList groups;
            for (const domain::LiveApproval &g : std::as_const(given))
                groups.append(g.group == domain::LiveReview::ModeratorGroup ? g.userName : g.group);
            if (!groups.isEmpty())
                line += u'\n' + tr("Approved by: %1").arg(groups.join(u"、"_s));
            const QStringList awaiting = event.review.awaiting(given);
            if (event.review.isJoint() && !awaiting.isEmpty())
                line += u'\n' + tr("Waiting for: %1").arg(awaiting.join(u"、"_s));
            auto *item = new QListWidgetItem(line, m_waiting);
            item->setData(Qt::UserRole, q.id);
            if (q.id == keep)
                m_waiting->setCurrentItem(item);
        }
        if (!m_waiting->currentItem() && m_waiting->count() > 0)
            m_waiting->setCurrentRow(0);
    }
    m_approve->setEnabled(chosen() != 0);
    m_reject->setEnabled(chosen() != 0);
}

void ReviewView::decide(bool approve)
{
    if (auto r = m_desk.review(chosen(), approve, approve ? QString() : m_reason->text()); !r) {
        Q_EMIT m_desk.failed(r.error().message);
        return;
    }
    if (!approve)
        m_reason->clear();
}

bool ReviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_waiting && plain && (enter || key->key() == Qt::Key_A)) {
            decide(true);
            return true;
        }
        if (watched == m_reason && enter) {
            decide(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::interview
