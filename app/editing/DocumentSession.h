#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
struct Draft;
} // namespace pd::store

namespace pd::editing {

/// One item open for editing: loads it, journals every change to the local drafts store (crash safety), saves it
/// with If-Match (or creates it with an Idempotency-Key), submits it, and reports a 412 as a conflict to merge.
class DocumentSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    enum class Status { Empty, Loading, Clean, Modified, Saving, Conflict };
    Q_ENUM(Status)

    /// `drafts` may be null (no autosave); it must outlive the session.
    DocumentSession(api::PortalClient &client, store::LocalStore *drafts, QObject *parent = nullptr);
    ~DocumentSession() override;

    /// Loads an existing item (GET /api/v1/items/{id}); ends with loaded() or failed(). While the portal cannot be
    /// reached, the full copy kept in the account's store (every item opened here before) is loaded instead
    /// (isFromCache()): it can be edited, and its saves and submit queue in the outbox.
    void open(qint64 itemId);
    /// Starts a new, unsaved item of `type` in `siteId`.
    void create(domain::ItemType type, qint64 siteId, const QList<qint64> &columnIds);
    /// Continues a draft left behind by a crash: its content becomes the (modified) document.
    void restore(const store::Draft &draft);

    [[nodiscard]] const domain::Item &item() const { return m_item; }
    [[nodiscard]] bool isNew() const { return m_item.id == 0; }
    /// The item was loaded from the local copy because the portal could not be reached.
    [[nodiscard]] bool isFromCache() const { return m_fromCache; }
    /// A new item whose creation waits in the outbox (it has no id yet; later saves and submit queue behind it).
    [[nodiscard]] bool isCreateQueued() const { return m_createQueued; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool isModified() const { return m_status == Status::Modified || m_status == Status::Conflict; }
    /// The local draft holding unsaved changes, 0 when there are none.
    [[nodiscard]] qint64 draftId() const { return m_draftId; }
    /// Autosave delay after a change; the journal is written at most this long after the last keystroke.
    void setAutosaveDelay(std::chrono::milliseconds delay) { m_autosave.setInterval(delay); }

    /// Moves a new item that has not gone out yet to another site of the group (a column there was chosen for it);
    /// false when the item is on the portal already or its creation waits in the outbox.
    bool moveToSite(qint64 siteId);
    /// The editor's current content (metadata form + body). Marks the document modified and schedules an autosave.
    void setContent(const domain::Item &content);
    /// Writes the pending autosave now (also done on destruction).
    void flushAutosave();
    /// Problems that block saving, from the domain validators.
    [[nodiscard]] QList<FieldError> validate() const;

    /// Creates or updates the item on the server. Ends with saved(), conflict() (412), queuedOffline() or failed().
    /// With a store, a save goes into the outbox instead when the portal is unreachable (a create under the same
    /// Idempotency-Key as its first attempt, an update with its If-Match) or when earlier changes of the item still
    /// wait there, so that everything reaches the portal once and in order.
    void save();
    /// Saves pending changes first, then asks for the `submit` transition. Ends with submitted(), queuedOffline()
    /// (queued like a save) or failed().
    void submit();
    /// 紧急更正 (publisher role): saves pending changes of a published item, then republishes them at once without
    /// review, recorded with `reason` (required; without one nothing is sent and failed() says so). Ends with
    /// corrected() or failed(); never queued offline.
    void correctUrgently(const QString &reason);
    /// A published item, loaded and not busy: an urgent correction may be asked for (the portal checks the role).
    [[nodiscard]] bool canCorrectUrgently() const;
    /// What the editor edits of `item`: for a published item with an edit under review, the edit's content (the
    /// pending revision) under the item's identity and revision; otherwise the item as it is.
    [[nodiscard]] static domain::Item editableContent(const domain::Item &item);
    /// Completes a conflict: `merged` is saved on top of the revision the conflict reported.
    void resolveConflict(const domain::Item &merged);
    /// Drops local changes and the draft (after the user said so).
    void discardChanges();
    /// Looks up the titles of other items (the sections of a feature reference items by id); one small read each,
    /// answered together by itemTitles() (items that cannot be read are left out).
    void fetchItemTitles(const QList<qint64> &ids);

Q_SIGNALS:
    void loaded();
    void statusChanged(pd::editing::DocumentSession::Status status);
    void autosaved();
    void saved();
    void submitted();
    /// An urgent correction was published: what the editor shows is public now.
    void corrected();
    /// 412: someone saved a newer revision. `mine` is what this editor has, `theirs` the server's current item.
    void conflict(const pd::domain::Item &mine, const pd::domain::Item &theirs);
    void failed(const pd::Error &error);
    /// A save or submit was put into the account's outbox (entry `outboxId`) and will be delivered by OutboxSync;
    /// the outbox holds the content now, and the local copy shows it when the item is opened offline.
    void queuedOffline(qint64 outboxId);
    void itemTitles(const QHash<qint64, QString> &titles);

private:
    void setStatus(Status status);
    void writeDraft();
    void dropDraft();
    void accept(const QJsonObject &json, const QByteArray &etag);
    void sendSave(std::function<void()> then);
    void sendTransition(const QString &action);
    void sendTransition(const QJsonObject &request);
    [[nodiscard]] QJsonObject writeBody() const;
    [[nodiscard]] QString outboxResource() const;
    /// Earlier changes of this item wait in the outbox: new ones must queue behind them.
    [[nodiscard]] bool mustQueue() const;
    /// Puts a save (`body`) or a transition (`action`) into the outbox; false (and failed()) when the store refuses.
    bool enqueueSave(const QJsonObject &body);
    bool enqueueTransition(const QString &action);
    void keepLocalCopy(const QJsonObject &json);

    api::PortalClient &m_client;
    store::LocalStore *m_drafts = nullptr;
    domain::Item m_item;
    QTimer m_autosave;
    Status m_status = Status::Empty;
    qint64 m_draftId = 0;
    QString m_idempotencyKey; ///< kept across retries of one create so it can never produce two items
    bool m_autosavePending = false;
    bool m_fromCache = false;
    bool m_createQueued = false;
};

} // namespace pd::editing
