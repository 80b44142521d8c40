#include "ui/live/LivePage.h"

#include "ui/live/LiveLog.h"
#include "ui/live/LivePanelHost.h"
#include "ui/live/PluginsDialog.h"
#include "plugins/api/PanelPlugin.h"
#include "plugins/host/PluginManager.h"

#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

LivePage::LivePage(QSettings &settings, std::unique_ptr<LivePanelHost> host, const plugins::PluginDirectories &searchPaths,
                   QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_host(std::move(host))
    , m_manager(std::make_unique<plugins::PluginManager>(settings))
    , m_searchPaths(searchPaths)
    , m_refusalLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_emptyLabel(new QLabel(tr("No live broadcast panel is available to this account: the live desk is for "
                                 "live reporters, live moderators and administrators of the site."),
                              this))
{
    setObjectName(u"livePage"_s);
    m_refusalLabel->setObjectName(u"pluginRefusals"_s);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(u"QLabel { background: #fff4e5; color: #8a4b00; padding: 8px; }"_s);
    m_refusalLabel->hide();
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_tabs, 1);
    m_emptyLabel->setObjectName(u"noPanelLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide();
    layout->addWidget(m_emptyLabel, 1);
    connect(m_manager.get(), &plugins::PluginManager::pluginRefused, this, [this](const QString &, const QString &why) {
        m_refusals.append(why);
        showRefusals();
    });
}

// Panels hold subscriptions with the host: they go first, the host (a member) after them.
LivePage::~LivePage()
{
    m_host->shutdown();
    for (const QPointer<QWidget> &panel : std::as_const(m_panels))
        delete panel.data();
}

void LivePage::loadPlugins()
{
    const std::pair<qint64, qint64> signedIn{m_host->currentUser().id, m_host->currentSiteId()};
    if (m_loaded && signedIn == m_loadedFor)
        return;
    // Another user signed in on this window: the previous user's panels (and their subscriptions) go first, told so
    // while the host still answers them.
    if (!m_panels.isEmpty())
        m_host->shutdown();
    for (const QPointer<QWidget> &panel : std::as_const(m_panels))
        delete panel.data();
    m_panels.clear();
    m_tabs->clear();
    m_refusals.clear();
    showRefusals();
    m_loaded = true;
    m_loadedFor = signedIn;
    for (const plugins::PluginDirectory &dir : std::as_const(m_searchPaths))
        m_manager->scan(dir.path, dir.origin); // files already known are skipped
    const QList<plugins::PanelPlugin *> loaded = m_manager->loadFor(m_host->currentUser(), m_host->currentSiteId());
    for (plugins::PanelPlugin *plugin : loaded) {
        QWidget *panel = plugin->createPanel(*m_host, m_tabs);
        if (!panel)
            continue;
        m_panels.append(panel);
        m_tabs->addTab(panel, panel->windowTitle());
    }
    // One panel needs no tab bar of its own; the page's name says what it is.
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    m_tabs->setVisible(m_tabs->count() > 0);
    m_emptyLabel->setVisible(m_tabs->count() == 0 && m_refusals.isEmpty());
    qCInfo(lcUiLive) << "plugin panels:" << m_tabs->count() << "refused:" << m_refusals.size();
}

QList<QWidget *> LivePage::panels() const
{
    QList<QWidget *> list;
    for (const QPointer<QWidget> &p : m_panels)
        if (p)
            list.append(p.data());
    return list;
}

void LivePage::showRefusals()
{
    m_refusalLabel->setText(m_refusals.join(u'\n'));
    m_refusalLabel->setVisible(!m_refusals.isEmpty());
}

void LivePage::showPluginsDialog()
{
    PluginsDialog dialog(*m_manager, this);
    dialog.exec();
}

} // namespace pd::ui
