#pragma once
// Not compiled: the folder tst_plugin_includes runs the plugin include check on. A plugin may include plugins/api
// and the domain value types; the client core (app/api, ui/) it must not, and the check must say so for each.
#include "plugins/api/PanelHost.h"
#include "app/domain/LiveEvent.h"
#include "app/api/PortalClient.h"
#include <QWidget>
#include "ui/live/LivePanelHost.h"
