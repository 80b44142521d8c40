#include "server/seed/LiveSeeder.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/live/LiveLog.h"
#include "server/live/LiveRepository.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QLatin1StringView kSeededKey{"live_demo_seeded"};
/// The last posts of a reviewed event still wait for the moderator, so the demo shows a review queue.
constexpr int kPendingTail = 2;

Error seedError(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, u"演示直播数据有误：%1"_s.arg(message));
}

} // namespace

Result<void> LiveSeeder::seed()
{
    auto done = m_db.scalar(u"SELECT meta_value FROM server_meta WHERE meta_key = ?"_s, {QString(kSeededKey)});
    if (!done)
        return std::unexpected(done.error());
    if (done->isValid() || !m_source.hasFile(u"live-events.json"_s))
        return {};
    auto doc = m_source.read(u"live-events.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    auto siteId = m_db.scalar(u"SELECT MIN(id) FROM sites"_s);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (siteId->isNull())
        return {}; // nothing to attach the events to
    auto author = m_db.scalar(u"SELECT COALESCE((SELECT id FROM users WHERE username = 'reporter'), (SELECT MIN(id) FROM users))"_s);
    if (!author)
        return std::unexpected(author.error());
    if (author->isNull())
        return {};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        domain::LiveEvent event;
        event.siteId = siteId->toLongLong();
        event.title = o.value(u"title").toString();
        event.venue = o.value(u"venue").toString();
        const auto state = domain::liveEventStateFromCode(o.value(u"state").toString());
        const auto mode = domain::liveModeFromCode(o.value(u"mode").toString());
        if (event.title.isEmpty() || !state || !mode)
            return std::unexpected(seedError(u"直播缺少标题或状态、模式无效：%1"_s.arg(event.title)));
        event.state = *state;
        event.mode = *mode;
        event.kind = domain::liveEventKindFromCode(o.value(u"kind").toString(u"forum"_s)).value_or(domain::LiveEventKind::Forum);
        event.startsAt = now.addSecs(qint64(o.value(u"startsInHours").toDouble() * 3600));
        const QDate day = event.startsAt.toTimeZone(m_zone).date();
        for (const QJsonValue &s : o.value(u"sessions").toArray()) {
            const QJsonObject so = s.toObject();
            const auto at = [&](const QString &hhmm) {
                return QDateTime(day, QTime::fromString(hhmm, u"HH:mm"_s), m_zone).toUTC();
            };
            // Each sub-forum's team by user name: demo accounts the demo seeder made just before.
            QList<qint64> reporters;
            for (const QJsonValue &name : so.value(u"reporters").toArray()) {
                auto id = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {name.toString()});
                if (!id)
                    return std::unexpected(id.error());
                if (id->isNull())
                    return std::unexpected(seedError(u"场次的记者 %1 不存在"_s.arg(name.toString())));
                reporters.append(id->toLongLong());
            }
            event.sessions.append({0, so.value(u"title").toString(), at(so.value(u"startsAt").toString()),
                                   at(so.value(u"endsAt").toString()), reporters, {}});
        }
        event.numberSessions();
        for (const QJsonValue &g : o.value(u"guests").toArray())
            event.guests.append({g.toObject().value(u"name").toString(), g.toObject().value(u"title").toString()});
        event.revision = 1;
        event.createdBy = author->toLongLong();
        event.createdAt = event.updatedAt = now;
        if (auto r = m_repo.insertEvent(event); !r)
            return std::unexpected(r.error());

        QList<QJsonObject> posts;
        for (const QJsonValue &p : o.value(u"posts").toArray())
            posts.append(p.toObject());
        // Oldest first, so the seq follows the timeline.
        std::ranges::sort(posts, [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"minutesAgo").toDouble() > b.value(u"minutesAgo").toDouble();
        });
        for (qsizetype i = 0; i < posts.size(); ++i) {
            const QJsonObject &po = posts.at(i);
            domain::LivePost post;
            post.eventId = event.id;
            post.siteId = event.siteId;
            post.kind = u"text"_s;
            // `session`: the position of the post's session in the programme, from 1; the main forum without it.
            const qsizetype session = po.value(u"session").toInt(1);
            post.session = session >= 1 && session <= event.sessions.size() ? event.sessions.at(session - 1).id
                                                                             : event.defaultSessionId();
            post.text = po.value(u"text").toString();
            post.speaker = po.value(u"speaker").toString();
            post.createdBy = event.createdBy;
            post.createdAt = post.updatedAt = now.addSecs(-qint64(po.value(u"minutesAgo").toDouble() * 60));
            const bool waiting = event.isReviewed() && event.state == domain::LiveEventState::Live
                && i >= posts.size() - kPendingTail;
            post.state = waiting ? domain::LivePostState::Pending : domain::LivePostState::Published;
            if (!waiting)
                post.publishedAt = post.createdAt;
            if (auto r = m_repo.insertPost(post); !r)
                return std::unexpected(r.error());
        }
    }
    if (auto r = m_db.exec(u"INSERT INTO server_meta (meta_key, meta_value) VALUES (?, ?)"_s,
                           {QString(kSeededKey), now.toString(Qt::ISODate)});
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcLive) << "seeded" << doc->array().size() << "demo live events";
    return {};
}

} // namespace pd::server
