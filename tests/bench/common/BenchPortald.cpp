#include "tests/bench/common/BenchPortald.h"

#include <QJsonDocument>

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

qint64 BenchPortald::newLiveEvent(const QJsonObject &fields)
{
    QJsonObject event = fields;
    event.insert(u"site"_s, m_portal.siteId());
    const auto created = m_portal.api("POST", u"/api/v1/live/events"_s, u"editor"_s, QJsonDocument(event));
    const qint64 id = created.json.object().value(u"id").toInteger();
    if (created.status != 201 || id <= 0) {
        fail(u"cannot create the event: "_s + QString::fromUtf8(created.body));
        return 0;
    }
    return id;
}

QUrl BenchPortald::publicStream(qint64 eventId) const
{
    QUrl stream = url(u"/public/live/%1/stream"_s.arg(eventId));
    stream.setScheme(u"ws"_s);
    return stream;
}

bool BenchPortald::fail(const QString &what) const
{
    std::fprintf(stderr, "%s: %s\n", m_program.constData(), qPrintable(what));
    return false;
}

} // namespace pd::bench
