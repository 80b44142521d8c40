#include "server/http/Metrics.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

QString escapeLabel(QString v)
{
    return v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
}

} // namespace

void Metrics::observe(const QByteArray &method, const QString &route, int status, double seconds)
{
    const QString m = QString::fromLatin1(method);
    if (method != "GET" && method != "HEAD")
        ++m_writes;
    ++m_requests[m + u'|' + route + u'|' + QString::number(status)];
    Series &s = m_durations[m + u'|' + route];
    ++s.count;
    s.sum += seconds;
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++s.buckets[i];
}

void Metrics::countResponse(int status)
{
    ++m_responses[status];
}

void Metrics::addGauge(QString name, QString help, std::function<double()> sample)
{
    m_gauges.append(Gauge{std::move(name), std::move(help), std::move(sample)});
}

QByteArray Metrics::render() const
{
    QStringList out;
    out << u"# HELP portald_http_requests_total API requests by method, route and status."_s
        << u"# TYPE portald_http_requests_total counter"_s;
    QStringList keys = m_requests.keys();
    std::ranges::sort(keys);
    for (const QString &key : keys) {
        const QStringList p = key.split(u'|');
        out << u"portald_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4"_s.arg(
            p[0], escapeLabel(p[1]), p[2], QString::number(m_requests.value(key)));
    }

    out << u"# HELP portald_http_request_duration_seconds API request latency by method and route."_s
        << u"# TYPE portald_http_request_duration_seconds histogram"_s;
    keys = m_durations.keys();
    std::ranges::sort(keys);
    for (const QString &key : keys) {
        const QStringList p = key.split(u'|');
        const Series &s = m_durations[key];
        const QString labels = u"method=\"%1\",route=\"%2\""_s.arg(p[0], escapeLabel(p[1]));
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << u"portald_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3"_s.arg(
                labels, QString::number(kBuckets[i]), QString::number(s.buckets[i]));
        out << u"portald_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2"_s.arg(labels, QString::number(s.count))
            << u"portald_http_request_duration_seconds_sum{%1} %2"_s.arg(labels, QString::number(s.sum, 'g', 9))
            << u"portald_http_request_duration_seconds_count{%1} %2"_s.arg(labels, QString::number(s.count));
    }

    out << u"# HELP portald_http_responses_total Every HTTP response by status."_s
        << u"# TYPE portald_http_responses_total counter"_s;
    QList<int> statuses = m_responses.keys();
    std::ranges::sort(statuses);
    for (const int status : statuses)
        out << u"portald_http_responses_total{status=\"%1\"} %2"_s.arg(status).arg(m_responses.value(status));

    for (const Gauge &g : m_gauges) {
        out << u"# HELP %1 %2"_s.arg(g.name, g.help) << u"# TYPE %1 gauge"_s.arg(g.name)
            << u"%1 %2"_s.arg(g.name, QString::number(g.sample(), 'g', 12));
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace pd::server
