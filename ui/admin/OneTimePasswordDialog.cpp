#include "ui/admin/OneTimePasswordDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

OneTimePasswordDialog::OneTimePasswordDialog(const QString &username, const QString &password, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"oneTimePasswordDialog"_s);
    setWindowTitle(tr("One-time password"));
    auto *note = new QLabel(tr("The one-time password of %1 is shown only now. Hand it over in person; at the next "
                               "sign-in they choose their own.")
                                .arg(username),
                            this);
    note->setWordWrap(true);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(u"oneTimePasswordEdit"_s);
    m_password->setAccessibleName(tr("One-time password"));
    m_password->setReadOnly(true);
    QFont mono = m_password->font();
    mono.setFamilies({u"monospace"_s});
    mono.setStyleHint(QFont::Monospace);
    m_password->setFont(mono);
    m_password->selectAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"copyPasswordButton"_s);
    connect(copyButton, &QPushButton::clicked, this, &OneTimePasswordDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &OneTimePasswordDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
}

OneTimePasswordDialog::~OneTimePasswordDialog() = default;

QString OneTimePasswordDialog::password() const
{
    return m_password->text();
}

void OneTimePasswordDialog::copy()
{
    QApplication::clipboard()->setText(m_password->text());
}

} // namespace pd::ui
