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
    QVariantList postViews;
    QJsonArray feedPosts;
    for (const domain::LivePost &p : std::as_const(posts)) {
        // The time citizens saw it appear: publication, which in reviewed mode is the last approval.
        const QDateTime at = p.publishedAt.isValid() ? p.publishedAt : p.createdAt;
        QVariantList photos;
        for (const domain::LivePost::Photo &ph : p.photos)
            photos.append(QVariantHash{{u"url"_s, ph.url},
                                       {u"caption"_s, ph.caption},
                                       {u"alt"_s, ph.caption.isEmpty() ? u"现场图片"_s : ph.caption},
                                       {u"width"_s, ph.width},
                                       {u"height"_s, ph.height}});
        postViews.append(QVariantHash{{u"id"_s, p.id},
                                      {u"seq"_s, p.seq},
                                      {u"time"_s, at.isValid() ? at.toTimeZone(PageText::beijing()).toString(u"HH:mm"_s) : QString()},
                                      {u"iso"_s, PageText::iso(at)},
                                      {u"speaker"_s, p.speaker},
                                      {u"paragraphs"_s, PageText::paragraphs(p.text)},
                                      {u"pinned"_s, p.pinned},
                                      {u"correctionNote"_s, p.correctionNote},
                                      {u"photos"_s, photos}});
        feedPosts.append(p.toPublicJson());
    }
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
            if (q.answer)
                v.insert(u"answer"_s, QVariantHash{{u"guest"_s, guestName(*q.answer)},
                                                   {u"paragraphs"_s, PageText::paragraphs(q.answer->text)},
                                                   {u"time"_s, hm(q.answer->createdAt)},
                                                   {u"iso"_s, PageText::iso(q.answer->createdAt)}});
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
    context.insert(u"event"_s, QVariantHash{{u"id"_s, id},
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
                                            {u"interview"_s, event.isInterview() ? QVariant(interview) : QVariant()},
                                            {u"acceptsComments"_s, event.state != domain::LiveEventState::Ended}});
    QVariantList meta = m_context.columnMeta(column);
    meta.append(PageContext::metaTag(u"ArticleTitle"_s, event.title));
    meta.append(PageContext::metaTag(u"PubDate"_s, PageText::dateTime(event.startsAt)));
    meta.append(PageContext::metaTag(u"ContentSource"_s, content.site().name));
    meta.append(PageContext::metaTag(u"Description"_s, u"%1（%2，%3）图文直播"_s.arg(event.title, event.venue,
                                                                 PageText::liveStateName(state))));
    meta.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u'/' + PagePaths::liveDir(id) + u'/')));
    context.insert(u"meta"_s, meta);
    auto html = m_context.page(PagePaths::liveDir(id) + u"/index.html"_s, u"live.html"_s, context);
    if (!html)
        return std::unexpected(html.error());

    // feed.json: what the page's script needs to redraw itself, and where to resume the public stream.
    QJsonObject feed{{u"event"_s, event.toPublicJson()},
                     {u"posts"_s, feedPosts},
                     {u"comments"_s, feedComments},
                     {u"streamSeq"_s, view.streamSeq}};
    if (event.isInterview())
        feed.insert(u"interview"_s, feedInterview);
    return QList<PublicPage>{std::move(*html),
                             PublicPage{PagePaths::liveDir(id) + u"/feed.json"_s, QJsonDocument(feed).toJson(QJsonDocument::Compact)}};
}

} // namespace pd::server
