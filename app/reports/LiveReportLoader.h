#pragma once
#include "app/api/LiveClient.h"
#include "app/domain/Error.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveStats.h"

#include <QObject>

namespace pd::reports {

/// Fetches what a live event's final report says from portald: the event and its figures (taken together, so the
/// report is of one moment).
class LiveReportLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveReportLoader)

public:
    explicit LiveReportLoader(api::PortalClient &client, QObject *parent = nullptr);

    void load(qint64 eventId);

Q_SIGNALS:
    void loaded(const pd::domain::LiveEvent &event, const pd::domain::LiveStats &stats);
    void failed(const pd::Error &error);

private:
    api::LiveClient m_live;
    quint64 m_generation = 0;
};

} // namespace pd::reports
