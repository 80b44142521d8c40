#pragma once
#include <QObject>
#include <QtPlugin>

/// Stands for a plugin built against a later, incompatible panel interface (version 7): the host must refuse it
/// from its metadata alone. If it were ever loaded, its constructor would say so in the environment.
class FuturePanelPlugin : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FuturePanelPlugin)
    Q_PLUGIN_METADATA(IID "org.portaldesk.PanelPlugin/7" FILE "plugin.json")

public:
    FuturePanelPlugin();
};
