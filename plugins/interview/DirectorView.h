#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pd::interview {

class InterviewDesk;

/// The director's view (导播): the incoming netizen questions with search, screened by keyboard (A accept, D decline
/// with a reason, Q into the host's queue, M merge the selected duplicates into the current one, J/K move), and the
/// host's queue, ordered by drag and drop.
class DirectorView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorView)

public:
    explicit DirectorView(InterviewDesk &desk, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void rebuildIncoming();
    void rebuildQueue();
    [[nodiscard]] qint64 currentId() const;
    void declineCurrent();
    void mergeSelected();
    void queueDropped();

    InterviewDesk &m_desk;
    QLineEdit *m_search;
    QLabel *m_counts;
    QListWidget *m_incoming;
    QListWidget *m_queue;
    bool m_rebuilding = false;
};

} // namespace pd::interview
