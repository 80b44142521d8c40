#include "plugins/host/PluginManager.h"

#include "app/domain/User.h"
#include "plugins/api/PanelPlugin.h"
#include "plugins/host/PluginLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::plugins {

struct PluginManager::Entry {
    PluginRecord record;
    std::unique_ptr<QPluginLoader> loader;
    PanelPlugin *instance = nullptr;
};

PluginManager::PluginManager(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

// Loaded plugin instances stay alive until the process ends: widgets they created may outlive this manager,
// so the loaders are destroyed without unload().
PluginManager::~PluginManager() = default;

PluginDirectories PluginManager::defaultSearchPaths()
{
    PluginDirectories paths;
    paths.append({QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../lib/portaldesk/plugins"_s),
                  PluginOrigin::Installed});
    const QString fromEnv = qEnvironmentVariable("PORTALDESK_PLUGIN_PATH");
    for (const QString &p : fromEnv.split(u':', Qt::SkipEmptyParts))
        paths.append({p, PluginOrigin::External});
    return paths;
}

qsizetype PluginManager::scan(const QString &directory, PluginOrigin origin)
{
    const QDir dir(directory);
    qsizetype found = 0;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        const QString path = file.canonicalFilePath();
        const bool known = std::ranges::any_of(m_entries, [&](const auto &e) { return e->record.filePath == path; });
        if (known)
            continue;

        auto entry = std::make_unique<Entry>();
        entry->record.filePath = path;
        entry->record.origin = origin;
        entry->loader = std::make_unique<QPluginLoader>(path);
        // metaData() reads the JSON Qt embeds in the file's .qtmetadata section; it does not dlopen() the file,
        // so a disabled or incompatible plugin never runs a single static initialiser.
        const QJsonObject raw = entry->loader->metaData();
        if (raw.isEmpty())
            continue; // an ordinary shared library next to the plugins, not ours to report
        ++found;
        if (auto meta = PluginMetaData::fromLoaderMetaData(raw)) {
            entry->record.meta = *meta;
            classify(*entry);
        } else {
            entry->record.state = PluginState::Invalid;
            entry->record.problem = tr("%1 is not a usable PortalDesk plugin: %2").arg(file.fileName(), meta.error().message);
        }
        if (entry->record.state != PluginState::Invalid && find(entry->record.meta.id)) {
            entry->record.state = PluginState::Invalid;
            entry->record.problem = tr("%1 was ignored: another plugin with the id “%2” was found first.")
                                        .arg(file.fileName(), entry->record.meta.id);
        }
        qCDebug(lcPlugins) << "found" << path << entry->record.meta.id << int(entry->record.state);
        if (!entry->record.problem.isEmpty())
            qCInfo(lcPlugins).noquote() << entry->record.problem;
        m_entries.push_back(std::move(entry));
    }
    return found;
}

void PluginManager::classify(Entry &entry) const
{
    const PluginMetaData &meta = entry.record.meta;
    // A plugin built for any version the host still runs is welcome; its IID must name the same version.
    const bool inRange = meta.interfaceVersion >= PanelPluginOldestInterfaceVersion
        && meta.interfaceVersion <= PanelPluginInterfaceVersion;
    if (!inRange || meta.iid != panelPluginIid(meta.interfaceVersion)) {
        entry.record.state = PluginState::Incompatible;
        entry.record.problem =
            tr("The plugin “%1” %2 was built for plugin interface version %3, but this PortalDesk runs versions %4 "
               "to %5. It was not loaded; install a version of the plugin made for this release.")
                .arg(meta.displayName(QLocale()), meta.version)
                .arg(meta.interfaceVersion)
                .arg(PanelPluginOldestInterfaceVersion)
                .arg(PanelPluginInterfaceVersion);
        return;
    }
    if (!isEnabled(entry)) {
        entry.record.state = PluginState::Disabled;
        // Not switched off by the user: off because nobody chose this file yet.
        if (entry.record.origin == PluginOrigin::External && m_settings.value(enabledKey(meta.id), true).toBool())
            entry.record.problem =
                tr("The plugin “%1” in %2 is not one PortalDesk installed; it stays off until you turn it on in "
                   "Tools → Plugins.")
                    .arg(meta.displayName(QLocale()), QDir::toNativeSeparators(entry.record.filePath));
        else
            entry.record.problem = tr("The plugin “%1” is turned off in the settings.").arg(meta.displayName(QLocale()));
        return;
    }
    entry.record.state = entry.instance ? PluginState::Loaded : PluginState::Available;
    entry.record.problem.clear();
}

QList<PluginRecord> PluginManager::plugins() const
{
    QList<PluginRecord> list;
    list.reserve(qsizetype(m_entries.size()));
    for (const auto &e : m_entries)
        list.append(e->record);
    return list;
}

std::optional<PluginRecord> PluginManager::plugin(const QString &id) const
{
    if (const Entry *e = find(id))
        return e->record;
    return std::nullopt;
}

QString PluginManager::enabledKey(const QString &id)
{
    return u"plugins/%1/enabled"_s.arg(id);
}

QString PluginManager::fileKey(const QString &id)
{
    return u"plugins/%1/file"_s.arg(id);
}

bool PluginManager::isEnabled(const QString &id) const
{
    if (const Entry *e = find(id))
        return isEnabled(*e);
    return m_settings.value(enabledKey(id), true).toBool();
}

bool PluginManager::isEnabled(const Entry &entry) const
{
    const QString &id = entry.record.meta.id;
    if (entry.record.origin == PluginOrigin::Installed)
        return m_settings.value(enabledKey(id), true).toBool();
    // Code from elsewhere runs only when the user chose this very file: a directory on the search path that
    // someone else can write to must not bring in a new plugin, nor swap the one the user turned on.
    return m_settings.value(enabledKey(id), false).toBool()
        && m_settings.value(fileKey(id)).toString() == entry.record.filePath;
}

void PluginManager::setEnabled(const QString &id, bool enabled)
{
    m_settings.setValue(enabledKey(id), enabled);
    if (const Entry *e = find(id); e && enabled && e->record.origin == PluginOrigin::External)
        m_settings.setValue(fileKey(id), e->record.filePath);
    if (Entry *e = find(id); e && e->record.state != PluginState::Invalid && e->record.state != PluginState::Failed)
        classify(*e);
}

Result<PanelPlugin *> PluginManager::load(const QString &id)
{
    Entry *e = find(id);
    if (!e)
        return fail(ErrorCode::NotFound, tr("No plugin with the id “%1” was found.").arg(id));
    if (e->instance)
        return e->instance;
    // The settings may have changed behind our back (another window, the user's config file): ask again.
    if (e->record.state == PluginState::Available || e->record.state == PluginState::Disabled)
        classify(*e);

    switch (e->record.state) {
    case PluginState::Available:
        break;
    case PluginState::Disabled:
        return fail(ErrorCode::Forbidden, e->record.problem);
    case PluginState::Incompatible:
    case PluginState::Invalid:
    case PluginState::Failed:
        return fail(ErrorCode::Conflict, e->record.problem);
    case PluginState::Loaded:
        return e->instance;
    }

    QObject *object = e->loader->instance();
    // qobject_cast knows only this header's IID; a plugin of an earlier version answers to the IID it was built
    // with, and its PanelPlugin is the same class.
    auto *panel = object ? static_cast<PanelPlugin *>(object->qt_metacast(e->record.meta.iid.toLatin1().constData()))
                         : nullptr;
    if (!panel) {
        const QString why = object ? tr("it does not implement the panel interface") : e->loader->errorString();
        e->record.state = PluginState::Failed;
        e->record.problem = tr("The plugin “%1” could not be loaded: %2").arg(e->record.meta.displayName(QLocale()), why);
        qCWarning(lcPlugins).noquote() << e->record.problem;
        e->loader->unload();
        return fail(ErrorCode::InvalidInput, e->record.problem);
    }
    e->instance = panel;
    e->record.state = PluginState::Loaded;
    qCInfo(lcPlugins) << "loaded" << e->record.meta.id << e->record.meta.version << "from" << e->record.filePath;
    Q_EMIT pluginLoaded(id);
    return panel;
}

QList<PanelPlugin *> PluginManager::loadFor(const domain::User &user, qint64 siteId)
{
    QList<PanelPlugin *> loaded;
    for (const auto &e : m_entries) {
        const PluginMetaData &meta = e->record.meta;
        if (e->record.state == PluginState::Invalid) {
            Q_EMIT pluginRefused(meta.id.isEmpty() ? e->record.filePath : meta.id, e->record.problem);
            continue;
        }
        const bool allowed = meta.requiredRoles.isEmpty()
            || std::ranges::any_of(meta.requiredRoles, [&](const QString &role) { return user.hasRole(role, siteId); });
        if (!allowed)
            continue; // not a refusal: the panel is simply not for this user
        if (auto panel = load(meta.id))
            loaded.append(*panel);
        else
            Q_EMIT pluginRefused(meta.id, panel.error().message);
    }
    return loaded;
}

PluginManager::Entry *PluginManager::find(const QString &id)
{
    const auto it = std::ranges::find_if(m_entries, [&](const auto &e) {
        return e->record.state != PluginState::Invalid && e->record.meta.id == id;
    });
    return it == m_entries.end() ? nullptr : it->get();
}

const PluginManager::Entry *PluginManager::find(const QString &id) const
{
    return const_cast<PluginManager *>(this)->find(id);
}

} // namespace pd::plugins
