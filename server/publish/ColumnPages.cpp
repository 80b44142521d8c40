#include "server/publish/ColumnPages.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::ColumnKind;
using domain::Item;

qsizetype ColumnPages::keysOnly(qint64 columnId, PageKeys &keys) const
{
    const auto out = pages(columnId, &keys, true);
    return out ? out->size() : 0;
}

Result<QList<PublicPage>> ColumnPages::build(qint64 columnId, PageKeys *keys) const
{
    return pages(columnId, keys, false);
}

Result<QList<PublicPage>> ColumnPages::pages(qint64 columnId, PageKeys *keys, bool keysOnly) const
{
    const SiteContent &content = m_context.content();
    const Column *column = content.column(columnId);
    if (!column)
        return fail(ErrorCode::NotFound, u"没有栏目 %1"_s.arg(columnId));
    QVariantHash context = m_context.baseContext(column->name, columnId);
    context.insert(u"column"_s, QVariantHash{{u"name"_s, column->name}, {u"kind"_s, domain::columnKindCode(column->kind)}});
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(columnId));
    QVariantList children;
    for (const Column *c : content.children(columnId))
        children.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, PagePaths::columnUrl(c->id)}});
    context.insert(u"children"_s, children);

    // What a listed item shows (title, date, link) changes only with a new revision (every transition makes one).
    const auto listed = [](const Item *item) { return Listed{qHashMulti(0, item->id, item->revision), item, {}}; };
    QList<Listed> entries;
    switch (column->kind) {
    case ColumnKind::Feature:
        for (const Item *f : content.ofType(domain::ItemType::Feature))
            entries.append(listed(f));
        break;
    case ColumnKind::Live:
        for (const domain::LiveEvent &e : content.liveEvents()) {
            QVariantHash link{{u"title"_s, u"【%1】%2"_s.arg(PageText::liveStateName(domain::liveEventStateCode(e.state)),
                                                            e.title)},
                              {u"url"_s, PagePaths::liveUrl(e.id)},
                              {u"date"_s, PageText::date(e.startsAt)},
                              {u"iso"_s, PageText::iso(e.startsAt)}};
            const size_t key = qHashMulti(0, link.value(u"title"_s).toString(), link.value(u"url"_s).toString(),
                                          link.value(u"iso"_s).toString());
            entries.append(Listed{key, nullptr, std::move(link)});
        }
        break;
    case ColumnKind::Disclosure:
        context.insert(u"catalogueUrl"_s, u"/disclosure/"_s);
        for (const Item *d : content.ofType(domain::ItemType::Disclosure))
            entries.append(listed(d));
        break;
    default:
        for (const Item *item : content.inColumnTree(columnId))
            entries.append(listed(item));
    }
    return archived(PagePaths::columnDir(columnId), context, entries, m_context.columnMeta(column), keys, keysOnly);
}

Result<QList<PublicPage>> ColumnPages::archived(const QString &dir, const QVariantHash &context,
                                                const QList<Listed> &entries, const QVariantList &meta,
                                                PageKeys *keys, bool keysOnly) const
{
    constexpr int PageSize = PageContext::PageSize;
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
            list.append(e.item ? m_context.itemLink(*e.item) : e.link);
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
        m.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u'/' + dir + u'/' + (k == 0 ? QString() : file))));
        c.insert(u"meta"_s, m);
        if (k > 0)
            c.insert(u"pageTitle"_s, c.value(u"pageTitle"_s).toString() + u"（往期第%1页）"_s.arg(k));
        auto rendered = m_context.page(path, u"column.html"_s, c);
        if (!rendered)
            return std::unexpected(rendered.error());
        if (keys)
            keys->insert(path, key);
        out.append(std::move(*rendered));
    }
    return out;
}

} // namespace pd::server
