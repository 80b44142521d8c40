#include "tests/unit/plugins/previousplugin/PreviousPanelPlugin.h"

#include <QLabel>

using namespace Qt::StringLiterals;

QWidget *PreviousPanelPlugin::createPanel(pd::plugins::PanelHost &host, QWidget *parent)
{
    auto *label = new QLabel(host.currentUser().displayName, parent);
    label->setObjectName(u"previousTestPanel"_s);
    return label;
}
