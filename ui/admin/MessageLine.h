#pragma once
#include <QLabel>

namespace pd::ui {

/// The line under an administration screen that says what just happened: a confirmation, or a refusal in red
/// (the server's own words, in Chinese), hidden while there is nothing to say.
class MessageLine : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLine)

public:
    explicit MessageLine(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    /// The text shown, empty when hidden.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace pd::ui
