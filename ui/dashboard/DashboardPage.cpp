#include "ui/dashboard/DashboardPage.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/DashboardModel.h"
#include "app/models/SiteHealthWatch.h"
#include "app/models/Workspace.h"
#include "ui/dashboard/InspectionBanner.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QHBoxLayout>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;
using pd::models::DashboardModel;

namespace pd::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
/// The chart shows the busiest columns; the others are summed into one series.
constexpr int kChartColumns = 6;

QListWidget *addList(QGridLayout *grid, int row, int column, const QString &name, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    box->setObjectName(name + u"Box"_s);
    auto *layout = new QVBoxLayout(box);
    auto *list = new QListWidget(box);
    list->setObjectName(name);
    // A title cut at the end reads better than one scrolled sideways; the tooltip has it whole.
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(list);
    grid->addWidget(box, row, column);
    return list;
}

void setTitle(QListWidget *list, const QString &title)
{
    static_cast<QGroupBox *>(list->parentWidget())->setTitle(title);
}
} // namespace

DashboardPage::DashboardPage(models::Workspace &workspace, api::EventStream *stream, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(std::make_unique<DashboardModel>(workspace.client()))
    , m_siteHealth(std::make_unique<models::SiteHealthWatch>(workspace.client()))
{
    setObjectName(u"dashboardPage"_s);
    // The early warnings go above everything: they are what to act on before the inspection does.
    auto *page = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_banner = new InspectionBanner(*m_siteHealth, this);
    top->addWidget(m_banner, 1);
    auto *reports = new QPushButton(tr("Reports…"), this);
    reports->setObjectName(u"reportsButton"_s);
    connect(reports, &QPushButton::clicked, this, &DashboardPage::reportsRequested);
    top->addWidget(reports, 0, Qt::AlignTop);
    auto *sweeps = new QPushButton(tr("Sweeps…"), this);
    sweeps->setObjectName(u"sweepsButton"_s);
    sweeps->setToolTip(tr("Check everything published, or every link of the public site, before the inspection does"));
    connect(sweeps, &QPushButton::clicked, this, &DashboardPage::sweepsRequested);
    top->addWidget(sweeps, 0, Qt::AlignTop);
    page->addLayout(top);
    auto *grid = new QGridLayout;
    page->addLayout(grid, 1);
    m_drafts = addList(grid, 0, 0, u"myDrafts"_s, this);
    m_inReview = addList(grid, 0, 1, u"myInReview"_s, this);
    m_rejected = addList(grid, 0, 2, u"myRejected"_s, this);

    auto *healthBox = new QGroupBox(tr("Site health (inspection thresholds)"), this);
    auto *healthLayout = new QVBoxLayout(healthBox);
    m_summary = new QLabel(healthBox);
    m_summary->setObjectName(u"healthSummary"_s);
    m_summary->setWordWrap(true);
    healthLayout->addWidget(m_summary);
    m_health = new QListWidget(healthBox);
    m_health->setObjectName(u"healthList"_s);
    m_health->setAccessibleName(tr("Site health problems; Enter goes to the fix"));
    // Each problem is a sentence: it wraps instead of running off to the right.
    m_health->setWordWrap(true);
    m_health->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    healthLayout->addWidget(m_health);
    grid->addWidget(healthBox, 1, 0);

    m_publishedChart = new QChartView(this);
    m_publishedChart->setObjectName(u"publishedChart"_s);
    m_publishedChart->setRenderHint(QPainter::Antialiasing);
    m_publishedChart->setMinimumHeight(220);
    grid->addWidget(m_publishedChart, 1, 1);
    m_reviewChart = new QChartView(this);
    m_reviewChart->setObjectName(u"reviewTimeChart"_s);
    m_reviewChart->setRenderHint(QPainter::Antialiasing);
    grid->addWidget(m_reviewChart, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    for (QListWidget *list : {m_drafts, m_inReview, m_rejected})
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT openItemRequested(item->data(kIdRole).toLongLong()); });
    connect(m_health, &QListWidget::itemActivated, this, &DashboardPage::activateHealth);
    connect(m_health, &QListWidget::itemClicked, this, &DashboardPage::activateHealth);
    connect(m_model.get(), &DashboardModel::ready, this, &DashboardPage::render);
    connect(&m_workspace, &models::Workspace::siteChanged, this, &DashboardPage::refresh);
    if (stream) {
        // A review round changes many items; one refresh after the burst is enough.
        auto *soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(1500);
        connect(soon, &QTimer::timeout, this, &DashboardPage::refresh);
        connect(stream, &api::EventStream::eventReceived, this,
                [soon](qint64, const QString &type, const QJsonObject &) {
                    if (type == u"item.changed"_s || type == u"live.comment"_s)
                        soon->start();
                });
    }
    render();
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::refresh()
{
    if (m_workspace.site().id > 0) {
        m_model->refresh(m_workspace.site().id);
        m_siteHealth->refresh(m_workspace.site().id, m_workspace.user().hasRole(QString(domain::roles::Admin)));
    }
}

void DashboardPage::render()
{
    const QLocale locale;
    const auto fill = [&locale](QListWidget *list, const QList<DashboardModel::ItemRef> &items) {
        list->clear();
        for (const DashboardModel::ItemRef &r : items) {
            auto *row = new QListWidgetItem(
                u"%1  ·  %2"_s.arg(r.title, locale.toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat)), list);
            row->setData(kIdRole, r.id);
            row->setToolTip(row->text());
        }
    };
    fill(m_drafts, m_model->myDrafts());
    fill(m_inReview, m_model->myInReview());
    fill(m_rejected, m_model->myRejected());
    setTitle(m_drafts, tr("My drafts (%1)").arg(m_model->myDrafts().size()));
    setTitle(m_inReview, tr("My items in review (%1)").arg(m_model->myInReview().size()));
    setTitle(m_rejected, tr("Rejected back to me (%1)").arg(m_model->myRejected().size()));

    const DashboardModel::Health &h = m_model->health();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_health->clear();
    for (const domain::Column &c : h.staleColumns) {
        auto *row = new QListWidgetItem(tr("Column “%1” not updated for %2 days (rule: every %3 days)")
                                            .arg(c.name)
                                            .arg(c.lastPublishedAt.daysTo(now))
                                            .arg(c.updateDays),
                                        m_health);
        row->setData(kIdRole, c.id);
        row->setData(kKindRole, int(StaleColumn));
        row->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    for (const domain::Column &c : h.emptyColumns) {
        auto *row = new QListWidgetItem(tr("Column “%1” is empty").arg(c.name), m_health);
        row->setData(kIdRole, c.id);
        row->setData(kKindRole, int(EmptyColumn));
        row->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (!h.overdueReviews.isEmpty()) {
        auto *row = new QListWidgetItem(tr("%n review(s) overdue — open the queue", nullptr,
                                           int(h.overdueReviews.size())),
                                        m_health);
        row->setData(kKindRole, int(OverdueReviews));
    }
    if (h.pendingComments > 0) {
        auto *row = new QListWidgetItem(tr("%n public comment(s) waiting for moderation", nullptr, h.pendingComments),
                                        m_health);
        row->setData(kKindRole, int(PendingComments));
    }
    m_summary->setText(tr("Stale columns: %1 · Empty columns: %2 · Overdue reviews: %3 · Pending comments: %4")
                           .arg(h.staleColumns.size())
                           .arg(h.emptyColumns.size())
                           .arg(h.overdueReviews.size())
                           .arg(h.pendingComments < 0 ? u"—"_s : QString::number(h.pendingComments)));
    renderCharts();
}

void DashboardPage::renderCharts()
{
    // Items published per day, stacked per column (the busiest ones; the rest together).
    QList<DashboardModel::ColumnSeries> series = m_model->publishedPerDay();
    const auto total = [](const DashboardModel::ColumnSeries &s) { return std::accumulate(s.perDay.cbegin(), s.perDay.cend(), 0); };
    std::ranges::sort(series, std::greater<>(), total);
    auto *stacked = new QStackedBarSeries;
    QList<int> others(DashboardModel::ChartDays, 0);
    int maxDay = 0;
    QList<int> dayTotals(DashboardModel::ChartDays, 0);
    for (int i = 0; i < series.size(); ++i) {
        if (i >= kChartColumns) {
            for (int d = 0; d < DashboardModel::ChartDays; ++d)
                others[d] += series.at(i).perDay.at(d);
            continue;
        }
        auto *set = new QBarSet(series.at(i).name);
        for (const int n : series.at(i).perDay)
            *set << n;
        stacked->append(set);
    }
    if (series.size() > kChartColumns) {
        auto *set = new QBarSet(tr("Other columns"));
        for (const int n : std::as_const(others))
            *set << n;
        stacked->append(set);
    }
    for (const auto &s : std::as_const(series))
        for (int d = 0; d < DashboardModel::ChartDays; ++d)
            dayTotals[d] += s.perDay.at(d);
    for (const int n : std::as_const(dayTotals))
        maxDay = std::max(maxDay, n);
    auto *chart = new QChart;
    chart->setTitle(tr("Items published per day, %1 to %2")
                        .arg(QLocale().toString(m_model->firstChartDay(), QLocale::ShortFormat),
                             QLocale().toString(m_model->firstChartDay().addDays(DashboardModel::ChartDays - 1),
                                                QLocale::ShortFormat)));
    chart->addSeries(stacked);
    // Thirty dates under thirty bars do not fit (a category axis elides them all to "…"): a value axis over the
    // bar positions labels every fifth day with its date instead.
    auto *days = new QCategoryAxis;
    days->setRange(-0.5, DashboardModel::ChartDays - 0.5);
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    days->setStartValue(-0.5);
    for (int d = 0; d < DashboardModel::ChartDays; d += 5)
        days->append(m_model->firstChartDay().addDays(d).toString(u"M/d"_s), d);
    // Whole dates, not "11…": there is room under five bars for one.
    days->setTruncateLabels(false);
    chart->addAxis(days, Qt::AlignBottom);
    stacked->attachAxis(days);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(1, maxDay));
    counts->setLabelFormat(u"%d"_s);
    counts->setTickCount(std::min(6, std::max(2, maxDay + 1)));
    chart->addAxis(counts, Qt::AlignLeft);
    stacked->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *old = m_publishedChart->chart();
    m_publishedChart->setChart(chart);
    delete old;

    // Average review time per level.
    auto *bars = new QBarSeries;
    auto *hours = new QBarSet(tr("Hours"));
    auto *levels = new QBarCategoryAxis;
    double maxHours = 0;
    const QMap<int, double> &perLevel = m_model->reviewHoursPerLevel();
    for (auto it = perLevel.cbegin(); it != perLevel.cend(); ++it) {
        *hours << it.value();
        levels->append(tr("Level %1").arg(it.key()));
        maxHours = std::max(maxHours, it.value());
    }
    bars->append(hours);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(u"@value"_s);
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *reviewChart = new QChart;
    reviewChart->setTitle(tr("Average review time per level (hours)"));
    reviewChart->addSeries(bars);
    levels->setTruncateLabels(false);
    reviewChart->addAxis(levels, Qt::AlignBottom);
    bars->attachAxis(levels);
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, maxHours * 1.2));
    reviewChart->addAxis(axis, Qt::AlignLeft);
    bars->attachAxis(axis);
    reviewChart->legend()->hide();
    old = m_reviewChart->chart();
    m_reviewChart->setChart(reviewChart);
    delete old;
}

void DashboardPage::activateHealth(QListWidgetItem *item)
{
    switch (item->data(kKindRole).toInt()) {
    case StaleColumn:
    case EmptyColumn: Q_EMIT showColumnRequested(item->data(kIdRole).toLongLong()); break;
    case OverdueReviews: Q_EMIT showQueueRequested(); break;
    case PendingComments: Q_EMIT showLiveRequested(); break;
    }
}

} // namespace pd::ui
