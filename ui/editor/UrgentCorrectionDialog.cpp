#include "ui/editor/UrgentCorrectionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

UrgentCorrectionDialog::UrgentCorrectionDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Urgent correction"));
    setObjectName(u"urgentCorrectionDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(
        tr("“%1” will be republished with your changes at once, bypassing review. The correction, your name, the "
           "time and the reason are recorded in the item's audit log.")
            .arg(title),
        this);
    warning->setObjectName(u"urgentWarning"_s);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    layout->addWidget(warning);
    layout->addWidget(new QLabel(tr("Reason (required):"), this));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"urgentReason"_s);
    m_reason->setPlaceholderText(tr("What was wrong, and why it cannot wait for review"));
    layout->addWidget(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(u"urgentError"_s);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    // The refusal is about a missing reason: once one is being written it no longer applies.
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        if (!reason().isEmpty())
            m_error->setVisible(false);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Republish now"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"urgentConfirm"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &UrgentCorrectionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

QString UrgentCorrectionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString UrgentCorrectionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void UrgentCorrectionDialog::confirm()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("An urgent correction needs a reason: say what was wrong and why it cannot wait for "
                            "review."));
        m_error->setVisible(true);
        m_reason->setFocus();
        return;
    }
    m_error->setVisible(false);
    accept();
}

} // namespace pd::ui
