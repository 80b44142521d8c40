#pragma once
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkReply;

namespace pd::server {

/// Checks external links over HTTP: HEAD first and GET when HEAD is refused, with few requests at a time, one at a
/// time per host and a gap between them (politeness), a time limit per link and a limit on redirects, so a link
/// that hangs or redirects forever ends classified instead of holding the sweep.
class LinkProbe : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkProbe)

public:
    struct Options {
        int maxInFlight = 8;                     ///< requests at once, all hosts together
        int perHost = 1;                         ///< requests at once to one host
        std::chrono::milliseconds hostGap{250};  ///< between two requests to one host
        std::chrono::milliseconds timeout{10'000}; ///< per request, from its start to its answer's status line
        int maxRedirects = 5;
    };
    enum class Status { Ok, Dead, Timeout, RedirectLoop, Unreachable };
    struct Outcome {
        Status status = Status::Ok;
        int http = 0;       ///< the last HTTP status seen (0: none)
        QString detail;     ///< Chinese, for the findings list
    };
    using Done = std::function<void(const Outcome &)>;

    explicit LinkProbe(Options options, QObject *parent = nullptr);
    ~LinkProbe() override;

    /// Queues `url` (http or https); `done` is called once, on this object's thread.
    void check(const QUrl &url, Done done);
    /// Drops everything queued or in flight without calling back.
    void cancelAll();
    [[nodiscard]] int pending() const { return int(m_queue.size() + m_inFlight.size()); }

    [[nodiscard]] static QString statusCode(Status status);

private:
    struct Job {
        QUrl original;
        QUrl current;
        bool get = false;
        int redirects = 0;
        QSet<QString> seen;
        Done done;
    };
    struct Flight {
        Job job;
        QTimer *timer = nullptr;
        bool timedOut = false;
        bool statusSeen = false;
    };

    void pump();
    void launch(Job job);
    void answered(QNetworkReply *reply);
    void finish(const Job &job, Outcome outcome);
    [[nodiscard]] static QString hostKey(const QUrl &url);

    Options m_options;
    QNetworkAccessManager m_nam;
    QList<Job> m_queue;
    QHash<QNetworkReply *, Flight> m_inFlight;
    QHash<QString, int> m_perHost;
    QHash<QString, qint64> m_lastStart; ///< ms on a monotonic clock
    QTimer m_wake;
};

} // namespace pd::server
