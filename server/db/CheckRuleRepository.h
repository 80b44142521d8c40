#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <optional>

namespace pd::server {

class Database;

/// Each site's content-check rule set, stored as the JSON of `GET /api/v1/checks/rules`.
class CheckRuleRepository
{
public:
    explicit CheckRuleRepository(Database &db) : m_db(db) {}

    Result<std::optional<QJsonObject>> rules(qint64 siteId);
    Result<void> store(qint64 siteId, const QJsonObject &ruleSet);

private:
    Database &m_db;
};

} // namespace pd::server
