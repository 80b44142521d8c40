#pragma once
#include "app/checks/Finding.h"
#include "app/checks/StructureChecker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pd::checks {

/// Checks the links of a body asynchronously (链接失效 / 连接超时): HEAD first, GET when a server refuses
/// HEAD, redirects followed, a time-out per link, a few requests in flight at once, answers cached for a while.
/// Only http and https are ever requested. The network manager comes from the caller (the client's AppContext).
class LinkChecker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkChecker)

public:
    enum class Status { Ok, Broken, TimedOut, Skipped };
    Q_ENUM(Status)

    /// What the last check of a URL found.
    struct Outcome {
        Status status = Status::Skipped;
        int httpStatus = 0; ///< 0 when no HTTP answer came
        QDateTime checkedAt;
    };

    explicit LinkChecker(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~LinkChecker() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setCacheLifetime(std::chrono::seconds lifetime) { m_cacheLifetime = lifetime; }
    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }

    /// Starts checking `url` unless a fresh answer is cached or a check is running; checked() follows either way
    /// (for a cached answer, from the event loop, never from inside this call).
    void check(const QUrl &url);
    /// The cached outcome for `url`, if it is still fresh.
    [[nodiscard]] std::optional<Outcome> cached(const QUrl &url) const;
    /// Findings (kind Structure, warn) for the links of a body whose cached outcome is Broken or TimedOut.
    [[nodiscard]] QList<Finding> findings(const QList<StructureChecker::Link> &links, const QString &field) const;

Q_SIGNALS:
    void checked(const QUrl &url, pd::checks::LinkChecker::Status status, int httpStatus);

private:
    struct Running {
        QNetworkReply *reply = nullptr;
        QTimer *timer = nullptr; ///< child of the reply
        bool usingGet = false;
    };
    void startNext();
    void send(const QUrl &url, bool useGet);
    void onReplyDone(const QUrl &url, QNetworkReply *reply, bool timedOut);
    void finish(const QUrl &url, Status status, int httpStatus);

    QNetworkAccessManager &m_network;
    std::chrono::milliseconds m_timeout{8000};
    std::chrono::seconds m_cacheLifetime{600};
    int m_maxInFlight = 4;
    QHash<QUrl, Outcome> m_cache;
    QHash<QUrl, Running> m_running;
    QQueue<QUrl> m_waiting;
    QSet<QUrl> m_queued;
};

} // namespace pd::checks
