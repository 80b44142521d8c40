#pragma once
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pd::livebroadcast {

class LiveDesk;

/// The moderator's queue (role live_moderator): posts waiting for review, then the event's public comments — pending
/// ones unless the filter says otherwise, narrowed by a search, more loaded as the list scrolls — worked from the
/// keyboard: A approves, H rejects the post (with the reason below) or hides the comment, J and K move down and up;
/// with the counts of what waits.
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
    void updateCounts();
    void move(int delta);
    /// Asks for the next page of comments when the list is scrolled (or moved) near its end.
    void loadMoreIfNearEnd();

    LiveDesk &m_desk;
    QLabel *m_counts;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLineEdit *m_reason;
    QTimer m_searchDelay;
    QTimer m_countsDelay;
    int m_postsWaiting = 0;
    bool m_rebuilding = false;
    qsizetype m_shownComments = 0;
};

} // namespace pd::livebroadcast
