#include "ui/preview/PreviewRequestInterceptor.h"

#include "app/api/Session.h"
#include "ui/UiLog.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace pd::ui {

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PreviewRequestInterceptor::setServer(const QUrl &server)
{
    const QMutexLocker lock(&m_mutex);
    m_server = server;
}

void PreviewRequestInterceptor::followSession(const api::Session &session)
{
    const auto update = [this, &session] {
        const QString token = session.accessToken();
        const QMutexLocker lock(&m_mutex);
        m_authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
    };
    update();
    disconnect(m_sessionConnection);
    m_sessionConnection = connect(&session, &api::Session::changed, this, update);
}

void PreviewRequestInterceptor::allowScheme(const QString &scheme)
{
    const QMutexLocker lock(&m_mutex);
    m_extraSchemes.append(scheme);
}

bool PreviewRequestInterceptor::isAllowed(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme == u"data" || scheme == u"about" || scheme == u"qrc")
        return true;
    const QMutexLocker lock(&m_mutex);
    if (m_extraSchemes.contains(scheme))
        return true;
    if (!m_server.isValid() || (scheme != u"http" && scheme != u"https"))
        return false;
    // Same scheme, host and port as the portal, and nothing outside its public media.
    return scheme == m_server.scheme() && url.host() == m_server.host()
           && url.port(scheme == u"https" ? 443 : 80) == m_server.port(m_server.scheme() == u"https" ? 443 : 80)
           && url.path(QUrl::FullyDecoded).startsWith(u"/media/"_s)
           && !url.path(QUrl::FullyDecoded).contains(u"/../"_s);
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    bool ok = isAllowed(url);
    if (!ok && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame
        && info.navigationType() == QWebEngineUrlRequestInfo::NavigationTypeTyped) {
        // The page itself, loaded by setHtml() with the portal as its base URL.
        const QMutexLocker lock(&m_mutex);
        ok = url.adjusted(QUrl::RemovePath) == m_server.adjusted(QUrl::RemovePath) && url.path() == u"/";
    }
    {
        const QMutexLocker lock(&m_mutex);
        (ok ? m_allowed : m_blocked).append(url);
        // Only ever to the portal itself: isAllowed() let through nothing else that is not local.
        const QString scheme = url.scheme();
        if (ok && !m_authorization.isEmpty() && (scheme == u"http" || scheme == u"https"))
            info.setHttpHeader("Authorization", m_authorization);
    }
    if (!ok) {
        qCInfo(lcUi) << "preview blocked" << url.toDisplayString();
        info.block(true);
        Q_EMIT requestBlocked(url);
    }
}

QList<QUrl> PreviewRequestInterceptor::blocked() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

QList<QUrl> PreviewRequestInterceptor::allowed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_allowed;
}

} // namespace pd::ui
