#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteReport.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::reports {

/// Fetches report figures from portald: one site's for a period, or every site's of the group the user sees (the
/// 站群 comparison), in the order of the site list.
class ReportLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportLoader)

public:
    explicit ReportLoader(api::PortalClient &client, QObject *parent = nullptr);

    void loadSite(qint64 siteId, QDate from, QDate to);
    void loadGroup(QDate from, QDate to);

Q_SIGNALS:
    void loaded(const QList<pd::domain::SiteReport> &reports);
    void failed(const pd::Error &error);

private:
    void request(qint64 siteId, int index);

    api::PortalClient &m_client;
    quint64 m_generation = 0;
    QDate m_from;
    QDate m_to;
    int m_pending = 0;
    bool m_failed = false;
    QList<domain::SiteReport> m_reports;
};

} // namespace pd::reports
