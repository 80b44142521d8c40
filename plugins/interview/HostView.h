#pragma once
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pd::interview {

class InterviewDesk;

/// The host's view (主持人): the current question shown large, the queue the director prepared, and "ask next"
/// (the button, or N / Enter on the queue).
class HostView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostView)

public:
    explicit HostView(InterviewDesk &desk, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void askNext();

    InterviewDesk &m_desk;
    QLabel *m_current;
    QLabel *m_asker;
    QListWidget *m_queue;
    QPushButton *m_askNext;
};

} // namespace pd::interview
