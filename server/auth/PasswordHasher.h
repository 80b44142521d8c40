#pragma once
#include "app/domain/Error.h"

#include <QByteArray>

namespace pd::server {

/// Argon2id password hashes (libsodium `crypto_pwhash_str`, interactive limits).
class PasswordHasher
{
public:
    PasswordHasher();

    [[nodiscard]] Result<QByteArray> hash(QByteArrayView password) const;
    /// Constant work whether or not the user exists: pass an empty hash to burn the same time on a dummy.
    [[nodiscard]] bool verify(QByteArrayView storedHash, QByteArrayView password) const;
    [[nodiscard]] bool needsRehash(QByteArrayView storedHash) const;

private:
    QByteArray m_dummyHash; ///< verified against for unknown users, so timing does not reveal which names exist
};

} // namespace pd::server
