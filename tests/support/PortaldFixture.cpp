#include "tests/support/PortaldFixture.h"

#include "tests/support/ClientSignIn.h"
#include "tests/support/Screenshot.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {
constexpr int kSignInLimitMs = 20000;
}

PortaldFixture::PortaldFixture(QStringList args)
    : m_process(std::move(args))
{
}

PortaldFixture::~PortaldFixture() = default;

QString PortaldFixture::password()
{
    return ClientSignIn::demoPassword();
}

bool PortaldFixture::start(std::chrono::seconds limit)
{
    if (qEnvironmentVariableIsEmpty("PORTALD_BIN")) {
        m_failure = "PORTALD_BIN must point at portald";
        return false;
    }
    if (!m_process.start(limit)) {
        m_failure = "portald did not start: " + m_process.log().toUtf8();
        return false;
    }
    m_failure.clear();
    return true;
}

PortaldFixture::ToolRun PortaldFixture::runTool(const QStringList &args, const QByteArray &input,
                                                const QString &password, std::chrono::milliseconds limit)
{
    QStringList all{u"--data"_s, m_process.dataDir()};
    if (!m_process.databaseUrl().isEmpty())
        all << u"--database"_s << m_process.databaseUrl();
    QProcess tool;
    if (!password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTALD_PASSWORD"_s, password);
        tool.setProcessEnvironment(env);
    }
    tool.start(qEnvironmentVariable("PORTALD_BIN"), all + args);
    if (!input.isEmpty())
        tool.write(input);
    tool.closeWriteChannel();
    // Its standard error is read as it comes: a long run (generating a large site) would otherwise fill the pipe
    // and stall.
    QByteArray errors;
    QDeadlineTimer deadline(limit);
    bool finished = false;
    while (!finished && tool.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        finished = tool.waitForFinished(int(std::min<qint64>(deadline.remainingTime(), 200)));
        errors += tool.readAllStandardError();
    }
    if (!finished && tool.state() != QProcess::NotRunning) {
        tool.kill();
        tool.waitForFinished(5000);
    }
    ToolRun run;
    if (finished && tool.exitStatus() == QProcess::NormalExit)
        run.exitCode = tool.exitCode();
    run.errors = QString::fromUtf8(errors + tool.readAllStandardError());
    return run;
}

bool PortaldFixture::stop()
{
    if (!m_process.isRunning() || m_process.stop())
        return true;
    m_failure = "portald did not exit cleanly: " + m_process.log().toUtf8();
    return false;
}

bool PortaldFixture::restart()
{
    if (m_process.restart()) {
        m_failure.clear();
        return true;
    }
    m_failure = "portald did not come back: " + m_process.log().toUtf8();
    return false;
}

QStringList PortaldFixture::sameDatabase() const
{
    // The last --database wins, and these come after the one PortaldProcess gives every portald.
    if (m_process.databaseUrl().isEmpty())
        return {};
    return {u"--database"_s, m_process.databaseUrl()};
}

bool PortaldFixture::startWithSecond(PortaldFixture &second)
{
    if (!start())
        return false;
    if (!m_process.databaseUrl().startsWith(u"postgresql://"_s)) {
        m_failure = "two portald share a database on PostgreSQL only (tests/support/with-postgres)";
        return false;
    }
    if (!second.start()) {
        m_failure = second.m_failure;
        return false;
    }
    return true;
}

QSqlDatabase PortaldFixture::database(const QString &connectionName) const
{
    if (m_process.databaseUrl().isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(m_process.dataDir() + u"/portald.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(qEnvironmentVariable("PD_TEST_PGHOST"));
    db.setUserName(u"postgres"_s);
    db.setDatabaseName(QUrl(m_process.databaseUrl()).path().mid(1));
    return db;
}

QUrl PortaldFixture::url(const QString &path) const
{
    QUrl u = baseUrl();
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

QString PortaldFixture::token(const QString &user)
{
    if (const auto it = m_tokens.constFind(user); it != m_tokens.cend())
        return *it;
    const QString token = newToken(user);
    if (!token.isEmpty())
        m_tokens.insert(user, token);
    return token;
}

QString PortaldFixture::newToken(const QString &user)
{
    const QString token = m_http.login(baseUrl(), user, password());
    if (token.isEmpty())
        m_failure = "cannot sign in over HTTP as " + user.toUtf8();
    return token;
}

HttpProbe::Reply PortaldFixture::api(const QByteArray &verb, const QString &path, const QString &user,
                                     const QJsonDocument &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_http.json(verb, url(path), user.isEmpty() ? QString() : token(user), body, headers);
}

HttpProbe::Reply PortaldFixture::call(const QString &user, const QByteArray &verb, const QString &path,
                                      const QJsonObject &body, const Headers &headers)
{
    // portald answers an empty body with 400 wherever it reads one, so a write without a body sends `{}`.
    const bool write = verb == "POST" || verb == "PUT" || verb == "PATCH";
    return api(verb, path, user, body.isEmpty() && !write ? QJsonDocument() : QJsonDocument(body), headers);
}

PortaldFixture::Headers PortaldFixture::ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

PortaldFixture::Headers PortaldFixture::ifMatch(qint64 revision)
{
    return ifMatch('"' + QByteArray::number(revision) + '"');
}

PortaldFixture::Headers PortaldFixture::ifMatch(const HttpProbe::Reply &reply)
{
    return ifMatch(reply.headers.value("etag"));
}

HttpProbe::Reply PortaldFixture::startLiveEvent(const QJsonObject &fields, const QString &creator)
{
    QJsonObject input = fields;
    input.insert(u"site"_s, siteId());
    const HttpProbe::Reply created = call(creator, "POST", u"/api/v1/live/events"_s, input);
    if (created.status != 201) {
        m_failure = "the live event was not created: " + created.body;
        return created;
    }
    const qint64 id = created.json.object().value(u"id"_s).toInteger();
    HttpProbe::Reply started = call(u"moderator"_s, "POST", u"/api/v1/live/events/%1/transitions"_s.arg(id),
                                    {{u"action"_s, u"start"_s}}, ifMatch(created));
    if (started.status != 200)
        m_failure = "the live event did not start: " + started.body;
    return started;
}

QString PortaldFixture::page(const QString &path)
{
    const auto r = m_http.request("GET", url(path));
    return r.status == 200 ? QString::fromUtf8(r.body) : QString();
}

double PortaldFixture::metric(const QByteArray &name)
{
    const QByteArray prefix = name + ' ';
    const auto r = m_http.request("GET", url(u"/metrics"_s));
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().toDouble();
    }
    return -1;
}

const DemoSite &PortaldFixture::site()
{
    if (!m_site) {
        m_site = DemoSite::load(m_http, baseUrl(), u"editor"_s, password());
        if (!m_site) {
            m_failure = "cannot read the demo site as the editor";
            m_site.emplace();
        }
    }
    return *m_site;
}

bool PortaldFixture::startSignedIn(DemoWorkflow::Accounts &accounts)
{
    if (!start())
        return false;
    accounts = this->accounts();
    return accounts.complete() && siteId() > 0;
}

qint64 PortaldFixture::siteId()
{
    return site().siteId();
}

DemoWorkflow::Accounts PortaldFixture::accounts()
{
    return {token(u"editor"_s), token(u"reviewer1"_s), token(u"reviewer2"_s), token(u"reviewer3"_s)};
}

DemoWorkflow PortaldFixture::workflow()
{
    return {m_http, baseUrl(), siteId(), accounts()};
}

bool PortaldFixture::signIn(api::PortalClient &client, const QString &user, const QString &password)
{
    const auto signedIn = ClientSignIn::signIn(client, baseUrl(), user,
                                               password.isEmpty() ? PortaldFixture::password() : password,
                                               kSignInLimitMs);
    if (!signedIn)
        m_failure = "sign-in as " + user.toUtf8() + " failed: " + signedIn.error().message.toUtf8();
    return signedIn.has_value();
}

bool PortaldFixture::signIn(models::Workspace &workspace, const QString &user, const QString &password)
{
    QSignalSpy in(&workspace, &models::Workspace::signedIn);
    QSignalSpy refused(&workspace, &models::Workspace::signInFailed);
    workspace.signIn(baseUrl().toString(), user, password.isEmpty() ? PortaldFixture::password() : password);
    const bool answered =
        !in.isEmpty() || !refused.isEmpty()
        || QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, kSignInLimitMs);
    if (!refused.isEmpty())
        m_failure = "sign-in as " + user.toUtf8() + " failed: "
                    + refused.constFirst().constFirst().value<pd::Error>().message.toUtf8();
    else if (!answered)
        m_failure = "no answer to the sign-in as " + user.toUtf8();
    return !in.isEmpty();
}

bool PortaldFixture::screenshot(QWidget *widget, const QString &name)
{
    return Screenshot::grab(widget, name);
}

bool PortaldFixture::screenshotWindow(QWidget *widget, const QString &name)
{
    return Screenshot::grabWindow(widget, name);
}

} // namespace pd::test
