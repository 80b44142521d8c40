#include "tests/support/LiveDeskDriver.h"
#include "tests/support/PortaldFixture.h"

#include "translations/Translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>

using namespace std::chrono_literals;

namespace pd::test {

LiveDeskDriver::LiveDeskDriver(QSettings &s)
    : settings(s)
{
}

// The page (and the panels on the core) goes first, then what sends and listens.
LiveDeskDriver::~LiveDeskDriver()
{
    page.reset();
    stream.stop();
    if (sync)
        sync->stop();
}

std::unique_ptr<QSettings> LiveDeskDriver::prepareApplication(const QString &dir)
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

pd::plugins::PluginDirectories LiveDeskDriver::installedPlugins(const QString &dir)
{
    return {{dir, pd::plugins::PluginOrigin::Installed}};
}

bool LiveDeskDriver::choose(QComboBox *chooser, const QVariant &data)
{
    if (!chooser)
        return false;
    const int index = chooser->findData(data);
    if (index < 0)
        return false;
    chooser->setCurrentIndex(index);
    Q_EMIT chooser->activated(index);
    return true;
}

bool LiveDeskDriver::signIn(const QUrl &server, const QString &user)
{
    QSignalSpy in(&workspace, &pd::models::Workspace::signedIn);
    workspace.signIn(server.toString(), user, PortaldFixture::password());
    return in.wait(20000);
}

bool LiveDeskDriver::open(const QString &dbPath, const pd::plugins::PluginDirectories &plugins, const Options &options)
{
    if (!store.open(dbPath))
        return false;
    sync = std::make_unique<pd::sync::OutboxSync>(store, client);
    if (options.quickOutbox)
        sync->setBackoff(50ms, 400ms);
    sync->start();
    stream.setHeartbeat(1s, 3s);
    stream.setBackoff(100ms, 500ms);
    stream.start();
    auto owned = std::make_unique<pd::ui::LivePanelHost>(workspace, client, store, stream);
    host = owned.get();
    if (options.checkRules)
        host->loadCheckRules();
    page = std::make_unique<pd::ui::LivePage>(settings, std::move(owned), plugins);
    page->resize(options.size);
    if (options.loadPlugins)
        page->loadPlugins();
    return true;
}

} // namespace pd::test
