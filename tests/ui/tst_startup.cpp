// The portaldesk executable itself: --version, --help, and a non-interactive start against a real portald
// (--server, --user, PORTALDESK_PASSWORD) that reaches the main window and quits with --quit-after-shown.
#include "tests/support/PortaldFixture.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Startup : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A private settings location so the run neither reads nor changes the user's settings.
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(environment(home));
        p.start(QStringLiteral(PD_DESK_BIN), {u"--version"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(PD_VERSION));

        p.start(QStringLiteral(PD_DESK_BIN), {u"--help"_s, u"--lang"_s, u"zh_CN"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(help.contains(u"--quit-after-shown"_s));
        QVERIFY2(help.contains(u"门户服务器地址"_s), qPrintable(help));
    }

    void signsInAndShowsTheMainWindow()
    {
        pd::test::PortaldFixture portald;
        QVERIFY2(portald.start(), portald.failure());
        QTemporaryDir home;
        QProcessEnvironment env = environment(home);
        env.insert(u"PORTALDESK_PASSWORD"_s, pd::test::PortaldFixture::password());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PD_DESK_BIN), {u"--server"_s, portald.baseUrl().toString(), u"--user"_s, u"editor"_s,
                                              u"--lang"_s, u"zh_CN"_s, u"--quit-after-shown"_s});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        // The account's local database (drafts, cache, outbox) was opened and holds the column tree.
        const QDir accounts(home.filePath(u"data/PortalDesk/portaldesk/accounts"_s));
        const QStringList files = accounts.entryList({u"*.sqlite"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        // Named by a hash of server and user name (LocalStore::pathForAccount), not by the name itself.
        static const QRegularExpression hashed(u"^[0-9a-f]{32}\\.sqlite$"_s);
        QVERIFY2(hashed.match(files.constFirst()).hasMatch(), qPrintable(files.constFirst()));
        QVERIFY(portald.process().stop());

        // Warm start: with the cache of that run the window opens at once, before (here: without) the sign-in —
        // the server is gone, yet the main window is shown.
        p.start(QStringLiteral(PD_DESK_BIN), {u"--server"_s, portald.baseUrl().toString(), u"--user"_s, u"editor"_s,
                                              u"--lang"_s, u"zh_CN"_s, u"--quit-after-shown"_s});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"
