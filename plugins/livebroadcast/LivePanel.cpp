#include "plugins/livebroadcast/LivePanel.h"

#include "plugins/livebroadcast/ComposerWidget.h"
#include "plugins/livebroadcast/LiveDesk.h"
#include "plugins/livebroadcast/LiveEventDialog.h"
#include "plugins/livebroadcast/ModeratorWidget.h"
#include "plugins/livebroadcast/StatsWidget.h"
#include "plugins/livebroadcast/TimelineWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

QString stateLabel(domain::LiveEventState state)
{
    switch (state) {
    case domain::LiveEventState::Scheduled:
        return LivePanel::tr("Upcoming");
    case domain::LiveEventState::Live:
        return LivePanel::tr("Live now");
    case domain::LiveEventState::Paused:
        return LivePanel::tr("Paused");
    case domain::LiveEventState::Ended:
        return LivePanel::tr("Ended");
    }
    return {};
}

} // namespace

LivePanel::LivePanel(plugins::PanelHost &host, QWidget *parent)
    : QWidget(parent)
    , m_desk(new LiveDesk(host, this))
    , m_events(new QComboBox(this))
    , m_eventState(new QLabel(this))
    , m_new(new QPushButton(tr("New event…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_start(new QPushButton(tr("Go live"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_end(new QPushButton(tr("End"), this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"livePanel"_s);
    setWindowTitle(tr("Live broadcast"));
    m_events->setObjectName(u"eventChooser"_s);
    m_events->setMinimumContentsLength(24);
    m_eventState->setObjectName(u"eventState"_s);
    m_new->setObjectName(u"newEvent"_s);
    m_edit->setObjectName(u"editEvent"_s);
    m_start->setObjectName(u"startEvent"_s);
    m_pause->setObjectName(u"pauseEvent"_s);
    m_end->setObjectName(u"endEvent"_s);
    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setStyleSheet(u"QLabel { background: #b3261e; color: white; padding: 6px; font-weight: bold; }"_s);
    m_banner->hide();
    m_message->setObjectName(u"liveMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Event:"), this));
    bar->addWidget(m_events, 1);
    bar->addWidget(m_eventState);
    for (QPushButton *b : {m_new, m_edit, m_start, m_pause, m_end})
        bar->addWidget(b);

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
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    const bool manager = m_desk->canManageEvents();
    for (QPushButton *b : {m_new, m_edit, m_start, m_pause, m_end})
        b->setVisible(manager);
    connect(m_new, &QPushButton::clicked, this, [this] { editEvent(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEvent(false); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_desk->transitionEvent(m_desk->event().state == domain::LiveEventState::Paused ? u"resume"_s : u"start"_s);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_desk->transitionEvent(u"pause"_s); });
    connect(m_end, &QPushButton::clicked, this, [this] { m_desk->transitionEvent(u"end"_s); });
    connect(m_events, &QComboBox::activated, this, [this](int index) {
        m_desk->selectEvent(m_events->itemData(index).toLongLong());
    });
    connect(m_desk, &LiveDesk::eventsChanged, this, &LivePanel::fillEvents);
    connect(m_desk, &LiveDesk::eventChanged, this, &LivePanel::onEventChanged);
    connect(m_desk, &LiveDesk::connectionChanged, this, &LivePanel::onConnection);
    connect(m_desk, &LiveDesk::failed, this, [this](const QString &message) {
        m_message->setStyleSheet(u"color: #b3261e;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
    });
    // A confirmation goes away by itself; a failure stays until the next message.
    auto *fade = new QTimer(this);
    fade->setSingleShot(true);
    fade->setInterval(5000);
    connect(fade, &QTimer::timeout, m_message, &QLabel::hide);
    connect(m_desk, &LiveDesk::failed, fade, &QTimer::stop);
    connect(m_desk, &LiveDesk::notice, this, [this, fade](const QString &message) {
        m_message->setStyleSheet(u"color: #1e7b34;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        fade->start();
    });
    onConnection();
    onEventChanged();
    m_desk->reloadEvents();
}

LivePanel::~LivePanel() = default;

void LivePanel::fillEvents()
{
    const qint64 current = m_desk->eventId();
    m_events->clear();
    // Live events first, then upcoming, then the ended ones: what a reporter needs now is on top.
    using domain::LiveEventState;
    for (const LiveEventState state :
         {LiveEventState::Live, LiveEventState::Paused, LiveEventState::Scheduled, LiveEventState::Ended})
        for (const domain::LiveEvent &e : m_desk->events())
            if (e.state == state)
                m_events->addItem(u"[%1] %2"_s.arg(stateLabel(state), e.title), e.id);
    int select = m_events->findData(current);
    if (select < 0 && m_events->count() > 0)
        select = 0;
    m_events->setCurrentIndex(select);
    const qint64 chosen = select >= 0 ? m_events->itemData(select).toLongLong() : 0;
    if (chosen != current)
        m_desk->selectEvent(chosen);
}

void LivePanel::onEventChanged()
{
    using domain::LiveEventState;
    const domain::LiveEvent &event = m_desk->event();
    const LiveEventState state = event.state;
    const bool has = event.id != 0;
    m_eventState->setText(!has ? QString() : u"%1 · %2"_s.arg(stateLabel(state),
        event.isReviewed() ? tr("reviewed") : tr("direct")));
    m_edit->setEnabled(has && state != LiveEventState::Ended);
    m_start->setEnabled(has && (state == LiveEventState::Scheduled || state == LiveEventState::Paused));
    m_start->setText(state == LiveEventState::Paused ? tr("Resume") : tr("Go live"));
    m_pause->setEnabled(has && state == LiveEventState::Live);
    m_end->setEnabled(has && state != LiveEventState::Ended);
    const int index = m_events->findData(m_desk->eventId());
    if (index >= 0 && has)
        m_events->setItemText(index, u"[%1] %2"_s.arg(stateLabel(state), event.title));
}

void LivePanel::onConnection()
{
    const int waiting = m_desk->waiting();
    if (m_desk->connectionState() == plugins::ConnectionState::Offline) {
        m_banner->setText(waiting > 0 ? tr("The link to the portal is down — %n post(s) wait and go out in order "
                                           "when it returns. Keep writing.", nullptr, waiting)
                                       : tr("The link to the portal is down. Keep writing: posts wait and go out "
                                            "in order when it returns."));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void LivePanel::editEvent(bool create)
{
    LiveEventDialog dialog(create ? domain::LiveEvent() : m_desk->event(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_desk->saveEvent(create ? 0 : m_desk->eventId(), dialog.input());
}

} // namespace pd::livebroadcast
