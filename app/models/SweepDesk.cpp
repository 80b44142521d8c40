#include "app/models/SweepDesk.h"

#include "app/api/PortalClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using pd::domain::SiteSweep;
using pd::domain::SweepFinding;

namespace pd::models {

SweepDesk::SweepDesk(api::PortalClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    m_poll.setInterval(std::chrono::seconds(1));
    connect(&m_poll, &QTimer::timeout, this, &SweepDesk::poll);
}

const std::optional<SiteSweep> &SweepDesk::sweep(Kind kind) const
{
    return kind == Kind::Links ? m_links : m_content;
}

void SweepDesk::setSite(qint64 siteId)
{
    m_siteId = siteId;
    ++m_generation;
    m_content.reset();
    m_links.reset();
    m_findingsOf = 0;
    m_findingsSeen = -1;
    m_findings.setFindings({});
    m_poll.stop();
    Q_EMIT changed();
    if (siteId <= 0)
        return;
    m_pendingLoads = 2;
    loadLatest(Kind::Content);
    loadLatest(Kind::Links);
}

void SweepDesk::refresh()
{
    setSite(m_siteId);
}

void SweepDesk::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    m_findingsOf = 0;
    m_findingsSeen = -1;
    m_findings.setFindings({});
    loadFindings();
    Q_EMIT changed();
}

void SweepDesk::loadLatest(Kind kind)
{
    const quint64 generation = m_generation;
    m_client.call("GET", u"/api/v1/sites/%1/sweeps?kind=%2&limit=1"_s.arg(m_siteId).arg(SiteSweep::kindCode(kind)), {},
                  {}, this, [this, kind, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation)
                          return;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                      } else if (const QJsonArray items = reply->json.object().value(u"items").toArray();
                                 !items.isEmpty()) {
                          auto sweep = SiteSweep::fromJson(items.first().toObject());
                          if (sweep)
                              apply(*sweep);
                          else
                              Q_EMIT failed(sweep.error());
                      }
                      if (--m_pendingLoads == 0) {
                          loadFindings();
                          Q_EMIT loaded();
                      }
                  });
}

void SweepDesk::apply(const SiteSweep &sweep)
{
    (sweep.kind == Kind::Links ? m_links : m_content) = sweep;
    updatePolling();
    Q_EMIT changed();
    if (sweep.kind == m_kind && m_pendingLoads == 0)
        loadFindings();
}

void SweepDesk::updatePolling()
{
    const bool running = (m_content && m_content->running()) || (m_links && m_links->running());
    if (running && !m_poll.isActive())
        m_poll.start();
    else if (!running)
        m_poll.stop();
}

void SweepDesk::poll()
{
    const quint64 generation = m_generation;
    for (const auto *s : {&m_content, &m_links}) {
        if (!*s || !(*s)->running())
            continue;
        m_client.call("GET", u"/api/v1/sweeps/%1"_s.arg((*s)->id), {}, {}, this,
                      [this, generation](Result<api::ApiReply> reply) {
                          if (generation != m_generation)
                              return;
                          if (!reply) {
                              Q_EMIT failed(reply.error());
                              return;
                          }
                          if (auto sweep = SiteSweep::fromJson(reply->json.object()))
                              apply(*sweep);
                      });
    }
}

void SweepDesk::loadFindings()
{
    const auto &shown = current();
    if (!shown)
        return;
    const QString state = SiteSweep::kindCode(shown->kind) + QString::number(int(shown->state));
    // Fetched again only when there may be something new: another sweep, more findings, or the end of this one.
    if (shown->id == m_findingsOf && shown->findings == m_findingsSeen && state == m_findingsState)
        return;
    const qint64 id = shown->id;
    const int count = shown->findings;
    const quint64 generation = m_generation;
    m_client.call("GET", u"/api/v1/sweeps/%1/findings"_s.arg(id), {}, {}, this,
                  [this, id, count, state, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation || !current() || current()->id != id)
                          return;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      QList<SweepFinding> list;
                      for (const QJsonValue &v : reply->json.object().value(u"items").toArray())
                          if (auto f = SweepFinding::fromJson(v.toObject()))
                              list.append(*f);
                      m_findingsOf = id;
                      m_findingsSeen = count;
                      m_findingsState = state;
                      m_findings.setFindings(std::move(list));
                  });
}

void SweepDesk::start()
{
    if (m_siteId <= 0)
        return;
    const quint64 generation = m_generation;
    m_client.call("POST", u"/api/v1/sites/%1/sweeps?kind=%2"_s.arg(m_siteId).arg(SiteSweep::kindCode(m_kind)), {}, {},
                  this, [this, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation)
                          return;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      auto sweep = SiteSweep::fromJson(reply->json.object());
                      if (!sweep) {
                          Q_EMIT failed(sweep.error());
                          return;
                      }
                      m_findings.setFindings({});
                      m_findingsOf = 0;
                      apply(*sweep);
                  });
}

void SweepDesk::cancel()
{
    const auto &shown = current();
    if (!shown || !shown->running())
        return;
    const quint64 generation = m_generation;
    m_client.call("POST", u"/api/v1/sweeps/%1/cancel"_s.arg(shown->id), {}, {}, this,
                  [this, generation](Result<api::ApiReply> reply) {
                      if (generation != m_generation)
                          return;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      if (auto sweep = SiteSweep::fromJson(reply->json.object()))
                          apply(*sweep);
                  });
}

void SweepDesk::resolve(qint64 findingId, SweepFinding::State to, const QString &reason)
{
    if (to == SweepFinding::State::Open)
        return;
    if (to == SweepFinding::State::Ignored && reason.trimmed().isEmpty()) {
        Q_EMIT failed(Error::make(ErrorCode::Validation, tr("Say why the finding is ignored: reviewers and the audit "
                                                            "log show the reason.")));
        return;
    }
    QJsonObject body{{u"action"_s, to == SweepFinding::State::Fixed ? u"fix"_s : u"ignore"_s}};
    if (to == SweepFinding::State::Ignored)
        body.insert(u"reason"_s, reason.trimmed());
    m_client.call("POST", u"/api/v1/sweep-findings/%1/transitions"_s.arg(findingId), QJsonDocument(body), {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      auto finding = SweepFinding::fromJson(reply->json.object());
                      if (!finding) {
                          Q_EMIT failed(finding.error());
                          return;
                      }
                      m_findings.update(*finding);
                      Q_EMIT resolved(*finding);
                  });
}

QString SweepDesk::progressText(const SiteSweep &s)
{
    const QLocale locale;
    const QString unit = s.kind == Kind::Links ? tr("pages") : tr("items");
    switch (s.state) {
    case SiteSweep::State::Running:
        return tr("%1 of %2 %3 checked").arg(locale.toString(s.checked), locale.toString(s.total), unit)
               + (s.restarts > 0 ? tr(" (started over after the rules changed)") : QString());
    case SiteSweep::State::Done:
        return tr("Done: %1 %2 checked, %3 findings, %4 open")
            .arg(locale.toString(s.checked), unit, locale.toString(s.findings), locale.toString(s.open));
    case SiteSweep::State::Cancelled:
        return tr("Cancelled after %1 of %2 %3").arg(locale.toString(s.checked), locale.toString(s.total), unit);
    }
    return {};
}

QString SweepDesk::linkSummary(const SiteSweep &s)
{
    if (s.kind != Kind::Links)
        return {};
    const QLocale locale;
    QString text = tr("%1 dead of %2 links (%3 %), the limit is %4 %")
                       .arg(locale.toString(s.deadLinks), locale.toString(s.links - s.uncheckedLinks),
                            locale.toString(s.deadLinkRatio * 100.0, 'f', 2), locale.toString(s.deadLinkLimit * 100.0, 'g', 3));
    if (s.homeDeadLinks > 0)
        text += tr("; %1 on the home page").arg(s.homeDeadLinks);
    if (s.uncheckedLinks > 0)
        text += tr("; %1 external links not checked").arg(locale.toString(s.uncheckedLinks));
    return text;
}

} // namespace pd::models
