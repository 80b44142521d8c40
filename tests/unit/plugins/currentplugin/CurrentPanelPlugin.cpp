#include "tests/unit/plugins/currentplugin/CurrentPanelPlugin.h"

#include <QLabel>

using namespace Qt::StringLiterals;

QWidget *CurrentPanelPlugin::createPanel(pd::plugins::PanelHost &host, QWidget *parent)
{
    auto *label = new QLabel(host.currentUser().displayName, parent);
    label->setObjectName(u"currentTestPanel"_s);
    return label;
}
