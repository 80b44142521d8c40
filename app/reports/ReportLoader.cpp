#include "app/reports/ReportLoader.h"

#include "app/api/PortalClient.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::reports {

ReportLoader::ReportLoader(api::PortalClient &client, QObject *parent) : QObject(parent), m_client(client) {}

void ReportLoader::loadSite(qint64 siteId, QDate from, QDate to)
{
    ++m_generation;
    m_from = from;
    m_to = to;
    m_failed = false;
    m_reports = QList<domain::SiteReport>(1);
    m_pending = 1;
    request(siteId, 0);
}

void ReportLoader::loadGroup(QDate from, QDate to)
{
    const quint64 generation = ++m_generation;
    m_from = from;
    m_to = to;
    m_failed = false;
    m_client.sites(this, [this, generation](Result<QList<domain::Site>> sites) {
        if (generation != m_generation)
            return;
        if (!sites) {
            Q_EMIT failed(sites.error());
            return;
        }
        QList<domain::Site> members;
        for (const domain::Site &s : std::as_const(*sites))
            if (s.enabled)
                members.append(s);
        m_reports = QList<domain::SiteReport>(members.size());
        m_pending = int(members.size());
        if (members.isEmpty()) {
            Q_EMIT loaded({});
            return;
        }
        for (int i = 0; i < members.size(); ++i)
            request(members.at(i).id, i);
    });
}

void ReportLoader::request(qint64 siteId, int index)
{
    const quint64 generation = m_generation;
    QUrlQuery query;
    query.addQueryItem(u"from"_s, m_from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, m_to.toString(Qt::ISODate));
    m_client.call("GET", u"/api/v1/sites/%1/report?%2"_s.arg(siteId).arg(query.toString(QUrl::FullyEncoded)), {}, {},
                  this, [this, generation, index](Result<api::ApiReply> reply) {
                      if (generation != m_generation || m_failed)
                          return;
                      auto report = reply ? domain::SiteReport::fromJson(reply->json.object())
                                          : Result<domain::SiteReport>(std::unexpected(reply.error()));
                      if (!report) {
                          // One answer is enough to say the report cannot be made; the others are dropped.
                          m_failed = true;
                          Q_EMIT failed(report.error());
                          return;
                      }
                      m_reports[index] = *report;
                      if (--m_pending == 0)
                          Q_EMIT loaded(m_reports);
                  });
}

} // namespace pd::reports
