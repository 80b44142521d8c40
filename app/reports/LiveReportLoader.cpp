#include "app/reports/LiveReportLoader.h"

namespace pd::reports {

LiveReportLoader::LiveReportLoader(api::PortalClient &client, QObject *parent)
    : QObject(parent), m_live(client)
{
}

void LiveReportLoader::load(qint64 eventId)
{
    const quint64 generation = ++m_generation; // a later request makes the answers of an earlier one moot
    m_live.event(eventId, this, [this, eventId, generation](Result<domain::LiveEvent> event) {
        if (generation != m_generation)
            return;
        if (!event) {
            Q_EMIT failed(event.error());
            return;
        }
        m_live.stats(eventId, this, [this, generation, event = *event](Result<domain::LiveStats> stats) {
            if (generation != m_generation)
                return;
            if (!stats) {
                Q_EMIT failed(stats.error());
                return;
            }
            Q_EMIT loaded(event, *stats);
        });
    });
}

} // namespace pd::reports
