#pragma once
#include <QWidget>

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

/// One desk tab of the live panel: an event, or one sub-forum of it, with its own composer and timeline (and its
/// own outbox scope, in its LiveDesk), moderation for moderators and statistics. The panel holds several side by
/// side, one per sub-forum a team covers.
class DeskView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskView)

public:
    explicit DeskView(plugins::PanelHost &host, QWidget *parent = nullptr);
    ~DeskView() override;

    [[nodiscard]] LiveDesk &desk() { return *m_desk; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// "event · sub-forum" (or the event's title), for the tab that shows this desk.
    [[nodiscard]] QString title() const;

private:
    LiveDesk *m_desk;
    QTabWidget *m_tabs;
    ComposerWidget *m_composer;
    TimelineWidget *m_timeline;
    ModeratorWidget *m_moderator = nullptr;
    StatsWidget *m_stats;
};

} // namespace pd::livebroadcast
