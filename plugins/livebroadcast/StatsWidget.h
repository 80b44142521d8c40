#pragma once
#include <QWidget>

class QChart;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace pd::livebroadcast {

class LiveDesk;

/// The event's figures (posts, characters, photos, viewers now and peak over every portald, page views, comments
/// received, approved and waiting), a chart of posts per minute, viewers and page views over time, and a button
/// that opens the public live page.
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
    QLineSeries *m_pageViews;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QValueAxis *m_viewsAxis; ///< page views grow into the thousands while viewers stay in the hundreds
};

} // namespace pd::livebroadcast
