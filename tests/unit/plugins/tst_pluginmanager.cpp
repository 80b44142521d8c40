// PluginManager against two real plugin files: metadata is read without loading, a plugin disabled in the settings
// is never loaded, a plugin built for another interface version is refused, a compatible one loads and works, and a
// plugin from outside the installed directory stays off until the user turns that very file on.
#include "app/domain/User.h"
#include "plugins/api/PanelHost.h"
#include "plugins/api/PanelPlugin.h"
#include "plugins/host/PluginManager.h"
#include "tests/unit/plugins/OfflineLiveHost.h"
#include "ui/live/PluginsDialog.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using pd::plugins::PluginManager;
using pd::plugins::PluginOrigin;
using pd::plugins::PluginState;

namespace {

const QString CurrentId = u"org.portaldesk.test.current"_s;
const QString FutureId = u"org.portaldesk.test.future"_s;
const QString PreviousId = u"org.portaldesk.test.previous"_s;

/// Whether the dynamic linker has mapped a file into this process: the ground truth for "was it loaded".
bool isMapped(const QString &path)
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return QString::fromLocal8Bit(maps.readAll()).contains(path);
}

pd::domain::User userWith(const QString &role)
{
    pd::domain::User u;
    u.id = 7;
    u.username = u"tester"_s;
    u.displayName = u"测试员"_s;
    u.roles.append(pd::domain::RoleGrant{role, 0, 0});
    return u;
}

/// The smallest host: the panel under test only asks who is signed in.
class tst_Host : public pd::plugins::OfflineLiveHost
{
public:
    pd::domain::User currentUser() const override { return userWith(u"live_reporter"_s); }
    qint64 currentSiteId() const override { return 1; }
    QString currentSiteName() const override { return u"测试站"_s; }
    QUrl serverUrl() const override { return QUrl(u"http://127.0.0.1:1"_s); }
    void request(const QByteArray &, const QString &, const QJsonDocument &, const QByteArray &,
                 Callback<pd::plugins::HostReply> done) override
    {
        done(pd::fail(pd::ErrorCode::Network, u"offline"_s));
    }
    void uploadMedia(const QByteArray &, const QByteArray &, const QString &, Progress,
                     Callback<pd::plugins::HostReply> done) override
    {
        done(pd::fail(pd::ErrorCode::Network, u"offline"_s));
    }
    Token subscribe(const QStringList &, EventCallback) override { return 1; }
    pd::Result<pd::plugins::OutboxEntryInfo> enqueue(const QString &, const QByteArray &, const QString &,
                                                     const QJsonObject &, const QString &) override
    {
        return pd::fail(pd::ErrorCode::Storage, u"no outbox"_s);
    }
    QList<pd::plugins::OutboxEntryInfo> pendingEntries(const QString &) const override { return {}; }
    Token subscribeOutbox(const QString &, OutboxCallback) override { return 2; }
    pd::Result<void> retryEntry(qint64, const QString &) override { return {}; }
    pd::Result<void> discardEntry(qint64) override { return {}; }
    pd::plugins::ConnectionState connectionState() const override { return pd::plugins::ConnectionState::Offline; }
    int waitingCount() const override { return 0; }
    Token subscribeConnection(ConnectionCallback) override { return 3; }
    void unsubscribe(Token) override {}
    QList<pd::plugins::CheckFinding> checkText(const QString &) const override { return {}; }
    QJsonValue localValue(const QString &) const override { return {}; }
    void setLocalValue(const QString &, const QJsonValue &) override {}
    void openUrl(const QUrl &) override {}
    void showStatusMessage(const QString &) override {}
    Token onShutdown(std::function<void()>) override { return 4; }
    void openItem(qint64) override {}
};

} // namespace

class tst_PluginManager : public QObject
{
    Q_OBJECT

private:
    // Each test works on its own copies of the plugin files, so what one test loads cannot hide what another
    // test must prove was never loaded.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_currentFile;
    QString m_futureFile;
    QString m_previousFile;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"plugins"_s)));
        const QDir built(QString::fromUtf8(PD_TEST_PLUGIN_DIR));
        const QStringList files = built.entryList(QDir::Files);
        for (const QString &f : files) {
            const QString target = QFileInfo(m_dir->filePath(u"plugins/"_s + f)).absoluteFilePath();
            QVERIFY(QFile::copy(built.filePath(f), target));
            if (f.contains(u"current"))
                m_currentFile = QFileInfo(target).canonicalFilePath();
            else if (f.contains(u"future"))
                m_futureFile = QFileInfo(target).canonicalFilePath();
            else if (f.contains(u"previous"))
                m_previousFile = QFileInfo(target).canonicalFilePath();
        }
        QVERIFY2(!m_currentFile.isEmpty() && !m_futureFile.isEmpty() && !m_previousFile.isEmpty(),
                 "test plugins not built");
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
        m_currentFile.clear();
        m_futureFile.clear();
        m_previousFile.clear();
    }

    void metadataIsReadWithoutLoading()
    {
        PluginManager manager(*m_settings);
        QCOMPARE(manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed), 3);

        const auto current = manager.plugin(CurrentId);
        QVERIFY(current);
        QCOMPARE(current->filePath, m_currentFile);
        QCOMPARE(current->meta.iid, QString::fromLatin1(PD_PANEL_PLUGIN_IID));
        QCOMPARE(current->meta.className, u"CurrentPanelPlugin"_s);
        QCOMPARE(current->meta.nameZh, u"测试面板"_s);
        QCOMPARE(current->meta.nameEn, u"Test panel"_s);
        QCOMPARE(current->meta.displayName(QLocale(QLocale::Chinese, QLocale::China)), u"测试面板"_s);
        QCOMPARE(current->meta.displayName(QLocale(QLocale::English)), u"Test panel"_s);
        QCOMPARE(current->meta.version, u"1.2.0"_s);
        QCOMPARE(current->meta.interfaceVersion, pd::plugins::PanelPluginInterfaceVersion);
        QCOMPARE(current->meta.requiredRoles, (QStringList{u"live_reporter"_s, u"live_moderator"_s}));
        QCOMPARE(current->state, PluginState::Available);

        const auto future = manager.plugin(FutureId);
        QVERIFY(future);
        QCOMPARE(future->meta.interfaceVersion, pd::plugins::PanelPluginInterfaceVersion + 1);
        QCOMPARE(future->meta.version, u"9.0.0"_s);

        QVERIFY(!isMapped(m_currentFile));
        QVERIFY(!isMapped(m_futureFile));
        // scanning again finds nothing new and loads nothing
        QCOMPARE(manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed), 0);
        QCOMPARE(manager.plugins().size(), 3);
        QVERIFY(!isMapped(m_currentFile));
    }

    void disabledPluginIsNeverLoaded()
    {
        // switched off before the application starts, as a user's saved settings would have it
        m_settings->setValue(u"plugins/%1/enabled"_s.arg(CurrentId), false);
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        QCOMPARE(manager.plugin(CurrentId)->state, PluginState::Disabled);
        QVERIFY(!manager.isEnabled(CurrentId));

        const auto direct = manager.load(CurrentId);
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, pd::ErrorCode::Forbidden);
        QVERIFY(direct.error().message.contains(u"Test panel") || direct.error().message.contains(u"测试面板"));

        QSignalSpy refused(&manager, &PluginManager::pluginRefused);
        QSignalSpy loaded(&manager, &PluginManager::pluginLoaded);
        QVERIFY(manager.loadFor(userWith(u"live_reporter"_s), 1).isEmpty());
        QCOMPARE(loaded.count(), 0);
        QVERIFY(std::ranges::any_of(refused, [](const QList<QVariant> &args) { return args.at(0) == CurrentId; }));
        QVERIFY(!isMapped(m_currentFile));

        // turned off at run time, before anything loaded it: same outcome
        PluginManager second(*m_settings);
        second.setEnabled(CurrentId, true);
        second.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        QCOMPARE(second.plugin(CurrentId)->state, PluginState::Available);
        second.setEnabled(CurrentId, false);
        QCOMPARE(second.plugin(CurrentId)->state, PluginState::Disabled);
        QVERIFY(!second.load(CurrentId));
        QVERIFY(!isMapped(m_currentFile));
    }

    void interfaceVersionMismatchIsRefused()
    {
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        const auto future = manager.plugin(FutureId);
        QCOMPARE(future->state, PluginState::Incompatible);
        // the message names both versions so the user (or the admin) knows what to install
        QVERIFY2(future->problem.contains(QString::number(pd::plugins::PanelPluginInterfaceVersion + 1))
                     && future->problem.contains(QString::number(pd::plugins::PanelPluginInterfaceVersion)),
                 qPrintable(future->problem));

        const auto result = manager.load(FutureId);
        QVERIFY(!result);
        QCOMPARE(result.error().code, pd::ErrorCode::Conflict);
        QCOMPARE(result.error().message, future->problem);

        QSignalSpy refused(&manager, &PluginManager::pluginRefused);
        manager.loadFor(userWith(u"editor"_s), 1); // the future plugin requires no role, so it is considered
        QVERIFY(std::ranges::any_of(refused, [](const QList<QVariant> &args) { return args.at(0) == FutureId; }));
        QVERIFY(!isMapped(m_futureFile));
        QVERIFY(qEnvironmentVariableIsEmpty("PD_FUTURE_PLUGIN_CONSTRUCTED"));
    }

    void compatiblePluginLoadsOnlyForItsRoles()
    {
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        QSignalSpy loaded(&manager, &PluginManager::pluginLoaded);

        // an editor does not get the live panel; nothing is loaded for them
        QVERIFY(manager.loadFor(userWith(u"editor"_s), 1).isEmpty());
        QVERIFY(!isMapped(m_currentFile));

        const QList<pd::plugins::PanelPlugin *> panels = manager.loadFor(userWith(u"live_reporter"_s), 1);
        QCOMPARE(panels.size(), 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toString(), CurrentId);
        QCOMPARE(manager.plugin(CurrentId)->state, PluginState::Loaded);
        QVERIFY(isMapped(m_currentFile));
        QVERIFY(!isMapped(m_futureFile));

        tst_Host host;
        QWidget parent;
        QWidget *panel = panels.first()->createPanel(host, &parent);
        QVERIFY(panel);
        QCOMPARE(panel->parent(), &parent);
        QCOMPARE(panel->objectName(), u"currentTestPanel"_s);
        QCOMPARE(qobject_cast<QLabel *>(panel)->text(), u"测试员"_s);

        // a second request hands out the same instance instead of loading again
        const auto again = manager.load(CurrentId);
        QVERIFY(again);
        QCOMPARE(*again, panels.first());
    }

    void previousInterfaceVersionStillRuns()
    {
        // Built for version 2, which this host still runs: PanelHost only grew at its end since.
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        const auto previous = manager.plugin(PreviousId);
        QVERIFY(previous);
        QCOMPARE(previous->meta.interfaceVersion, pd::plugins::PanelPluginOldestInterfaceVersion);
        QCOMPARE(previous->meta.iid, pd::plugins::panelPluginIid(2));
        QCOMPARE(previous->state, PluginState::Available);
        QVERIFY(previous->problem.isEmpty());

        const QList<pd::plugins::PanelPlugin *> panels = manager.loadFor(userWith(u"live_moderator"_s), 1);
        QCOMPARE(panels.size(), 2); // the current one and the previous one
        QCOMPARE(manager.plugin(PreviousId)->state, PluginState::Loaded);
        QVERIFY(isMapped(m_previousFile));
        const auto loaded = manager.load(PreviousId);
        QVERIFY(loaded);
        tst_Host host;
        QWidget parent;
        QWidget *panel = (*loaded)->createPanel(host, &parent);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), u"previousTestPanel"_s);
        QCOMPARE(qobject_cast<QLabel *>(panel)->text(), u"测试员"_s);
    }

    void namesByLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("name");
        QTest::newRow("简体中文") << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China) << u"旧版面板"_s;
        QTest::newRow("繁體中文（台灣）") << QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan)
                                   << u"舊版面板"_s;
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"Previous panel"_s;
        QTest::newRow("no name of its own: English") << QLocale(QLocale::French, QLocale::France) << u"Previous panel"_s;
    }
    void namesByLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, name);
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed);
        QCOMPARE(manager.plugin(PreviousId)->meta.displayName(locale), name);
        QVERIFY(!isMapped(m_previousFile));
    }

    void pluginsFromElsewhereStayOffUntilChosen()
    {
        // A directory named by PORTALDESK_PLUGIN_PATH: its plugin is found and listed, but no code of it runs.
        PluginManager manager(*m_settings);
        QCOMPARE(manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::External), 3);
        const auto found = manager.plugin(CurrentId);
        QVERIFY(found);
        QCOMPARE(found->origin, PluginOrigin::External);
        QCOMPARE(found->state, PluginState::Disabled);
        QVERIFY(!manager.isEnabled(CurrentId));
        QVERIFY2(found->problem.contains(m_currentFile), qPrintable(found->problem));
        QSignalSpy refused(&manager, &PluginManager::pluginRefused);
        QVERIFY(manager.loadFor(userWith(u"live_reporter"_s), 1).isEmpty());
        QVERIFY(std::ranges::any_of(refused, [](const QList<QVariant> &args) { return args.at(0) == CurrentId; }));
        QCOMPARE(manager.load(CurrentId).error().code, pd::ErrorCode::Forbidden);
        QVERIFY(!isMapped(m_currentFile));

        // The user turns it on (Tools → Plugins): that file, and only that file, may load from now on.
        manager.setEnabled(CurrentId, true);
        QVERIFY(manager.isEnabled(CurrentId));
        QCOMPARE(manager.plugin(CurrentId)->state, PluginState::Available);
        QCOMPARE(m_settings->value(u"plugins/%1/file"_s.arg(CurrentId)).toString(), m_currentFile);
        {
            PluginManager nextStart(*m_settings);
            nextStart.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::External);
            QCOMPARE(nextStart.plugin(CurrentId)->state, PluginState::Available);
        }

        // Another file claiming the same id in another such directory is not what the user chose.
        QVERIFY(QDir().mkpath(m_dir->filePath(u"elsewhere"_s)));
        const QString impostor = m_dir->filePath(u"elsewhere/"_s + QFileInfo(m_currentFile).fileName());
        QVERIFY(QFile::copy(m_currentFile, impostor));
        PluginManager other(*m_settings);
        other.scan(m_dir->filePath(u"elsewhere"_s), PluginOrigin::External);
        QCOMPARE(other.plugin(CurrentId)->state, PluginState::Disabled);
        QVERIFY(!other.load(CurrentId));
        QVERIFY(!isMapped(QFileInfo(impostor).canonicalFilePath()));
        QVERIFY(!isMapped(m_currentFile));
    }

    void dialogShowsWhereAPluginFromElsewhereComesFrom()
    {
        PluginManager manager(*m_settings);
        manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::External);
        pd::ui::PluginsDialog dialog(manager);
        auto *list = dialog.findChild<QListWidget *>(u"pluginList"_s);
        QVERIFY(list);
        QListWidgetItem *current = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(u"Test panel"_s) || list->item(i)->text().contains(u"测试面板"_s))
                current = list->item(i);
        QVERIFY(current);
        QVERIFY2(current->text().contains(QDir::toNativeSeparators(m_currentFile)), qPrintable(current->text()));
        QCOMPARE(current->checkState(), Qt::Unchecked);
        // Checking it there is the user's choice of that file.
        current->setCheckState(Qt::Checked);
        dialog.apply();
        QVERIFY(manager.isEnabled(CurrentId));
        QCOMPARE(m_settings->value(u"plugins/%1/file"_s.arg(CurrentId)).toString(), m_currentFile);
    }

    void installedDirectoryComesFirst()
    {
        // The installed directory is searched before the environment's, so its plugin keeps its id.
        qputenv("PORTALDESK_PLUGIN_PATH", QFile::encodeName(m_dir->filePath(u"plugins"_s) + u":/nowhere"_s));
        const pd::plugins::PluginDirectories dirs = PluginManager::defaultSearchPaths();
        qunsetenv("PORTALDESK_PLUGIN_PATH");
        QCOMPARE(dirs.size(), 3);
        QCOMPARE(dirs.at(0).origin, PluginOrigin::Installed);
        QVERIFY(dirs.at(0).path.endsWith(u"/lib/portaldesk/plugins"_s));
        QCOMPARE(dirs.at(1), (pd::plugins::PluginDirectory{m_dir->filePath(u"plugins"_s), PluginOrigin::External}));
        QCOMPARE(dirs.at(2), (pd::plugins::PluginDirectory{u"/nowhere"_s, PluginOrigin::External}));
        QCOMPARE(PluginManager::defaultSearchPaths().size(), 1);
    }

    void metadataParsing()
    {
        using pd::plugins::PluginMetaData;
        const QJsonObject good{{u"IID"_s, u"org.portaldesk.PanelPlugin/1"_s},
                               {u"className"_s, u"X"_s},
                               {u"MetaData"_s, QJsonObject{{u"id"_s, u"x"_s},
                                                           {u"name"_s, QJsonObject{{u"zh"_s, u"某面板"_s}}},
                                                           {u"interfaceVersion"_s, 1}}}};
        const auto parsed = PluginMetaData::fromLoaderMetaData(good);
        QVERIFY(parsed);
        QCOMPARE(parsed->interfaceVersion, 1);
        QVERIFY(parsed->requiredRoles.isEmpty());
        // only a Chinese name: English UIs show it rather than nothing
        QCOMPARE(parsed->displayName(QLocale(QLocale::English)), u"某面板"_s);

        QVERIFY(!PluginMetaData::fromLoaderMetaData({}));
        QJsonObject noJson = good;
        noJson.remove(u"MetaData"_s);
        QVERIFY(!PluginMetaData::fromLoaderMetaData(noJson));
        QJsonObject noId = good;
        noId[u"MetaData"_s] = QJsonObject{{u"name"_s, QJsonObject{{u"en"_s, u"X"_s}}}};
        QCOMPARE(PluginMetaData::fromLoaderMetaData(noId).error().code, pd::ErrorCode::InvalidInput);
        QJsonObject noName = good;
        noName[u"MetaData"_s] = QJsonObject{{u"id"_s, u"x"_s}};
        QVERIFY(!PluginMetaData::fromLoaderMetaData(noName));
        // a version written as a string is not a version: treated as 0, which no host accepts
        QJsonObject stringVersion = good;
        stringVersion[u"MetaData"_s] = QJsonObject{{u"id"_s, u"x"_s}, {u"name"_s, QJsonObject{{u"en"_s, u"X"_s}}},
                                                   {u"interfaceVersion"_s, u"1"_s}};
        QCOMPARE(PluginMetaData::fromLoaderMetaData(stringVersion)->interfaceVersion, 0);
    }

    void unknownAndForeignFiles()
    {
        // a plain text file and a non-plugin shared library sit in the directory: neither counts nor loads
        QFile junk(m_dir->filePath(u"plugins/libjunk.so"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an ELF file");
        junk.close();
        PluginManager manager(*m_settings);
        QCOMPARE(manager.scan(m_dir->filePath(u"plugins"_s), PluginOrigin::Installed), 3);
        const auto missing = manager.load(u"org.portaldesk.nothing"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, pd::ErrorCode::NotFound);
        QCOMPARE(manager.scan(m_dir->filePath(u"does-not-exist"_s), PluginOrigin::Installed), 0);
    }
};

QTEST_MAIN(tst_PluginManager)
#include "tst_pluginmanager.moc"
