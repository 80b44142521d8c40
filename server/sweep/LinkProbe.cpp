#include "server/sweep/LinkProbe.h"

#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}
} // namespace

LinkProbe::LinkProbe(Options options, QObject *parent) : QObject(parent), m_options(options)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &LinkProbe::pump);
}

LinkProbe::~LinkProbe()
{
    cancelAll();
}

QString LinkProbe::statusCode(Status status)
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::Dead: return u"dead"_s;
    case Status::Timeout: return u"timeout"_s;
    case Status::RedirectLoop: return u"redirect-loop"_s;
    case Status::Unreachable: return u"unreachable"_s;
    }
    return u"unreachable"_s;
}

QString LinkProbe::hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

void LinkProbe::check(const QUrl &url, Done done)
{
    Job job;
    job.original = url;
    job.current = url;
    job.done = std::move(done);
    m_queue.append(std::move(job));
    pump();
}

void LinkProbe::cancelAll()
{
    m_queue.clear();
    const auto flights = m_inFlight;
    m_inFlight.clear();
    for (auto it = flights.cbegin(); it != flights.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        delete it->timer;
    }
    m_perHost.clear();
}

void LinkProbe::pump()
{
    const qint64 now = monotonicMs();
    qint64 wakeIn = -1;
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight.size() < m_options.maxInFlight;) {
        const QString host = hostKey(m_queue.at(i).current);
        if (m_perHost.value(host) >= m_options.perHost) {
            ++i;
            continue;
        }
        const qint64 ready = m_lastStart.value(host, now - m_options.hostGap.count()) + m_options.hostGap.count();
        if (ready > now) {
            wakeIn = wakeIn < 0 ? ready - now : std::min(wakeIn, ready - now);
            ++i;
            continue;
        }
        launch(m_queue.takeAt(i));
    }
    if (wakeIn >= 0 && !m_wake.isActive())
        m_wake.start(std::chrono::milliseconds(wakeIn));
}

void LinkProbe::launch(Job job)
{
    const QString host = hostKey(job.current);
    m_perHost[host] += 1;
    m_lastStart.insert(host, monotonicMs());
    QNetworkRequest request(job.current);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"portald-link-sweep"_s);
    QNetworkReply *reply = job.get ? m_nam.get(request) : m_nam.head(request);
    Flight flight;
    flight.job = std::move(job);
    flight.timer = new QTimer(this);
    flight.timer->setSingleShot(true);
    connect(flight.timer, &QTimer::timeout, reply, [this, reply] {
        if (auto it = m_inFlight.find(reply); it != m_inFlight.end()) {
            it->timedOut = true;
            reply->abort();
        }
    });
    flight.timer->start(m_options.timeout);
    // A GET is only asked for its status: once the headers are in, the body is not worth waiting for.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end() || !it->job.get
            || !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return;
        it->statusSeen = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    m_inFlight.insert(reply, std::move(flight));
}

void LinkProbe::answered(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    Flight flight = std::move(*it);
    m_inFlight.erase(it);
    delete flight.timer;
    reply->deleteLater();
    const QString host = hostKey(flight.job.current);
    if (--m_perHost[host] <= 0)
        m_perHost.remove(host);
    Job job = std::move(flight.job);
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (flight.timedOut) {
        finish(job, {Status::Timeout, http,
                     u"%1 秒内没有响应"_s.arg(double(m_options.timeout.count()) / 1000.0, 0, 'g', 3)});
    } else if (http >= 300 && http < 400 && reply->hasRawHeader("Location")) {
        const QUrl next = job.current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        job.seen.insert(job.current.toString());
        if (job.seen.contains(next.toString()) || job.redirects >= m_options.maxRedirects) {
            finish(job, {Status::RedirectLoop, http,
                         job.seen.contains(next.toString()) ? u"重定向回到已访问过的地址（循环重定向）"_s
                                                            : u"重定向超过 %1 次"_s.arg(m_options.maxRedirects)});
        } else if (next.scheme() != u"http"_s && next.scheme() != u"https"_s) {
            finish(job, {Status::Unreachable, http, u"重定向到不支持的地址 %1"_s.arg(next.toString())});
        } else {
            job.current = next;
            ++job.redirects;
            m_queue.prepend(std::move(job));
        }
    } else if (http >= 200 && http < 300) {
        finish(job, {Status::Ok, http, {}});
    } else if (http >= 400 && !job.get) {
        // Many servers refuse HEAD (405, 403, 501) yet serve the page: only GET's answer counts.
        job.get = true;
        m_queue.prepend(std::move(job));
    } else if (http >= 400) {
        finish(job, {Status::Dead, http, u"服务器返回 HTTP %1"_s.arg(http)});
    } else if (flight.statusSeen) {
        finish(job, {Status::Ok, http, {}});
    } else {
        finish(job, {Status::Unreachable, http, u"无法访问：%1"_s.arg(reply->errorString())});
    }
    pump();
}

void LinkProbe::finish(const Job &job, Outcome outcome)
{
    if (job.done)
        job.done(outcome);
}

} // namespace pd::server
