#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pd::interview {

class InterviewDesk;

/// The reviewer's view (审核) of a reviewed interview: the new answers and the corrections waiting for approval, each
/// with its question and the groups that approved it so far; A or Enter on the list approves the chosen one, and
/// Enter in the reason field sends it back to the typist with that reason.
class ReviewView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewView)

public:
    explicit ReviewView(InterviewDesk &desk, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void decide(bool approve);
    [[nodiscard]] qint64 chosen() const;

    InterviewDesk &m_desk;
    QLabel *m_hint;
    QListWidget *m_waiting;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace pd::interview
