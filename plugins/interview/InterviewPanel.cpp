#include "plugins/interview/InterviewPanel.h"

#include "plugins/interview/DirectorView.h"
#include "plugins/interview/HostView.h"
#include "plugins/interview/InterviewDesk.h"
#include "plugins/interview/ReviewView.h"
#include "plugins/interview/TypistView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::interview {

namespace {

QString stateLabel(domain::LiveEventState state)
{
    switch (state) {
    case domain::LiveEventState::Scheduled:
        return InterviewPanel::tr("Upcoming");
    case domain::LiveEventState::Live:
        return InterviewPanel::tr("Live now");
    case domain::LiveEventState::Paused:
        return InterviewPanel::tr("Paused");
    case domain::LiveEventState::Ended:
        return InterviewPanel::tr("Ended");
    }
    return {};
}

} // namespace

InterviewPanel::InterviewPanel(plugins::PanelHost &host, QWidget *parent)
    : QWidget(parent)
    , m_desk(new InterviewDesk(host, this))
    , m_events(new QComboBox(this))
    , m_eventState(new QLabel(this))
    , m_publicPage(new QPushButton(tr("Public page"), this))
    , m_transcript(new QPushButton(tr("Build transcript…"), this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_roles(new QTabWidget(this))
{
    setObjectName(u"interviewPanel"_s);
    setWindowTitle(tr("Online interview"));
    m_events->setObjectName(u"interviewChooser"_s);
    m_events->setMinimumContentsLength(24);
    m_eventState->setObjectName(u"interviewState"_s);
    m_publicPage->setObjectName(u"interviewPublicPage"_s);
    m_transcript->setObjectName(u"buildTranscript"_s);
    m_transcript->setToolTip(tr("After the end: the 实录 from every answered question, opened in the editor for a "
                                "final read before it goes to review."));
    m_banner->setObjectName(u"interviewOfflineBanner"_s);
    m_banner->setStyleSheet(u"QLabel { background: #b3261e; color: white; padding: 6px; font-weight: bold; }"_s);
    m_banner->hide();
    m_message->setObjectName(u"interviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Interview:"), this));
    bar->addWidget(m_events, 1);
    bar->addWidget(m_eventState);
    bar->addWidget(m_publicPage);
    bar->addWidget(m_transcript);

    m_roles->setObjectName(u"interviewRoles"_s);
    if (m_desk->canDirect()) {
        m_director = new DirectorView(*m_desk, this);
        m_roles->addTab(m_director, tr("Director"));
        m_host = new HostView(*m_desk, this);
        m_roles->addTab(m_host, tr("Host"));
    }
    if (m_desk->canType()) {
        m_typist = new TypistView(*m_desk, this);
        m_roles->addTab(m_typist, tr("Typist"));
    }
    // Shown for a reviewed interview to those who review it (onEventChanged); the group members are per event.
    m_review = new ReviewView(*m_desk, this);
    m_roles->addTab(m_review, tr("Review"));
    m_roles->setTabVisible(m_roles->indexOf(m_review), false);
    // A live reporter records answers; a moderator directs: each starts on the role they usually have.
    const bool reporterOnly = m_typist && !m_desk->canDirect();
    m_roles->setCurrentWidget(reporterOnly ? static_cast<QWidget *>(m_typist) : m_roles->widget(0));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_roles, 1);

    m_transcript->setVisible(m_desk->canBuildTranscript());
    connect(m_events, &QComboBox::activated, this, [this](int index) {
        m_desk->selectEvent(m_events->itemData(index).toLongLong());
    });
    connect(m_publicPage, &QPushButton::clicked, this, [this] { m_desk->host().openUrl(m_desk->publicPageUrl()); });
    connect(m_transcript, &QPushButton::clicked, m_desk, &InterviewDesk::buildTranscript);
    connect(m_desk, &InterviewDesk::eventsChanged, this, &InterviewPanel::fillEvents);
    connect(m_desk, &InterviewDesk::eventChanged, this, &InterviewPanel::onEventChanged);
    connect(m_desk, &InterviewDesk::connectionChanged, this, &InterviewPanel::onConnection);
    connect(m_desk, &InterviewDesk::failed, this, [this](const QString &message) {
        m_message->setStyleSheet(u"color: #b3261e;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
    });
    // A confirmation goes away by itself; a failure stays until the next message.
    auto *fade = new QTimer(this);
    fade->setSingleShot(true);
    fade->setInterval(5000);
    connect(fade, &QTimer::timeout, m_message, &QLabel::hide);
    connect(m_desk, &InterviewDesk::failed, fade, &QTimer::stop);
    connect(m_desk, &InterviewDesk::notice, this, [this, fade](const QString &message) {
        m_message->setStyleSheet(u"color: #1e7b34;"_s);
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        fade->start();
    });
    onConnection();
    onEventChanged();
    m_desk->reloadEvents();
}

InterviewPanel::~InterviewPanel() = default;

void InterviewPanel::fillEvents()
{
    const qint64 current = m_desk->eventId();
    m_events->clear();
    // Live interviews first, then upcoming, then ended ones.
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

void InterviewPanel::onEventChanged()
{
    const domain::LiveEvent &event = m_desk->event();
    const bool has = event.id != 0;
    QString state = has ? stateLabel(event.state) : QString();
    if (has && !event.host.name.isEmpty())
        state = tr("%1 · host %2").arg(state, event.host.name);
    m_eventState->setText(state);
    m_publicPage->setEnabled(has);
    m_transcript->setEnabled(has && event.state == domain::LiveEventState::Ended);
    m_roles->setTabVisible(m_roles->indexOf(m_review), has && event.isReviewed() && m_desk->canReview());
    const int index = m_events->findData(m_desk->eventId());
    if (index >= 0 && has)
        m_events->setItemText(index, u"[%1] %2"_s.arg(stateLabel(event.state), event.title));
}

void InterviewPanel::onConnection()
{
    const int waiting = m_desk->waiting();
    if (m_desk->connectionState() == plugins::ConnectionState::Offline) {
        m_banner->setText(waiting > 0 ? tr("The link to the portal is down — %n answer(s) wait and go out in order "
                                           "when it returns. Keep typing.", nullptr, waiting)
                                       : tr("The link to the portal is down. Keep typing: answers wait and go out "
                                            "in order when it returns."));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

} // namespace pd::interview
