#include "app/store/MemoryCredentialStore.h"

#include <QPointer>
#include <QTimer>

namespace pd::store {

namespace {
/// Answers on the next event-loop turn, like a real keyring would, so callers cannot come to rely on
/// synchronous answers.
template <typename T>
void answerLater(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, [guard, hadContext, done = std::move(done), result = std::move(result)] {
        if (!hadContext || guard)
            done(result);
    });
}
} // namespace

void MemoryCredentialStore::read(const QString &account, QObject *context, std::function<void(Result<QString>)> done)
{
    if (!m_secrets.contains(account)) {
        answerLater<QString>(context, std::move(done),
                             std::unexpected(Error::make(ErrorCode::NotFound, tr("No password is stored for %1.").arg(account))));
        return;
    }
    answerLater<QString>(context, std::move(done), m_secrets.value(account));
}

void MemoryCredentialStore::write(const QString &account, const QString &secret, QObject *context,
                                  std::function<void(Result<void>)> done)
{
    m_secrets.insert(account, secret);
    answerLater<void>(context, std::move(done), {});
}

void MemoryCredentialStore::remove(const QString &account, QObject *context, std::function<void(Result<void>)> done)
{
    m_secrets.remove(account);
    answerLater<void>(context, std::move(done), {});
}

} // namespace pd::store
