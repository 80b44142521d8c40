#include "server/auth/PasswordHasher.h"

#include "server/auth/AuthLog.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace pd::server {

PasswordHasher::PasswordHasher()
{
    if (sodium_init() < 0)
        qCCritical(lcAuth) << "libsodium failed to initialise";
    if (auto h = hash("portald-dummy-password"))
        m_dummyHash = *h;
}

Result<QByteArray> PasswordHasher::hash(QByteArrayView password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), static_cast<unsigned long long>(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return fail(ErrorCode::Server, u"服务器内存不足，无法计算密码散列"_s);
    return QByteArray(out);
}

bool PasswordHasher::verify(QByteArrayView storedHash, QByteArrayView password) const
{
    const QByteArray h = storedHash.isEmpty() ? m_dummyHash : storedHash.toByteArray(); // NUL-terminated copy
    const bool ok = crypto_pwhash_str_verify(h.constData(), password.data(),
                                             static_cast<unsigned long long>(password.size()))
                    == 0;
    return ok && !storedHash.isEmpty();
}

bool PasswordHasher::needsRehash(QByteArrayView storedHash) const
{
    const QByteArray h = storedHash.toByteArray();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

} // namespace pd::server
