#include "app/review/ReviewItemLoader.h"

#include "app/api/PortalClient.h"
#include "app/review/ReviewLog.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::review {

ReviewItemLoader::ReviewItemLoader(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ReviewItemLoader::loadRules(qint64 siteId)
{
    m_client.call("GET", u"/api/v1/checks/rules?site=%1"_s.arg(siteId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      auto rules = checks::RuleSet::fromJson(reply->json.object());
                      if (!rules) {
                          Q_EMIT failed(rules.error());
                          return;
                      }
                      setRules(*rules);
                      Q_EMIT rulesLoaded();
                  });
}

void ReviewItemLoader::setRules(const checks::RuleSet &rules)
{
    m_engine = std::make_shared<const checks::CheckEngine>(rules);
    if (m_item)
        runChecks();
}

void ReviewItemLoader::clear()
{
    m_currentId = 0;
    m_item.reset();
    m_audit.clear();
    m_diff.clear();
    m_findings.clear();
    m_ignored.clear();
    m_baseline = Baseline::None;
    m_baselineRevision = 0;
    if (m_history)
        m_history->deleteLater();
}

void ReviewItemLoader::load(qint64 itemId, qint64 knownRevision)
{
    clear();
    m_currentId = itemId;
    loadAudit(itemId);
    loadIgnored(itemId);
    const auto cached = m_cache.constFind(itemId);
    if (cached != m_cache.cend() && (knownRevision == 0 || cached->revision == knownRevision)) {
        showItem(*cached);
        return;
    }
    fetchItem(itemId, [this, itemId](const domain::Item &item) {
        if (itemId == m_currentId)
            showItem(item);
    });
}

void ReviewItemLoader::prefetch(qint64 itemId, qint64 knownRevision)
{
    const auto cached = m_cache.constFind(itemId);
    if ((cached != m_cache.cend() && cached->revision == knownRevision) || m_inFlight.contains(itemId))
        return;
    fetchItem(itemId, [](const domain::Item &) {});
}

void ReviewItemLoader::fetchItem(qint64 itemId, std::function<void(const domain::Item &)> then)
{
    m_inFlight.insert(itemId);
    m_client.call("GET", u"/api/v1/items/%1"_s.arg(itemId), {}, {}, this,
                  [this, itemId, then = std::move(then)](Result<api::ApiReply> reply) {
                      m_inFlight.remove(itemId);
                      if (!reply) {
                          if (itemId == m_currentId)
                              Q_EMIT failed(reply.error());
                          return;
                      }
                      auto item = domain::Item::fromJson(reply->json.object());
                      if (!item) {
                          if (itemId == m_currentId)
                              Q_EMIT failed(item.error());
                          return;
                      }
                      // The queue can hold thousands of items; only the recent neighbourhood is worth keeping.
                      if (m_cache.size() > 200)
                          m_cache.clear();
                      then(*m_cache.insert(itemId, *item));
                  });
}

void ReviewItemLoader::showItem(const domain::Item &item)
{
    m_item = underReview(item);
    Q_EMIT itemLoaded(*m_item);
    runChecks();
    loadDiff(item);
}

domain::Item ReviewItemLoader::underReview(const domain::Item &item)
{
    if (!item.pendingRevision)
        return item;
    domain::Item pending = *item.pendingRevision;
    pending.id = item.id;
    pending.siteId = item.siteId;
    pending.type = item.type;
    pending.revision = item.revision;
    pending.publishedRevision = item.publishedRevision;
    pending.publicUrl = item.publicUrl;
    pending.publishedAt = item.publishedAt;
    if (pending.createdByName.isEmpty())
        pending.createdByName = item.createdByName;
    pending.pendingRevision.reset();
    return pending;
}

void ReviewItemLoader::runChecks()
{
    if (!m_item || !m_engine)
        return;
    // Synchronous: the engine takes well under a millisecond per field for articles.
    QList<checks::Finding> all = m_engine->checkText(m_item->title, u"title"_s);
    all += m_engine->checkText(m_item->subtitle, u"subtitle"_s);
    all += m_engine->checkText(m_item->summary, u"summary"_s);
    all += m_engine->checkHtml(m_item->bodyHtml, u"bodyHtml"_s);
    m_findings = all;
    Q_EMIT findingsReady(m_findings);
}

void ReviewItemLoader::loadAudit(qint64 itemId)
{
    m_client.call("GET", u"/api/v1/items/%1/audit"_s.arg(itemId), {}, {}, this,
                  [this, itemId](Result<api::ApiReply> reply) {
                      if (itemId != m_currentId)
                          return;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      const QJsonArray list = reply->json.isArray() ? reply->json.array()
                                                                    : reply->json.object().value(u"items").toArray();
                      m_audit.clear();
                      for (const QJsonValue &v : list)
                          m_audit.append(AuditEntry::fromJson(v.toObject()));
                      Q_EMIT auditLoaded(m_audit);
                  });
}

void ReviewItemLoader::loadIgnored(qint64 itemId)
{
    m_client.call("GET", u"/api/v1/items/%1/sweep-findings?state=ignored"_s.arg(itemId), {}, {}, this,
                  [this, itemId](Result<api::ApiReply> reply) {
                      if (itemId != m_currentId)
                          return;
                      // A portal without sweeps, or a reviewer it does not show them to, leaves the list empty:
                      // the review itself does not depend on it.
                      if (!reply)
                          return;
                      m_ignored.clear();
                      for (const QJsonValue &v : reply->json.object().value(u"items").toArray())
                          if (auto f = domain::SweepFinding::fromJson(v.toObject()))
                              m_ignored.append(*f);
                      Q_EMIT ignoredFindingsLoaded(m_ignored);
                  });
}

QStringList ReviewItemLoader::comparableLines(const domain::Item &item)
{
    QStringList lines{tr("Title: %1").arg(item.title)};
    if (!item.subtitle.isEmpty())
        lines.append(tr("Subtitle: %1").arg(item.subtitle));
    if (!item.summary.isEmpty())
        lines.append(tr("Summary: %1").arg(item.summary));
    lines += editing::LineDiff::htmlLines(item.bodyHtml);
    return lines;
}

std::pair<ReviewItemLoader::Baseline, qint64>
ReviewItemLoader::chooseBaseline(const QList<editing::RevisionSummary> &revisions, qint64 current)
{
    QList<editing::RevisionSummary> sorted = revisions;
    std::ranges::sort(sorted, {}, &editing::RevisionSummary::revision);
    qint64 published = 0;
    qint64 rejected = 0;
    std::optional<domain::ItemState> previous;
    for (const editing::RevisionSummary &r : std::as_const(sorted)) {
        if (r.revision >= current)
            break;
        if (r.state == domain::ItemState::Published)
            published = r.revision;
        // The revision a rejection wrote holds exactly what had been submitted; later edits are the author's fix.
        if (r.state == domain::ItemState::Rejected && previous == domain::ItemState::Submitted)
            rejected = r.revision;
        previous = r.state;
    }
    if (published > 0)
        return {Baseline::Published, published};
    if (rejected > 0)
        return {Baseline::Rejected, rejected};
    return {Baseline::None, 0};
}

void ReviewItemLoader::loadDiff(const domain::Item &item)
{
    if (m_history)
        m_history->deleteLater();
    // An edit of a published item is judged against what the public reads now: the item's own published fields,
    // which come with it, not an older revision from the history.
    if (item.pendingRevision) {
        m_baseline = Baseline::Published;
        m_baselineRevision = item.publishedRevision > 0 ? item.publishedRevision : item.revision;
        m_diff = editing::LineDiff::compare(comparableLines(item), comparableLines(*m_item));
        Q_EMIT diffReady();
        return;
    }
    m_history = new editing::RevisionHistory(m_client, item.id, this);
    const qint64 itemId = item.id;
    const qint64 current = item.revision;
    connect(m_history, &editing::RevisionHistory::loaded, this,
            [this, itemId, current](const QList<editing::RevisionSummary> &revisions) {
                if (itemId != m_currentId || !m_item)
                    return;
                const auto [kind, revision] = chooseBaseline(revisions, current);
                m_baseline = kind;
                m_baselineRevision = revision;
                if (kind == Baseline::None) {
                    m_diff = editing::LineDiff::compare({}, comparableLines(*m_item));
                    Q_EMIT diffReady();
                    return;
                }
                m_history->fetch(revision, [this, itemId](const domain::Item &old) {
                    if (itemId != m_currentId || !m_item)
                        return;
                    m_diff = editing::LineDiff::compare(comparableLines(old), comparableLines(*m_item));
                    Q_EMIT diffReady();
                });
            });
    connect(m_history, &editing::RevisionHistory::failed, this, [this](const QString &message) {
        Q_EMIT failed(Error::make(ErrorCode::Server, message));
    });
    m_history->load();
}

} // namespace pd::review
