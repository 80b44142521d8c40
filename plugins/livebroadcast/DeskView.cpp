#include "plugins/livebroadcast/DeskView.h"

#include "plugins/livebroadcast/ComposerWidget.h"
#include "plugins/livebroadcast/LiveDesk.h"
#include "plugins/livebroadcast/ModeratorWidget.h"
#include "plugins/livebroadcast/StatsWidget.h"
#include "plugins/livebroadcast/TimelineWidget.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

DeskView::DeskView(plugins::PanelHost &host, QWidget *parent)
    : QWidget(parent)
    , m_desk(new LiveDesk(host, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"deskView"_s);
    m_composer = new ComposerWidget(*m_desk, this);
    m_timeline = new TimelineWidget(*m_desk, this);
    auto *write = new QSplitter(Qt::Horizontal, this);
    write->setObjectName(u"writeSplitter"_s);
    write->addWidget(m_composer);
    write->addWidget(m_timeline);
    write->setStretchFactor(0, 2);
    write->setStretchFactor(1, 3);
    m_tabs->setObjectName(u"liveTabs"_s);
    m_tabs->addTab(write, tr("Write"));
    if (m_desk->canModerate()) {
        m_moderator = new ModeratorWidget(*m_desk, this);
        m_tabs->addTab(m_moderator, tr("Moderate"));
    }
    m_stats = new StatsWidget(*m_desk, this);
    m_tabs->addTab(m_stats, tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

DeskView::~DeskView() = default;

QString DeskView::title() const
{
    const QString event = m_desk->event().title;
    if (event.isEmpty())
        return tr("Live desk");
    if (m_desk->session() == 0)
        return event;
    const QString session = m_desk->postSessionTitle();
    return session.isEmpty() ? event : session;
}

} // namespace pd::livebroadcast
