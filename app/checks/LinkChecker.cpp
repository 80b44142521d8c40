#include "app/checks/LinkChecker.h"

#include "app/checks/ChecksLog.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

bool isHttp(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("pd::checks", text);
}

} // namespace

LinkChecker::LinkChecker(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

LinkChecker::~LinkChecker()
{
    // Replies belong to the network manager, which may outlive us: stop them reporting to a dead object.
    for (const Running &r : std::as_const(m_running)) {
        r.reply->disconnect(this);
        r.reply->abort();
        r.reply->deleteLater();
    }
}

std::optional<LinkChecker::Outcome> LinkChecker::cached(const QUrl &url) const
{
    const auto it = m_cache.constFind(url);
    if (it == m_cache.cend())
        return std::nullopt;
    if (it->checkedAt.secsTo(QDateTime::currentDateTimeUtc()) > m_cacheLifetime.count())
        return std::nullopt;
    return *it;
}

void LinkChecker::check(const QUrl &url)
{
    if (!isHttp(url)) {
        QMetaObject::invokeMethod(this, [this, url] { Q_EMIT checked(url, Status::Skipped, 0); },
                                  Qt::QueuedConnection);
        return;
    }
    if (const auto hit = cached(url)) {
        const Outcome o = *hit;
        QMetaObject::invokeMethod(this, [this, url, o] { Q_EMIT checked(url, o.status, o.httpStatus); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_running.contains(url) || m_queued.contains(url))
        return; // its checked() is on the way
    m_waiting.enqueue(url);
    m_queued.insert(url);
    startNext();
}

void LinkChecker::startNext()
{
    while (m_running.size() < m_maxInFlight && !m_waiting.isEmpty()) {
        const QUrl url = m_waiting.dequeue();
        m_queued.remove(url);
        send(url, false);
    }
}

void LinkChecker::send(const QUrl &url, bool useGet)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PortalDesk-LinkChecker/1"_s);
    QNetworkReply *reply = useGet ? m_network.get(request) : m_network.head(request);
    // Our own timer: it reports "timed out" separately from "refused", which a transfer time-out cannot.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    m_running.insert(url, Running{reply, timer, useGet});
    connect(timer, &QTimer::timeout, this, [this, url, reply] { onReplyDone(url, reply, true); });
    timer->start(m_timeout);
    if (useGet) {
        // For GET only the status line matters; do not download the page.
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, url, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                && !reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid())
                onReplyDone(url, reply, false);
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, url, reply] { onReplyDone(url, reply, false); });
}

void LinkChecker::onReplyDone(const QUrl &url, QNetworkReply *reply, bool timedOut)
{
    const auto it = m_running.find(url);
    if (it == m_running.end() || it->reply != reply)
        return; // already handled (metaDataChanged, then finished after abort)
    const bool wasGet = it->usingGet;
    it->timer->stop();
    m_running.erase(it);
    reply->disconnect(this);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();

    if (timedOut) {
        finish(url, Status::TimedOut, 0);
    } else if (!wasGet && (httpStatus == 405 || httpStatus == 501 || httpStatus == 403)) {
        // Some servers refuse HEAD (or forbid it only); ask again the way a browser would.
        send(url, true);
        return;
    } else if (httpStatus >= 200 && httpStatus < 400) {
        finish(url, Status::Ok, httpStatus);
    } else if (httpStatus == 0 && error == QNetworkReply::NoError) {
        finish(url, Status::Ok, 0);
    } else {
        qCDebug(lcChecks) << "link" << url << "broken:" << httpStatus << error;
        finish(url, Status::Broken, httpStatus);
    }
    startNext();
}

void LinkChecker::finish(const QUrl &url, Status status, int httpStatus)
{
    m_cache.insert(url, Outcome{status, httpStatus, QDateTime::currentDateTimeUtc()});
    Q_EMIT checked(url, status, httpStatus);
    startNext();
}

QList<Finding> LinkChecker::findings(const QList<StructureChecker::Link> &links, const QString &field) const
{
    QList<Finding> out;
    for (const StructureChecker::Link &link : links) {
        const auto outcome = cached(QUrl(link.url));
        if (!outcome || (outcome->status != Status::Broken && outcome->status != Status::TimedOut))
            continue;
        Finding f;
        f.kind = RuleKind::Structure;
        f.severity = Severity::Warn;
        f.field = field;
        f.start = link.start;
        f.length = link.length;
        f.excerpt = link.url;
        if (outcome->status == Status::TimedOut) {
            f.ruleId = u"structure.link-timeout"_s;
            f.message = translated(QT_TRANSLATE_NOOP("pd::checks", "The link timed out."));
        } else {
            f.ruleId = u"structure.link-broken"_s;
            f.message = outcome->httpStatus > 0
                ? translated(QT_TRANSLATE_NOOP("pd::checks", "The link is broken: HTTP %1."))
                      .arg(outcome->httpStatus)
                : translated(QT_TRANSLATE_NOOP("pd::checks", "The link is broken: the server does not answer."));
        }
        out.append(std::move(f));
    }
    return out;
}

} // namespace pd::checks
