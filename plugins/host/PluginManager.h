#pragma once
#include "app/domain/Error.h"
#include "plugins/host/PluginDirectory.h"
#include "plugins/host/PluginRecord.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QPluginLoader;
class QSettings;

namespace pd::domain {
struct User;
}

namespace pd::plugins {

class PanelPlugin;

/// Finds panel plugins in directories, reads each one's plugin.json with QPluginLoader::metaData() before anything
/// is loaded, and loads only plugins that are enabled in the settings and built for this interface version.
/// Settings: "plugins/<id>/enabled" (bool) in the QSettings given to the constructor. A plugin from PortalDesk's
/// own directory is enabled unless turned off; one from anywhere else is off until the user turns it on, and that
/// choice ("plugins/<id>/file") holds for that one file only, so another file claiming the same id is off again.
class PluginManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PluginManager)

public:
    /// settings must outlive the manager; it is where the user's enable/disable choices live.
    explicit PluginManager(QSettings &settings, QObject *parent = nullptr);
    ~PluginManager() override;

    /// The directories the application searches: <executable dir>/../lib/portaldesk/plugins (installed and build
    /// tree layouts alike) first, so its plugins win over a same-named one from elsewhere, then the directories
    /// of $PORTALDESK_PLUGIN_PATH (colon-separated) as External.
    [[nodiscard]] static PluginDirectories defaultSearchPaths();

    /// Reads the metadata of every plugin file in directory; loads nothing. Returns how many plugin files it found.
    /// Files already known (same path) are skipped, so scanning twice is harmless.
    qsizetype scan(const QString &directory, PluginOrigin origin);

    [[nodiscard]] QList<PluginRecord> plugins() const;
    [[nodiscard]] std::optional<PluginRecord> plugin(const QString &id) const;

    [[nodiscard]] bool isEnabled(const QString &id) const;
    /// Records the choice in the settings (for a plugin from outside PortalDesk's directory, with its file).
    /// Disabling does not unload a plugin already loaded (Qt cannot safely unload code whose widgets may live on);
    /// it takes effect at the next start.
    void setEnabled(const QString &id, bool enabled);

    /// Loads one plugin: fails with Forbidden when it is disabled, Conflict when it is incompatible or invalid,
    /// NotFound for an unknown id, InvalidInput when the library does not load or lacks the interface.
    [[nodiscard]] Result<PanelPlugin *> load(const QString &id);

    /// Loads every enabled, compatible plugin that user may use on siteId (holds one of its requiredRoles).
    /// Refusals are reported through pluginRefused, not returned.
    QList<PanelPlugin *> loadFor(const domain::User &user, qint64 siteId);

Q_SIGNALS:
    void pluginLoaded(const QString &id);
    /// A plugin was not loaded; reason is translated, ready to show to the user.
    void pluginRefused(const QString &id, const QString &reason);

private:
    struct Entry;
    Entry *find(const QString &id);
    const Entry *find(const QString &id) const;
    void classify(Entry &entry) const;
    [[nodiscard]] bool isEnabled(const Entry &entry) const;
    [[nodiscard]] static QString enabledKey(const QString &id);
    [[nodiscard]] static QString fileKey(const QString &id);

    QSettings &m_settings;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace pd::plugins
