#include "server/publish/PageBuilder.h"

#include "server/publish/PageRenderer.h"
#include "server/publish/SiteContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::Column;
using domain::ColumnKind;
using domain::Item;

constexpr int kHomeListLength = 8;
constexpr int kHomeFeatureCount = 4;

// Readers are in China; pages show Beijing time whatever the server's zone.
QTimeZone beijing()
{
    return QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(u"yyyy-MM-dd"_s) : QString();
}

QString dateTimeText(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString isoText(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(Qt::ISODate) : QString();
}

QString columnTypeName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::News: return u"新闻动态"_s;
    case ColumnKind::Notice: return u"通知公告"_s;
    case ColumnKind::Policy: return u"政策文件"_s;
    case ColumnKind::Feature: return u"专题专栏"_s;
    case ColumnKind::Disclosure: return u"政府信息公开"_s;
    case ColumnKind::Live: return u"网络直播"_s;
    }
    return {};
}

QString liveStateName(const QString &state)
{
    if (state == u"scheduled") return u"预告"_s;
    if (state == u"live") return u"直播中"_s;
    if (state == u"paused") return u"暂停"_s;
    if (state == u"ended") return u"已结束"_s;
    return state;
}

QVariantHash metaTag(const QString &name, const QString &content)
{
    return {{u"name"_s, name}, {u"content"_s, content}};
}

QString columnUrl(qint64 id)
{
    return u"/columns/%1/"_s.arg(id);
}

QString pageFileName(int page)
{
    return page <= 1 ? u"index.html"_s : u"page-%1.html"_s.arg(page);
}

// Plain text → paragraphs for live posts (written by reporters as plain text with line breaks).
QVariantList paragraphs(const QString &text)
{
    QVariantList out;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QString firstImage(const QString &html)
{
    static const QRegularExpression img(uR"re(<img\b[^>]*\bsrc\s*=\s*"([^"]+)")re"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = img.match(html);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString plainSnippet(const QString &html, qsizetype length)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(tags, u" "_s);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    text = text.simplified();
    return text.size() > length ? text.left(length) + u'…' : text;
}

} // namespace

PageBuilder::PageBuilder(const SiteContent &content, const PageRenderer &renderer,
                         const domain::TopicCategoryCatalog &catalog)
    : m_content(content), m_renderer(renderer), m_catalog(catalog)
{
}

void PageBuilder::setFooter(QString hostOrganization, QString icpRecord)
{
    m_hostOrganization = std::move(hostOrganization);
    m_icpRecord = std::move(icpRecord);
}

QString PageBuilder::itemPath(qint64 id)
{
    return u"items/%1.html"_s.arg(id);
}

QString PageBuilder::columnDir(qint64 id)
{
    return u"columns/%1"_s.arg(id);
}

QString PageBuilder::featureDir(const QString &slug)
{
    return u"features/"_s + slug;
}

QString PageBuilder::disclosureDir(const QString &code)
{
    return u"disclosure/"_s + code;
}

QString PageBuilder::liveDir(qint64 id)
{
    return u"live/%1"_s.arg(id);
}

bool PageBuilder::isUsableSlug(const QString &slug)
{
    static const QRegularExpression rule(u"^[a-z0-9][a-z0-9-]{0,79}$"_s);
    return rule.match(slug).hasMatch();
}

QString PageBuilder::publicUrlOf(const Item &item)
{
    if (item.type == domain::ItemType::Feature && item.feature && isUsableSlug(item.feature->slug))
        return u"/features/%1/"_s.arg(item.feature->slug);
    return u"/items/%1.html"_s.arg(item.id);
}

QString PageBuilder::normaliseBody(const QString &html, const QString &fallbackAlt)
{
    static const QRegularExpression heading(u"<(/?)h([1-6])\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // Levels used by the body, mapped in order onto h2, h3, …: the page's own h1 is the title.
    std::set<int> used;
    for (auto it = heading.globalMatch(html); it.hasNext();)
        used.insert(it.next().captured(2).toInt());
    QHash<int, int> mapped;
    int next = 2;
    for (const int level : used)
        mapped.insert(level, std::min(6, next++));

    QString out;
    out.reserve(html.size() + 64);
    qsizetype last = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += u'<' + m.captured(1) + u'h' + QString::number(mapped.value(m.captured(2).toInt(), 2));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);

    static const QRegularExpression img(u"<img\\b([^>]*)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasAlt(u"\\balt\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    QString withAlt;
    withAlt.reserve(out.size());
    last = 0;
    for (auto it = img.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        withAlt += QStringView(out).mid(last, m.capturedStart() - last);
        if (hasAlt.match(m.captured(1)).hasMatch()) {
            withAlt += m.captured(0);
        } else {
            QString attrs = m.captured(1);
            const bool selfClosing = attrs.endsWith(u'/');
            if (selfClosing)
                attrs.chop(1);
            withAlt += u"<img"_s + attrs + u" alt=\""_s + fallbackAlt.toHtmlEscaped() + u'"'
                       + (selfClosing ? u" />"_s : u">"_s);
        }
        last = m.capturedEnd();
    }
    withAlt += QStringView(out).mid(last);
    return withAlt;
}

QString PageBuilder::absoluteUrl(const QString &path) const
{
    const QString domain = m_content.site().domain;
    return domain.isEmpty() ? path : u"https://"_s + domain + path;
}

QVariantList PageBuilder::siteMeta() const
{
    const domain::Site &site = m_content.site();
    return {metaTag(u"SiteName"_s, site.name), metaTag(u"SiteDomain"_s, site.domain),
            metaTag(u"SiteIDCode"_s, site.siteCode)};
}

QVariantList PageBuilder::columnMeta(const Column *column) const
{
    QVariantList meta = siteMeta();
    if (!column)
        return meta;
    QStringList path;
    for (const Column *c : m_content.trail(column->id))
        path.append(c->name);
    meta.append(metaTag(u"ColumnName"_s, column->name));
    meta.append(metaTag(u"ColumnDescription"_s, u"%1 %2栏目"_s.arg(m_content.site().name, path.join(u'/'))));
    meta.append(metaTag(u"ColumnKeywords"_s, path.join(u',')));
    meta.append(metaTag(u"ColumnType"_s, columnTypeName(column->kind)));
    return meta;
}

QVariantHash PageBuilder::baseContext(const QString &title, qint64 currentColumn) const
{
    const domain::Site &site = m_content.site();
    const QList<const Column *> trail = m_content.trail(currentColumn);
    const qint64 currentTop = trail.isEmpty() ? 0 : trail.first()->id;
    QVariantList nav;
    nav.append(QVariantHash{{u"name"_s, u"首页"_s}, {u"url"_s, u"/"_s}, {u"current"_s, currentColumn == -1}});
    for (const Column *c : m_content.topColumns()) {
        const QString url = c->kind == ColumnKind::Disclosure ? u"/disclosure/"_s : columnUrl(c->id);
        nav.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, url}, {u"current"_s, c->id == currentTop}});
    }
    QString host = m_hostOrganization;
    if (host.isEmpty()) {
        host = site.name;
        if (host.endsWith(u"门户网站"_s))
            host.chop(4);
    }
    return {
        {u"pageTitle"_s, title.isEmpty() ? site.name : title + u" - "_s + site.name},
        {u"site"_s, QVariantHash{{u"name"_s, site.name}, {u"domain"_s, site.domain}, {u"siteCode"_s, site.siteCode},
                                 {u"host"_s, host}, {u"icp"_s, m_icpRecord}}},
        {u"nav"_s, nav},
        {u"year"_s, QDate::currentDate().year()},
    };
}

QVariantHash PageBuilder::itemLink(const Item &item) const
{
    QVariantHash link{{u"title"_s, item.title},
                      {u"url"_s, publicUrlOf(item)},
                      {u"date"_s, dateText(item.publishedAt)},
                      {u"iso"_s, isoText(item.publishedAt)},
                      {u"summary"_s, item.summary}};
    if (item.disclosure) {
        link.insert(u"indexNo"_s, item.disclosure->indexNo);
        link.insert(u"docNo"_s, item.disclosure->docNo);
        link.insert(u"publisher"_s, item.disclosure->publisher);
        // The catalogue shows a document that is no longer in force as such (有效 is the default and stays quiet).
        if (item.disclosure->effectiveDate.isValid())
            link.insert(u"validity"_s, item.disclosure->validity);
    }
    return link;
}

QVariantList PageBuilder::breadcrumb(qint64 columnId) const
{
    QVariantList out{QVariantHash{{u"name"_s, u"首页"_s}, {u"url"_s, u"/"_s}}};
    for (const Column *c : m_content.trail(columnId))
        out.append(QVariantHash{{u"name"_s, c->name},
                                {u"url"_s, c->kind == ColumnKind::Disclosure ? u"/disclosure/"_s : columnUrl(c->id)}});
    return out;
}

Result<PublicPage> PageBuilder::page(const QString &path, const QString &templateName, const QVariantHash &context) const
{
    auto html = m_renderer.render(templateName, context);
    if (!html)
        return std::unexpected(html.error());
    return PublicPage{path, html->toUtf8()};
}

Result<PublicPage> PageBuilder::home() const
{
    QVariantHash context = baseContext(QString(), -1);
    QVariantList meta = siteMeta();
    meta.append(metaTag(u"Description"_s, u"%1：政务动态、通知公告、政策文件、政府信息公开"_s.arg(m_content.site().name)));
    meta.append(metaTag(u"Url"_s, absoluteUrl(u"/"_s)));
    context.insert(u"meta"_s, meta);

    QVariantList sections;
    for (const Column *c : m_content.topColumns()) {
        if (c->kind == ColumnKind::Feature || c->kind == ColumnKind::Live || c->kind == ColumnKind::Disclosure)
            continue;
        QVariantList entries;
        for (const Item *item : m_content.inColumnTree(c->id, kHomeListLength))
            entries.append(itemLink(*item));
        sections.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, columnUrl(c->id)}, {u"entries"_s, entries},
                                     {u"anchor"_s, u"col-%1"_s.arg(c->id)}});
    }
    context.insert(u"sections"_s, sections);

    QVariantList features;
    for (const Item *f : m_content.ofType(domain::ItemType::Feature, kHomeFeatureCount))
        features.append(itemLink(*f));
    context.insert(u"features"_s, features);
    if (const Column *fc = m_content.firstOfKind(ColumnKind::Feature))
        context.insert(u"featuresUrl"_s, columnUrl(fc->id));

    QVariantList disclosures;
    for (const Item *d : m_content.ofType(domain::ItemType::Disclosure, kHomeListLength))
        disclosures.append(itemLink(*d));
    context.insert(u"disclosures"_s, disclosures);

    QVariantList events;
    for (const QJsonObject &e : m_content.liveEvents().mid(0, 3))
        events.append(QVariantHash{{u"title"_s, e.value(u"title"_s).toString()},
                                   {u"url"_s, u"/live/%1/"_s.arg(e.value(u"id"_s).toInteger())},
                                   {u"state"_s, liveStateName(e.value(u"state"_s).toString())},
                                   {u"stateCode"_s, e.value(u"state"_s).toString()}});
    context.insert(u"events"_s, events);
    if (const Column *lc = m_content.firstOfKind(ColumnKind::Live))
        context.insert(u"liveUrl"_s, columnUrl(lc->id));
    return page(u"index.html"_s, u"home.html"_s, context);
}

Result<QList<PublicPage>> PageBuilder::paginated(const QString &dir, const QString &templateName, QVariantHash context,
                                                 const QVariantList &entries, const QVariantList &meta) const
{
    const int pages = std::max<int>(1, int((entries.size() + PageSize - 1) / PageSize));
    QList<PublicPage> out;
    for (int p = 1; p <= pages; ++p) {
        const QString file = pageFileName(p);
        QVariantHash c = context;
        c.insert(u"entries"_s, entries.mid((p - 1) * PageSize, PageSize));
        c.insert(u"page"_s, p);
        c.insert(u"pages"_s, pages);
        if (pages > 1) {
            QVariantList links;
            for (int q = 1; q <= pages; ++q) {
                // A window around the current page keeps a 1,700-page catalogue's navigation short.
                if (q != 1 && q != pages && std::abs(q - p) > 3)
                    continue;
                links.append(QVariantHash{{u"number"_s, q}, {u"url"_s, pageFileName(q) == u"index.html"_s ? u"./"_s
                                                                                                          : pageFileName(q)},
                                          {u"current"_s, q == p}});
            }
            c.insert(u"pageLinks"_s, links);
            if (p > 1)
                c.insert(u"prevUrl"_s, p == 2 ? u"./"_s : pageFileName(p - 1));
            if (p < pages)
                c.insert(u"nextUrl"_s, pageFileName(p + 1));
        }
        QVariantList m = meta;
        m.append(metaTag(u"Url"_s, absoluteUrl(u'/' + dir + u'/' + (p == 1 ? QString() : file))));
        c.insert(u"meta"_s, m);
        if (p > 1)
            c.insert(u"pageTitle"_s, c.value(u"pageTitle"_s).toString() + u"（第%1页）"_s.arg(p));
        auto rendered = page(dir + u'/' + file, templateName, c);
        if (!rendered)
            return std::unexpected(rendered.error());
        out.append(std::move(*rendered));
    }
    return out;
}

qsizetype PageBuilder::columnKeys(qint64 columnId, PageKeys &keys) const
{
    const auto pages = columnPages(columnId, &keys, true);
    return pages ? pages->size() : 0;
}

Result<QList<PublicPage>> PageBuilder::column(qint64 columnId, PageKeys *keys) const
{
    return columnPages(columnId, keys, false);
}

Result<QList<PublicPage>> PageBuilder::columnPages(qint64 columnId, PageKeys *keys, bool keysOnly) const
{
    const Column *column = m_content.column(columnId);
    if (!column)
        return fail(ErrorCode::NotFound, u"没有栏目 %1"_s.arg(columnId));
    QVariantHash context = baseContext(column->name, columnId);
    context.insert(u"column"_s, QVariantHash{{u"name"_s, column->name}, {u"kind"_s, domain::columnKindCode(column->kind)}});
    context.insert(u"breadcrumb"_s, breadcrumb(columnId));
    QVariantList children;
    for (const Column *c : m_content.children(columnId))
        children.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, columnUrl(c->id)}});
    context.insert(u"children"_s, children);

    // What a listed item shows (title, date, link) changes only with a new revision (every transition makes one).
    const auto listed = [](const Item *item) { return Listed{qHashMulti(0, item->id, item->revision), item, {}}; };
    QList<Listed> entries;
    switch (column->kind) {
    case ColumnKind::Feature:
        for (const Item *f : m_content.ofType(domain::ItemType::Feature))
            entries.append(listed(f));
        break;
    case ColumnKind::Live:
        for (const QJsonObject &e : m_content.liveEvents()) {
            QVariantHash link{
                {u"title"_s, u"【%1】%2"_s.arg(liveStateName(e.value(u"state"_s).toString()), e.value(u"title"_s).toString())},
                {u"url"_s, u"/live/%1/"_s.arg(e.value(u"id"_s).toInteger())},
                {u"date"_s, dateText(QDateTime::fromString(e.value(u"startsAt"_s).toString(), Qt::ISODate))},
                {u"iso"_s, e.value(u"startsAt"_s).toString()}};
            const size_t key = qHashMulti(0, link.value(u"title"_s).toString(), link.value(u"url"_s).toString(),
                                          link.value(u"iso"_s).toString());
            entries.append(Listed{key, nullptr, std::move(link)});
        }
        break;
    case ColumnKind::Disclosure:
        context.insert(u"catalogueUrl"_s, u"/disclosure/"_s);
        for (const Item *d : m_content.ofType(domain::ItemType::Disclosure))
            entries.append(listed(d));
        break;
    default:
        for (const Item *item : m_content.inColumnTree(columnId))
            entries.append(listed(item));
    }
    return archived(columnDir(columnId), context, entries, columnMeta(column), keys, keysOnly);
}

Result<QList<PublicPage>> PageBuilder::archived(const QString &dir, const QVariantHash &context,
                                                const QList<Listed> &entries, const QVariantList &meta,
                                                PageKeys *keys, bool keysOnly) const
{
    // entries are newest first. index.html: the newest PageSize; archive page k (k ≥ 1): the k-th PageSize of the
    // rest counted from the oldest, so its content stays put while newer items arrive. Each entry is listed once.
    const qsizetype n = entries.size();
    const int archive = int((std::max<qsizetype>(0, n - PageSize) + PageSize - 1) / PageSize);
    const auto fileOf = [](int k) { return k == 0 ? u"index.html"_s : u"page-%1.html"_s.arg(k); };
    const auto urlOf = [&](int k) { return k == 0 ? u"./"_s : fileOf(k); };
    const int year = context.value(u"year"_s).toInt();
    QList<PublicPage> out;
    out.reserve(archive + 1);
    for (int k = 0; k <= archive; ++k) {
        const qsizetype from = k == 0 ? 0 : std::max<qsizetype>(PageSize, n - qsizetype(k) * PageSize);
        const qsizetype to = k == 0 ? std::min<qsizetype>(n, PageSize) : n - qsizetype(k - 1) * PageSize;
        // Newer is towards the front page, older towards page 1; the window shows up to three pages either way.
        const int newer = k == 0 ? -1 : (k == archive ? 0 : k + 1);
        const int older = k == 0 ? (archive > 0 ? archive : -1) : (k > 1 ? k - 1 : -1);
        const int top = k == 0 ? archive : std::min(archive, k + 3);
        const int bottom = k == 0 ? std::max(1, archive - 3) : std::max(1, k - 3);
        const QString file = fileOf(k);
        const QString path = dir + u'/' + file;

        size_t key = qHashMulti(0, path, year, newer, older, top, bottom);
        for (qsizetype i = from; i < to; ++i)
            key = qHashMulti(key, entries.at(i).key);
        if (keys) {
            const auto known = keys->constFind(path);
            if (keysOnly)
                keys->insert(path, key);
            if (keysOnly || (known != keys->cend() && *known == key)) {
                out.append(PublicPage{path, {}, true});
                continue;
            }
        }

        QVariantHash c = context;
        QVariantList list;
        list.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const Listed &e = entries.at(i);
            list.append(e.item ? itemLink(*e.item) : e.link);
        }
        c.insert(u"entries"_s, list);
        if (archive > 0) {
            QVariantList links{QVariantHash{{u"number"_s, u"最新"_s}, {u"url"_s, urlOf(0)}, {u"current"_s, k == 0}}};
            for (int q = top; q >= bottom; --q)
                links.append(QVariantHash{{u"number"_s, q}, {u"url"_s, urlOf(q)}, {u"current"_s, q == k}});
            if (bottom > 1)
                links.append(QVariantHash{{u"number"_s, 1}, {u"url"_s, urlOf(1)}, {u"current"_s, false}});
            c.insert(u"pageLinks"_s, links);
            c.insert(u"pageNote"_s, k == 0 ? u"最新信息"_s : u"往期第 %1 页（按发布时间从早到晚编号）"_s.arg(k));
            if (newer >= 0)
                c.insert(u"prevUrl"_s, urlOf(newer));
            if (older >= 0)
                c.insert(u"nextUrl"_s, urlOf(older));
        }
        QVariantList m = meta;
        m.append(metaTag(u"Url"_s, absoluteUrl(u'/' + dir + u'/' + (k == 0 ? QString() : file))));
        c.insert(u"meta"_s, m);
        if (k > 0)
            c.insert(u"pageTitle"_s, c.value(u"pageTitle"_s).toString() + u"（往期第%1页）"_s.arg(k));
        auto rendered = page(path, u"column.html"_s, c);
        if (!rendered)
            return std::unexpected(rendered.error());
        if (keys)
            keys->insert(path, key);
        out.append(std::move(*rendered));
    }
    return out;
}

Result<PublicPage> PageBuilder::item(const Item &item) const
{
    const qint64 columnId = item.columnIds.value(0);
    const Column *column = m_content.column(columnId);
    QVariantHash context = baseContext(item.title, columnId);
    context.insert(u"breadcrumb"_s, breadcrumb(columnId));
    const QString body = normaliseBody(item.bodyHtml, item.title);
    QVariantHash view{{u"title"_s, item.title},
                      {u"subtitle"_s, item.subtitle},
                      {u"summary"_s, item.summary},
                      {u"body"_s, body},
                      {u"source"_s, item.source},
                      {u"author"_s, item.author},
                      {u"responsibleEditor"_s, item.responsibleEditor},
                      {u"reviewer"_s, item.reviewer},
                      {u"proofreader"_s, item.proofreader},
                      {u"keywords"_s, item.keywords.join(u' ')},
                      {u"date"_s, dateTimeText(item.publishedAt)},
                      {u"iso"_s, isoText(item.publishedAt)}};
    QVariantList attachments;
    for (const domain::ItemAttachment &a : item.attachments) {
        // portald's media route serves /media/{id}/{name}; the id decides, the name is for the reader's download.
        const QString title = a.title.isEmpty() ? u"附件"_s : a.title;
        attachments.append(QVariantHash{
            {u"title"_s, title},
            {u"url"_s, u"/media/%1/%2"_s.arg(a.mediaId).arg(QString::fromLatin1(QUrl::toPercentEncoding(title)))}});
    }
    view.insert(u"attachments"_s, attachments);
    if (item.disclosure) {
        const domain::DisclosureMeta &d = *item.disclosure;
        view.insert(u"disclosure"_s,
                    QVariantHash{{u"indexNo"_s, d.indexNo},
                                 {u"publisher"_s, d.publisher},
                                 {u"docNo"_s, d.docNo.isEmpty() ? u"无"_s : d.docNo},
                                 {u"writtenDate"_s, d.writtenDate.toString(Qt::ISODate)},
                                 {u"publishDate"_s, dateText(item.publishedAt)},
                                 {u"topicCategory"_s, m_catalog.path(d.topicCategory)},
                                 {u"genre"_s, d.genre},
                                 {u"validity"_s, d.validity},
                                 {u"audience"_s, d.audience},
                                 {u"keywords"_s, d.keywords.join(u' ')},
                                 {u"abstract"_s, d.abstract}});
        // 失效 / 废止: the original says since when and which document replaces it; the replacement links back.
        if (d.effectiveDate.isValid()) {
            QVariantHash note{{u"validity"_s, d.validity}, {u"date"_s, d.effectiveDate.toString(Qt::ISODate)}};
            if (const Item *by = d.replacedBy > 0 ? m_content.item(d.replacedBy) : nullptr)
                note.insert(u"replacedBy"_s, itemLink(*by));
            view.insert(u"validityNote"_s, note);
        }
        QVariantList replaces;
        for (const qint64 id : d.replaces)
            if (const Item *old = m_content.item(id))
                replaces.append(itemLink(*old));
        view.insert(u"replaces"_s, replaces);
    }
    context.insert(u"item"_s, view);
    QVariantList features;
    for (const Item *f : m_content.featuresReferencing(item.id))
        features.append(itemLink(*f));
    context.insert(u"features"_s, features);

    QVariantList meta = columnMeta(column);
    const QString description = !item.summary.isEmpty() ? item.summary
                                : item.disclosure && !item.disclosure->abstract.isEmpty()
                                    ? item.disclosure->abstract
                                    : plainSnippet(item.bodyHtml, 120);
    QStringList keywords = item.keywords;
    if (keywords.isEmpty() && item.disclosure)
        keywords = item.disclosure->keywords;
    meta.append(metaTag(u"ArticleTitle"_s, item.title));
    meta.append(metaTag(u"PubDate"_s, dateTimeText(item.publishedAt)));
    meta.append(metaTag(u"ContentSource"_s, !item.source.isEmpty() ? item.source
                                            : item.disclosure          ? item.disclosure->publisher
                                                                       : m_content.site().name));
    meta.append(metaTag(u"Keywords"_s, keywords.join(u',')));
    if (!item.author.isEmpty())
        meta.append(metaTag(u"Author"_s, item.author));
    meta.append(metaTag(u"Description"_s, description));
    if (const QString image = firstImage(body); !image.isEmpty())
        meta.append(metaTag(u"Image"_s, image.startsWith(u'/') ? absoluteUrl(image) : image));
    meta.append(metaTag(u"Url"_s, absoluteUrl(u'/' + itemPath(item.id))));
    context.insert(u"meta"_s, meta);
    return page(itemPath(item.id), u"item.html"_s, context);
}

Result<PublicPage> PageBuilder::feature(const Item &feature) const
{
    if (!feature.feature || !isUsableSlug(feature.feature->slug))
        return fail(ErrorCode::Validation, u"专题 %1 没有可用的网址标识"_s.arg(feature.id));
    const Column *column = m_content.firstOfKind(ColumnKind::Feature);
    const qint64 columnId = feature.columnIds.isEmpty() ? (column ? column->id : 0) : feature.columnIds.first();
    QVariantHash context = baseContext(feature.title, columnId);
    context.insert(u"breadcrumb"_s, breadcrumb(columnId));
    QVariantList sections;
    int n = 0;
    for (const domain::ItemFeatureSection &s : feature.feature->sections) {
        QVariantList entries;
        for (const qint64 id : s.itemIds) {
            // Only what is published now: a withdrawn item vanishes from every feature that referenced it.
            if (const Item *item = m_content.item(id); item && item->type != domain::ItemType::Feature)
                entries.append(itemLink(*item));
        }
        sections.append(QVariantHash{{u"title"_s, s.title}, {u"entries"_s, entries}, {u"anchor"_s, u"section-%1"_s.arg(++n)}});
    }
    context.insert(u"feature"_s, QVariantHash{{u"title"_s, feature.title},
                                              {u"summary"_s, feature.summary},
                                              {u"intro"_s, normaliseBody(feature.bodyHtml, feature.title)},
                                              {u"date"_s, dateText(feature.publishedAt)},
                                              {u"iso"_s, isoText(feature.publishedAt)},
                                              {u"endsAt"_s, dateText(feature.feature->endsAt)},
                                              {u"sections"_s, sections}});
    QVariantList meta = columnMeta(m_content.column(columnId));
    meta.append(metaTag(u"ArticleTitle"_s, feature.title));
    meta.append(metaTag(u"PubDate"_s, dateTimeText(feature.publishedAt)));
    meta.append(metaTag(u"ContentSource"_s, feature.source.isEmpty() ? m_content.site().name : feature.source));
    meta.append(metaTag(u"Keywords"_s, feature.keywords.join(u',')));
    meta.append(metaTag(u"Description"_s, feature.summary.isEmpty() ? plainSnippet(feature.bodyHtml, 120) : feature.summary));
    meta.append(metaTag(u"Url"_s, absoluteUrl(u'/' + featureDir(feature.feature->slug) + u'/')));
    context.insert(u"meta"_s, meta);
    return page(featureDir(feature.feature->slug) + u"/index.html"_s, u"feature.html"_s, context);
}

Result<PublicPage> PageBuilder::disclosureIndex() const
{
    const Column *column = m_content.firstOfKind(ColumnKind::Disclosure);
    QVariantHash context = baseContext(u"政府信息公开目录"_s, column ? column->id : 0);
    context.insert(u"breadcrumb"_s, breadcrumb(column ? column->id : 0));
    QVariantList tops;
    int total = 0;
    for (const domain::TopicCategory &top : m_catalog.topCategories()) {
        const qsizetype count = m_content.disclosuresIn(top.code).size();
        total += int(count);
        QVariantList subs;
        for (const domain::TopicCategory &sub : m_catalog.subCategories(top.code)) {
            const qsizetype n = m_content.disclosuresIn(sub.code).size();
            if (n > 0)
                subs.append(QVariantHash{{u"name"_s, sub.name}, {u"count"_s, int(n)},
                                         {u"url"_s, u"/disclosure/%1/"_s.arg(sub.code)}});
        }
        tops.append(QVariantHash{{u"name"_s, top.name},
                                 {u"count"_s, int(count)},
                                 {u"url"_s, count > 0 ? u"/disclosure/%1/"_s.arg(top.code) : QString()},
                                 {u"subs"_s, subs}});
    }
    context.insert(u"categories"_s, tops);
    context.insert(u"total"_s, total);
    QVariantList latest;
    for (const Item *d : m_content.ofType(domain::ItemType::Disclosure, PageSize))
        latest.append(itemLink(*d));
    context.insert(u"entries"_s, latest);
    QVariantList meta = columnMeta(column);
    meta.append(metaTag(u"Description"_s, u"%1政府信息公开目录（按主题分类）"_s.arg(m_content.site().name)));
    meta.append(metaTag(u"Url"_s, absoluteUrl(u"/disclosure/"_s)));
    context.insert(u"meta"_s, meta);
    return page(u"disclosure/index.html"_s, u"disclosure_index.html"_s, context);
}

Result<QList<PublicPage>> PageBuilder::disclosureCategory(const QString &code) const
{
    const auto category = m_catalog.byCode(code);
    if (!category)
        return fail(ErrorCode::NotFound, u"没有主题分类 %1"_s.arg(code));
    const auto items = m_content.disclosuresIn(code);
    if (items.isEmpty())
        return QList<PublicPage>();
    const Column *column = m_content.firstOfKind(ColumnKind::Disclosure);
    QVariantHash context = baseContext(m_catalog.path(code), column ? column->id : 0);
    QVariantList crumbs = breadcrumb(column ? column->id : 0);
    if (!category->isTopLevel())
        if (const auto top = m_catalog.byCode(category->parentCode))
            crumbs.append(QVariantHash{{u"name"_s, top->name}, {u"url"_s, u"/disclosure/%1/"_s.arg(top->code)}});
    context.insert(u"breadcrumb"_s, crumbs);
    context.insert(u"category"_s, QVariantHash{{u"name"_s, category->name}, {u"path"_s, m_catalog.path(code)},
                                               {u"count"_s, int(items.size())}});
    QVariantList subs;
    if (category->isTopLevel()) {
        for (const domain::TopicCategory &sub : m_catalog.subCategories(code)) {
            const qsizetype n = m_content.disclosuresIn(sub.code).size();
            if (n > 0)
                subs.append(QVariantHash{{u"name"_s, sub.name}, {u"count"_s, int(n)},
                                         {u"url"_s, u"/disclosure/%1/"_s.arg(sub.code)}});
        }
    }
    context.insert(u"subs"_s, subs);
    QVariantList entries;
    for (const Item *d : items)
        entries.append(itemLink(*d));
    QVariantList meta = columnMeta(column);
    meta.append(metaTag(u"Description"_s, u"政府信息公开目录：%1"_s.arg(m_catalog.path(code))));
    return paginated(disclosureDir(code), u"disclosure_category.html"_s, context, entries, meta);
}

Result<QList<PublicPage>> PageBuilder::live(const QJsonObject &event) const
{
    const qint64 id = event.value(u"id"_s).toInteger();
    if (id <= 0)
        return fail(ErrorCode::Validation, u"直播没有编号"_s);
    const Column *column = m_content.firstOfKind(ColumnKind::Live);
    const QString title = event.value(u"title"_s).toString();
    QVariantHash context = baseContext(title, column ? column->id : 0);
    context.insert(u"breadcrumb"_s, breadcrumb(column ? column->id : 0));

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
                                      {u"time"_s, at.isValid() ? at.toTimeZone(beijing()).toString(u"HH:mm"_s) : QString()},
                                      {u"iso"_s, isoText(at)},
                                      {u"speaker"_s, p.value(u"speaker"_s).toString()},
                                      {u"paragraphs"_s, paragraphs(p.value(u"text"_s).toString())},
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
            return dt.isValid() ? dt.toTimeZone(beijing()).toString(u"HH:mm"_s) : t.toString();
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
                                     {u"paragraphs"_s, paragraphs(c.value(u"text"_s).toString())},
                                     {u"time"_s, dateTimeText(at)},
                                     {u"iso"_s, isoText(at)}});
    }
    const QDateTime startsAt = QDateTime::fromString(event.value(u"startsAt"_s).toString(), Qt::ISODate);
    const QString state = event.value(u"state"_s).toString();
    context.insert(u"event"_s, QVariantHash{{u"id"_s, id},
                                            {u"title"_s, title},
                                            {u"venue"_s, event.value(u"venue"_s).toString()},
                                            {u"state"_s, liveStateName(state)},
                                            {u"stateCode"_s, state},
                                            {u"startsAt"_s, dateTimeText(startsAt)},
                                            {u"iso"_s, isoText(startsAt)},
                                            {u"sessions"_s, sessions},
                                            {u"guests"_s, guests},
                                            {u"summary"_s, event.value(u"summary"_s).toString()},
                                            {u"posts"_s, postViews},
                                            {u"comments"_s, comments},
                                            {u"streamSeq"_s, event.value(u"streamSeq"_s).toInteger()},
                                            {u"acceptsComments"_s, state != u"ended"_s}});
    QVariantList meta = columnMeta(column);
    meta.append(metaTag(u"ArticleTitle"_s, title));
    meta.append(metaTag(u"PubDate"_s, dateTimeText(startsAt)));
    meta.append(metaTag(u"ContentSource"_s, m_content.site().name));
    meta.append(metaTag(u"Description"_s, u"%1（%2，%3）图文直播"_s.arg(title, event.value(u"venue"_s).toString(),
                                                                 liveStateName(state))));
    meta.append(metaTag(u"Url"_s, absoluteUrl(u'/' + liveDir(id) + u'/')));
    context.insert(u"meta"_s, meta);
    auto html = page(liveDir(id) + u"/index.html"_s, u"live.html"_s, context);
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
                             PublicPage{liveDir(id) + u"/feed.json"_s, QJsonDocument(feed).toJson(QJsonDocument::Compact)}};
}

Result<PublicPage> PageBuilder::notFound() const
{
    QVariantHash context = baseContext(u"页面不存在"_s, 0);
    context.insert(u"meta"_s, siteMeta());
    return page(u"404.html"_s, u"not_found.html"_s, context);
}

} // namespace pd::server
