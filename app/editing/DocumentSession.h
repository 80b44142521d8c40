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

    /// Loads an existing item (GET /api/v1/items/{id}); ends with loaded() or failed().
    void open(qint64 itemId);
    /// Starts a new, unsaved item of `type` in `siteId`.
    void create(domain::ItemType type, qint64 siteId, const QList<qint64> &columnIds);
    /// Continues a draft left behind by a crash: its content becomes the (modified) document.
    void restore(const store::Draft &draft);

    [[nodiscard]] const domain::Item &item() const { return m_item; }
    [[nodiscard]] bool isNew() const { return m_item.id == 0; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool isModified() const { return m_status == Status::Modified || m_status == Status::Conflict; }
    /// The local draft holding unsaved changes, 0 when there are none.
    [[nodiscard]] qint64 draftId() const { return m_draftId; }
    /// Autosave delay after a change; the journal is written at most this long after the last keystroke.
    void setAutosaveDelay(std::chrono::milliseconds delay) { m_autosave.setInterval(delay); }

    /// The editor's current content (metadata form + body). Marks the document modified and schedules an autosave.
    void setContent(const domain::Item &content);
    /// Writes the pending autosave now (also done on destruction).
    void flushAutosave();
    /// Problems that block saving, from the domain validators.
    [[nodiscard]] QList<FieldError> validate() const;

    /// Creates or updates the item on the server. Ends with saved(), conflict() (412), queuedOffline() (an update
    /// while the portal is unreachable, with a store) or failed().
    void save();
    /// Saves pending changes first, then asks for the `submit` transition. Ends with submitted() or failed().
    void submit();
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
    /// 412: someone saved a newer revision. `mine` is what this editor has, `theirs` the server's current item.
    void conflict(const pd::domain::Item &mine, const pd::domain::Item &theirs);
    void failed(const pd::Error &error);
    /// The portal could not be reached: the save of an existing item was put into the account's outbox (entry
    /// `outboxId`) and will be delivered by OutboxSync; the local draft stays until then.
    void queuedOffline(qint64 outboxId);
    void itemTitles(const QHash<qint64, QString> &titles);

private:
    void setStatus(Status status);
    void writeDraft();
    void dropDraft();
    void accept(const QJsonObject &json, const QByteArray &etag);
    void sendSave(std::function<void()> then);
    void sendTransition(const QString &action);
    [[nodiscard]] QJsonObject writeBody() const;

    api::PortalClient &m_client;
    store::LocalStore *m_drafts = nullptr;
    domain::Item m_item;
    QTimer m_autosave;
    Status m_status = Status::Empty;
    qint64 m_draftId = 0;
    QString m_idempotencyKey; ///< kept across retries of one create so it can never produce two items
    bool m_autosavePending = false;
};

} // namespace pd::editing
