#pragma once
#include "plugins/api/PanelHost.h"

#include <QObject>
#include <QtPlugin>

class QWidget;

// What a plugin built against interface version 2 carries: the same PanelPlugin class, declared under the IID of
// that version. This module never includes plugins/api/PanelPlugin.h, which declares it under the current IID.
namespace pd::plugins {
class PanelPlugin
{
public:
    virtual ~PanelPlugin() = default;
    [[nodiscard]] virtual QWidget *createPanel(PanelHost &host, QWidget *parent) = 0;

protected:
    PanelPlugin() = default;
    PanelPlugin(const PanelPlugin &) = default;
    PanelPlugin &operator=(const PanelPlugin &) = default;
};
} // namespace pd::plugins
Q_DECLARE_INTERFACE(pd::plugins::PanelPlugin, "org.portaldesk.PanelPlugin/2")

/// A panel plugin built for interface version 2, which this host still runs: its panel names the signed-in user.
class PreviousPanelPlugin : public QObject, public pd::plugins::PanelPlugin
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviousPanelPlugin)
    Q_PLUGIN_METADATA(IID "org.portaldesk.PanelPlugin/2" FILE "plugin.json")
    Q_INTERFACES(pd::plugins::PanelPlugin)

public:
    PreviousPanelPlugin() = default;
    QWidget *createPanel(pd::plugins::PanelHost &host, QWidget *parent) override;
};
