#include "app/models/DashboardModel.h"

#include "app/api/PortalClient.h"
#include "app/domain/IsoTime.h"
#include "app/models/ModelsLog.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::models {

namespace {
QDateTime timeOf(const QJsonValue &v)
{
    return domain::IsoTime::parse(v.toString());
}

QJsonArray listOf(const QJsonDocument &doc)
{
    return doc.isArray() ? doc.array() : doc.object().value(u"items").toArray();
}
} // namespace

DashboardModel::DashboardModel(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void DashboardModel::refresh(qint64 siteId)
{
    ++m_generation; // answers of an earlier refresh are dropped
    m_pending = 0;
    m_siteId = siteId;
    m_now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    m_firstDay = m_now.toLocalTime().date().addDays(-(ChartDays - 1));
    m_drafts.clear();
    m_inReview.clear();
    m_rejected.clear();
    m_health = {};
    m_publishedItems.clear();
    m_published.clear();
    m_durations.clear();
    m_reviewHours.clear();

    ++m_pending; // held until every request is issued, so ready() cannot fire half-way
    const quint64 generation = m_generation;
    ++m_pending;
    m_client.columns(siteId, this, [this, generation](Result<QList<domain::Column>> columns) {
        if (generation != m_generation)
            return;
        if (!columns) {
            Q_EMIT failed(columns.error());
        } else {
            m_columns = *columns;
            const int pendingComments = m_health.pendingComments;
            const QList<ItemRef> overdue = m_health.overdueReviews;
            m_health = classifyColumns(m_columns, m_now);
            m_health.pendingComments = pendingComments;
            m_health.overdueReviews = overdue;
        }
        done();
    });
    loadItems(u"state=draft&mine=1"_s, &m_drafts);
    loadItems(u"state=submitted&mine=1"_s, &m_inReview);
    loadItems(u"state=rejected&mine=1"_s, &m_rejected);
    loadItems(u"state=submitted"_s, &m_health.overdueReviews);
    loadPublished({});
    loadComments();
    done();
}

void DashboardModel::get(const QString &path, std::function<void(const QJsonDocument &)> then)
{
    ++m_pending;
    const quint64 generation = m_generation;
    m_client.call("GET", path, {}, {}, this, [this, generation, then = std::move(then)](Result<api::ApiReply> reply) {
        if (generation != m_generation)
            return;
        if (!reply)
            Q_EMIT failed(reply.error());
        else
            then(reply->json);
        done();
    });
}

void DashboardModel::done()
{
    if (--m_pending > 0)
        return;
    m_pending = 0;
    // Overdue reviews: the submitted items whose deadline has passed (the list held all submitted ones).
    QList<ItemRef> overdue;
    for (const ItemRef &r : std::as_const(m_health.overdueReviews))
        if (r.dueAt.isValid() && r.dueAt < m_now)
            overdue.append(r);
    m_health.overdueReviews = overdue;

    QHash<qint64, QString> names;
    for (const domain::Column &c : std::as_const(m_columns))
        names.insert(c.id, c.name);
    QMap<qint64, QList<int>> perColumn;
    for (const QJsonObject &o : std::as_const(m_publishedItems)) {
        const QDate day = timeOf(o.value(u"publishedAt")).toLocalTime().date();
        const qint64 offset = m_firstDay.daysTo(day);
        if (offset < 0 || offset >= ChartDays)
            continue;
        for (const QJsonValue &c : o.value(u"columns").toArray()) {
            QList<int> &counts = perColumn[c.toInteger()];
            if (counts.isEmpty())
                counts.fill(0, ChartDays);
            ++counts[offset];
        }
    }
    m_published.clear();
    for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
        m_published.append({it.key(), names.value(it.key(), QString::number(it.key())), it.value()});
    m_reviewHours.clear();
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it) {
        qint64 sum = 0;
        for (const qint64 s : it.value())
            sum += s;
        if (!it.value().isEmpty())
            m_reviewHours.insert(it.key(), double(sum) / double(it.value().size()) / 3600.0);
    }
    Q_EMIT ready();
}

void DashboardModel::loadItems(const QString &query, QList<ItemRef> *into)
{
    // The dashboard lists at most 200 of each; the counts beyond that are not what anyone acts on.
    get(u"/api/v1/items?site=%1&%2&limit=200"_s.arg(m_siteId).arg(query), [into](const QJsonDocument &doc) {
        for (const QJsonValue &v : listOf(doc)) {
            const QJsonObject o = v.toObject();
            into->append({o.value(u"id").toInteger(), o.value(u"title").toString(), timeOf(o.value(u"updatedAt")),
                          timeOf(o.value(u"dueAt"))});
        }
    });
}

void DashboardModel::loadPublished(const QString &cursor)
{
    const QDateTime since = QDateTime(m_firstDay, QTime(0, 0)).toUTC();
    QUrlQuery query;
    query.addQueryItem(u"site"_s, QString::number(m_siteId));
    query.addQueryItem(u"state"_s, u"published"_s);
    query.addQueryItem(u"updatedSince"_s, since.toString(Qt::ISODate));
    query.addQueryItem(u"limit"_s, u"200"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    get(u"/api/v1/items?"_s + query.toString(QUrl::FullyEncoded), [this](const QJsonDocument &doc) {
        for (const QJsonValue &v : listOf(doc))
            m_publishedItems.append(v.toObject());
        const QString next = doc.object().value(u"nextCursor").toString();
        if (!next.isEmpty())
            loadPublished(next);
        else
            loadReviewTimes();
    });
}

void DashboardModel::loadReviewTimes()
{
    // Newest publications first; each one's audit trail holds the time spent at every level.
    QList<QJsonObject> sample = m_publishedItems;
    std::ranges::sort(sample, std::greater<>(),
                      [](const QJsonObject &o) { return timeOf(o.value(u"publishedAt")).toMSecsSinceEpoch(); });
    if (sample.size() > ReviewTimeSample)
        sample.resize(ReviewTimeSample);
    for (const QJsonObject &o : std::as_const(sample))
        get(u"/api/v1/items/%1/audit"_s.arg(o.value(u"id").toInteger()), [this](const QJsonDocument &doc) {
            QList<QJsonObject> entries;
            for (const QJsonValue &v : listOf(doc))
                entries.append(v.toObject());
            const auto durations = levelDurations(entries);
            for (auto it = durations.cbegin(); it != durations.cend(); ++it)
                m_durations[it.key()] += it.value();
        });
}

void DashboardModel::loadComments()
{
    get(u"/api/v1/live/events?site=%1"_s.arg(m_siteId), [this](const QJsonDocument &doc) {
        m_health.pendingComments = 0;
        for (const QJsonValue &v : listOf(doc)) {
            const QJsonObject event = v.toObject();
            get(u"/api/v1/live/events/%1/stats"_s.arg(event.value(u"id").toInteger()), [this](const QJsonDocument &s) {
                m_health.pendingComments += s.object().value(u"commentsPending").toInt();
            });
        }
    });
}

DashboardModel::Health DashboardModel::classifyColumns(const QList<domain::Column> &columns, const QDateTime &now)
{
    QSet<qint64> parents;
    for (const domain::Column &c : columns)
        if (c.parentId != 0)
            parents.insert(c.parentId);
    Health h;
    for (const domain::Column &c : columns) {
        // Content lives in the leaves; live broadcasts are not items.
        if (parents.contains(c.id) || c.kind == domain::ColumnKind::Live)
            continue;
        if (!c.lastPublishedAt.isValid())
            h.emptyColumns.append(c);
        else if (c.isStale(now))
            h.staleColumns.append(c);
    }
    return h;
}

QMap<int, QList<qint64>> DashboardModel::levelDurations(const QList<QJsonObject> &audit)
{
    QMap<int, QList<qint64>> out;
    QDateTime entered;
    for (const QJsonObject &e : audit) {
        const QDateTime at = timeOf(e.value(u"at"));
        const int level = e.value(u"fromLevel").toInt();
        if (e.value(u"fromState").toString() == u"submitted"_s && level > 0 && entered.isValid() && at.isValid())
            out[level].append(entered.secsTo(at));
        entered = e.value(u"toState").toString() == u"submitted"_s ? at : QDateTime();
    }
    return out;
}

} // namespace pd::models
