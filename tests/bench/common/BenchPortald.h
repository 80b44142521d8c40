#pragma once
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace pd::bench {

/// The real portald a benchmark program measures (tests/support's PortaldProcess, `--demo` unless told otherwise),
/// with the demo users' sign-in; what goes wrong is said on stderr under the program's name.
class BenchPortald
{
public:
    explicit BenchPortald(const char *program, QStringList args = {QStringLiteral("--demo")});

    /// The demo users' password.
    [[nodiscard]] static QString password();

    /// Starts portald; false, having said so with its log, when it does not come up within `limit`.
    [[nodiscard]] bool start(std::chrono::seconds limit = std::chrono::seconds(30));
    [[nodiscard]] test::PortaldProcess &process() { return m_process; }
    [[nodiscard]] QUrl baseUrl() const { return m_process.baseUrl(); }
    /// `path` on this portald.
    [[nodiscard]] QUrl url(const QString &path) const;
    /// A new session of the demo user `user`; empty, having said so, when the sign-in failed.
    [[nodiscard]] QString login(const QString &user);
    /// The blocking HTTP client login() uses.
    [[nodiscard]] test::HttpProbe &http() { return m_http; }
    /// Says `what` on stderr under the program's name; false, to return at once.
    bool fail(const QString &what) const;

private:
    QByteArray m_program;
    test::PortaldProcess m_process;
    test::HttpProbe m_http;
};

} // namespace pd::bench
