#pragma once
#include "app/domain/Error.h"

namespace pd::server {

class Database;

/// A database transaction that rolls back unless commit() succeeded (so every early `return` is safe).
/// Transactions nest: an inner one joins the outermost, and an inner one that is not committed dooms it.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] bool isActive() const { return m_active; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace pd::server
