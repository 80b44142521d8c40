#pragma once
#include <QSqlDatabase>

namespace pd::store {

/// Opens a transaction and rolls it back on scope exit unless commit() succeeded (after Trojitá's
/// SqlTransactionAutoAborter): an early return can never leave half a change behind.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace pd::store
