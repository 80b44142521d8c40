#include "server/seed/InterviewSeeder.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/live/InterviewRepository.h"
#include "server/live/LiveLog.h"
#include "server/live/LiveRepository.h"
#include "server/seed/DemoInterview.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QLatin1StringView kSeededKey{"interview_demo_seeded"};

Error seedError(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, u"演示访谈数据有误：%1"_s.arg(message));
}

} // namespace

Result<void> InterviewSeeder::seed()
{
    auto pending = DemoInterview::pending(m_db, m_live, m_source, kSeededKey);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return {};
    const QJsonObject o = (*pending)->content;
    domain::LiveEvent event = (*pending)->event;
    event.kind = domain::LiveEventKind::Interview;
    const QJsonObject host = o.value(u"host").toObject();
    event.host = {host.value(u"name").toString(), host.value(u"title").toString()};
    // The host introduces and asks; only the guests answer.
    event.guests.removeIf([&](const domain::LiveEvent::Guest &g) { return g.name == event.host.name; });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (auto r = m_live.updateEvent(event); !r)
        return r;
    int position = 0;
    const QJsonArray questions = o.value(u"questions").toArray();
    for (const QJsonValue &v : questions) {
        const QJsonObject qo = v.toObject();
        domain::InterviewQuestion q;
        q.eventId = event.id;
        q.siteId = event.siteId;
        q.name = qo.value(u"name").toString();
        if (q.name.isEmpty())
            q.name = u"网友"_s;
        q.text = qo.value(u"text").toString();
        const auto state = domain::interviewQuestionStateFromCode(qo.value(u"state").toString(u"pending"_s));
        if (q.text.isEmpty() || !state)
            return std::unexpected(seedError(u"问题缺少内容或状态无效：%1"_s.arg(q.text)));
        q.state = *state;
        q.reason = qo.value(u"reason").toString();
        if (q.state == domain::InterviewQuestionState::Queued)
            q.position = ++position;
        q.address = u"127.0.0.1"_s;
        q.createdAt = now.addSecs(-qint64(qo.value(u"minutesAgo").toDouble() * 60));
        q.updatedAt = q.createdAt;
        if (auto r = m_interviews.insertQuestion(q); !r)
            return std::unexpected(r.error());
    }
    if (auto r = m_db.exec(u"INSERT INTO server_meta (meta_key, meta_value) VALUES (?, ?)"_s,
                           {QString(kSeededKey), now.toString(Qt::ISODate)});
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcLive) << "seeded" << questions.size() << "demo interview questions";
    return {};
}

} // namespace pd::server
