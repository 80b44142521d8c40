#pragma once
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace pd::api {
class Session;
}

namespace pd::ui {

/// The preview's network wall: lets through only the page itself (data:/about:), bundled qrc: assets and the
/// portal's own /media/ files; every other request is blocked and remembered. Requests for /media/ carry the
/// signed-in user's token, since media no published item shows yet (a draft's pictures) are not public.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRequestInterceptor)

public:
    explicit PreviewRequestInterceptor(QObject *parent = nullptr);

    /// The portal whose /media/ may be loaded.
    void setServer(const QUrl &server);
    /// Sends the session's access token with /media/ requests, following it as it is renewed.
    void followSession(const api::Session &session);
    /// Also lets through a scheme that never leaves the machine (the rich editor's blob: upload placeholders).
    void allowScheme(const QString &scheme);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    /// Requests refused so far (for the status line and the tests).
    [[nodiscard]] QList<QUrl> blocked() const;
    /// Requests let through so far.
    [[nodiscard]] QList<QUrl> allowed() const;
    [[nodiscard]] bool isAllowed(const QUrl &url) const;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    mutable QMutex m_mutex; // interceptRequest runs on the IO thread
    QUrl m_server;
    QByteArray m_authorization; ///< `Bearer <token>`, empty when signed out
    QMetaObject::Connection m_sessionConnection;
    QStringList m_extraSchemes;
    QList<QUrl> m_blocked;
    QList<QUrl> m_allowed;
};

} // namespace pd::ui
