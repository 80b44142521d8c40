#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/WorkflowState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// One entry of an item's history as GET /api/v1/items/{id}/revisions lists it.
struct RevisionSummary {
    qint64 revision = 0;
    QDateTime savedAt;
    QString savedBy;
    std::optional<domain::ItemState> state;
};

/// An item's revisions from the server: the list, and full old versions fetched once and kept.
class RevisionHistory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionHistory)

public:
    RevisionHistory(api::PortalClient &client, qint64 itemId, QObject *parent = nullptr);

    /// Asks for the list; answers with loaded() or failed().
    void load();
    /// Calls `then` with the full item at `revision` (from the server the first time); failed() on error.
    void fetch(qint64 revision, std::function<void(const domain::Item &)> then);
    /// A version fetched before, if any.
    [[nodiscard]] std::optional<domain::Item> cached(qint64 revision) const;

Q_SIGNALS:
    void loaded(const QList<pd::editing::RevisionSummary> &revisions);
    void failed(const QString &message);

private:
    api::PortalClient &m_client;
    qint64 m_itemId = 0;
    QHash<qint64, domain::Item> m_versions;
};

} // namespace pd::editing
