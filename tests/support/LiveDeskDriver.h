#pragma once
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"
#include "plugins/host/PluginManager.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"

#include <QSize>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QComboBox;
class QSettings;

namespace pd::test {

/// One person at the 直播 page, as AppContext builds it for them: their own client, workspace, local store with its
/// outbox, event stream and the page with the plugin panels found in the given directories. The parts stay public
/// so that a test can reach the core behind the panel it drives. Links pd_testsupport_live.
///
/// @code
///   pd::test::LiveDeskDriver desk(*m_stage.settings);
///   QVERIFY(desk.signIn(m_stage.portal.baseUrl(), u"reporter"_s));
///   QVERIFY(desk.open(m_stage.dir.filePath(u"reporter.db"_s), plugins, {.loadPlugins = true}));
/// @endcode
struct LiveDeskDriver {
    /// How the desk is set up beyond what every desk has (a heartbeat of 1 s, dead after 3 s; the stream
    /// reconnecting after 100 ms up to 500 ms).
    struct Options {
        bool quickOutbox = true;   ///< the outbox retries after 50 ms up to 400 ms instead of its own back-off
        bool checkRules = true;    ///< the panel host loads the portal's content check rules
        QSize size{1180, 760};     ///< the page's size
        bool loadPlugins = false;  ///< the page loads its panels at once
    };

    explicit LiveDeskDriver(QSettings &settings);
    ~LiveDeskDriver();
    LiveDeskDriver(const LiveDeskDriver &) = delete;
    LiveDeskDriver &operator=(const LiveDeskDriver &) = delete;

    /// The application as a Chinese desk runs it (the zh_CN catalogue, the default locale) and the settings every
    /// desk of a test shares, an INI file in `dir`.
    [[nodiscard]] static std::unique_ptr<QSettings> prepareApplication(const QString &dir);
    /// The plugins built into `dir`, loaded as installed ones. Each test target names its plugin directory with a
    /// compile definition of its own, so the directory comes in as an argument.
    [[nodiscard]] static pd::plugins::PluginDirectories installedPlugins(const QString &dir);

    /// Picks the entry of `chooser` whose data is `data` as a user does (activated() included); false when there
    /// is no chooser or no such entry yet.
    static bool choose(QComboBox *chooser, const QVariant &data);

    /// Signs the workspace in to `server` as `user` with the demo password; false unless it is signed in within
    /// 20 seconds.
    [[nodiscard]] bool signIn(const QUrl &server, const QString &user);
    /// After a sign-in: opens the store at `dbPath`, starts the outbox and the stream and builds the page on a panel
    /// host over them; false when the store does not open.
    [[nodiscard]] bool open(const QString &dbPath, const pd::plugins::PluginDirectories &plugins, const Options &options);

    pd::api::PortalClient client;
    pd::models::Workspace workspace{client};
    pd::store::LocalStore store;
    std::unique_ptr<pd::sync::OutboxSync> sync;
    pd::api::EventStream stream{client};
    QSettings &settings;
    std::unique_ptr<pd::ui::LivePage> page;
    pd::ui::LivePanelHost *host = nullptr; ///< owned by the page
};

} // namespace pd::test
