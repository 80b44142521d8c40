#pragma once
#include "domain/User.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace pd::plugins {

/// What the application lends a panel plugin: who is signed in, on which site, and a way to reach the portal.
/// The application implements it; a plugin only ever sees this interface, never the client's internals.
class PanelHost
{
public:
    virtual ~PanelHost() = default;

    [[nodiscard]] virtual domain::User currentUser() const = 0;
    [[nodiscard]] virtual qint64 currentSiteId() const = 0;
    /// The portald base URL, e.g. http://127.0.0.1:8470.
    [[nodiscard]] virtual QUrl serverUrl() const = 0;
    /// A request for an API path (e.g. "/api/v1/live/events") carrying the current session's credentials;
    /// the plugin never holds tokens itself, so a token refresh by the application reaches it too.
    [[nodiscard]] virtual QNetworkRequest authorizedRequest(const QString &apiPath) const = 0;
    /// The application's network access manager, shared so connections and proxy settings are reused.
    [[nodiscard]] virtual QNetworkAccessManager *network() const = 0;
    /// Shows a short message in the main window's status bar.
    virtual void showStatusMessage(const QString &text) = 0;

protected:
    PanelHost() = default;
    PanelHost(const PanelHost &) = default;
    PanelHost &operator=(const PanelHost &) = default;
};

} // namespace pd::plugins
