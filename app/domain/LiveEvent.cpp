#include "app/domain/LiveEvent.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

// Event times keep the offset they were given with (a schedule reads in local time), to the second.
QString rfc3339(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QDateTime readTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> readIds(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &id : v.toArray())
        out.append(id.toInteger());
    return out;
}

/// `teams`: with each session's reporters and moderators, which citizens have no business knowing.
QJsonArray sessionArray(const QList<LiveEvent::Session> &sessions, bool teams)
{
    QJsonArray out;
    for (const LiveEvent::Session &s : sessions) {
        // A session without times (a sub-forum that runs all afternoon) has none in JSON rather than "".
        QJsonObject o{{u"id"_s, s.id}, {u"title"_s, s.title}};
        if (s.startsAt.isValid())
            o.insert(u"startsAt"_s, rfc3339(s.startsAt));
        if (s.endsAt.isValid())
            o.insert(u"endsAt"_s, rfc3339(s.endsAt));
        if (teams) {
            o.insert(u"reporters"_s, idArray(s.reporters));
            o.insert(u"moderators"_s, idArray(s.moderators));
        }
        out.append(o);
    }
    return out;
}

QJsonObject guestObject(const LiveEvent::Guest &g)
{
    QJsonObject o{{u"name"_s, g.name}, {u"title"_s, g.title}};
    if (g.id > 0)
        o.insert(u"id"_s, g.id);
    if (g.photoId > 0) {
        o.insert(u"photoId"_s, g.photoId);
        o.insert(u"photoUrl"_s, g.photoUrl);
    }
    return o;
}

QJsonArray guestArray(const QList<LiveEvent::Guest> &guests)
{
    QJsonArray out;
    for (const LiveEvent::Guest &g : guests)
        out.append(guestObject(g));
    return out;
}

QJsonValue hostValue(const LiveEvent::Guest &host)
{
    return host.name.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{u"name"_s, host.name}, {u"title"_s, host.title}});
}

LiveEvent::Guest readGuest(const QJsonObject &o)
{
    LiveEvent::Guest g{o.value(u"name").toString(), o.value(u"title").toString(), o.value(u"id").toInteger()};
    g.photoId = o.value(u"photoId").toInteger();
    g.photoUrl = g.photoId > 0 ? o.value(u"photoUrl").toString() : QString();
    return g;
}

QList<LiveEvent::Session> readSessions(const QJsonArray &array)
{
    QList<LiveEvent::Session> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"id").toInteger(), o.value(u"title").toString(), readTime(o.value(u"startsAt")),
                    readTime(o.value(u"endsAt")), readIds(o.value(u"reporters")), readIds(o.value(u"moderators"))});
    }
    return out;
}

QList<LiveEvent::Guest> readGuests(const QJsonArray &array)
{
    QList<LiveEvent::Guest> out;
    for (const QJsonValue &v : array)
        out.append(readGuest(v.toObject()));
    return out;
}

} // namespace

QJsonObject LiveEvent::toJson() const
{
    QJsonObject o = toPublicJson();
    o.insert(u"sessions"_s, sessionArray(sessions, true));
    o.insert(u"site"_s, siteId);
    o.insert(u"review"_s, review.toJson());
    o.insert(u"revision"_s, revision);
    o.insert(u"createdAt"_s, rfc3339(createdAt));
    o.insert(u"updatedAt"_s, rfc3339(updatedAt));
    o.insert(u"publicUrl"_s, u"/live/%1/"_s.arg(id));
    return o;
}

QJsonObject LiveEvent::toPublicJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"title"_s, title},
                       {u"venue"_s, venue},
                       {u"summary"_s, summary},
                       {u"state"_s, liveEventStateCode(state)},
                       {u"mode"_s, liveModeCode(mode)},
                       {u"startsAt"_s, rfc3339(startsAt)},
                       {u"sessions"_s, sessionArray(sessions, false)},
                       {u"guests"_s, guestArray(guests)},
                       {u"kind"_s, liveEventKindCode(kind)},
                       {u"host"_s, hostValue(host)}};
}

const LiveEvent::Session *LiveEvent::session(qint64 sessionId) const
{
    for (const Session &s : sessions)
        if (s.id == sessionId)
            return &s;
    return nullptr;
}

bool LiveEvent::hasSession(qint64 sessionId) const
{
    return sessions.isEmpty() ? sessionId == MainSession : session(sessionId) != nullptr;
}

void LiveEvent::numberSessions()
{
    qint64 last = 0;
    for (const Session &s : std::as_const(sessions))
        last = std::max(last, s.id);
    for (Session &s : sessions)
        if (s.id <= 0)
            s.id = ++last;
}

QJsonObject LiveEvent::contentJson() const
{
    return QJsonObject{{u"sessions"_s, sessionArray(sessions, true)}, {u"guests"_s, guestArray(guests)},
                       {u"review"_s, review.toJson()}, {u"kind"_s, liveEventKindCode(kind)},
                       {u"host"_s, hostValue(host)}};
}

const LiveEvent::Guest *LiveEvent::guest(qint64 guestId) const
{
    for (const Guest &g : guests)
        if (g.id == guestId && guestId > 0)
            return &g;
    return nullptr;
}

void LiveEvent::assignGuestIds(const QList<Guest> &previous)
{
    qint64 next = 1;
    for (const Guest &g : previous)
        next = std::max(next, g.id + 1);
    for (const Guest &g : std::as_const(guests))
        next = std::max(next, g.id + 1);
    QList<qint64> taken;
    for (Guest &g : guests) {
        if (g.id > 0 && !taken.contains(g.id)) {
            taken.append(g.id);
            continue;
        }
        g.id = 0;
        for (const Guest &p : previous)
            if (p.name == g.name && p.id > 0 && !taken.contains(p.id)) {
                g.id = p.id;
                break;
            }
        if (g.id == 0)
            g.id = next++;
        taken.append(g.id);
    }
}

void LiveEvent::keepGuestPhotos(const QList<Guest> &previous)
{
    for (Guest &g : guests) {
        if (g.photoId != Guest::KeepPhoto)
            continue;
        g.photoId = 0;
        g.photoUrl.clear();
        for (const Guest &p : previous)
            if (p.id == g.id && p.id > 0) {
                g.photoId = p.photoId;
                g.photoUrl = p.photoUrl;
                break;
            }
    }
}

void LiveEvent::takeContent(const QJsonObject &content)
{
    // Sessions stored before they had ids get them by position, so the first is MainSession, which every post
    // stored before posts named a session was moved to.
    sessions = readSessions(content.value(u"sessions").toArray());
    numberSessions();
    guests = readGuests(content.value(u"guests").toArray());
    review = LiveReview::fromJson(content.value(u"review")).value_or(LiveReview{});
    kind = liveEventKindFromCode(content.value(u"kind").toString()).value_or(LiveEventKind::Forum);
    host = readGuest(content.value(u"host").toObject());
}

LiveEvent LiveEvent::fromJson(const QJsonObject &json)
{
    LiveEvent e;
    e.id = json.value(u"id").toInteger();
    e.siteId = json.value(u"site").toInteger();
    e.title = json.value(u"title").toString();
    e.venue = json.value(u"venue").toString();
    e.summary = json.value(u"summary").toString();
    e.state = liveEventStateFromCode(json.value(u"state").toString()).value_or(LiveEventState::Scheduled);
    e.mode = liveModeFromCode(json.value(u"mode").toString()).value_or(LiveMode::Direct);
    e.startsAt = readTime(json.value(u"startsAt"));
    e.takeContent(json);
    e.revision = json.value(u"revision").toInteger();
    e.createdAt = readTime(json.value(u"createdAt"));
    e.updatedAt = readTime(json.value(u"updatedAt"));
    e.publicUrl = json.value(u"publicUrl").toString();
    return e;
}

Result<LiveEvent> LiveEvent::fromInput(const QJsonObject &json)
{
    LiveEvent e;
    QList<FieldError> errors;
    const auto text = [&](const QString &field, qsizetype max, bool required) {
        const QJsonValue v = json.value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            errors.append({field, u"应为字符串"_s});
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            errors.append({field, u"不能为空"_s});
        else if (s.size() > max)
            errors.append({field, u"最多 %1 个字符"_s.arg(max)});
        return s;
    };
    const auto time = [&](const QJsonValue &v, const QString &field) {
        if (v.isUndefined() || v.isNull() || v.toString().isEmpty())
            return QDateTime();
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            errors.append({field, u"应为 RFC 3339 时间，例如 2026-11-23T09:00:00+08:00"_s});
        return t;
    };

    e.siteId = json.value(u"site").toInteger();
    e.title = text(u"title"_s, MaxTitleLength, true);
    e.venue = text(u"venue"_s, 200, false);
    e.summary = text(u"summary"_s, 2000, false);
    const auto kind = liveEventKindFromCode(json.value(u"kind").toString(u"forum"_s));
    if (!kind)
        errors.append({u"kind"_s, u"应为 forum（论坛）、press（新闻发布会）、hearing（听证会）或 interview（在线访谈）"_s});
    e.kind = kind.value_or(LiveEventKind::Forum);
    const QJsonValue modeValue = json.value(u"mode");
    const bool modeGiven = !modeValue.isUndefined() && !modeValue.isNull();
    const auto mode = modeGiven ? liveModeFromCode(modeValue.toString()) : std::optional(defaultLiveMode(e.kind));
    if (!mode)
        errors.append({u"mode"_s, u"应为 direct（直接发布）或 reviewed（先审后发）"_s});
    e.mode = mode.value_or(LiveMode::Direct);
    e.startsAt = time(json.value(u"startsAt"), u"startsAt"_s);
    if (!json.value(u"sessions").isUndefined() && !json.value(u"sessions").isArray())
        errors.append({u"sessions"_s, u"应为数组"_s});
    const QJsonArray sessions = json.value(u"sessions").toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QJsonObject o = sessions.at(i).toObject();
        const auto people = [&](const QString &field) {
            const QJsonValue v = o.value(field);
            QList<qint64> ids;
            if (v.isUndefined() || v.isNull())
                return ids;
            bool bad = !v.isArray() || v.toArray().size() > 200;
            for (const QJsonValue &id : v.toArray()) {
                bad = bad || !id.isDouble() || id.toInteger() <= 0;
                if (!ids.contains(id.toInteger()))
                    ids.append(id.toInteger());
            }
            if (bad)
                errors.append({u"sessions[%1].%2"_s.arg(i).arg(field), u"应为用户编号数组（最多 200 人）"_s});
            return ids;
        };
        const QJsonValue id = o.value(u"id");
        if (!id.isUndefined() && !id.isNull() && (!id.isDouble() || id.toInteger() <= 0))
            errors.append({u"sessions[%1].id"_s.arg(i), u"应为场次编号（新场次不填）"_s});
        Session s{id.toInteger(), o.value(u"title").toString().trimmed(),
                  time(o.value(u"startsAt"), u"sessions[%1].startsAt"_s.arg(i)),
                  time(o.value(u"endsAt"), u"sessions[%1].endsAt"_s.arg(i)), people(u"reporters"_s),
                  people(u"moderators"_s)};
        if (s.title.isEmpty() || s.title.size() > 200)
            errors.append({u"sessions[%1].title"_s.arg(i), u"应为 1 到 200 个字符"_s});
        if (s.id > 0 && std::ranges::any_of(e.sessions, [&](const Session &other) { return other.id == s.id; }))
            errors.append({u"sessions[%1].id"_s.arg(i), u"场次编号重复"_s});
        if (s.startsAt.isValid() && s.endsAt.isValid() && s.endsAt < s.startsAt)
            errors.append({u"sessions[%1].endsAt"_s.arg(i), u"结束时间早于开始时间"_s});
        e.sessions.append(s);
    }
    if (!json.value(u"guests").isUndefined() && !json.value(u"guests").isArray())
        errors.append({u"guests"_s, u"应为数组"_s});
    const QJsonArray guests = json.value(u"guests").toArray();
    for (qsizetype i = 0; i < guests.size(); ++i) {
        const QJsonObject o = guests.at(i).toObject();
        Guest g{o.value(u"name").toString().trimmed(), o.value(u"title").toString().trimmed(), o.value(u"id").toInteger()};
        if (g.name.isEmpty() || g.name.size() > 100)
            errors.append({u"guests[%1].name"_s.arg(i), u"应为 1 到 100 个字符"_s});
        if (g.title.size() > 200)
            errors.append({u"guests[%1].title"_s.arg(i), u"最多 200 个字符"_s});
        // Left out keeps the guest's photo; null or 0 takes it away; otherwise portald checks the media id.
        const QJsonValue photo = o.value(u"photoId");
        if (photo.isUndefined())
            g.photoId = Guest::KeepPhoto;
        else if (!photo.isNull() && (!photo.isDouble() || photo.toDouble() != double(photo.toInteger()) || photo.toInteger() < 0))
            errors.append({u"guests[%1].photoId"_s.arg(i), u"应为已上传图片的媒体编号（不设照片填 null）"_s});
        else
            g.photoId = photo.toInteger();
        e.guests.append(g);
    }
    if (const QJsonValue h = json.value(u"host"); !h.isUndefined() && !h.isNull()) {
        if (!h.isObject())
            errors.append({u"host"_s, u"应为对象 {name, title}"_s});
        e.host = {h.toObject().value(u"name").toString().trimmed(), h.toObject().value(u"title").toString().trimmed()};
        if (e.host.name.size() > 100 || e.host.title.size() > 200)
            errors.append({u"host"_s, u"主持人姓名最多 100 个字符、职务最多 200 个字符"_s});
    }
    if (sessions.size() > 50 || guests.size() > 100)
        errors.append({u"sessions"_s, u"最多 50 个场次、100 位嘉宾"_s});
    if (auto review = LiveReview::fromJson(json.value(u"review")))
        e.review = *review;
    else
        errors.append(review.error().fields);
    if (!errors.isEmpty()) {
        Error err = Error::make(ErrorCode::Validation, u"直播信息有误"_s);
        err.fields = errors;
        return std::unexpected(err);
    }
    return e;
}

} // namespace pd::domain
