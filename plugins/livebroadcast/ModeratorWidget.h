#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pd::livebroadcast {

class LiveDesk;

/// The moderator's queue (role live_moderator): posts waiting for review and public comments waiting for approval
/// in one list, worked from the keyboard — A approves, H rejects the post (with the reason below) or hides the
/// comment, J and K move down and up — with the counts of what waits.
class ModeratorWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeratorWidget)

public:
    explicit ModeratorWidget(LiveDesk &desk, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    void approveCurrent();
    void hideCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void move(int delta);

    LiveDesk &m_desk;
    QLabel *m_counts;
    QListWidget *m_list;
    QLineEdit *m_reason;
};

} // namespace pd::livebroadcast
