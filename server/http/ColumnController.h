#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <QList>

namespace pd::server {

class AdminAuditLog;
class ApiServer;
class Database;
class SiteRepository;
struct ApiRequest;

/// A site's column tree for administrators: `POST /api/v1/sites/{site}/columns`, `PUT/DELETE /api/v1/columns/{id}` —
/// create, rename, move within the tree, reorder, kind, update rule, catalogue flag, disable. Each change is one
/// transaction with its audit entry.
class ColumnController
{
public:
    ColumnController(Database &db, SiteRepository &sites, AdminAuditLog &audit) : m_db(db), m_sites(sites), m_audit(audit) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> remove(ApiRequest &request);
    /// Checks `column` against its site's tree (parent on the site and not itself or below itself, a unique name
    /// among its siblings) and writes it at `position` among them, renumbering the siblings; returns its id.
    /// The column the request's `{id}` names, at the revision its If-Match names: 404 when there is none, 428
    /// without If-Match, 412 (carrying the column as it is now) when it changed meanwhile.
    Result<domain::Column> existing(const ApiRequest &request);
    Result<qint64> place(domain::Column column, std::optional<int> position, const QList<domain::Column> &tree);

    Database &m_db;
    SiteRepository &m_sites;
    AdminAuditLog &m_audit;
};

} // namespace pd::server
