// portaldesk-cli against a real portald: commands, JSON output, exit codes, and the password never taken from
// the command line.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDateTime>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Cli : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QString &password, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PORTALDESK_PASSWORD"_s);
        if (!password.isNull())
            env.insert(u"PORTALDESK_PASSWORD"_s, password);
        env.insert(u"PORTALDESK_LANG"_s, u"zh_CN"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PD_CLI_BIN), args);
        if (!p.waitForStarted())
            return {};
        if (!stdinData.isNull())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    QString server() const { return m_portal.baseUrl().toString(); }

    /// portaldesk-cli as `user` (demo password) with `args` after --server and --user.
    Run as(const QString &user, const QStringList &args)
    {
        return cli(QStringList{u"--server"_s, server(), u"--user"_s, user} + args, u"portaldesk-demo"_s);
    }

    /// A news item written to `file`, created, reviewed at every level and approved through the CLI; its id.
    QString approvedItem(const QString &file, const QString &title)
    {
        const Run columns = as(u"editor"_s, {u"--json"_s, u"columns"_s});
        QJsonObject column;
        for (const QJsonValue &c : QJsonDocument::fromJson(columns.out).array())
            if (c.toObject().value(u"name").toString() == u"要闻动态"_s)
                column = c.toObject();
        QFile f(file);
        if (column.isEmpty() || !f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(QJsonObject{{u"site"_s, column.value(u"site").toInteger(1)},
                                          {u"type"_s, u"news"_s},
                                          {u"title"_s, title},
                                          {u"columns"_s, QJsonArray{column.value(u"id").toInteger()}},
                                          {u"bodyHtml"_s, u"<p>命令行更正测试正文。</p>"_s}})
                    .toJson());
        f.close();
        const Run created = as(u"editor"_s, {u"--json"_s, u"--file"_s, file, u"create"_s});
        const QString id = QString::number(QJsonDocument::fromJson(created.out).object().value(u"id").toInteger());
        if (created.exitCode != 0 || as(u"editor"_s, {u"submit"_s, id}).exitCode != 0)
            return {};
        for (const QString &reviewer : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            if (as(reviewer, {u"approve"_s, id}).exitCode != 0)
                return {};
        return id;
    }

    static QJsonObject jsonOf(const Run &run) { return QJsonDocument::fromJson(run.out).object(); }

private Q_SLOTS:
    void correctingCommands()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"item.json"_s);
        const QString id = approvedItem(file, u"命令行更正测试：原标题"_s);
        QVERIFY(!id.isEmpty());

        // schedule: the editor may not (403 → 4); without --at the server names the field (422 → 6); a time that
        // is not one is a usage error (2).
        const QString at = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        QCOMPARE(as(u"editor"_s, {u"--at"_s, at, u"schedule"_s, id}).exitCode, 4);
        QCOMPARE(as(u"reviewer3"_s, {u"schedule"_s, id}).exitCode, 6);
        QCOMPARE(as(u"reviewer3"_s, {u"--at"_s, u"明天"_s, u"schedule"_s, id}).exitCode, 2);
        const Run scheduled = as(u"reviewer3"_s, {u"--json"_s, u"--at"_s, at, u"schedule"_s, id});
        QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
        QCOMPARE(jsonOf(scheduled).value(u"state").toString(), u"scheduled"_s);

        // publish, then an edit of the published item and its urgent republication.
        QCOMPARE(as(u"editor"_s, {u"publish"_s, id}).exitCode, 4);
        const Run published = as(u"reviewer3"_s, {u"--json"_s, u"publish"_s, id});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QCOMPARE(jsonOf(published).value(u"state").toString(), u"published"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject item = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            item.insert(u"title"_s, u"命令行更正测试：更正后的标题"_s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(item).toJson());
        }
        const Run edited = as(u"editor"_s, {u"--json"_s, u"--file"_s, file, u"update"_s, id});
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QCOMPARE(jsonOf(edited).value(u"pendingRevision").toObject().value(u"title").toString(), u"命令行更正测试：更正后的标题"_s);
        QCOMPARE(as(u"editor"_s, {u"--urgent"_s, u"--reason"_s, u"标题有误"_s, u"publish"_s, id}).exitCode, 4);
        const Run noReason = as(u"reviewer3"_s, {u"--json"_s, u"--urgent"_s, u"publish"_s, id});
        QCOMPARE(noReason.exitCode, 6);
        QCOMPARE(QJsonDocument::fromJson(noReason.err).object().value(u"status").toInt(), 422);
        const Run urgent = as(u"reviewer3"_s, {u"--json"_s, u"--urgent"_s, u"--reason"_s, u"标题有误"_s, u"publish"_s, id});
        QVERIFY2(urgent.exitCode == 0, urgent.err.constData());
        QCOMPARE(jsonOf(urgent).value(u"title").toString(), u"命令行更正测试：更正后的标题"_s);

        // withdraw: the editor may not (4), without --reason 422 (6), then done; a second time is a conflict (5).
        QCOMPARE(as(u"editor"_s, {u"--reason"_s, u"信息有误"_s, u"withdraw"_s, id}).exitCode, 4);
        const Run bare = as(u"reviewer3"_s, {u"withdraw"_s, id});
        QCOMPARE(bare.exitCode, 6);
        QVERIFY(!bare.err.trimmed().isEmpty());
        const Run withdrawn = as(u"reviewer3"_s, {u"--json"_s, u"--reason"_s, u"信息有误"_s, u"withdraw"_s, id});
        QVERIFY2(withdrawn.exitCode == 0, withdrawn.err.constData());
        QCOMPARE(jsonOf(withdrawn).value(u"state").toString(), u"withdrawn"_s);
        const Run again = as(u"reviewer3"_s, {u"--json"_s, u"--reason"_s, u"再撤"_s, u"withdraw"_s, id});
        QCOMPARE(again.exitCode, 5);
        QCOMPARE(QJsonDocument::fromJson(again.err).object().value(u"status").toInt(), 409);

        // unpublish and archive (an admin may archive, an editor neither).
        const QString second = approvedItem(dir.filePath(u"second.json"_s), u"命令行更正测试：第二条"_s);
        QVERIFY(!second.isEmpty());
        QCOMPARE(as(u"reviewer3"_s, {u"publish"_s, second}).exitCode, 0);
        QCOMPARE(as(u"editor"_s, {u"unpublish"_s, second}).exitCode, 4);
        const Run unpublished = as(u"reviewer3"_s, {u"--reason"_s, u"核对数据"_s, u"unpublish"_s, second});
        QVERIFY2(unpublished.exitCode == 0, unpublished.err.constData());
        QVERIFY(QString::fromUtf8(unpublished.out).contains(u"unpublished"_s));
        QCOMPARE(as(u"editor"_s, {u"archive"_s, second}).exitCode, 4);
        const Run archived = as(u"admin"_s, {u"--json"_s, u"archive"_s, second});
        QVERIFY2(archived.exitCode == 0, archived.err.constData());
        QCOMPARE(jsonOf(archived).value(u"state").toString(), u"archived"_s);

        // invalidate a published disclosure document, replaced by another.
        const Run disclosures = as(u"reviewer3"_s, {u"--json"_s, u"--type"_s, u"disclosure"_s, u"--state"_s,
                                                    u"published"_s, u"list"_s});
        const QJsonArray docs = QJsonDocument::fromJson(disclosures.out).array();
        QVERIFY(docs.size() >= 2);
        const QString original = QString::number(docs.at(0).toObject().value(u"id").toInteger());
        const QString replacing = QString::number(docs.at(1).toObject().value(u"id").toInteger());
        const QStringList marking{u"--validity"_s, u"废止"_s, u"--effective-date"_s, u"2026-12-01"_s,
                                  u"--replaced-by"_s, replacing, u"--reason"_s, u"新文件已印发"_s};
        QCOMPARE(as(u"editor"_s, marking + QStringList{u"invalidate"_s, original}).exitCode, 4);
        QCOMPARE(as(u"reviewer3"_s, {u"--effective-date"_s, u"2026-12-01"_s, u"invalidate"_s, original}).exitCode, 6);
        QCOMPARE(as(u"reviewer3"_s, {u"--replaced-by"_s, u"x"_s, u"invalidate"_s, original}).exitCode, 2);
        const Run marked = as(u"reviewer3"_s, QStringList{u"--json"_s} + marking + QStringList{u"invalidate"_s, original});
        QVERIFY2(marked.exitCode == 0, marked.err.constData());
        const QJsonObject d = jsonOf(marked).value(u"disclosure").toObject();
        QCOMPARE(d.value(u"validity").toString(), u"废止"_s);
        QCOMPARE(QString::number(d.value(u"replacedBy").toInteger()), replacing);
        QCOMPARE(as(u"reviewer3"_s, marking + QStringList{u"invalidate"_s, original}).exitCode, 5);
    }

    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void loginAndMe()
    {
        const Run login = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"login"_s}, u"portaldesk-demo"_s);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(QString::fromUtf8(login.out).contains(u"已登录"_s));

        const Run me = cli({u"--server"_s, server(), u"--user"_s, u"reviewer3"_s, u"--json"_s, u"me"_s},
                           u"portaldesk-demo"_s);
        QVERIFY2(me.exitCode == 0, me.err.constData());
        const QJsonObject user = QJsonDocument::fromJson(me.out).object();
        QCOMPARE(user.value(u"username").toString(), u"reviewer3"_s);
        QStringList roles;
        for (const QJsonValue &r : user.value(u"roles").toArray())
            roles.append(r.toObject().value(u"role").toString());
        QVERIFY(roles.contains(u"publisher"_s));
        QVERIFY(roles.contains(u"reviewer"_s));
    }

    void sitesAndColumnsAsJson()
    {
        const Run sites = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"sites"_s},
                              u"portaldesk-demo"_s);
        QVERIFY2(sites.exitCode == 0, sites.err.constData());
        const QJsonArray siteList = QJsonDocument::fromJson(sites.out).array();
        QVERIFY(!siteList.isEmpty());
        const qint64 siteId = siteList.first().toObject().value(u"id").toInteger();

        const Run columns = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"--site"_s,
                                 QString::number(siteId), u"columns"_s},
                                u"portaldesk-demo"_s);
        QVERIFY2(columns.exitCode == 0, columns.err.constData());
        QStringList names;
        for (const QJsonValue &c : QJsonDocument::fromJson(columns.out).array())
            names.append(c.toObject().value(u"name").toString());
        QVERIFY2(names.contains(u"要闻动态"_s), columns.out.constData());

        const Run text = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"columns"_s}, u"portaldesk-demo"_s);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(u"通知公告"_s));
    }

    void monthlyReportFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDate to = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
        const QDate from = to.addDays(-29);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        const QString csv = dir.filePath(u"report.csv"_s);
        const Run run = as(u"editor"_s, {u"--from"_s, from.toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate),
                                         u"--pdf"_s, pdf, u"--csv"_s, csv, u"report"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // The CSV's total is the API's.
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        const auto sites = http.json("GET", m_portal.url(u"/api/v1/sites"_s), token);
        const qint64 site = sites.json.array().first().toObject().value(u"id").toInteger();
        const auto report = http.json(
            "GET",
            m_portal.url(u"/api/v1/sites/%1/report?from=%2&to=%3"_s.arg(site).arg(
                from.toString(Qt::ISODate), to.toString(Qt::ISODate))),
            token);
        const int total = report.json.object().value(u"publishedTotal").toInt();
        QVERIFY(total > 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll().mid(3)).split(u"\r\n"_s);
        QVERIFY2(lines.contains(u"合计,,%1"_s.arg(total)), qPrintable(lines.mid(0, 40).join(u'\n')));

        // A period in which nothing happened: a clear message, no file, a failure exit code.
        const QString nothing = dir.filePath(u"nothing.pdf"_s);
        const Run empty = as(u"editor"_s, {u"--from"_s, u"2001-03-01"_s, u"--to"_s, u"2001-03-31"_s, u"--pdf"_s,
                                           nothing, u"report"_s});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(QString::fromUtf8(empty.err).contains(u"2001-03-01"_s), empty.err.constData());
        QVERIFY(!QFile::exists(nothing));
        QCOMPARE(as(u"editor"_s, {u"report"_s}).exitCode, 2); // no --pdf or --csv
    }

    void passwordFromStdinWhenNoEnvironment()
    {
        const Run run = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"login"_s}, QString(),
                            "portaldesk-demo\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The prompt goes to stderr, the password is never echoed anywhere.
        QVERIFY(!run.out.contains("portaldesk-demo"));
        QVERIFY(!run.err.contains("portaldesk-demo"));
    }

    void failures()
    {
        const Run wrong = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"me"_s}, u"wrong-password"_s);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(QString::fromUtf8(wrong.err).trimmed(), u"用户名或密码错误。"_s);
        QVERIFY(wrong.out.isEmpty());

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const Run unreachable = cli({u"--server"_s, closed, u"--user"_s, u"editor"_s, u"me"_s}, u"x"_s);
        QCOMPARE(unreachable.exitCode, 3);
        QVERIFY(QString::fromUtf8(unreachable.err).contains(u"无法连接服务器"_s));

        const Run usage = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"frobnicate"_s}, u"x"_s);
        QCOMPARE(usage.exitCode, 2);

        const Run jsonError = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"me"_s},
                                  u"wrong-password"_s);
        QCOMPARE(jsonError.exitCode, 1);
        const QJsonObject problem = QJsonDocument::fromJson(jsonError.err).object();
        QCOMPARE(problem.value(u"status").toInt(), 401);
        QCOMPARE(problem.value(u"error").toString(), u"用户名或密码错误。"_s);
    }

    void plainHttpToAnotherMachineWarns()
    {
        // Said on stderr before anything is sent; the address is one that never resolves, so nothing else happens.
        const Run plain = cli({u"--server"_s, u"http://portal.invalid"_s, u"--user"_s, u"editor"_s, u"me"_s}, u"x"_s);
        QVERIFY(plain.exitCode != 0);
        const QString err = QString::fromUtf8(plain.err);
        QVERIFY2(err.contains(u"未加密"_s) && err.contains(u"portal.invalid"_s), qPrintable(err));
        QVERIFY(plain.out.isEmpty());
        // Loopback stays silent (failures() checks the whole of stderr there).
        const Run local = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"me"_s}, u"portaldesk-demo"_s);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QVERIFY2(local.err.isEmpty(), local.err.constData());
    }

    void itemWorkflow()
    {
        // Find the column to write into through the CLI itself.
        const Run columns = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"columns"_s},
                                u"portaldesk-demo"_s);
        QCOMPARE(columns.exitCode, 0);
        QJsonObject column;
        for (const QJsonValue &c : QJsonDocument::fromJson(columns.out).array())
            if (c.toObject().value(u"name").toString() == u"要闻动态"_s)
                column = c.toObject();
        QVERIFY(!column.isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(u"item.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{u"site"_s, column.value(u"site").toInteger(1)},
                                              {u"type"_s, u"news"_s},
                                              {u"title"_s, u"命令行创建的稿件"_s},
                                              {u"columns"_s, QJsonArray{column.value(u"id").toInteger()}},
                                              {u"bodyHtml"_s, u"<p>正文</p>"_s}})
                        .toJson());
        }
        const Run created = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"--file"_s, file,
                                 u"create"_s},
                                u"portaldesk-demo"_s);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString id = QString::number(QJsonDocument::fromJson(created.out).object().value(u"id").toInteger());
        QVERIFY(id != u"0"_s);

        const Run listed = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--mine"_s, u"list"_s},
                               u"portaldesk-demo"_s);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(QString::fromUtf8(listed.out).contains(u"命令行创建的稿件"_s));

        const Run submitted = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"submit"_s, id},
                                  u"portaldesk-demo"_s);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        QVERIFY(QString::fromUtf8(submitted.out).contains(u"submitted"_s));

        const Run queue = cli({u"--server"_s, server(), u"--user"_s, u"reviewer1"_s, u"--json"_s, u"queue"_s},
                              u"portaldesk-demo"_s);
        QVERIFY2(queue.exitCode == 0, queue.err.constData());
        QVERIFY(queue.out.contains("命令行创建的稿件"));

        // Rejecting without a comment is refused with the server's reason; with one it goes through.
        const Run bare = cli({u"--server"_s, server(), u"--user"_s, u"reviewer1"_s, u"reject"_s, id},
                             u"portaldesk-demo"_s);
        QCOMPARE(bare.exitCode, 6); // 422: a field is missing
        QVERIFY(!bare.err.trimmed().isEmpty());
        const Run rejected = cli({u"--server"_s, server(), u"--user"_s, u"reviewer1"_s, u"--comment"_s,
                                  u"请补充发布依据"_s, u"--json"_s, u"reject"_s, id},
                                 u"portaldesk-demo"_s);
        QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
        QCOMPARE(QJsonDocument::fromJson(rejected.out).object().value(u"state").toString(), u"rejected"_s);

        const Run shown = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--json"_s, u"show"_s, id},
                              u"portaldesk-demo"_s);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"title").toString(), u"命令行创建的稿件"_s);

        const Run missingId = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"show"_s}, u"portaldesk-demo"_s);
        QCOMPARE(missingId.exitCode, 1);
    }

    void liveCommands()
    {
        // The live broadcasts through LiveClient: events, posts with their review, an approval against the revision
        // read.
        const Run events = as(u"moderator"_s, {u"--json"_s, u"live-events"_s});
        QCOMPARE(events.exitCode, 0);
        qint64 forum = 0;
        for (const QJsonValue &e : QJsonDocument::fromJson(events.out).array())
            if (e.toObject().value(u"mode").toString() == u"reviewed"_s && e.toObject().value(u"state").toString() == u"live"_s)
                forum = e.toObject().value(u"id").toInteger();
        QVERIFY2(forum > 0, events.out.constData());
        QVERIFY(QString::fromUtf8(as(u"moderator"_s, {u"live-events"_s}).out).contains(u"reviewed"_s));

        const Run posts = as(u"moderator"_s, {u"--json"_s, u"live-posts"_s, QString::number(forum)});
        QCOMPARE(posts.exitCode, 0);
        qint64 pending = 0;
        for (const QJsonValue &p : QJsonDocument::fromJson(posts.out).array())
            if (p.toObject().value(u"state").toString() == u"pending"_s)
                pending = p.toObject().value(u"id").toInteger();
        QVERIFY2(pending > 0, posts.out.constData());
        QVERIFY(QString::fromUtf8(as(u"moderator"_s, {u"live-posts"_s, QString::number(forum)}).out)
                    .contains(u"待审：live_moderator"_s));

        QCOMPARE(as(u"reporter"_s, {u"live-approve"_s, QString::number(pending)}).exitCode, int(4)); // not a moderator
        const Run approved = as(u"moderator"_s, {u"--json"_s, u"live-approve"_s, QString::number(pending)});
        QCOMPARE(approved.exitCode, 0);
        const QJsonObject post = QJsonDocument::fromJson(approved.out).object();
        QCOMPARE(post.value(u"state").toString(), u"published"_s);
        QCOMPARE(post.value(u"approvals").toArray().first().toObject().value(u"user").toObject().value(u"displayName")
                     .toString(),
                 u"郑雅琴"_s);
        QCOMPARE(as(u"moderator"_s, {u"live-approve"_s, QString::number(pending)}).exitCode, int(5)); // nothing in review
        QCOMPARE(as(u"moderator"_s, {u"live-posts"_s, u"abc"_s}).exitCode, int(1));
    }

    void importSurvivesSigkill()
    {
        constexpr int total = 150;
        QTemporaryDir dir;
        for (int i = 1; i <= total; ++i) {
            QFile f(dir.filePath(u"%1.md"_s.arg(i, 4, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"title: 迁移稿件 %1\ncolumn: 要闻动态\nauthor: 市政府办公室\nkeywords: 迁移, 测试\n\n"
                    "## 概述\n\n这是从旧系统迁移的第 %1 篇稿件，**请核对**。\n\n- 第一点\n- 第二点\n"_s.arg(i, 4, 10, QChar(u'0'))
                        .toUtf8());
        }
        const QString store = dir.filePath(u"outbox.sqlite"_s);

        // Start the import and kill it hard once some items have arrived.
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTALDESK_PASSWORD"_s, u"portaldesk-demo"_s);
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(PD_CLI_BIN), {u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--store"_s,
                                                  store, u"import"_s, dir.path()});
        QVERIFY(import.waitForStarted());
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        const auto count = [&] {
            QUrl url = m_portal.url(u"/api/v1/items"_s);
            url.setQuery(u"q=%1&limit=200"_s.arg(u"迁移稿件"_s));
            QList<QPair<qint64, QString>> found;
            for (const QJsonValue &v : http.json("GET", url, token).json.object().value(u"items").toArray())
                if (v.toObject().value(u"title").toString().startsWith(u"迁移稿件"_s))
                    found.append({v.toObject().value(u"id").toInteger(), v.toObject().value(u"title").toString()});
            std::ranges::sort(found);
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(count().size() >= 3, 30000);
        import.kill(); // SIGKILL: no chance to clean up
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);
        const int atKill = int(count().size());
        QVERIFY2(atKill < total, "the import finished before it could be killed");

        // The next run delivers what is left, exactly once.
        const Run sync = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--store"_s, store, u"--json"_s,
                              u"sync"_s},
                             u"portaldesk-demo"_s);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const int delivered = QJsonDocument::fromJson(sync.out).object().value(u"delivered").toInt();
        QVERIFY(delivered >= total - atKill - 1); // the one on the wire at the kill may have arrived already
        const auto items = count();
        QCOMPARE(items.size(), total);
        for (int i = 0; i < total; ++i) // unique and in file order
            QCOMPARE(items.at(i).second, u"迁移稿件 %1"_s.arg(i + 1, 4, 10, QChar(u'0')));

        // A damaged header stops the import before anything is queued.
        QTemporaryDir bad;
        QFile f(bad.filePath(u"a.html"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("column: 不存在的栏目\ntitle: x\n\n<p>x</p>");
        f.close();
        const Run refused = cli({u"--server"_s, server(), u"--user"_s, u"editor"_s, u"--store"_s,
                                 bad.filePath(u"s.sqlite"_s), u"import"_s, bad.path()},
                                u"portaldesk-demo"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(QString::fromUtf8(refused.err).contains(u"不存在的栏目"_s));
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            QVERIFY(m_portal.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
