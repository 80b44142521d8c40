#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pd::plugins {
class PanelHost;
}

namespace pd::livebroadcast {

class DeskView;
class LiveDesk;

/// The live broadcast desk (图文直播): the event bar (choose an event and, with parallel sessions, a sub-forum;
/// create, edit, go live, pause, end), the offline banner, and the desk tabs — one per event or sub-forum opened
/// side by side, each with its own composer, timeline, moderation (for moderators) and statistics. The bar acts
/// on the desk tab in front.
class LivePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    LivePanel(plugins::PanelHost &host, QWidget *parent = nullptr);
    ~LivePanel() override;

    /// The desk of the tab in front.
    [[nodiscard]] LiveDesk &desk();
    /// The inner tabs (write, moderate, statistics) of the desk in front.
    [[nodiscard]] QTabWidget *tabs() const;
    /// Opens another desk tab on `eventId` (`session` 0: the whole event) and brings it to the front.
    DeskView *openDesk(qint64 eventId, qint64 session);

private:
    [[nodiscard]] DeskView *current() const;
    DeskView *addDesk();
    void fillEvents();
    void fillSessions();
    void onEventChanged();
    void onConnection();
    void openBeside();
    void editEvent(bool create);

    plugins::PanelHost &m_host;
    QComboBox *m_events;
    QComboBox *m_sessions;
    QLabel *m_eventState;
    QPushButton *m_openBeside;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_end;
    QLabel *m_banner;
    QLabel *m_message;
    QTabWidget *m_desks;
};

} // namespace pd::livebroadcast
