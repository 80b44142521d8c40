#include "plugins/livebroadcast/LivePanel.h"

#include "plugins/livebroadcast/DeskView.h"
#include "plugins/livebroadcast/LiveDesk.h"
#include "plugins/livebroadcast/LiveEventDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
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
    , m_host(host)
    , m_events(new QComboBox(this))
    , m_sessions(new QComboBox(this))
    , m_eventState(new QLabel(this))
    , m_openBeside(new QPushButton(tr("Open beside"), this))
    , m_new(new QPushButton(tr("New event…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_start(new QPushButton(tr("Go live"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_end(new QPushButton(tr("End"), this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_desks(new QTabWidget(this))
{
    setObjectName(u"livePanel"_s);
    setWindowTitle(tr("Live broadcast"));
    m_events->setObjectName(u"eventChooser"_s);
    m_events->setMinimumContentsLength(24);
    m_sessions->setObjectName(u"sessionChooser"_s);
    m_sessions->setMinimumContentsLength(12);
    m_sessions->setToolTip(tr("The sub-forum this desk tab covers: its timeline, and where its posts go"));
    m_eventState->setObjectName(u"eventState"_s);
    m_openBeside->setObjectName(u"openBeside"_s);
    m_openBeside->setToolTip(tr("Open another desk tab beside this one, on the next sub-forum"));
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
    m_desks->setObjectName(u"deskTabs"_s);
    m_desks->setTabsClosable(true);
    m_desks->setDocumentMode(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Event:"), this));
    bar->addWidget(m_events, 1);
    bar->addWidget(m_sessions);
    bar->addWidget(m_eventState);
    bar->addWidget(m_openBeside);
    for (QPushButton *b : {m_new, m_edit, m_start, m_pause, m_end})
        bar->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_desks, 1);

    DeskView *first = addDesk();
    const bool manager = first->desk().canManageEvents();
    for (QPushButton *b : {m_new, m_edit, m_start, m_pause, m_end})
        b->setVisible(manager);
    connect(m_new, &QPushButton::clicked, this, [this] { editEvent(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEvent(false); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        desk().transitionEvent(desk().event().state == domain::LiveEventState::Paused ? domain::LiveEventAction::Resume
                                                                                      : domain::LiveEventAction::Start);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { desk().transitionEvent(domain::LiveEventAction::Pause); });
    connect(m_end, &QPushButton::clicked, this, [this] { desk().transitionEvent(domain::LiveEventAction::End); });
    connect(m_openBeside, &QPushButton::clicked, this, &LivePanel::openBeside);
    connect(m_events, &QComboBox::activated, this, [this](int index) {
        desk().selectEvent(m_events->itemData(index).toLongLong());
    });
    connect(m_sessions, &QComboBox::activated, this, [this](int index) {
        desk().selectEvent(desk().eventId(), m_sessions->itemData(index).toLongLong());
    });
    connect(m_desks, &QTabWidget::currentChanged, this, [this] {
        fillEvents();
        onEventChanged();
        onConnection();
    });
    // The first tab stays: the panel always has a desk.
    connect(m_desks, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return;
        QWidget *view = m_desks->widget(index);
        m_desks->removeTab(index);
        view->deleteLater();
    });
    onConnection();
    onEventChanged();
    first->desk().reloadEvents();
}

LivePanel::~LivePanel() = default;

DeskView *LivePanel::current() const
{
    return qobject_cast<DeskView *>(m_desks->currentWidget());
}

LiveDesk &LivePanel::desk()
{
    return current()->desk();
}

QTabWidget *LivePanel::tabs() const
{
    return current()->tabs();
}

DeskView *LivePanel::addDesk()
{
    auto *view = new DeskView(m_host, m_desks);
    LiveDesk *d = &view->desk();
    const int index = m_desks->addTab(view, view->title());
    if (index == 0)
        m_desks->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    // Only the desk in front drives the bar; every desk may report a failure or a notice.
    const auto inFront = [this, view] { return current() == view; };
    connect(d, &LiveDesk::eventsChanged, this, [this, inFront] {
        if (inFront())
            fillEvents();
    });
    connect(d, &LiveDesk::eventChanged, this, [this, view, inFront] {
        const int at = m_desks->indexOf(view);
        if (at >= 0) {
            m_desks->setTabText(at, view->title());
            m_desks->setTabToolTip(at, view->desk().event().title);
        }
        if (inFront())
            onEventChanged();
    });
    connect(d, &LiveDesk::connectionChanged, this, [this, inFront] {
        if (inFront())
            onConnection();
    });
    connect(d, &LiveDesk::failed, this, [this](const QString &message) {
        m_message->setStyleSheet(u"color: #b3261e;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
    });
    // A confirmation goes away by itself; a failure stays until the next message.
    auto *fade = new QTimer(view);
    fade->setSingleShot(true);
    fade->setInterval(5000);
    connect(fade, &QTimer::timeout, m_message, &QLabel::hide);
    connect(d, &LiveDesk::failed, fade, &QTimer::stop);
    connect(d, &LiveDesk::notice, this, [this, fade](const QString &message) {
        m_message->setStyleSheet(u"color: #1e7b34;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        fade->start();
    });
    return view;
}

DeskView *LivePanel::openDesk(qint64 eventId, qint64 session)
{
    DeskView *view = addDesk();
    view->desk().reloadEvents();
    view->desk().selectEvent(eventId, session);
    m_desks->setCurrentWidget(view);
    return view;
}

void LivePanel::openBeside()
{
    LiveDesk &front = desk();
    if (front.eventId() == 0)
        return;
    // The next sub-forum no desk tab covers yet, so three clicks give a team lead the three sub-forums.
    QList<qint64> open;
    for (int i = 0; i < m_desks->count(); ++i)
        if (auto *view = qobject_cast<DeskView *>(m_desks->widget(i)); view && view->desk().eventId() == front.eventId())
            open.append(view->desk().session());
    qint64 next = 0;
    for (const domain::LiveEvent::Session &s : front.event().sessions)
        if (!open.contains(s.id)) {
            next = s.id;
            break;
        }
    openDesk(front.eventId(), next);
}

void LivePanel::fillEvents()
{
    LiveDesk &d = desk();
    const qint64 currentEvent = d.eventId();
    m_events->clear();
    // Live events first, then upcoming, then the ended ones: what a reporter needs now is on top.
    using domain::LiveEventState;
    for (const LiveEventState state :
         {LiveEventState::Live, LiveEventState::Paused, LiveEventState::Scheduled, LiveEventState::Ended})
        for (const domain::LiveEvent &e : d.events())
            if (e.state == state)
                m_events->addItem(u"[%1] %2"_s.arg(stateLabel(state), e.title), e.id);
    int select = m_events->findData(currentEvent);
    if (select < 0 && m_events->count() > 0)
        select = 0;
    m_events->setCurrentIndex(select);
    const qint64 chosen = select >= 0 ? m_events->itemData(select).toLongLong() : 0;
    if (chosen != currentEvent)
        d.selectEvent(chosen);
}

void LivePanel::fillSessions()
{
    LiveDesk &d = desk();
    m_sessions->clear();
    const QList<domain::LiveEvent::Session> &sessions = d.event().sessions;
    m_sessions->addItem(tr("All sub-forums"), 0);
    for (const domain::LiveEvent::Session &s : sessions)
        m_sessions->addItem(s.title, s.id);
    m_sessions->setCurrentIndex(std::max(0, m_sessions->findData(d.session())));
    // One programme item or none: nothing to choose.
    const bool parallel = sessions.size() > 1;
    m_sessions->setVisible(parallel);
    m_openBeside->setVisible(parallel);
}

void LivePanel::onEventChanged()
{
    using domain::LiveEventState;
    LiveDesk &d = desk();
    const domain::LiveEvent &event = d.event();
    const LiveEventState state = event.state;
    const bool has = event.id != 0;
    m_eventState->setText(!has ? QString() : u"%1 · %2"_s.arg(stateLabel(state),
        event.isReviewed() ? tr("reviewed") : tr("direct")));
    m_edit->setEnabled(has && state != LiveEventState::Ended);
    m_start->setEnabled(has && (state == LiveEventState::Scheduled || state == LiveEventState::Paused));
    m_start->setText(state == LiveEventState::Paused ? tr("Resume") : tr("Go live"));
    m_pause->setEnabled(has && state == LiveEventState::Live);
    m_end->setEnabled(has && state != LiveEventState::Ended);
    const int index = m_events->findData(d.eventId());
    if (index >= 0 && has)
        m_events->setItemText(index, u"[%1] %2"_s.arg(stateLabel(state), event.title));
    if (index >= 0 && m_events->currentIndex() != index)
        m_events->setCurrentIndex(index);
    fillSessions();
}

void LivePanel::onConnection()
{
    LiveDesk &d = desk();
    const int waiting = d.waiting();
    if (d.connectionState() == plugins::ConnectionState::Offline) {
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
    LiveEventDialog dialog(create ? domain::LiveEvent() : desk().event(), desk().people(), desk().host(), this);
    if (dialog.exec() == QDialog::Accepted)
        desk().saveEvent(create ? 0 : desk().eventId(), dialog.input());
}

} // namespace pd::livebroadcast
