#pragma once
#include "plugins/host/PluginDirectory.h"

#include <QList>
#include <QPointer>
#include <QSettings>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace pd::plugins {
class PluginManager;
}

namespace pd::ui {

class LivePanelHost;

/// The main window's 直播 page: the panels of the plugins this user may use (the live broadcast desk), created
/// against the LivePanelHost, and what was refused and why (turned off, built for another interface version).
/// Owns the host and the plugin manager, so both outlive every panel.
class LivePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePage)

public:
    /// settings hold the user's enable/disable choices. searchPaths: where plugins are looked for, and whether
    /// PortalDesk installed them (PluginManager::defaultSearchPaths() in the application).
    LivePage(QSettings &settings, std::unique_ptr<LivePanelHost> host, const plugins::PluginDirectories &searchPaths,
             QWidget *parent = nullptr);
    ~LivePage() override;

    /// Scans the search paths and creates the panels of every enabled, compatible plugin the signed-in user
    /// may use; refusals are listed on the page. After another user (or site) signed in, the previous user's
    /// panels are closed and the new user's created (plugin code, once loaded, stays loaded).
    void loadPlugins();
    /// Whether panels were created (for the user signed in then).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool hasContent() const { return !m_panels.isEmpty() || !m_refusals.isEmpty(); }
    [[nodiscard]] QStringList refusals() const { return m_refusals; }
    [[nodiscard]] QList<QWidget *> panels() const;
    [[nodiscard]] plugins::PluginManager &pluginManager() { return *m_manager; }
    [[nodiscard]] LivePanelHost &host() { return *m_host; }

    /// The Tools → Plugins… dialog: turn plugins on or off for the next start.
    void showPluginsDialog();

private:
    void showRefusals();

    QSettings &m_settings;
    std::unique_ptr<LivePanelHost> m_host;
    std::unique_ptr<plugins::PluginManager> m_manager;
    plugins::PluginDirectories m_searchPaths;
    QLabel *m_refusalLabel;
    QTabWidget *m_tabs;
    QLabel *m_emptyLabel; ///< says why the page is empty when this user may use no panel
    QList<QPointer<QWidget>> m_panels;
    QStringList m_refusals;
    bool m_loaded = false;
    std::pair<qint64, qint64> m_loadedFor; ///< (user id, site id) the panels were created for
};

} // namespace pd::ui
