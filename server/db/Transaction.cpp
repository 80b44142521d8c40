#include "server/db/Transaction.h"

#include "server/db/Database.h"
#include "server/db/DbLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::server {

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        QSqlDatabase c = m_db.connection();
        if (!c.transaction()) {
            qCWarning(lcDb) << "cannot begin a transaction:" << c.lastError().text();
            return;
        }
        m_outermost = true;
        m_db.m_transactionDoomed = false;
    }
    ++m_db.m_transactionDepth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
    if (m_outermost)
        m_db.connection().rollback();
    else
        m_db.m_transactionDoomed = true;
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return fail(ErrorCode::Storage, u"数据库事务未能开始"_s);
    m_active = false;
    --m_db.m_transactionDepth;
    if (!m_outermost)
        return {};
    QSqlDatabase c = m_db.connection();
    if (m_db.m_transactionDoomed) {
        c.rollback();
        return fail(ErrorCode::Storage, u"数据库事务的一部分失败，已回滚"_s);
    }
    if (!c.commit()) {
        qCWarning(lcDb) << "commit failed:" << c.lastError().text();
        c.rollback();
        return fail(ErrorCode::Storage, u"数据库事务提交失败"_s);
    }
    return {};
}

} // namespace pd::server
