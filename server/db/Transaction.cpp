#include "db/Transaction.h"

#include "db/Database.h"
#include "db/DbLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::server {

Transaction::Transaction(Database &db) : m_db(db)
{
    QSqlDatabase c = m_db.connection();
    m_active = c.transaction();
    if (!m_active)
        qCWarning(lcDb) << "cannot begin a transaction:" << c.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.connection().rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return fail(ErrorCode::Storage, u"数据库事务未能开始"_s);
    QSqlDatabase c = m_db.connection();
    if (!c.commit()) {
        qCWarning(lcDb) << "commit failed:" << c.lastError().text();
        c.rollback();
        m_active = false;
        return fail(ErrorCode::Storage, u"数据库事务提交失败"_s);
    }
    m_active = false;
    return {};
}

} // namespace pd::server
