#include "tests/bench/common/BenchPortald.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd::bench {

BenchPortald::BenchPortald(const char *program, QStringList args)
    : m_program(program)
    , m_process(std::move(args))
{
}

QString BenchPortald::password()
{
    return u"portaldesk-demo"_s;
}

bool BenchPortald::start(std::chrono::seconds limit)
{
    if (m_process.start(limit))
        return true;
    return fail(u"portald did not start\n"_s + m_process.log());
}

QUrl BenchPortald::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path));
}

QString BenchPortald::login(const QString &user)
{
    const QString token = m_http.login(baseUrl(), user, password());
    if (token.isEmpty())
        fail(user + u" could not sign in"_s);
    return token;
}

bool BenchPortald::fail(const QString &what) const
{
    std::fprintf(stderr, "%s: %s\n", m_program.constData(), qPrintable(what));
    return false;
}

} // namespace pd::bench
