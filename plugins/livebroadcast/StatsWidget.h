#pragma once
#include <QWidget>

class QChart;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace pd::livebroadcast {

class LiveDesk;

/// The event's figures (posts, characters, photos, viewers now and peak, comments waiting), a chart of posts per
/// minute and viewers over time, and a button that opens the public live page.
class StatsWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsWidget)

public:
    explicit StatsWidget(LiveDesk &desk, QWidget *parent = nullptr);

private:
    void refresh();

    LiveDesk &m_desk;
    QLabel *m_figures;
    QChart *m_chart;
    QLineSeries *m_posts;
    QLineSeries *m_viewers;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace pd::livebroadcast
