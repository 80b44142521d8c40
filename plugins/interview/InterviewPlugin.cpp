#include "plugins/interview/InterviewPlugin.h"

#include "plugins/interview/InterviewPanel.h"

namespace pd::interview {

QWidget *InterviewPlugin::createPanel(plugins::PanelHost &host, QWidget *parent)
{
    return new InterviewPanel(host, parent);
}

} // namespace pd::interview
