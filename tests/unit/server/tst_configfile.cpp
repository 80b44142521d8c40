// portald's --config file: the reader's rules, and a real portald taking its listen address and data directory
// from a file (the packaged systemd unit starts it that way).
#include "server/config/ConfigFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::ConfigFile;

class tst_ConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesKeysValuesAndComments()
    {
        const auto r = ConfigFile::parse(u"# comment\n\n  listen = 127.0.0.1:8470  \n; also a comment\n"
                                         "data=/var/lib/portald\nwebroot = \" /srv/www \"\ndemo = false\n"_s,
                                         u"t.conf"_s);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0).key, u"listen"_s);
        QCOMPARE(r->at(0).value, u"127.0.0.1:8470"_s);
        QCOMPARE(r->at(0).line, 3);
        QCOMPARE(r->at(1).value, u"/var/lib/portald"_s);
        QCOMPARE(r->at(2).value, u" /srv/www "_s);
        QCOMPARE(r->at(3).value, u"false"_s);
    }

    void rejectsMistakesWithTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << u"listen = 1.2.3.4:1\nadd-user = root\n"_s << u"第 2 行"_s;
        QTest::newRow("no equals") << u"listen 127.0.0.1:1\n"_s << u"第 1 行"_s;
        QTest::newRow("empty value") << u"\ndata =\n"_s << u"第 2 行"_s;
        QTest::newRow("bad switch") << u"demo = yes\n"_s << u"true 或 false"_s;
        QTest::newRow("repeated") << u"data = /a\ndata = /b\n"_s << u"重复"_s;
    }
    void rejectsMistakesWithTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto r = ConfigFile::parse(text, u"t.conf"_s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"t.conf"_s), qPrintable(r.error().message));
    }

    // Several trusted proxies: the one key that may repeat, each line one more address, in order.
    void trustedProxyRepeats()
    {
        const auto r = ConfigFile::parse(u"trusted-proxy = 127.0.0.1\ntrusted-proxy = 10.0.0.0/8\n"_s, u"t.conf"_s);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(1).key, u"trusted-proxy"_s);
        QCOMPARE(r->at(1).value, u"10.0.0.0/8"_s);
        QVERIFY(!ConfigFile::parse(u"trusted-proxy =\n"_s, u"t.conf"_s));
    }

    void commandLineComesAfterTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"portald.conf"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("listen = 127.0.0.1:9000\ndata = /var/lib/portald\ndemo = true\n");
        f.close();

        const auto r = ConfigFile::expandArguments({u"portald"_s, u"--config"_s, path, u"--listen"_s, u"[::1]:1"_s});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QStringList expected{u"portald"_s, u"--listen"_s, u"127.0.0.1:9000"_s, u"--data"_s,
                                   u"/var/lib/portald"_s, u"--demo"_s, u"--config"_s, path,
                                   u"--listen"_s, u"[::1]:1"_s};
        QCOMPARE(*r, expected);

        const auto eq = ConfigFile::expandArguments({u"portald"_s, u"--config="_s + path});
        QVERIFY2(eq, eq ? "" : qPrintable(eq.error().message));
        QCOMPARE(eq->size(), 7);

        const QStringList plain{u"portald"_s, u"--data"_s, u"/x"_s};
        QCOMPARE(*ConfigFile::expandArguments(plain), plain);
        QVERIFY(!ConfigFile::expandArguments({u"portald"_s, u"--config"_s}));
        const auto missing = ConfigFile::expandArguments({u"portald"_s, u"--config"_s, dir.filePath(u"none"_s)});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, pd::ErrorCode::Storage);
    }

    // A real portald reads its listen address and data directory from the file alone.
    void portaldStartsFromTheFile()
    {
        const QString bin = qEnvironmentVariable("PORTALD_BIN");
        if (bin.isEmpty())
            QFAIL("PORTALD_BIN is not set (register the test with pd_add_test)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"state"_s);
        const QString conf = dir.filePath(u"portald.conf"_s);
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"# as in the package\nlisten = 127.0.0.1:0\ndata = %1\n"_s.arg(data).toUtf8());
        f.close();

        // portald serves only an initialised data directory: the administrator runs `portald init` first.
        QProcess init;
        init.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        init.start(bin, {u"init"_s, u"--data"_s, data, u"--site-name"_s, u"临江市人民政府"_s, u"--site-code"_s,
                         u"3217000001"_s, u"--org-code"_s, u"11321700014538266M"_s, u"--admin"_s, u"root"_s});
        QVERIFY(init.waitForStarted());
        init.write("an-initial-admin-password\n");
        init.closeWriteChannel();
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);

        QProcess portald;
        portald.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        portald.start(bin, {u"--config"_s, conf});
        QVERIFY(portald.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(portald.canReadLine() || portald.state() == QProcess::NotRunning, 30000);
        const QString line = QString::fromUtf8(portald.readLine());
        static const QRegularExpression listening(u"^portald listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        const auto m = listening.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY(m.captured(1).toInt() > 0);
        QVERIFY2(QFile::exists(data + u"/portald.sqlite"_s), qPrintable(data));
        portald.terminate();
        QVERIFY(portald.waitForFinished(15000));
        QCOMPARE(portald.exitStatus(), QProcess::NormalExit);
    }

    void portaldRefusesABadFile()
    {
        const QString bin = qEnvironmentVariable("PORTALD_BIN");
        if (bin.isEmpty())
            QFAIL("PORTALD_BIN is not set (register the test with pd_add_test)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString conf = dir.filePath(u"portald.conf"_s);
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("data = /tmp/x\nlisten_port = 8080\n");
        f.close();
        QProcess portald;
        portald.start(bin, {u"--config"_s, conf});
        QVERIFY(portald.waitForFinished(15000));
        QCOMPARE(portald.exitCode(), 2);
        const QString err = QString::fromUtf8(portald.readAllStandardError());
        QVERIFY2(err.contains(u"listen_port"_s) && err.contains(u"第 2 行"_s), qPrintable(err));
    }

    void demoStaysOnLoopback_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("every IPv4 address") << QString() << QStringList{u"--demo"_s, u"--listen"_s, u"0.0.0.0:0"_s};
        QTest::newRow("every IPv6 address") << QString() << QStringList{u"--demo"_s, u"--listen"_s, u"[::]:0"_s};
        QTest::newRow("from the file") << u"demo = true\nlisten = 0.0.0.0:0\n"_s << QStringList{};
        QTest::newRow("switched off in the file")
            << u"demo = true\ndemo-public = false\n"_s << QStringList{u"--listen"_s, u"0.0.0.0:0"_s};
    }

    void demoStaysOnLoopback()
    {
        // The demo accounts' password is published: portald must not offer them to the network by accident.
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        const QString bin = qEnvironmentVariable("PORTALD_BIN");
        if (bin.isEmpty())
            QFAIL("PORTALD_BIN is not set (register the test with pd_add_test)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!file.isEmpty()) {
            QFile f(dir.filePath(u"portald.conf"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file.toUtf8());
            f.close();
            arguments.prepend(f.fileName());
            arguments.prepend(u"--config"_s);
        }
        arguments << u"--data"_s << dir.filePath(u"state"_s);
        QProcess portald;
        portald.start(bin, arguments);
        QVERIFY(portald.waitForFinished(15000));
        QCOMPARE(portald.exitCode(), 2);
        const QString err = QString::fromUtf8(portald.readAllStandardError());
        QVERIFY2(err.contains(u"--demo-public"_s) && err.contains(u"公开的密码"_s), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(u"state/portald.sqlite"_s)));
    }

    // Sweeps are set where portald's other settings are: their pace, the link checks' limits and the inspection's line.
    void sweepSettingsBelongInTheFile()
    {
        const auto r = ConfigFile::parse(u"sweep-batch = 100\nsweep-pause-ms = 20\nsweep-slice-ms = 8\n"
                                         "sweep-external-links = true\nsweep-external-only = www.gov.cn\n"
                                         "sweep-external-only = www.linjiang.gov.cn\nlink-timeout-ms = 5000\n"
                                         "link-max-redirects = 3\nlink-per-host = 2\nlink-concurrency = 4\n"
                                         "link-host-gap-ms = 500\ndead-link-limit = 0.5\n"_s,
                                         u"portald.conf"_s);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 12);
        QVERIFY(!ConfigFile::parse(u"sweep-external-links = yes\n"_s, u"t.conf"_s));
        QVERIFY(!ConfigFile::parse(u"link-timeout-ms = 1\nlink-timeout-ms = 2\n"_s, u"t.conf"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"portald.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sweep-external-links = true\nsweep-external-only = www.gov.cn\nlink-max-redirects = 3\n");
        f.close();
        const auto args = ConfigFile::expandArguments({u"portald"_s, u"--config"_s, f.fileName(),
                                                       u"--sweep-external-only"_s, u"a.example"_s});
        QVERIFY2(args, args ? "" : qPrintable(args.error().message));
        const QStringList expected{u"portald"_s, u"--sweep-external-links"_s, u"--sweep-external-only"_s,
                                   u"www.gov.cn"_s, u"--link-max-redirects"_s, u"3"_s, u"--config"_s, f.fileName(),
                                   u"--sweep-external-only"_s, u"a.example"_s};
        QCOMPARE(*args, expected);
    }

    // portald applies what the file says: a value out of range is refused by the option it stands for.
    void portaldChecksTheFilesSweepSettings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pace") << u"sweep-batch = 0"_s << u"--sweep-batch 需要 1 到 10000"_s;
        QTest::newRow("redirects") << u"link-max-redirects = 99"_s << u"--link-max-redirects 需要 0 到 20"_s;
        QTest::newRow("per host") << u"link-per-host = 0"_s << u"--link-per-host 需要 1 到 16"_s;
        QTest::newRow("concurrency") << u"link-concurrency = 100"_s << u"--link-concurrency 需要 1 到 64"_s;
        QTest::newRow("host gap") << u"link-host-gap-ms = -1"_s << u"--link-host-gap-ms 需要 0 到 60000"_s;
        QTest::newRow("timeout") << u"link-timeout-ms = 5"_s << u"--link-timeout-ms 需要 100 到 300000"_s;
        QTest::newRow("dead-link line") << u"dead-link-limit = 150"_s << u"--dead-link-limit 需要 0 到 100"_s;
    }
    void portaldChecksTheFilesSweepSettings()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QString bin = qEnvironmentVariable("PORTALD_BIN");
        if (bin.isEmpty())
            QFAIL("PORTALD_BIN is not set (register the test with pd_add_test)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"portald.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"listen = 127.0.0.1:0\ndata = %1\n%2\n"_s.arg(dir.filePath(u"state"_s), line).toUtf8());
        f.close();
        QProcess portald;
        portald.start(bin, {u"--config"_s, f.fileName()});
        QVERIFY(portald.waitForFinished(15000));
        QCOMPARE(portald.exitCode(), 2);
        const QString err = QString::fromUtf8(portald.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void demoPublicIsASwitchOfTheFile()
    {
        const auto args = ConfigFile::parse(u"demo = true\ndemo-public = true\n"_s, u"portald.conf"_s);
        QVERIFY2(args, args ? "" : qPrintable(args.error().message));
        QCOMPARE(args->size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigFile)
#include "tst_configfile.moc"
