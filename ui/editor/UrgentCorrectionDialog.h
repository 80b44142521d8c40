#pragma once
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

/// Confirms a 紧急更正: says plainly that the correction is published at once without review and recorded (who,
/// when, why), and asks for the reason, which is required — an empty one is refused in place and the dialog stays.
class UrgentCorrectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrgentCorrectionDialog)

public:
    explicit UrgentCorrectionDialog(const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    /// Why the last confirmation was refused (empty when none).
    [[nodiscard]] QString errorText() const;

    /// Accepts when a reason was given; otherwise says what is missing and stays open.
    void confirm();

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::ui
