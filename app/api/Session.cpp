#include "app/api/Session.h"

namespace pd::api {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

void Session::setServerUrl(const QUrl &url)
{
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    Q_EMIT changed();
}

void Session::setTokens(const QString &accessToken, const QString &refreshToken, int expiresInSeconds)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_accessExpiresAt = expiresInSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds) : QDateTime();
    Q_EMIT changed();
}

void Session::setUser(const domain::User &user)
{
    m_user = user;
    Q_EMIT changed();
}

void Session::clear()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = {};
    m_user = {};
    Q_EMIT changed();
}

} // namespace pd::api
