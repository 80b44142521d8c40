#include "plugins/livebroadcast/StatsWidget.h"

#include "plugins/livebroadcast/LiveDesk.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

StatsWidget::StatsWidget(LiveDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_figures(new QLabel(this))
    , m_chart(new QChart)
    , m_posts(new QLineSeries)
    , m_viewers(new QLineSeries)
    , m_pageViews(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
    , m_viewsAxis(new QValueAxis)
{
    setObjectName(u"liveStats"_s);
    m_figures->setObjectName(u"statsFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_posts->setName(tr("Posts per minute"));
    m_viewers->setName(tr("Viewers"));
    m_pageViews->setName(tr("Page views (right axis)"));
    // Points as well as lines: the first minute of a broadcast is a single point.
    m_posts->setPointsVisible(true);
    m_viewers->setPointsVisible(true);
    m_pageViews->setPointsVisible(true);
    m_chart->addSeries(m_posts);
    m_chart->addSeries(m_viewers);
    m_chart->addSeries(m_pageViews);
    m_x->setTitleText(tr("Minutes"));
    m_x->setLabelFormat(u"%g"_s);
    m_y->setLabelFormat(u"%g"_s);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_viewsAxis->setLabelFormat(u"%g"_s);
    m_chart->addAxis(m_viewsAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_posts, m_viewers}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_pageViews->attachAxis(m_x);
    m_pageViews->attachAxis(m_viewsAxis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(m_chart, this);
    view->setObjectName(u"statsChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    auto *open = new QPushButton(tr("Open public live page"), this);
    open->setObjectName(u"openPublicPage"_s);
    connect(open, &QPushButton::clicked, this, [this] { m_desk.host().openUrl(m_desk.publicPageUrl()); });
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(reload, &QPushButton::clicked, &m_desk, &LiveDesk::reloadStats);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reload);
    buttons->addStretch(1);
    buttons->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    connect(&m_desk, &LiveDesk::statsChanged, this, &StatsWidget::refresh);
    connect(&m_desk.timeline(), &QAbstractItemModel::rowsInserted, this, &StatsWidget::refresh);
    connect(&m_desk.timeline(), &QAbstractItemModel::modelReset, this, &StatsWidget::refresh);
    refresh();
}

void StatsWidget::refresh()
{
    const domain::LiveStats &s = m_desk.stats();
    const auto n = [](qint64 figure) { return QString::number(figure); };
    m_figures->setText(tr("<b>Posts</b> %1 &nbsp; <b>Characters</b> %2 &nbsp; <b>Photos</b> %3 &nbsp; "
                          "<b>Viewers now</b> %4 &nbsp; <b>Peak</b> %5 &nbsp; <b>Page views</b> %6<br>"
                          "<b>Comments received</b> %7 &nbsp; <b>approved</b> %8 &nbsp; <b>waiting</b> %9")
                           .arg(n(s.posts), n(s.characters), n(s.photos), n(s.viewersNow), n(s.viewersPeak),
                                n(s.pageViews), n(s.commentsReceived), n(s.commentsApproved), n(s.commentsPending)));
    const QList<QPointF> posts = m_desk.postsPerMinute();
    // Viewers are sampled in seconds; the chart's axis is minutes.
    QList<QPointF> viewers;
    for (const QPointF &p : m_desk.viewerSamples())
        viewers.append(QPointF(p.x() / 60.0, p.y()));
    QList<QPointF> pageViews;
    double maxViews = 1;
    for (const QPointF &p : m_desk.pageViewSamples()) {
        pageViews.append(QPointF(p.x() / 60.0, p.y()));
        maxViews = std::max(maxViews, p.y());
    }
    m_posts->replace(posts);
    m_viewers->replace(viewers);
    m_pageViews->replace(pageViews);
    double maxX = 1;
    double maxY = 1;
    for (const QList<QPointF> *list : std::initializer_list<const QList<QPointF> *>{&posts, &viewers})
        for (const QPointF &p : *list) {
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    // Whole minutes and whole counts: nice ticks instead of 0, 0, 0, 1 on a short broadcast.
    m_x->setRange(0, std::max(5.0, std::ceil(maxX)));
    m_y->setRange(0, std::max(5.0, std::ceil(maxY * 1.1)));
    m_viewsAxis->setRange(0, std::max(5.0, std::ceil(maxViews * 1.1)));
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    m_viewsAxis->applyNiceNumbers();
}

} // namespace pd::livebroadcast
