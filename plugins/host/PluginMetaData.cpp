#include "plugins/host/PluginMetaData.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::plugins {

QString PluginMetaData::displayName(const QLocale &locale) const
{
    // QLocale::name() is "zh_CN", "zh_TW", "en_US": the whole name first, then the language before the '_'.
    const QString full = locale.name();
    for (const QString &key : {full, full.section(u'_', 0, 0)})
        if (const QString name = names.value(key); !name.isEmpty())
            return name;
    if (!nameEn.isEmpty())
        return nameEn;
    return nameZh.isEmpty() ? id : nameZh;
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
    for (auto it = name.begin(); it != name.end(); ++it)
        if (const QString text = it.value().toString().trimmed(); !text.isEmpty())
            m.names.insert(it.key(), text);
    m.nameZh = m.names.value(u"zh"_s);
    m.nameEn = m.names.value(u"en"_s);
    m.version = json.value(u"version").toString();
    // A missing or non-integer version is 0, which no host accepts: the plugin predates versioning.
    const QJsonValue version = json.value(u"interfaceVersion");
    m.interfaceVersion = version.isDouble() ? version.toInt() : 0;
    for (const QJsonValue &role : json.value(u"requiredRoles").toArray())
        m.requiredRoles.append(role.toString());

    if (m.id.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "plugin.json has no \"id\"."));
    if (m.names.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("pd::plugins::PluginMetaData", "plugin.json has no \"name\"."));
    return m;
}

} // namespace pd::plugins
