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

QString stateLabel(const QString &state)
{
    if (state == u"scheduled")
        return LivePanel::tr("Upcoming");
    if (state == u"live")
        return LivePanel::tr("Live now");
    if (state == u"paused")
        return LivePanel::tr("Paused");
    if (state == u"ended")
        return LivePanel::tr("Ended");
    return state;
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
        m_desk->transitionEvent(m_desk->event().value(u"state"_s).toString() == u"paused" ? u"resume"_s : u"start"_s);
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
    const QStringList order{u"live"_s, u"paused"_s, u"scheduled"_s, u"ended"_s};
    for (const QString &state : order)
        for (const QJsonObject &e : m_desk->events())
            if (e.value(u"state"_s).toString() == state)
                m_events->addItem(u"[%1] %2"_s.arg(stateLabel(state), e.value(u"title"_s).toString()),
                                  e.value(u"id"_s).toInteger());
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
    const QJsonObject &event = m_desk->event();
    const QString state = event.value(u"state"_s).toString();
    m_eventState->setText(event.isEmpty() ? QString() : u"%1 · %2"_s.arg(stateLabel(state),
        event.value(u"mode"_s).toString() == u"reviewed" ? tr("reviewed") : tr("direct")));
    const bool has = !event.isEmpty();
    m_edit->setEnabled(has && state != u"ended");
    m_start->setEnabled(has && (state == u"scheduled" || state == u"paused"));
    m_start->setText(state == u"paused" ? tr("Resume") : tr("Go live"));
    m_pause->setEnabled(has && state == u"live");
    m_end->setEnabled(has && state != u"ended");
    const int index = m_events->findData(m_desk->eventId());
    if (index >= 0 && has)
        m_events->setItemText(index, u"[%1] %2"_s.arg(stateLabel(state), event.value(u"title"_s).toString()));
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
    LiveEventDialog dialog(create ? QJsonObject() : m_desk->event(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_desk->saveEvent(create ? 0 : m_desk->eventId(), dialog.input());
}

} // namespace pd::livebroadcast
