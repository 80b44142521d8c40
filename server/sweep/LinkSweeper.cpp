#include "server/sweep/LinkSweeper.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/publish/WebRoot.h"
#include "server/sweep/SweepLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
const QStringList kAttachmentSuffixes{u"pdf"_s, u"doc"_s, u"docx"_s, u"xls"_s, u"xlsx"_s, u"ppt"_s, u"pptx"_s,
                                      u"wps"_s, u"et"_s,  u"ofd"_s,  u"zip"_s, u"rar"_s,  u"7z"_s,  u"txt"_s, u"csv"_s};

QString decodeEntities(QString s)
{
    return s.replace(u"&amp;"_s, u"&"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s)
        .replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

LinkSweeper::LinkSweeper(Database &db, RootOf rootOf, MediaIsPublic mediaIsPublic, ServerClock clock, Options options,
                         QObject *parent)
    : QObject(parent), m_db(db), m_rootOf(std::move(rootOf)), m_mediaIsPublic(std::move(mediaIsPublic)), m_clock(clock),
      m_options(options), m_probe(options.probe)
{
}

QList<LinkSweeper::Link> LinkSweeper::linksOf(const QString &html)
{
    static const QRegularExpression tag(
        uR"re(<(a|img|link|script|iframe|source|embed)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> out;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString url = decodeEntities(m.captured(3).isNull() ? (m.captured(4).isNull() ? m.captured(5) : m.captured(4))
                                                            : m.captured(3))
                          .trimmed();
        const QString lower = url.toLower();
        if (url.isEmpty() || url.startsWith(u'#') || lower.startsWith(u"mailto:"_s) || lower.startsWith(u"tel:"_s)
            || lower.startsWith(u"javascript:"_s) || lower.startsWith(u"data:"_s))
            continue;
        const QString element = m.captured(1).toLower();
        QString target = u"page"_s;
        if (element == u"img"_s || element == u"source"_s)
            target = u"image"_s;
        else if (element == u"link"_s || element == u"script"_s)
            target = u"resource"_s;
        else if (lower.contains(u"/media/"_s)
                 || kAttachmentSuffixes.contains(QFileInfo(QUrl(url).path()).suffix().toLower()))
            target = u"attachment"_s;
        out.append(Link{url, target});
    }
    return out;
}

QStringList LinkSweeper::pagesOf(const SiteRoot &site) const
{
    QStringList pages;
    const QDir root(site.root);
    for (QDirIterator it(site.root, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString relative = root.relativeFilePath(it.next());
        // The portal's root also holds the member sites' directories: their pages are theirs, not the portal's.
        if (site.main && relative.startsWith(u"sites/"_s))
            continue;
        pages.append(relative);
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

Result<int> LinkSweeper::pageCount(qint64 siteId)
{
    const auto site = m_rootOf(siteId);
    if (!site)
        return fail(ErrorCode::Conflict, u"该网站还没有公开页面，无法巡检链接"_s);
    const int count = int(pagesOf(*site).size());
    if (count == 0)
        return fail(ErrorCode::Conflict, u"该网站还没有公开页面，无法巡检链接"_s);
    return count;
}

void LinkSweeper::run(qint64 sweepId)
{
    if (!m_runs.contains(sweepId)) {
        if (auto r = prepare(sweepId); !r) {
            qCWarning(lcSweep).noquote() << "link sweep" << sweepId << "cannot run:" << r.error().message;
            return;
        }
    }
    QTimer::singleShot(0, this, [this, sweepId] { batch(sweepId); });
}

void LinkSweeper::stop(qint64 sweepId)
{
    m_runs.remove(sweepId);
    if (m_runs.isEmpty())
        m_probe.cancelAll();
}

Result<void> LinkSweeper::prepare(qint64 sweepId)
{
    auto q = m_db.exec(u"SELECT site_id, last_page, external FROM sweeps WHERE id = ? AND state = 'running'"_s, {sweepId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, u"巡检任务不存在或已结束"_s);
    Run run;
    run.siteId = q->value(0).toLongLong();
    const QString lastPage = q->value(1).toString();
    // A sweep resumed by a portald whose external checks were switched off meanwhile counts those links unchecked.
    run.external = q->value(2).toInt() != 0 && m_options.external;
    const auto site = m_rootOf(run.siteId);
    if (!site)
        return fail(ErrorCode::Conflict, u"该网站没有公开页面"_s);
    run.site = *site;
    run.pages = pagesOf(run.site);
    run.next = lastPage.isEmpty() ? 0
                                  : std::upper_bound(run.pages.cbegin(), run.pages.cend(), lastPage) - run.pages.cbegin();
    m_runs.insert(sweepId, std::move(run));
    return {};
}

std::optional<QUrl> LinkSweeper::externalUrl(const SiteRoot &site, const QString &page, const QString &url,
                                             QString *internalPath) const
{
    const QUrl base(u"http://site.invalid/"_s + page);
    const QUrl resolved = base.resolved(QUrl(url));
    const QString host = resolved.host();
    if (host == u"site.invalid"_s || (!site.domain.isEmpty() && host.compare(site.domain, Qt::CaseInsensitive) == 0)) {
        *internalPath = resolved.path(QUrl::FullyDecoded);
        return std::nullopt;
    }
    return resolved;
}

bool LinkSweeper::asks(const QUrl &url) const
{
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return false;
    return m_options.externalHosts.isEmpty() || m_options.externalHosts.contains(url.host(), Qt::CaseInsensitive);
}

LinkSweeper::Verdict LinkSweeper::resolveInternal(const SiteRoot &site, const QString &path) const
{
    static const QRegularExpression media(uR"(^/media/(\d+)(/|$))"_s);
    if (const auto m = media.match(path); m.hasMatch()) {
        if (m_mediaIsPublic && m_mediaIsPublic(m.captured(1).toLongLong()))
            return {u"ok"_s, 200, {}};
        return {u"dead"_s, 404, u"附件或图片不存在，或未公开"_s};
    }
    // portald's own routes (API, live feeds and streams, comments) answer dynamically; they are not pages.
    if (path.startsWith(u"/api/"_s) || path.startsWith(u"/public/"_s) || path == u"/healthz"_s)
        return {u"ok"_s, 0, {}};
    QString relative = path.mid(1);
    if (relative.isEmpty() || relative.endsWith(u'/'))
        relative += u"index.html"_s;
    if (!WebRoot::isSafeRelative(relative))
        return {u"dead"_s, 404, u"站内地址无效"_s};
    const QFileInfo file(QDir(site.root).filePath(relative));
    if (file.isFile())
        return {u"ok"_s, 200, {}};
    if (file.isDir() && QFileInfo(QDir(file.filePath()).filePath(u"index.html"_s)).isFile())
        return {u"ok"_s, 200, {}};
    return {u"dead"_s, 404, u"站内页面不存在"_s};
}

void LinkSweeper::batch(qint64 sweepId)
{
    auto it = m_runs.find(sweepId);
    if (it == m_runs.end() || it->busy)
        return;
    auto state = m_db.scalar(u"SELECT state FROM sweeps WHERE id = ?"_s, {sweepId});
    if (!state || state->toString() != u"running"_s) {
        m_runs.erase(it);
        return;
    }
    Run &run = *it;
    const qsizetype end = std::min(run.pages.size(), run.next + m_options.batch);

    // First the external links of the batch nobody answered yet: asked all at once, the batch waits for them.
    QSet<QString> ask;
    QList<std::pair<QString, QList<Link>>> pages;
    for (qsizetype i = run.next; i < end; ++i) {
        QFile file(QDir(run.site.root).filePath(run.pages.at(i)));
        QList<Link> links;
        if (file.open(QIODevice::ReadOnly))
            links = linksOf(QString::fromUtf8(file.readAll()));
        for (const Link &link : std::as_const(links)) {
            QString path;
            const auto external = externalUrl(run.site, run.pages.at(i), link.url, &path);
            if (!external || !run.external || !asks(*external))
                continue;
            const QString key = external->toString();
            if (!run.answers.contains(key))
                ask.insert(key);
        }
        pages.append({run.pages.at(i), links});
    }
    if (!ask.isEmpty()) {
        run.busy = true;
        auto left = std::make_shared<int>(int(ask.size()));
        for (const QString &url : std::as_const(ask)) {
            m_probe.check(QUrl(url), [this, sweepId, url, left](const LinkProbe::Outcome &o) {
                auto r = m_runs.find(sweepId);
                if (r == m_runs.end())
                    return;
                r->answers.insert(url, Verdict{LinkProbe::statusCode(o.status), o.http, o.detail});
                if (--*left == 0) {
                    r->busy = false;
                    batch(sweepId);
                }
            });
        }
        return;
    }

    QList<Checked> checked;
    for (const auto &[page, links] : std::as_const(pages)) {
        Checked c;
        c.page = page;
        for (const Link &link : links) {
            QString path;
            const auto external = externalUrl(run.site, page, link.url, &path);
            Verdict v;
            if (external) {
                const QString key = external->toString();
                if (!run.external || !asks(*external))
                    v = {u"unchecked"_s, 0, {}};
                else
                    v = run.answers.value(key, Verdict{u"unchecked"_s, 0, {}});
            } else {
                const QString key = u"internal:"_s + path;
                auto known = run.answers.constFind(key);
                v = known != run.answers.cend() ? *known : run.answers.insert(key, resolveInternal(run.site, path)).value();
            }
            ++c.links;
            if (v.status == u"unchecked"_s)
                ++c.unchecked;
            else if (v.status != u"ok"_s)
                c.dead.append({link, v});
        }
        checked.append(std::move(c));
    }
    commit(sweepId, std::move(checked), end);
}

void LinkSweeper::commit(qint64 sweepId, QList<Checked> checked, qsizetype nextPage)
{
    auto it = m_runs.find(sweepId);
    if (it == m_runs.end())
        return;
    static const QRegularExpression itemPage(uR"(^items/(\d+)\.html$)"_s);
    int links = 0;
    int dead = 0;
    int homeDead = 0;
    int unchecked = 0;
    auto write = [&]() -> Result<bool> {
        Transaction tx(m_db);
        auto state = m_db.scalar(u"SELECT state FROM sweeps WHERE id = ?"_s, {sweepId});
        if (!state)
            return std::unexpected(state.error());
        if (state->toString() != u"running"_s)
            return false;
        for (const Checked &c : std::as_const(checked)) {
            links += c.links;
            unchecked += c.unchecked;
            const auto m = itemPage.match(c.page);
            for (const auto &[link, verdict] : c.dead) {
                ++dead;
                if (c.page == u"index.html"_s)
                    ++homeDead;
                QString path;
                const bool external = externalUrl(it->site, c.page, link.url, &path).has_value();
                const QJsonObject finding{{u"ruleId"_s, u"link."_s + verdict.status},
                                          {u"kind"_s, u"link"_s},
                                          {u"severity"_s, u"warn"_s},
                                          {u"field"_s, c.page},
                                          {u"page"_s, u"/"_s + c.page},
                                          {u"url"_s, link.url},
                                          {u"target"_s, link.target},
                                          {u"external"_s, external},
                                          {u"status"_s, verdict.status},
                                          {u"http"_s, verdict.http},
                                          {u"message"_s, verdict.detail},
                                          {u"excerpt"_s, link.url}};
                if (auto r = m_db.insert(u"INSERT INTO sweep_findings (sweep_id, item_id, rule_id, field, finding) "
                                         u"VALUES (?, ?, ?, ?, ?)"_s,
                                         {sweepId, m.hasMatch() ? m.captured(1).toLongLong() : 0,
                                          u"link."_s + verdict.status, c.page, compact(finding)});
                    !r)
                    return std::unexpected(r.error());
            }
        }
        const bool finished = nextPage >= it->pages.size();
        auto r = m_db.exec(u"UPDATE sweeps SET checked = checked + ?, last_page = ?, links = links + ?, "
                           u"dead_links = dead_links + ?, home_dead_links = home_dead_links + ?, "
                           u"unchecked_links = unchecked_links + ?, state = ?, finished_at = ? WHERE id = ?"_s,
                           {int(checked.size()), checked.isEmpty() ? QString() : checked.last().page, links, dead,
                            homeDead, unchecked, finished ? u"done"_s : u"running"_s,
                            finished ? QVariant(m_clock.now().toMSecsSinceEpoch()) : QVariant(), sweepId});
        if (!r)
            return std::unexpected(r.error());
        if (auto c = tx.commit(); !c)
            return std::unexpected(c.error());
        return !finished;
    };
    auto more = write();
    if (!more) {
        qCWarning(lcSweep).noquote() << "link sweep" << sweepId << "batch failed, retried:" << more.error().message;
        QTimer::singleShot(std::max(m_options.pause, std::chrono::milliseconds(1000)), this,
                           [this, sweepId] { batch(sweepId); });
        return;
    }
    if (!*more) {
        qCInfo(lcSweep) << "link sweep" << sweepId << "ended";
        m_runs.erase(it);
        return;
    }
    it->next = nextPage;
    QTimer::singleShot(m_options.pause, this, [this, sweepId] { batch(sweepId); });
}

Result<std::optional<QString>> LinkSweeper::recheck(qint64 siteId, const QJsonObject &finding)
{
    const auto site = m_rootOf(siteId);
    if (!site)
        return std::optional<QString>(); // no public site left, so no dead link on it either
    const QString page = finding.value(u"field"_s).toString();
    const QString url = finding.value(u"url"_s).toString();
    QFile file(QDir(site->root).filePath(page));
    if (!WebRoot::isSafeRelative(page) || !file.open(QIODevice::ReadOnly))
        return std::optional<QString>(); // the page is gone
    bool onPage = false;
    for (const Link &link : linksOf(QString::fromUtf8(file.readAll())))
        onPage = onPage || link.url == url;
    if (!onPage)
        return std::optional<QString>();
    QString path;
    if (externalUrl(*site, page, url, &path))
        return std::optional<QString>(u"外部链接 %1 仍在页面上：请修改页面，或重新发起链接巡检确认它已恢复"_s.arg(url));
    const Verdict v = resolveInternal(*site, path);
    if (v.status == u"ok"_s)
        return std::optional<QString>();
    return std::optional<QString>(u"复查仍发现失效链接 %1（%2）"_s.arg(url, v.detail));
}

} // namespace pd::server
