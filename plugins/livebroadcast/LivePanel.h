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

class ComposerWidget;
class LiveDesk;
class ModeratorWidget;
class StatsWidget;
class TimelineWidget;

/// The live broadcast desk (图文直播): the event bar (choose, create, edit, go live, pause, end), the offline
/// banner, and the tabs — compose and timeline, moderation (for moderators), statistics.
class LivePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    LivePanel(plugins::PanelHost &host, QWidget *parent = nullptr);
    ~LivePanel() override;

    [[nodiscard]] LiveDesk &desk() { return *m_desk; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    void fillEvents();
    void onEventChanged();
    void onConnection();
    void editEvent(bool create);

    LiveDesk *m_desk;
    QComboBox *m_events;
    QLabel *m_eventState;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_end;
    QLabel *m_banner;
    QLabel *m_message;
    QTabWidget *m_tabs;
    ComposerWidget *m_composer;
    TimelineWidget *m_timeline;
    ModeratorWidget *m_moderator = nullptr;
    StatsWidget *m_stats;
};

} // namespace pd::livebroadcast
