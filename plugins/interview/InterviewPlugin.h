#pragma once
#include "plugins/api/PanelPlugin.h"

#include <QObject>

namespace pd::interview {

/// The online interview desk (在线访谈: director, host and typist) as a panel plugin.
class InterviewPlugin : public QObject, public plugins::PanelPlugin
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewPlugin)
    Q_PLUGIN_METADATA(IID PD_PANEL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(pd::plugins::PanelPlugin)

public:
    InterviewPlugin() = default;
    QWidget *createPanel(plugins::PanelHost &host, QWidget *parent) override;
};

} // namespace pd::interview
