#pragma once
#include "domain/Error.h"
#include "domain/WorkingCalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
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
    enum Section { TitleSection, LevelSection, DueSection, LightSection, SectionCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, LightRole, DueAtRole, WaitingForRole };

    ReviewQueueModel(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent = nullptr);

    /// Loads the queue of `siteId` from the server; refreshed() or failed() follows.
    void refresh(qint64 siteId);
    /// Feeds a stream event; review and item changes reload the queue.
    void handleEvent(const QString &type, const QJsonObject &payload);
    /// Replaces the rows (queue entries as the API returns them).
    void setItems(const QList<QJsonObject> &items);
    /// Pins "now" (tests); by default the current time, re-evaluated every minute.
    void setNow(const QDateTime &now);

    [[nodiscard]] domain::DeadlineLight light(int row) const;
    [[nodiscard]] int countWithLight(domain::DeadlineLight light) const;

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
        QString title;
        int level = 0;
        QString waitingFor;
        QDateTime levelStart;
        QDateTime dueAt;
    };
    [[nodiscard]] QDateTime now() const;

    api::PortalClient &m_client;
    domain::WorkingCalendar m_calendar;
    QList<Row> m_rows;
    QTimer m_clock;
    QDateTime m_now;
    qint64 m_siteId = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace pd::models
