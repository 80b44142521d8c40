#include "plugins/host/PluginMetaData.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::plugins {

QString PluginMetaData::displayName(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    if (chinese && !nameZh.isEmpty())
        return nameZh;
    return nameEn.isEmpty() ? (nameZh.isEmpty() ? id : nameZh) : nameEn;
}

Result<PluginMetaData> PluginMetaData::fromLoaderMetaData(const QJsonObject &loaderMetaData)
{
    if (loaderMetaData.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "The file is not a Qt plugin."));

    PluginMetaData m;
    m.iid = loaderMetaData.value(u"IID").toString();
    m.className = loaderMetaData.value(u"className").toString();
    const QJsonObject json = loaderMetaData.value(u"MetaData").toObject();
    if (json.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "The plugin carries no plugin.json."));

    m.id = json.value(u"id").toString().trimmed();
    const QJsonObject name = json.value(u"name").toObject();
    m.nameZh = name.value(u"zh").toString();
    m.nameEn = name.value(u"en").toString();
    m.version = json.value(u"version").toString();
    // A missing or non-integer version is 0, which no host accepts: the plugin predates versioning.
    const QJsonValue version = json.value(u"interfaceVersion");
    m.interfaceVersion = version.isDouble() ? version.toInt() : 0;
    for (const QJsonValue &role : json.value(u"requiredRoles").toArray())
        m.requiredRoles.append(role.toString());

    if (m.id.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "plugin.json has no \"id\"."));
    if (m.nameZh.isEmpty() && m.nameEn.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "plugin.json has no \"name\"."));
    return m;
}

} // namespace pd::plugins
