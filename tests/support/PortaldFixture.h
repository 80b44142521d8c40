#pragma once
#include "tests/support/DemoSite.h"
#include "tests/support/DemoWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"

#include <QHash>
#include <QSqlDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QWidget;

namespace pd::api {
class PortalClient;
}
namespace pd::models {
class Workspace;
}

namespace pd::test {

/// What an integration or UI test needs of a real portald, in one member: the process (`--demo` unless told
/// otherwise), a signed-in HTTP API for any demo user, the client's own objects signed in, and screenshots.
/// Links pd_testsupport_fixture.
///
/// @code
///   class tst_Thing : public QObject {
///       Q_OBJECT
///       pd::test::PortaldFixture m_portal;
///   private Q_SLOTS:
///       void initTestCase() { QVERIFY2(m_portal.start(), m_portal.failure()); }
///       void something() {
///           const auto created = m_portal.api("POST", u"/api/v1/items"_s, u"editor"_s, QJsonDocument(item));
///           QCOMPARE(created.status, 201);
///           pd::api::PortalClient client;
///           QVERIFY(m_portal.signIn(client, u"reviewer1"_s));
///           …
///           QVERIFY(m_portal.screenshot(&window, u"thing"_s));
///       }
///   };
/// @endcode
class PortaldFixture
{
public:
    /// `args` are portald's extra arguments; the demo site and its users unless said otherwise.
    explicit PortaldFixture(QStringList args = {QStringLiteral("--demo")});
    ~PortaldFixture();
    PortaldFixture(const PortaldFixture &) = delete;
    PortaldFixture &operator=(const PortaldFixture &) = delete;

    /// The demo users' password.
    [[nodiscard]] static QString password();

    /// Starts portald ($PORTALD_BIN); false with failure() saying why (its log) when it does not come up within
    /// `limit` (a large generated database loads for minutes before portald listens).
    [[nodiscard]] bool start(std::chrono::seconds limit = std::chrono::seconds(30));
    /// start(), then the demo's editor and three reviewers signed in over HTTP into `accounts` and the first site
    /// read (siteId()): what a test of the editorial path needs before its first request. False with failure().
    [[nodiscard]] bool startSignedIn(DemoWorkflow::Accounts &accounts);
    /// Stops portald if it runs (SIGTERM); false with failure() saying why (its log) when it did not exit cleanly.
    [[nodiscard]] bool stop();
    /// Stops portald (or notes that it died) and starts it again on the same data, database and, if free, port, with
    /// setArgs()' arguments when they were changed; the fixture's sessions stay (portald keeps them).
    [[nodiscard]] bool restart();
    /// portald's arguments from the next start() or restart() on (the fixture's own --listen, --data and
    /// --database come first).
    void setArgs(QStringList args) { m_process.setExtraArgs(std::move(args)); }
    /// Why start() or a sign-in failed, for QVERIFY2.
    [[nodiscard]] const char *failure() const { return m_failure.constData(); }

    /// What portald answered when run once as a tool.
    struct ToolRun {
        int exitCode = -1; ///< -1 when it crashed or did not finish in time
        QString errors;    ///< its standard error
    };
    /// Runs portald once as a tool on this fixture's data directory (and database): `portald init …`,
    /// `--add-user …` or `--generate-items …` before start() or between stop() and restart(). `input` goes to its
    /// standard input (the password `init` reads); `password`, when given, is $PORTALD_PASSWORD (what `--add-user`
    /// reads); it counts as not finished after `limit`.
    ToolRun runTool(const QStringList &args, const QByteArray &input = {}, const QString &password = {},
                    std::chrono::milliseconds limit = std::chrono::minutes(1));

    /// The options that put a second portald on this one's database (PostgreSQL, tests/support/with-postgres), as
    /// the extra arguments of another fixture: `PortaldFixture m_b{m_a.sameDatabase()};` (empty on SQLite).
    [[nodiscard]] QStringList sameDatabase() const;
    /// Starts this portald on a fresh PostgreSQL database, then `second` (made with sameDatabase()) on the same
    /// one; false with failure() saying why when either does not come up or there is no PostgreSQL.
    [[nodiscard]] bool startWithSecond(PortaldFixture &second);
    /// A connection of the test's own, named `connectionName`, to this portald's database (not opened yet): its
    /// PostgreSQL database, else its SQLite file (waiting up to ten seconds for portald's locks), to hold a row lock,
    /// look at what portald wrote or write in bulk beside it.
    [[nodiscard]] QSqlDatabase database(const QString &connectionName) const;

    [[nodiscard]] PortaldProcess &process() { return m_process; }
    [[nodiscard]] const PortaldProcess &process() const { return m_process; }
    [[nodiscard]] QUrl baseUrl() const { return m_process.baseUrl(); }
    /// `path` (with an optional ?query) on this portald.
    [[nodiscard]] QUrl url(const QString &path) const;

    /// The fixture's own session of `user` over HTTP, signed in on first use and kept for api() (empty when the
    /// sign-in failed). Do not sign it out; take a newToken() for that.
    [[nodiscard]] QString token(const QString &user = QStringLiteral("editor"));
    /// A new session of `user` over HTTP each call (POST /api/v1/session), empty when the sign-in failed.
    [[nodiscard]] QString newToken(const QString &user = QStringLiteral("editor"));
    /// A JSON request to `path` as `user` (no Authorization header when `user` is empty).
    HttpProbe::Reply api(const QByteArray &verb, const QString &path, const QString &user = QStringLiteral("editor"),
                         const QJsonDocument &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// Request headers, as HttpProbe takes them.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /// api() in the shape most tests call it: as `user` (a demo user, or an account the test made and adopt()ed),
    /// a JSON object body (`{}` for a POST, PUT or PATCH without one, nothing for other verbs) and headers.
    HttpProbe::Reply call(const QString &user, const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                          const Headers &headers = {});
    /// The If-Match header of call() for `etag` (`"7"`, as portald sends it in ETag).
    [[nodiscard]] static Headers ifMatch(const QByteArray &etag);
    /// The If-Match header of call() for `revision`.
    [[nodiscard]] static Headers ifMatch(qint64 revision);
    /// The If-Match header of call() for the ETag that `reply` (a GET or a write of the resource) carries.
    [[nodiscard]] static Headers ifMatch(const HttpProbe::Reply &reply);
    /// Makes `token` (a session the test signed in itself: an account it created, a second session of a demo user)
    /// the one token(), api() and call() use for `user` from now on.
    void adopt(const QString &user, const QString &token) { m_tokens.insert(user, token); }
    /// A live event of the first site from `fields` (the site is filled in), created by `creator` and started by
    /// the moderator, as most live tests begin: the event as the start answered it, with its ETag; a status other
    /// than 200 (and failure() saying why) when either step was refused.
    HttpProbe::Reply startLiveEvent(const QJsonObject &fields, const QString &creator = QStringLiteral("editor"));
    /// The text at `path` (a public page) as a reader gets it over HTTP; empty unless the answer is 200.
    [[nodiscard]] QString page(const QString &path);
    /// The value of an unlabelled figure (`portald_stream_subscribers`) on /metrics; -1 when portald does not
    /// report it.
    [[nodiscard]] double metric(const QByteArray &name);
    /// The blocking HTTP client api() uses, for requests of another shape (raw bodies, other headers).
    [[nodiscard]] HttpProbe &http() { return m_http; }
    /// The first site as the editor sees it (token, id, columns); loaded on first use.
    [[nodiscard]] const DemoSite &site();
    /// Shorthand for site().siteId(); 0 when the site cannot be read.
    [[nodiscard]] qint64 siteId();

    /// The fixture's own sessions of the editor and the three reviewers (empty where a sign-in failed).
    [[nodiscard]] DemoWorkflow::Accounts accounts();
    /// The demo's editorial path over the API (transitions, an item taken to published) with the fixture's own
    /// sessions of the editor and the three reviewers, on the first site.
    [[nodiscard]] DemoWorkflow workflow();

    /// Signs a client in as `user` (with the demo password unless `password` is given) and waits for the answer.
    [[nodiscard]] bool signIn(api::PortalClient &client, const QString &user = QStringLiteral("editor"),
                              const QString &password = {});
    /// Signs a workspace in as `user` (with the demo password unless `password` is given) and waits until it is
    /// online or the sign-in failed.
    [[nodiscard]] bool signIn(models::Workspace &workspace, const QString &user = QStringLiteral("editor"),
                              const QString &password = {});

    /// Saves `<PD_SCREENSHOT_DIR>/<name>.png` of `widget` (nothing without the variable); false when not written.
    static bool screenshot(QWidget *widget, const QString &name);
    /// The same through the window system, for windows with a QtWebEngine view (Xvfb).
    static bool screenshotWindow(QWidget *widget, const QString &name);

private:
    PortaldProcess m_process;
    HttpProbe m_http;
    QHash<QString, QString> m_tokens;
    std::optional<DemoSite> m_site;
    QByteArray m_failure;
};

} // namespace pd::test
