#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::models {

/// The 工作台 (workbench): the signed-in user's own work (drafts, items in review, items rejected back) and the
/// site's health against the inspection thresholds — columns not updated within their updateDays, empty
/// columns, overdue reviews, pending public comments — plus items published per day (last 30 days, per
/// column) and the average review time per level. Everything is computed from the portal API's answers.
class DashboardModel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    static constexpr int ChartDays = 30;
    /// How many recently published items' audit trails feed the review-time chart.
    static constexpr int ReviewTimeSample = 30;

    struct ItemRef {
        qint64 id = 0;
        QString title;
        QDateTime updatedAt;
        QDateTime dueAt;
    };
    struct ColumnSeries {
        qint64 columnId = 0;
        QString name;
        QList<int> perDay; ///< ChartDays counts, oldest day first
    };
    struct Health {
        QList<domain::Column> staleColumns; ///< published before, but longer ago than updateDays
        QList<domain::Column> emptyColumns; ///< leaf columns nothing was ever published in (live excluded)
        QList<ItemRef> overdueReviews;      ///< submitted items past their dueAt
        int pendingComments = -1;           ///< public live comments awaiting moderation; -1 when unknown
    };

    explicit DashboardModel(api::PortalClient &client, QObject *parent = nullptr);

    /// Loads everything for `siteId`; ready() follows once every answer is in (failed() for each that failed).
    void refresh(qint64 siteId);
    /// Pins "now" (tests); by default the current time at refresh().
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

    [[nodiscard]] const QList<ItemRef> &myDrafts() const { return m_drafts; }
    [[nodiscard]] const QList<ItemRef> &myInReview() const { return m_inReview; }
    [[nodiscard]] const QList<ItemRef> &myRejected() const { return m_rejected; }
    [[nodiscard]] const Health &health() const { return m_health; }
    [[nodiscard]] const QList<ColumnSeries> &publishedPerDay() const { return m_published; }
    /// The first day of the chart (local date); the last is today.
    [[nodiscard]] QDate firstChartDay() const { return m_firstDay; }
    /// Average working of each level in hours (wall-clock time from entering the level to its decision).
    [[nodiscard]] const QMap<int, double> &reviewHoursPerLevel() const { return m_reviewHours; }

    /// Splits columns into stale and empty at `now` (parents of other columns and live columns are skipped).
    [[nodiscard]] static Health classifyColumns(const QList<domain::Column> &columns, const QDateTime &now);
    /// Per-level durations (seconds) in one audit trail (oldest first): from entering a level (submit, or the
    /// approval of the level below) to the decision at that level.
    [[nodiscard]] static QMap<int, QList<qint64>> levelDurations(const QList<QJsonObject> &audit);

Q_SIGNALS:
    void ready();
    void failed(const pd::Error &error);

private:
    void get(const QString &path, std::function<void(const QJsonDocument &)> then);
    void done();
    void loadItems(const QString &query, QList<ItemRef> *into);
    void loadPublished(const QString &cursor);
    void loadComments();
    void loadReviewTimes();

    api::PortalClient &m_client;
    qint64 m_siteId = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    QDateTime m_fixedNow;
    QDateTime m_now;
    QDate m_firstDay;
    QList<domain::Column> m_columns;
    QList<ItemRef> m_drafts;
    QList<ItemRef> m_inReview;
    QList<ItemRef> m_rejected;
    Health m_health;
    QList<QJsonObject> m_publishedItems;
    QList<ColumnSeries> m_published;
    QMap<int, QList<qint64>> m_durations;
    QMap<int, double> m_reviewHours;
};

} // namespace pd::models
