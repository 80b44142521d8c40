#pragma once
#include "tests/support/PortaldFixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace pd::bench {

/// The real portald a benchmark program measures (tests/support's PortaldFixture, `--demo` unless told otherwise),
/// with the demo users' sign-in; what goes wrong is said on stderr under the program's name.
class BenchPortald
{
public:
    explicit BenchPortald(const char *program, QStringList args = {QStringLiteral("--demo")});

    /// The demo users' password.
    [[nodiscard]] static QString password();

    /// Runs portald once as a tool on the data directory before start() (`--demo --generate-items N`, a site of the
    /// benchmark's size); false, having said so with its errors, when it fails or takes more than half an hour.
    [[nodiscard]] bool generate(const QStringList &args);
    /// Starts portald; false, having said so with its log, when it does not come up within `limit`.
    [[nodiscard]] bool start(std::chrono::seconds limit = std::chrono::seconds(30));
    [[nodiscard]] test::PortaldFixture &fixture() { return m_portal; }
    [[nodiscard]] test::PortaldProcess &process() { return m_portal.process(); }
    [[nodiscard]] QUrl baseUrl() const { return m_portal.baseUrl(); }
    /// `path` (with an optional ?query) on this portald.
    [[nodiscard]] QUrl url(const QString &path) const { return m_portal.url(path); }
    /// A new session of the demo user `user`; empty, having said so, when the sign-in failed.
    [[nodiscard]] QString login(const QString &user);
    /// The blocking HTTP client login() uses.
    [[nodiscard]] test::HttpProbe &http() { return m_portal.http(); }
    /// A live event on the demo site created by the editor (`fields` besides the site); its id, or 0 having said
    /// why.
    [[nodiscard]] qint64 newLiveEvent(const QJsonObject &fields);
    /// The public WebSocket stream of live event `eventId` on this portald.
    [[nodiscard]] QUrl publicStream(qint64 eventId) const;
    /// Says `what` on stderr under the program's name; false, to return at once.
    bool fail(const QString &what) const;

private:
    QByteArray m_program;
    test::PortaldFixture m_portal;
};

} // namespace pd::bench
