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

Result<QList<PublicPage>> LivePages::build(const QJsonObject &event) const
{
    const SiteContent &content = m_context.content();
    const qint64 id = event.value(u"id"_s).toInteger();
    if (id <= 0)
        return fail(ErrorCode::Validation, u"直播没有编号"_s);
    const Column *column = content.firstOfKind(ColumnKind::Live);
    const QString title = event.value(u"title"_s).toString();
    QVariantHash context = m_context.baseContext(title, column ? column->id : 0);
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(column ? column->id : 0));

    // Pinned posts first, then the newest: the order readers expect from a live blog.
    QList<QJsonObject> posts;
    for (const QJsonValue &v : event.value(u"posts"_s).toArray())
        posts.append(v.toObject());
    std::stable_sort(posts.begin(), posts.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool pa = a.value(u"pinned"_s).toBool();
        const bool pb = b.value(u"pinned"_s).toBool();
        if (pa != pb)
            return pa;
        const qint64 sa = a.value(u"seq"_s).toInteger();
        const qint64 sb = b.value(u"seq"_s).toInteger();
        if (sa != sb)
            return sa > sb;
        return a.value(u"createdAt"_s).toString() > b.value(u"createdAt"_s).toString();
    });
    QVariantList postViews;
    QJsonArray feedPosts;
    for (const QJsonObject &p : std::as_const(posts)) {
        const QDateTime at = QDateTime::fromString(p.value(u"createdAt"_s).toString(), Qt::ISODate);
        QVariantList photos;
        for (const QJsonValue &ph : p.value(u"photos"_s).toArray()) {
            const QJsonObject o = ph.toObject();
            const QString caption = o.value(u"caption"_s).toString();
            photos.append(QVariantHash{{u"url"_s, o.value(u"url"_s).toString()},
                                       {u"caption"_s, caption},
                                       {u"alt"_s, caption.isEmpty() ? u"现场图片"_s : caption},
                                       {u"width"_s, o.value(u"width"_s).toInt()},
                                       {u"height"_s, o.value(u"height"_s).toInt()}});
        }
        postViews.append(QVariantHash{{u"id"_s, p.value(u"id"_s).toInteger()},
                                      {u"seq"_s, p.value(u"seq"_s).toInteger()},
                                      {u"time"_s, at.isValid() ? at.toTimeZone(PageText::beijing()).toString(u"HH:mm"_s) : QString()},
                                      {u"iso"_s, PageText::iso(at)},
                                      {u"speaker"_s, p.value(u"speaker"_s).toString()},
                                      {u"paragraphs"_s, PageText::paragraphs(p.value(u"text"_s).toString())},
                                      {u"pinned"_s, p.value(u"pinned"_s).toBool()},
                                      {u"correctionNote"_s, p.value(u"correctionNote"_s).toString()},
                                      {u"photos"_s, photos}});
        feedPosts.append(p);
    }
    QVariantList sessions;
    for (const QJsonValue &v : event.value(u"sessions"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const auto hm = [](const QJsonValue &t) {
            const QDateTime dt = QDateTime::fromString(t.toString(), Qt::ISODate);
            return dt.isValid() ? dt.toTimeZone(PageText::beijing()).toString(u"HH:mm"_s) : t.toString();
        };
        sessions.append(QVariantHash{{u"title"_s, s.value(u"title"_s).toString()},
                                     {u"startsAt"_s, hm(s.value(u"startsAt"_s))},
                                     {u"endsAt"_s, hm(s.value(u"endsAt"_s))}});
    }
    QVariantList guests;
    for (const QJsonValue &v : event.value(u"guests"_s).toArray())
        guests.append(QVariantHash{{u"name"_s, v.toObject().value(u"name"_s).toString()},
                                   {u"title"_s, v.toObject().value(u"title"_s).toString()}});
    QVariantList comments;
    for (const QJsonValue &v : event.value(u"comments"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QDateTime at = QDateTime::fromString(c.value(u"createdAt"_s).toString(), Qt::ISODate);
        comments.append(QVariantHash{{u"id"_s, c.value(u"id"_s).toInteger()},
                                     {u"name"_s, c.value(u"name"_s).toString().isEmpty() ? u"网友"_s : c.value(u"name"_s).toString()},
                                     {u"paragraphs"_s, PageText::paragraphs(c.value(u"text"_s).toString())},
                                     {u"time"_s, PageText::dateTime(at)},
                                     {u"iso"_s, PageText::iso(at)}});
    }
    const QDateTime startsAt = QDateTime::fromString(event.value(u"startsAt"_s).toString(), Qt::ISODate);
    const QString state = event.value(u"state"_s).toString();
    context.insert(u"event"_s, QVariantHash{{u"id"_s, id},
                                            {u"title"_s, title},
                                            {u"venue"_s, event.value(u"venue"_s).toString()},
                                            {u"state"_s, PageText::liveStateName(state)},
                                            {u"stateCode"_s, state},
                                            {u"startsAt"_s, PageText::dateTime(startsAt)},
                                            {u"iso"_s, PageText::iso(startsAt)},
                                            {u"sessions"_s, sessions},
                                            {u"guests"_s, guests},
                                            {u"summary"_s, event.value(u"summary"_s).toString()},
                                            {u"posts"_s, postViews},
                                            {u"comments"_s, comments},
                                            {u"streamSeq"_s, event.value(u"streamSeq"_s).toInteger()},
                                            {u"acceptsComments"_s, state != u"ended"_s}});
    QVariantList meta = m_context.columnMeta(column);
    meta.append(PageContext::metaTag(u"ArticleTitle"_s, title));
    meta.append(PageContext::metaTag(u"PubDate"_s, PageText::dateTime(startsAt)));
    meta.append(PageContext::metaTag(u"ContentSource"_s, content.site().name));
    meta.append(PageContext::metaTag(u"Description"_s, u"%1（%2，%3）图文直播"_s.arg(title, event.value(u"venue"_s).toString(),
                                                                 PageText::liveStateName(state))));
    meta.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u'/' + PagePaths::liveDir(id) + u'/')));
    context.insert(u"meta"_s, meta);
    auto html = m_context.page(PagePaths::liveDir(id) + u"/index.html"_s, u"live.html"_s, context);
    if (!html)
        return std::unexpected(html.error());

    // feed.json: what the page's script needs to redraw itself, and where to resume the public stream.
    QJsonObject feedEvent = event;
    for (const QString &key : {u"posts"_s, u"comments"_s, u"streamSeq"_s})
        feedEvent.remove(key);
    const QJsonObject feed{{u"event"_s, feedEvent},
                           {u"posts"_s, feedPosts},
                           {u"comments"_s, event.value(u"comments"_s).toArray()},
                           {u"streamSeq"_s, event.value(u"streamSeq"_s).toInteger()}};
    return QList<PublicPage>{std::move(*html),
                             PublicPage{PagePaths::liveDir(id) + u"/feed.json"_s, QJsonDocument(feed).toJson(QJsonDocument::Compact)}};
}

} // namespace pd::server
