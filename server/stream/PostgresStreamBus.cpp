#include "server/stream/PostgresStreamBus.h"

#include "server/db/Database.h"
#include "server/stream/StreamLog.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr QLatin1StringView kChannel{"pd_stream"};
}

PostgresStreamBus::PostgresStreamBus(Database &db, QObject *parent) : StreamBus(parent), m_db(db) {}

bool PostgresStreamBus::start(Loader loader)
{
    m_load = std::move(loader);
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->subscribeToNotification(QString(kChannel))) {
        qCCritical(lcStream) << "cannot LISTEN on" << kChannel << "— events of other portald processes will not arrive";
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) { notified(name, payload); });
    return true;
}

void PostgresStreamBus::announce(const StreamEvent &event)
{
    // Our own LISTEN hears this too; delivery happens there, once, in the same way for every process.
    if (auto r = m_db.exec(u"SELECT pg_notify(?, ?)"_s, {QString(kChannel), QString::number(event.seq)}); !r)
        qCWarning(lcStream).noquote() << "NOTIFY failed for seq" << event.seq << ':' << r.error().message;
}

void PostgresStreamBus::notified(const QString &name, const QVariant &payload)
{
    if (name != kChannel || !m_load)
        return;
    bool ok = false;
    const qint64 seq = payload.toString().toLongLong(&ok);
    if (!ok)
        return;
    if (auto event = m_load(seq))
        Q_EMIT arrived(*event);
}

} // namespace pd::server
