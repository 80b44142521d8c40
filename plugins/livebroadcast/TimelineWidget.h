#pragma once
#include "app/domain/Error.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace pd::livebroadcast {

class LiveDesk;

/// The event's posts with their states; edit with a correction note, retract with a reason, pin/unpin, and
/// retry or give up a post that needs attention.
class TimelineWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(LiveDesk &desk, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }

private:
    void updateButtons();
    [[nodiscard]] int currentRow() const;
    void correct();
    void retract();
    void togglePin();
    void retryOrDiscard(bool retry);
    void report(const Result<void> &result);

    LiveDesk &m_desk;
    QTreeView *m_view;
    QPushButton *m_correct;
    QPushButton *m_retract;
    QPushButton *m_pin;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace pd::livebroadcast
