#include "app/models/ReviewQueueModel.h"

#include "app/api/PortalClient.h"
#include "app/domain/IsoTime.h"

#include <QColor>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace pd::models {

ReviewQueueModel::ReviewQueueModel(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_calendar(std::move(calendar))
    , m_clock(this)
{
    // Lights change with time alone; a minute is fine-grained enough for hour-scale deadlines.
    m_clock.setInterval(std::chrono::minutes(1));
    connect(&m_clock, &QTimer::timeout, this, [this] {
        updateLights();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, SectionCount - 1));
    });
    m_clock.start();
}

void ReviewQueueModel::refresh(qint64 siteId)
{
    m_siteId = siteId;
    if (m_loading) {
        m_reloadAgain = true; // a change arrived while loading: load once more afterwards
        return;
    }
    m_loading = true;
    m_client.call("GET", u"/api/v1/review/queue?site=%1"_s.arg(siteId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      m_loading = false;
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                      } else {
                          const QJsonArray array = reply->json.isArray()
                                                       ? reply->json.array()
                                                       : reply->json.object().value(u"items").toArray();
                          QList<QJsonObject> items;
                          for (const QJsonValue &v : array)
                              items.append(v.toObject());
                          setItems(items);
                          m_loaded = true;
                          Q_EMIT refreshed();
                      }
                      if (std::exchange(m_reloadAgain, false))
                          refresh(m_siteId);
                  });
}

void ReviewQueueModel::handleEvent(const QString &type, const QJsonObject &)
{
    if (m_siteId > 0 && (type == u"review.assigned"_s || type == u"item.changed"_s))
        refresh(m_siteId);
}

void ReviewQueueModel::setItems(const QList<QJsonObject> &items)
{
    QList<Row> rows;
    rows.reserve(items.size());
    for (const QJsonObject &o : items) {
        Row r;
        r.id = o.value(u"id").toInteger();
        r.revision = o.value(u"revision").toInteger();
        r.title = o.value(u"title").toString();
        r.type = o.value(u"type").toString();
        // The byline the preview shows; the account that wrote the item only where no byline was given.
        r.author = o.value(u"author").toString().trimmed();
        if (r.author.isEmpty())
            r.author = o.value(u"createdByName").toString();
        for (const QJsonValue &c : o.value(u"columns").toArray())
            r.columns.append(c.toInteger());
        r.level = o.value(u"level").toInt();
        r.waitingFor = o.value(u"waitingFor").toString(u"review"_s);
        r.levelStart = domain::IsoTime::parse(o.value(u"updatedAt").toString());
        r.dueAt = domain::IsoTime::parse(o.value(u"dueAt").toString());
        r.placementKind = o.value(u"placementKind").toString();
        r.sourceSiteName = o.value(u"sourceSiteName").toString();
        rows.append(std::move(r));
    }
    // Most urgent first: the earliest deadline on top, items without one (waiting to be published) last.
    std::ranges::stable_sort(rows, [](const Row &a, const Row &b) {
        if (a.dueAt.isValid() != b.dueAt.isValid())
            return a.dueAt.isValid();
        return a.dueAt < b.dueAt;
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
    updateLights();
    endResetModel();
}

void ReviewQueueModel::setColumnNames(const QHash<qint64, QString> &names)
{
    m_columnNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ColumnSection), index(rowCount() - 1, ColumnSection));
}

int ReviewQueueModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

QString ReviewQueueModel::columnText(const Row &row) const
{
    QStringList names;
    for (const qint64 c : row.columns)
        names.append(m_columnNames.value(c, QString::number(c)));
    return names.join(u"、"_s);
}

QString ReviewQueueModel::sourceText(const Row &row)
{
    // A reviewer must know a copy from another site of the group at a glance: they review it for their own site,
    // but its text is the other site's and changes with it.
    if (row.placementKind == u"submit"_s)
        return tr("Submitted (报送) by %1").arg(row.sourceSiteName);
    if (row.placementKind == u"push"_s)
        return tr("Pushed (推送) from %1").arg(row.sourceSiteName);
    return {};
}

void ReviewQueueModel::setCalendar(domain::WorkingCalendar calendar)
{
    m_calendar = std::move(calendar);
    updateLights();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, SectionCount - 1));
}

void ReviewQueueModel::setNow(const QDateTime &now)
{
    m_now = now;
    updateLights();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, SectionCount - 1));
}

QDateTime ReviewQueueModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ReviewQueueModel::updateLights()
{
    // Working-time arithmetic per row is too slow to repeat in data() while 10,000 rows are sorted.
    const QDateTime at = now();
    m_lights.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        m_lights[i] = r.dueAt.isValid()
                          ? m_calendar.light(r.levelStart.isValid() ? r.levelStart : r.dueAt, r.dueAt, at)
                          : domain::DeadlineLight::Green;
    }
}

domain::DeadlineLight ReviewQueueModel::light(int row) const
{
    return m_lights.at(row);
}

int ReviewQueueModel::countWithLight(domain::DeadlineLight wanted) const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += light(i) == wanted ? 1 : 0;
    return n;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const domain::DeadlineLight l = light(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleSection: return r.title;
        case TypeSection:
            return r.type == u"feature"_s      ? tr("Feature")
                   : r.type == u"disclosure"_s ? tr("Disclosure")
                                               : tr("News");
        case ColumnSection: return columnText(r);
        case AuthorSection: return r.author;
        case SubmittedSection:
            // Month, day and time: the queue spans days, not years, and the column stays narrow.
            return r.levelStart.isValid() ? r.levelStart.toLocalTime().toString(u"MM-dd HH:mm"_s) : QString();
        case LevelSection:
            return r.waitingFor == u"publish"_s ? tr("To publish") : tr("Level %1").arg(r.level);
        case DueSection:
            return r.dueAt.isValid() ? r.dueAt.toLocalTime().toString(u"MM-dd HH:mm"_s) : QString();
        case LightSection:
            if (!r.dueAt.isValid())
                return QString();
            return l == domain::DeadlineLight::Red      ? tr("Overdue")
                   : l == domain::DeadlineLight::Yellow ? tr("Due soon")
                                                        : tr("On time");
        case SourceSection: return sourceText(r);
        }
        return {};
    case Qt::ToolTipRole:
        // Narrow sections elide; the tooltip has the whole text.
        switch (index.column()) {
        case TitleSection: return r.title;
        case ColumnSection: return columnText(r);
        case AuthorSection: return r.author;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != LightSection || !r.dueAt.isValid())
            return {};
        return l == domain::DeadlineLight::Red      ? QColor(0xd9, 0x2d, 0x20)
               : l == domain::DeadlineLight::Yellow ? QColor(0xf2, 0xb7, 0x05)
                                                    : QColor(0x2e, 0x9e, 0x44);
    case ItemIdRole: return r.id;
    case RevisionRole: return r.revision;
    case TypeRole: return r.type;
    case SortRole:
        switch (index.column()) {
        case TitleSection: return r.title;
        case TypeSection: return r.type;
        case ColumnSection: return columnText(r);
        case AuthorSection: return r.author;
        // Publishing comes after the last review level.
        case LevelSection: return r.waitingFor == u"publish"_s ? 1000 : r.level;
        case SubmittedSection: return r.levelStart;
        // Items without a deadline sort after every dated one.
        case DueSection: return r.dueAt.isValid() ? r.dueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case LightSection: return r.dueAt.isValid() ? 2 - int(l) : 3;
        case SourceSection: return sourceText(r);
        }
        return {};
    case LightRole:
        return l == domain::DeadlineLight::Red ? u"red"_s : l == domain::DeadlineLight::Yellow ? u"yellow"_s : u"green"_s;
    case DueAtRole: return r.dueAt;
    case PlacementKindRole: return r.placementKind;
    case SourceSiteRole: return r.sourceSiteName;
    case WaitingForRole: return r.waitingFor;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleSection: return tr("Title");
    case TypeSection: return tr("Type");
    case ColumnSection: return tr("Column");
    case AuthorSection: return tr("Author");
    case SubmittedSection: return tr("Submitted");
    case LevelSection: return tr("Waiting for");
    case DueSection: return tr("Due");
    case LightSection: return tr("Deadline");
    case SourceSection: return tr("Source");
    }
    return {};
}

} // namespace pd::models
