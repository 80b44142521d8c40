#pragma once
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QUrl>

namespace pd::test {

/// A TLS endpoint in front of a plain-HTTP portald for tests: a QSslServer on 127.0.0.1:<free port> with the given
/// certificate and key that forwards the decrypted bytes of each connection to the target (WebSocket upgrades
/// included), as nginx terminating TLS would. url() is the https:// address clients use.
class TlsProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsProxy)

public:
    explicit TlsProxy(const QUrl &target, QObject *parent = nullptr);
    ~TlsProxy() override;

    /// Loads the PEM certificate and key and listens; false (see error()) when either is unusable.
    bool listen(const QString &certificatePem, const QString &keyPem);
    [[nodiscard]] QString error() const { return m_error; }
    /// https://127.0.0.1:<port>
    [[nodiscard]] QUrl url() const;
    /// TLS handshakes that completed / that failed (the client refused our certificate, or spoke no TLS).
    [[nodiscard]] int handshakes() const { return m_handshakes; }
    [[nodiscard]] int failedHandshakes() const { return m_failedHandshakes; }

private:
    void onConnection();

    QSslServer m_server;
    QUrl m_target;
    QString m_error;
    int m_handshakes = 0;
    int m_failedHandshakes = 0;
};

} // namespace pd::test
