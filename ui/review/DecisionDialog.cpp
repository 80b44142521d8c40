#include "ui/review/DecisionDialog.h"

#include "app/domain/WorkingCalendar.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QKeyEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
QString workingHoursText(const domain::WorkingCalendar &calendar)
{
    QStringList days;
    const QLocale locale;
    for (const Qt::DayOfWeek d : calendar.workingDays())
        days.append(locale.dayName(d, QLocale::ShortFormat));
    QStringList periods;
    for (const domain::WorkingCalendar::Period &p : calendar.periods())
        periods.append(u"%1–%2"_s.arg(p.start.toString(u"HH:mm"_s), p.end.toString(u"HH:mm"_s)));
    const int offsetMinutes = calendar.timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
    const QString zone = u"UTC%1%2:%3"_s.arg(offsetMinutes < 0 ? u"-"_s : u"+"_s)
                             .arg(std::abs(offsetMinutes) / 60, 2, 10, QChar(u'0'))
                             .arg(std::abs(offsetMinutes) % 60, 2, 10, QChar(u'0'));
    return DecisionDialog::tr("Working hours: %1, %2 (%3)").arg(days.join(u"、"_s), periods.join(u"、"_s), zone);
}
} // namespace

DecisionDialog::DecisionDialog(review::ReviewActions::Action action, int itemCount,
                               const domain::WorkingCalendar &calendar, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    using Action = review::ReviewActions::Action;
    setObjectName(u"decisionDialog"_s);
    setWindowTitle(itemCount > 1 ? tr("%1: %n items", nullptr, itemCount).arg(review::ReviewActions::actionName(action))
                                 : review::ReviewActions::actionName(action));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"decisionComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(action == Action::Reject ? tr("What must the author change?")
                                                           : tr("Optional comment for the author"));
    form->addRow(action == Action::Reject ? tr("Reason (required):") : tr("Comment:"), m_comment);

    if (action == Action::Schedule) {
        m_time = new QDateTimeEdit(this);
        m_time->setObjectName(u"decisionTime"_s);
        m_time->setCalendarPopup(true);
        m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        // The next working morning is the usual choice; a time outside working hours is allowed but flagged.
        const QDateTime now = QDateTime::currentDateTime();
        m_time->setMinimumDateTime(now);
        m_time->setDateTime(calendar.addWorkingHours(now, 1.0).toLocalTime());
        form->addRow(tr("Publish at:"), m_time);
        auto *hours = new QLabel(workingHoursText(calendar), this);
        hours->setObjectName(u"workingHours"_s);
        form->addRow(QString(), hours);
        auto *outside = new QLabel(this);
        outside->setStyleSheet(u"color: #a15c00"_s);
        form->addRow(QString(), outside);
        const auto flag = [this, outside, calendar] {
            outside->setText(calendar.isWorkingTime(m_time->dateTime()) ? QString()
                                                                         : tr("Outside working hours."));
        };
        connect(m_time, &QDateTimeEdit::dateTimeChanged, this, flag);
        flag();
    }

    m_error = new QLabel(this);
    m_error->setObjectName(u"decisionError"_s);
    m_error->setStyleSheet(u"color: #b3261e"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("%1 (Ctrl+Enter)").arg(review::ReviewActions::actionName(action)));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter confirms from anywhere in the dialog: the text fields would otherwise keep the key to themselves.
    m_comment->installEventFilter(this);
    if (m_time)
        m_time->installEventFilter(this);
    m_comment->setFocus();
    resize(460, sizeHint().height());
}

bool DecisionDialog::isConfirmKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
           && event->modifiers().testFlag(Qt::ControlModifier);
}

void DecisionDialog::keyPressEvent(QKeyEvent *event)
{
    if (isConfirmKey(event)) {
        confirm();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool DecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
        && isConfirmKey(static_cast<QKeyEvent *>(event))) {
        if (event->type() == QEvent::KeyPress)
            confirm();
        event->accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

review::ReviewActions::Decision DecisionDialog::decision() const
{
    review::ReviewActions::Decision d{m_action, m_comment->toPlainText().trimmed(), {}};
    if (m_time)
        d.publishAt = m_time->dateTime().toUTC();
    return d;
}

QString DecisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DecisionDialog::confirm()
{
    if (auto ok = review::ReviewActions::validate(decision(), QDateTime::currentDateTimeUtc()); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        m_comment->setFocus();
        return;
    }
    m_error->hide();
    accept();
}

} // namespace pd::ui
