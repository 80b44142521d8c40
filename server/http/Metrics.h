#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <functional>

namespace pd::server {

/// Request counters and latency histograms, rendered in the Prometheus text format for `GET /metrics`.
class Metrics
{
public:
    /// One finished API call matched to a route.
    void observe(const QByteArray &method, const QString &route, int status, double seconds);
    /// Every response the HTTP layer sent (including 404s for unknown paths).
    void countResponse(int status);
    /// A value sampled when /metrics is read (e.g. outbox sizes).
    void addGauge(QString name, QString help, std::function<double()> sample);

    [[nodiscard]] QByteArray render() const;
    /// API calls other than GET and HEAD so far: background jobs make way while people are writing.
    [[nodiscard]] quint64 writes() const { return m_writes; }

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    struct Series {
        quint64 count = 0;
        double sum = 0;
        std::array<quint64, kBuckets.size()> buckets{};
    };
    struct Gauge {
        QString name;
        QString help;
        std::function<double()> sample;
    };

    QHash<QString, quint64> m_requests;  ///< key: method|route|status
    QHash<QString, Series> m_durations;  ///< key: method|route
    QHash<int, quint64> m_responses;     ///< key: status
    QList<Gauge> m_gauges;
    quint64 m_writes = 0;
};

} // namespace pd::server
