#pragma once
#include "plugins/api/PanelPlugin.h"

#include <QObject>

/// A panel plugin built for the current interface: its panel is a label naming the signed-in user.
class CurrentPanelPlugin : public QObject, public pd::plugins::PanelPlugin
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentPanelPlugin)
    Q_PLUGIN_METADATA(IID PD_PANEL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(pd::plugins::PanelPlugin)

public:
    CurrentPanelPlugin() = default;
    QWidget *createPanel(pd::plugins::PanelHost &host, QWidget *parent) override;
};
