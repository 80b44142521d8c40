#pragma once
#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace pd::livebroadcast {

/// Edits a published post: the new text and the correction note (更正说明) that readers see with it.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionDialog)

public:
    explicit CorrectionDialog(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QString note() const;
    void setNote(const QString &note);
    void setText(const QString &text);

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_note;
};

} // namespace pd::livebroadcast
