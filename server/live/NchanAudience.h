#pragma once
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkReply;

namespace pd::server {

class LiveAudience;
class LiveRepository;

/// Brings the readers of the Nchan topology into the audience figures. Nchan holds those readers, so no portald sees
/// them; on every audience heartbeat this asks Nchan's publisher location for the channel of each running event (a
/// GET there answers with the channel's `subscribers`) and reports the figure to LiveAudience under a source named
/// after that publisher location. Every portald pointed at the same Nchan writes the same row, so two instances
/// asking do not double it; when Nchan stops answering, the row expires after three heartbeats like a stopped
/// instance's.
class NchanAudience : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NchanAudience)

public:
    /// `publishUrl`: what `--nchan-publish` names (the event id is appended as the last path segment).
    NchanAudience(LiveAudience &audience, LiveRepository &repository, QUrl publishUrl,
                  std::chrono::milliseconds heartbeat, QObject *parent = nullptr);
    ~NchanAudience() override;

    /// The source name of the rows this writes (the same on every instance pointed at one Nchan).
    [[nodiscard]] const QString &source() const { return m_source; }
    /// The `subscribers` of a channel-info answer of Nchan (a 404 means no channel yet: nobody subscribed or
    /// published); -1 for anything else.
    [[nodiscard]] static qint64 subscribersOf(int status, const QByteArray &body);

private:
    void beat();
    void ask(qint64 eventId);
    void answered(QNetworkReply *reply, qint64 eventId);

    LiveAudience &m_audience;
    LiveRepository &m_repo;
    QUrl m_publishUrl;
    std::chrono::milliseconds m_ttl;
    QString m_source;
    QNetworkAccessManager m_nam;
    QTimer m_beat;
    QSet<qint64> m_asking; ///< events whose channel info is on its way (a slow Nchan is not asked again meanwhile)
};

} // namespace pd::server
