#pragma once
#include <QString>

#include <functional>

class QDialog;
class QPushButton;
class QWidget;

namespace pd::admin {
class SaveRefusal;
}
namespace pd::ui {

class FieldErrorRows;
class MessageLine;

/// What the administration dialogs (站点, 账号) share: their foot — the message line under the fields, Save and
/// Cancel — and how a refused save shows in them.
class AdminDialogParts
{
public:
    /// Lays `dialog` out as `fields` over `message` over Save (named `saveName`, calling `save`) and Cancel (which
    /// rejects); the Save button.
    static QPushButton *arrange(QDialog *dialog, QWidget *fields, MessageLine *message, const QString &saveName,
                                const std::function<void()> &save);
    /// Shows `refusal`: its messages at their rows, the server's reason in the message line, and for a conflict
    /// that what was typed is kept for the next save.
    static void showRefusal(const admin::SaveRefusal &refusal, FieldErrorRows &rows, MessageLine &message);
};

} // namespace pd::ui
