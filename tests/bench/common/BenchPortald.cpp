#include "tests/bench/common/BenchPortald.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd::bench {

BenchPortald::BenchPortald(const char *program, QStringList args)
    : m_program(program)
    , m_portal(std::move(args))
{
}

QString BenchPortald::password()
{
    return test::PortaldFixture::password();
}

bool BenchPortald::generate(const QStringList &args)
{
    const auto run = m_portal.runTool(args, {}, {}, std::chrono::minutes(30));
    if (run.exitCode == 0)
        return true;
    return fail(u"portald %1 failed\n"_s.arg(args.join(u' ')) + run.errors);
}

bool BenchPortald::start(std::chrono::seconds limit)
{
    if (m_portal.start(limit))
        return true;
    return fail(QString::fromUtf8(m_portal.failure()));
}

QString BenchPortald::login(const QString &user)
{
    const QString token = m_portal.newToken(user);
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
