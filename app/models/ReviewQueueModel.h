#pragma once
#include "app/domain/Error.h"
#include "app/domain/WorkingCalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

namespace pd::api {
class PortalClient;
}

namespace pd::models {

/// The reviewer's queue (items waiting at the caller's levels or for publishing) with the deadline light
/// (“亮灯”: green, yellow in the last quarter of the allowed working time, red when overdue), kept current by
/// stream events instead of polling.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Section {
        TitleSection,
        TypeSection,
        ColumnSection,
        AuthorSection,
        LevelSection,
        SubmittedSection,
        DueSection,
        LightSection,
        SourceSection, ///< 报送 / 推送 from another site of the group, with that site's name; empty for the site's own
        SectionCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        LightRole,
        DueAtRole,
        WaitingForRole,
        RevisionRole, ///< qlonglong: the revision the row was listed at (the If-Match of a transition)
        TypeRole,     ///< QString: news | feature | disclosure
        SortRole,     ///< the section's raw value for sorting (times, levels, light severity)
        PlacementKindRole, ///< QString: push | submit for a copy from another site, empty for the site's own item
        SourceSiteRole,    ///< QString: the name of the site a copy comes from
    };

    ReviewQueueModel(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent = nullptr);

    /// Loads the queue of `siteId` from the server; refreshed() or failed() follows.
    void refresh(qint64 siteId);
    /// Feeds a stream event; review and item changes reload the queue.
    void handleEvent(const QString &type, const QJsonObject &payload);
    /// Replaces the rows (queue entries as the API returns them).
    void setItems(const QList<QJsonObject> &items);
    /// Column names for the column section (the site's column tree; ids without a name show the id).
    void setColumnNames(const QHash<qint64, QString> &names);
    /// The working hours the lights count in (the site's, which its deadlines were set in).
    void setCalendar(domain::WorkingCalendar calendar);
    /// Pins "now" (tests); by default the current time, re-evaluated every minute.
    void setNow(const QDateTime &now);

    [[nodiscard]] domain::DeadlineLight light(int row) const;
    [[nodiscard]] int countWithLight(domain::DeadlineLight light) const;
    /// The row of item `id`, -1 when it is not waiting.
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] qint64 itemId(int row) const { return m_rows.at(row).id; }
    [[nodiscard]] qint64 revision(int row) const { return m_rows.at(row).revision; }
    [[nodiscard]] QString title(int row) const { return m_rows.at(row).title; }
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    /// Whether a load from the server has completed (successfully) since construction.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void failed(const pd::Error &error);

private:
    struct Row {
        qint64 id = 0;
        qint64 revision = 0;
        QString title;
        QString type;
        QString author;
        QList<qint64> columns;
        int level = 0;
        QString waitingFor;
        QDateTime levelStart;
        QDateTime dueAt;
        QString placementKind;
        QString sourceSiteName;
    };
    [[nodiscard]] QDateTime now() const;
    /// Recomputes every row's light (after a load, or when the clock moves): data() and sorting then read it.
    void updateLights();

    [[nodiscard]] QString columnText(const Row &row) const;
    [[nodiscard]] static QString sourceText(const Row &row);

    api::PortalClient &m_client;
    domain::WorkingCalendar m_calendar;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QList<domain::DeadlineLight> m_lights; ///< per row, for now()
    QHash<qint64, QString> m_columnNames;
    QTimer m_clock;
    QDateTime m_now;
    qint64 m_siteId = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadAgain = false;
};

} // namespace pd::models
