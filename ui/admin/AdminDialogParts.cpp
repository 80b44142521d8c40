#include "ui/admin/AdminDialogParts.h"

#include "app/admin/SaveRefusal.h"
#include "ui/admin/MessageLine.h"
#include "ui/widgets/FieldErrorRows.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

QPushButton *AdminDialogParts::arrange(QDialog *dialog, QWidget *fields, MessageLine *message,
                                       const QString &saveName, const std::function<void()> &save)
{
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *saveButton =
        buttons->addButton(QCoreApplication::translate("pd::ui::AdminDialogParts", "&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(saveName);
    buttons->addButton(QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(fields);
    layout->addWidget(message);
    layout->addWidget(buttons);
    return saveButton;
}

void AdminDialogParts::showRefusal(const admin::SaveRefusal &refusal, FieldErrorRows &rows, MessageLine &message)
{
    rows.show(refusal.fieldMessages());
    if (refusal.isConflict())
        message.showMessage(QCoreApplication::translate("pd::ui::AdminDialogParts",
                                                        "%1 Your changes are kept: save again to replace that "
                                                        "version, or cancel.")
                                .arg(refusal.error().message),
                            true);
    else
        message.showMessage(refusal.error().message, true);
    message.setVisible(refusal.showsMessage());
}

} // namespace pd::ui
