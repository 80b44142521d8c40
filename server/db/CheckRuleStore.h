#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::server {

class Database;

/// The admin's edits of a site's check rules: the rule set document of check_rules replaced as a whole
/// under optimistic concurrency (only if its version is still the one the edit was based on; the new document
/// gets the next version), with a row in check_rule_changes for each edit (migration 5).
class CheckRuleStore
{
public:
    /// The stored document and its version; version 0 and an empty document when the site has none.
    struct Stored {
        int version = 0;
        QJsonObject document;
    };
    /// One edit, for check_rule_changes.
    struct Change {
        qint64 userId = 0;
        QString action; ///< "create", "update", "delete", "allow"
        QString ruleId; ///< empty for allow-list edits
        QJsonObject detail; ///< the rule as written (or as it was before deletion), or {"allow": […]}
    };
    struct ChangeRecord {
        int version = 0;
        QDateTime at;
        qint64 userId = 0;
        QString action;
        QString ruleId;
        QJsonObject detail;
    };

    explicit CheckRuleStore(Database &db) : m_db(db) {}

    Result<Stored> load(qint64 siteId);
    /// Stores `document` as version `basedOn + 1` if the site's stored version is still `basedOn` (0: none yet),
    /// and records `change`, in one transaction. false (nothing written) when someone else's edit came first.
    Result<bool> replace(qint64 siteId, int basedOn, QJsonObject document, const Change &change);
    /// The site's edits, newest first.
    Result<QList<ChangeRecord>> changes(qint64 siteId, int limit = 100);

private:
    Database &m_db;
};

} // namespace pd::server
