#pragma once
#include "app/domain/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pd::plugins {

/// A plugin's description as embedded from its plugin.json, read from the file without loading the plugin.
struct PluginMetaData {
    QString iid;              ///< the interface id the plugin was built for (Q_PLUGIN_METADATA IID)
    QString className;
    QString id;               ///< stable, e.g. "org.portaldesk.livebroadcast"; the settings key
    QString nameZh;
    QString nameEn;
    /// Every name plugin.json gives, by locale name ("zh", "en", "zh_TW", "bo", …).
    QHash<QString, QString> names;
    QString version;
    int interfaceVersion = 0;
    QStringList requiredRoles; ///< the user needs one of them; empty: everyone

    /// The name in the UI language: the locale's own name (zh_TW), else its language's (zh), else English, else
    /// any Chinese one, else the id.
    [[nodiscard]] QString displayName(const QLocale &locale) const;

    /// Parses what QPluginLoader::metaData() returns ({"IID", "className", "MetaData": <plugin.json>}).
    /// Fails with InvalidInput when the object is not a PortalDesk plugin description.
    [[nodiscard]] static Result<PluginMetaData> fromLoaderMetaData(const QJsonObject &loaderMetaData);
};

} // namespace pd::plugins
