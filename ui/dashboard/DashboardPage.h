#pragma once
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace pd::api {
class EventStream;
}
namespace pd::models {
class DashboardModel;
class SiteHealthWatch;
class Workspace;
}

namespace pd::ui {

class InspectionBanner;

/// The 工作台 page: the user's drafts, items in review and items rejected back; the site's health against the
/// inspection thresholds (stale and empty columns, overdue reviews, pending public comments), each a click
/// (or Enter) away from its fix; charts of items published per day and review time per level. Renders
/// models::DashboardModel and reports where the user wants to go.
class DashboardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    /// `stream` (may be null): item changes refresh the page (debounced).
    DashboardPage(models::Workspace &workspace, api::EventStream *stream, QWidget *parent = nullptr);
    ~DashboardPage() override;

    [[nodiscard]] models::DashboardModel &model() { return *m_model; }
    /// The early warnings shown in the banner (the tray listens to it too).
    [[nodiscard]] models::SiteHealthWatch &siteHealth() { return *m_siteHealth; }
    [[nodiscard]] InspectionBanner *inspectionBanner() const { return m_banner; }
    [[nodiscard]] QListWidget *healthList() const { return m_health; }
    [[nodiscard]] QListWidget *draftsList() const { return m_drafts; }
    [[nodiscard]] QListWidget *inReviewList() const { return m_inReview; }
    [[nodiscard]] QListWidget *rejectedList() const { return m_rejected; }
    [[nodiscard]] QLabel *healthSummary() const { return m_summary; }
    [[nodiscard]] QChartView *publishedChart() const { return m_publishedChart; }
    [[nodiscard]] QChartView *reviewTimeChart() const { return m_reviewChart; }

    void refresh();

Q_SIGNALS:
    void openItemRequested(qint64 itemId);
    /// Show the column in the main window's column list (a stale or empty column).
    void showColumnRequested(qint64 columnId);
    void showQueueRequested();
    void showLiveRequested();
    /// 报表: the monthly report for this site (or the site group).
    void reportsRequested();
    /// 巡检: whole-site content and link sweeps of this site.
    void sweepsRequested();

private:
    enum HealthKind { StaleColumn = 1, EmptyColumn, OverdueReviews, PendingComments };
    void render();
    void renderCharts();
    void activateHealth(QListWidgetItem *item);

    models::Workspace &m_workspace;
    std::unique_ptr<models::DashboardModel> m_model;
    std::unique_ptr<models::SiteHealthWatch> m_siteHealth;
    InspectionBanner *m_banner = nullptr;
    QListWidget *m_drafts = nullptr;
    QListWidget *m_inReview = nullptr;
    QListWidget *m_rejected = nullptr;
    QListWidget *m_health = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_publishedChart = nullptr;
    QChartView *m_reviewChart = nullptr;
};

} // namespace pd::ui
