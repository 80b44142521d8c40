#include "plugins/livebroadcast/CorrectionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

CorrectionDialog::CorrectionDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(text, this))
    , m_note(new QLineEdit(this))
{
    setObjectName(u"correctionDialog"_s);
    setWindowTitle(tr("Correct post"));
    m_text->setObjectName(u"correctionText"_s);
    m_note->setObjectName(u"correctionNote"_s);
    m_note->setPlaceholderText(tr("e.g. The speaker's title was corrected."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish correction"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_note, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_note->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Correction note"), m_note);
    form->addRow(buttons);
    resize(480, 280);
}

QString CorrectionDialog::text() const
{
    return m_text->toPlainText();
}

QString CorrectionDialog::note() const
{
    return m_note->text();
}

void CorrectionDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

void CorrectionDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

} // namespace pd::livebroadcast
