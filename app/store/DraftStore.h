#pragma once
#include "app/domain/Error.h"
#include "app/store/Draft.h"

#include <QJsonObject>
#include <QList>

namespace pd::store {

class StoreDatabase;

/// Drafts and their autosave journal: every change an editor makes is written here within a second, so a crash
/// or a power cut costs at most that second. Part of LocalStore, on its connection.
class DraftStore
{
public:
    explicit DraftStore(const StoreDatabase &database);

    Result<qint64> createDraft(const QJsonObject &content, qint64 itemId = 0, qint64 baseRevision = 0);
    /// Autosave: records the content in the journal and as the draft's current state, atomically.
    Result<void> saveDraft(qint64 draftId, const QJsonObject &content);
    Result<void> setDraftItem(qint64 draftId, qint64 itemId, qint64 baseRevision);
    [[nodiscard]] Result<Draft> draft(qint64 draftId) const;
    [[nodiscard]] Result<QList<Draft>> drafts() const;
    /// The autosaved versions of a draft, oldest first (at most journalLimit() are kept).
    [[nodiscard]] Result<QList<QJsonObject>> draftJournal(qint64 draftId) const;
    Result<void> removeDraft(qint64 draftId);
    [[nodiscard]] static int journalLimit() { return 50; }

private:
    const StoreDatabase &m_database;
};

} // namespace pd::store
