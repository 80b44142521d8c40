#include "server/publish/LivePages.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::ColumnKind;

Result<QList<PublicPage>> LivePages::build(const LivePublicView &view) const
{
    const SiteContent &content = m_context.content();
    const domain::LiveEvent &event = view.event;
    const qint64 id = event.id;
    if (id <= 0)
        return fail(ErrorCode::Validation, u"直播没有编号"_s);
    const Column *column = content.firstOfKind(ColumnKind::Live);
    QVariantHash context = m_context.baseContext(event.title, column ? column->id : 0);
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(column ? column->id : 0));

    // Pinned posts first, then the newest: the order readers expect from a live blog.
    QList<domain::LivePost> posts = view.posts;
    std::stable_sort(posts.begin(), posts.end(), [](const domain::LivePost &a, const domain::LivePost &b) {
        if (a.pinned != b.pinned)
            return a.pinned;
        return a.seq > b.seq;
    });
    // With parallel sessions (sub-forums) every session has its page and feed beside the event's (全部), each
    // listing that session's posts: a static page per tab reads without JavaScript, and a static feed per tab is
    // what readers who cannot keep a socket open poll.
    const bool tabbed = event.sessions.size() > 1;
    const auto sessionTitle = [&](qint64 sessionId) {
        const domain::LiveEvent::Session *s = event.session(sessionId);
        return s ? s->title : QString();
    };
    // On the page of all (全部) each post names its session.
    const auto postView = [&](const domain::LivePost &p, bool labelled) {
        // The time citizens saw it appear: publication, which in reviewed mode is the last approval.
        const QDateTime at = p.publishedAt.isValid() ? p.publishedAt : p.createdAt;
        QVariantList photos;
        for (const domain::LivePost::Photo &ph : p.photos)
            photos.append(QVariantHash{{u"url"_s, ph.url},
                                       {u"caption"_s, ph.caption},
                                       {u"alt"_s, ph.caption.isEmpty() ? u"现场图片"_s : ph.caption},
                                       {u"width"_s, ph.width},
                                       {u"height"_s, ph.height}});
        return QVariantHash{{u"id"_s, p.id},
                            {u"seq"_s, p.seq},
                            {u"session"_s, p.session},
                            {u"sessionTitle"_s, labelled ? sessionTitle(p.session) : QString()},
                            {u"time"_s, at.isValid() ? at.toTimeZone(PageText::beijing()).toString(u"HH:mm"_s) : QString()},
                            {u"iso"_s, PageText::iso(at)},
                            {u"speaker"_s, p.speaker},
                            {u"paragraphs"_s, PageText::paragraphs(p.text)},
                            {u"pinned"_s, p.pinned},
                            {u"correctionNote"_s, p.correctionNote},
                            {u"photos"_s, photos}};
    };
    const auto hm = [](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(PageText::beijing()).toString(u"HH:mm"_s) : QString();
    };
    QVariantList sessions;
    for (const domain::LiveEvent::Session &s : event.sessions)
        sessions.append(QVariantHash{{u"title"_s, s.title}, {u"startsAt"_s, hm(s.startsAt)}, {u"endsAt"_s, hm(s.endsAt)}});
    QVariantList guests;
    for (const domain::LiveEvent::Guest &g : event.guests)
        guests.append(QVariantHash{{u"name"_s, g.name}, {u"title"_s, g.title}});
    QVariantList comments;
    QJsonArray feedComments;
    for (const domain::LiveComment &c : view.comments) {
        comments.append(QVariantHash{{u"id"_s, c.id},
                                     {u"name"_s, c.name.isEmpty() ? u"网友"_s : c.name},
                                     {u"paragraphs"_s, PageText::paragraphs(c.text)},
                                     {u"time"_s, PageText::dateTime(c.createdAt)},
                                     {u"iso"_s, PageText::iso(c.createdAt)}});
        feedComments.append(c.toPublicJson());
    }
    // An interview's answered pairs, oldest first as a transcript reads, and the question the host is asking now.
    QVariantHash interview;
    QJsonObject feedInterview;
    if (event.isInterview()) {
        const auto guestName = [](const domain::InterviewAnswer &a) {
            return a.guestTitle.isEmpty() ? a.guestName : a.guestName + u'　' + a.guestTitle;
        };
        const auto questionView = [&](const domain::InterviewQuestion &q) {
            QVariantHash v{{u"id"_s, q.id},
                           {u"name"_s, q.name.isEmpty() ? u"网友"_s : q.name},
                           {u"paragraphs"_s, PageText::paragraphs(q.text)},
                           {u"time"_s, hm(q.askedAt)},
                           {u"iso"_s, PageText::iso(q.askedAt)},
                           {u"askers"_s, q.askers}};
            if (q.answer) {
                QVariantHash answer{{u"guest"_s, guestName(*q.answer)},
                                    {u"guestName"_s, q.answer->guestName},
                                    {u"paragraphs"_s, PageText::paragraphs(q.answer->text)},
                                    {u"time"_s, hm(q.answer->createdAt)},
                                    {u"iso"_s, PageText::iso(q.answer->createdAt)}};
                // The photo the guest has now; a guest who left the list shows none.
                if (const domain::LiveEvent::Guest *g = event.guest(q.answer->guestId); g && !g->photoUrl.isEmpty())
                    answer.insert(u"photo"_s, g->photoUrl);
                // A corrected answer says so, as a corrected live post does (更正).
                if (q.answer->correctedAt.isValid())
                    answer.insert(u"correction"_s, QVariantHash{{u"note"_s, q.answer->correctionNote},
                                                                {u"time"_s, hm(q.answer->correctedAt)},
                                                                {u"iso"_s, PageText::iso(q.answer->correctedAt)}});
                v.insert(u"answer"_s, answer);
            }
            return v;
        };
        QVariantList pairs;
        QJsonArray feedPairs;
        for (const domain::InterviewQuestion &q : view.answered) {
            pairs.append(questionView(q));
            feedPairs.append(q.toPublicJson());
        }
        interview.insert(u"pairs"_s, pairs);
        interview.insert(u"host"_s, event.host.title.isEmpty() ? event.host.name : event.host.name + u'　' + event.host.title);
        interview.insert(u"open"_s, event.state != domain::LiveEventState::Ended);
        if (view.currentQuestion)
            interview.insert(u"current"_s, questionView(*view.currentQuestion));
        feedInterview = QJsonObject{{u"current"_s, view.currentQuestion ? QJsonValue(view.currentQuestion->toPublicJson())
                                                                         : QJsonValue()},
                                    {u"pairs"_s, feedPairs}};
    }
    const QString state = domain::liveEventStateCode(event.state);
    const QString eventDir = PagePaths::liveDir(id);
    const auto dirOf = [&](qint64 sessionId) {
        return sessionId == 0 ? eventDir : eventDir + u"/sessions/%1"_s.arg(sessionId);
    };
    const auto tabsFor = [&](qint64 current) {
        QVariantList tabs;
        if (!tabbed)
            return tabs;
        tabs.append(QVariantHash{{u"title"_s, u"全部"_s}, {u"href"_s, u'/' + dirOf(0) + u'/'}, {u"current"_s, current == 0},
                                 {u"session"_s, 0}});
        for (const domain::LiveEvent::Session &s : event.sessions)
            tabs.append(QVariantHash{{u"title"_s, s.title}, {u"href"_s, u'/' + dirOf(s.id) + u'/'},
                                     {u"current"_s, current == s.id}, {u"session"_s, s.id}});
        return tabs;
    };

    QList<qint64> pages{0};
    if (tabbed)
        for (const domain::LiveEvent::Session &s : event.sessions)
            pages.append(s.id);
    QList<PublicPage> out;
    for (qint64 sessionId : std::as_const(pages)) {
        QVariantList postViews;
        QJsonArray feedPosts;
        for (const domain::LivePost &p : std::as_const(posts)) {
            if (sessionId != 0 && p.session != sessionId)
                continue;
            postViews.append(postView(p, tabbed && sessionId == 0));
            feedPosts.append(p.toPublicJson());
        }
        const QString dir = dirOf(sessionId);
        QVariantHash eventView{{u"id"_s, id},
                               {u"title"_s, event.title},
                               {u"venue"_s, event.venue},
                               {u"state"_s, PageText::liveStateName(state)},
                               {u"stateCode"_s, state},
                               {u"startsAt"_s, PageText::dateTime(event.startsAt)},
                               {u"iso"_s, PageText::iso(event.startsAt)},
                               {u"sessions"_s, sessions},
                               {u"guests"_s, guests},
                               {u"summary"_s, event.summary},
                               {u"posts"_s, postViews},
                               {u"comments"_s, comments},
                               {u"streamSeq"_s, view.streamSeq},
                               {u"streamUrl"_s, m_context.liveStreamUrl(id)},
                               {u"streamProtocol"_s, m_context.liveStreamProtocol()},
                               {u"tabs"_s, tabsFor(sessionId)},
                               {u"session"_s, sessionId},
                               {u"sessionTitle"_s, sessionTitle(sessionId)},
                               {u"feed"_s, u'/' + dir + u"/feed.json"_s},
                               {u"interview"_s, event.isInterview() ? QVariant(interview) : QVariant()},
                               {u"acceptsComments"_s, event.state != domain::LiveEventState::Ended}};
        QVariantHash pageContext = context;
        pageContext.insert(u"event"_s, eventView);
        QVariantList meta = m_context.columnMeta(column);
        const QString title = sessionId == 0 ? event.title : event.title + u" · "_s + sessionTitle(sessionId);
        meta.append(PageContext::metaTag(u"ArticleTitle"_s, title));
        meta.append(PageContext::metaTag(u"PubDate"_s, PageText::dateTime(event.startsAt)));
        meta.append(PageContext::metaTag(u"ContentSource"_s, content.site().name));
        meta.append(PageContext::metaTag(u"Description"_s, u"%1（%2，%3）图文直播"_s.arg(title, event.venue,
                                                                     PageText::liveStateName(state))));
        meta.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u'/' + dir + u'/')));
        pageContext.insert(u"meta"_s, meta);
        auto html = m_context.page(dir + u"/index.html"_s, u"live.html"_s, pageContext);
        if (!html)
            return std::unexpected(html.error());
        // feed.json: what the page's script needs to redraw itself, and where to resume the public stream.
        QJsonObject feed{{u"event"_s, event.toPublicJson()},
                               {u"session"_s, sessionId == 0 ? QJsonValue() : QJsonValue(sessionId)},
                               {u"posts"_s, feedPosts},
                               {u"comments"_s, feedComments},
                               {u"streamSeq"_s, view.streamSeq}};
        if (event.isInterview())
            feed.insert(u"interview"_s, feedInterview);
        out.append(std::move(*html));
        out.append(PublicPage{dir + u"/feed.json"_s, QJsonDocument(feed).toJson(QJsonDocument::Compact)});
    }
    return out;
}

} // namespace pd::server
