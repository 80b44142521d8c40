#include "server/auth/PasswordWorkers.h"

#include "server/auth/PasswordHasher.h"

#include <QPromise>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace pd::server {

PasswordWorkers::PasswordWorkers(const PasswordHasher &hasher, int threads, int maxWaiting, QObject *parent)
    : QObject(parent), m_hasher(hasher), m_maxInFlight(std::max(1, threads) + std::max(0, maxWaiting))
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setObjectName(u"portald-passwords"_s);
}

PasswordWorkers::~PasswordWorkers()
{
    m_pool.waitForDone();
}

std::optional<QFuture<PasswordWorkers::Check>> PasswordWorkers::verify(QByteArray storedHash, QByteArray password)
{
    if (m_inFlight.fetch_add(1) >= m_maxInFlight) {
        m_inFlight.fetch_sub(1);
        return std::nullopt;
    }
    auto promise = std::make_shared<QPromise<Check>>();
    QFuture<Check> future = promise->future();
    promise->start();
    m_pool.start([this, promise, storedHash = std::move(storedHash), password = std::move(password)] {
        Check check;
        check.ok = m_hasher.verify(storedHash, password);
        if (check.ok && m_hasher.needsRehash(storedHash))
            if (auto fresh = m_hasher.hash(password))
                check.rehashed = *fresh;
        m_inFlight.fetch_sub(1);
        promise->addResult(std::move(check));
        promise->finish();
    });
    return future;
}

} // namespace pd::server
