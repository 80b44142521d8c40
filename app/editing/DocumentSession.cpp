#include "app/editing/DocumentSession.h"

#include "app/api/PortalClient.h"
#include "app/editing/EditingLog.h"
#include "app/store/LocalStore.h"

#include <QJsonObject>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace pd::editing {

DocumentSession::DocumentSession(api::PortalClient &client, store::LocalStore *drafts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_drafts(drafts)
{
    // Architecture: "every change is journaled to LocalStore within 1 s". The timer is not restarted by later
    // keystrokes, so continuous typing still reaches the journal every interval.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(std::chrono::milliseconds(500));
    connect(&m_autosave, &QTimer::timeout, this, &DocumentSession::flushAutosave);
}

DocumentSession::~DocumentSession()
{
    if (m_autosavePending)
        writeDraft();
}

void DocumentSession::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void DocumentSession::open(qint64 itemId)
{
    m_createQueued = false;
    setStatus(Status::Loading);
    m_client.call("GET", u"/api/v1/items/%1"_s.arg(itemId), {}, {}, this, [this, itemId](Result<api::ApiReply> reply) {
        if (!reply) {
            const bool unreachable =
                reply.error().code == ErrorCode::Network || reply.error().code == ErrorCode::Timeout;
            if (unreachable && m_drafts && m_drafts->isOpen()) {
                // Only a full copy (one opened here before) will do: a list summary has no body, and saving it
                // would empty the item's text.
                const auto cached = m_drafts->cachedItem(itemId);
                if (cached && *cached && (*cached)->contains(u"bodyHtml")) {
                    qCInfo(lcEditing) << "portal unreachable; item" << itemId << "opened from the local copy";
                    accept(**cached, {});
                    m_fromCache = true;
                    Q_EMIT loaded();
                    return;
                }
            }
            setStatus(Status::Empty);
            Q_EMIT failed(reply.error());
            return;
        }
        m_fromCache = false;
        accept(reply->json.object(), reply->etag);
        keepLocalCopy(m_item.toJson());
        Q_EMIT loaded();
    });
}

void DocumentSession::create(domain::ItemType type, qint64 siteId, const QList<qint64> &columnIds)
{
    m_item = {};
    m_fromCache = false;
    m_createQueued = false;
    m_item.type = type;
    m_item.siteId = siteId;
    m_item.columnIds = columnIds;
    if (type == domain::ItemType::Disclosure)
        m_item.disclosure = domain::DisclosureMeta{};
    if (type == domain::ItemType::Feature)
        m_item.feature = domain::ItemFeature{};
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setStatus(Status::Clean);
    Q_EMIT loaded();
}

void DocumentSession::restore(const store::Draft &draft)
{
    auto item = domain::Item::fromJson(draft.content);
    if (!item) {
        Q_EMIT failed(item.error());
        return;
    }
    m_item = *item;
    m_item.id = draft.itemId;
    m_item.revision = draft.baseRevision;
    m_draftId = draft.id;
    if (m_item.id == 0)
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setStatus(Status::Modified);
    Q_EMIT loaded();
}

void DocumentSession::accept(const QJsonObject &json, const QByteArray &etag)
{
    auto item = domain::Item::fromJson(json);
    if (!item) {
        qCWarning(lcEditing) << "server sent an unreadable item:" << item.error().message;
        Q_EMIT failed(item.error());
        return;
    }
    m_item = editableContent(*item);
    // The ETag is the revision; prefer it over the body when both are present (they agree on portald).
    QByteArray tag = etag;
    tag.replace('"', QByteArray());
    if (bool ok = false; !tag.isEmpty()) {
        const qint64 rev = tag.toLongLong(&ok);
        if (ok)
            m_item.revision = rev;
    }
    setStatus(Status::Clean);
}

domain::Item DocumentSession::editableContent(const domain::Item &item)
{
    // The public keeps the published text while an edit of it goes through review: the editor continues that edit
    // (the pending revision), and saving it writes the edit again, never the published fields.
    domain::Item editable = item;
    if (item.workflow.state == domain::ItemState::Published && item.pendingRevision)
        editable.takeContentFrom(*item.pendingRevision);
    return editable;
}

bool DocumentSession::moveToSite(qint64 siteId)
{
    if (siteId == m_item.siteId)
        return true;
    // Once the portal has the item (or the outbox holds its creation) its site is fixed: co-publishing places it
    // elsewhere.
    if (siteId <= 0 || !isNew() || m_createQueued)
        return false;
    m_item.siteId = siteId;
    if (m_status != Status::Conflict)
        setStatus(Status::Modified);
    m_autosavePending = true;
    if (!m_autosave.isActive())
        m_autosave.start();
    return true;
}

void DocumentSession::setContent(const domain::Item &content)
{
    domain::Item next = m_item;
    next.takeContentFrom(content);
    if (next == m_item)
        return;
    m_item = next;
    if (m_status != Status::Conflict)
        setStatus(Status::Modified);
    m_autosavePending = true;
    if (!m_autosave.isActive())
        m_autosave.start();
}

void DocumentSession::flushAutosave()
{
    m_autosave.stop();
    if (!m_autosavePending)
        return;
    m_autosavePending = false;
    writeDraft();
}

void DocumentSession::writeDraft()
{
    if (!m_drafts || !m_drafts->isOpen())
        return;
    const QJsonObject content = m_item.toJson();
    if (m_draftId == 0) {
        auto id = m_drafts->createDraft(content, m_item.id, m_item.revision);
        if (!id) {
            Q_EMIT failed(id.error());
            return;
        }
        m_draftId = *id;
    } else if (auto r = m_drafts->saveDraft(m_draftId, content); !r) {
        Q_EMIT failed(r.error());
        return;
    }
    Q_EMIT autosaved();
}

void DocumentSession::dropDraft()
{
    m_autosave.stop();
    m_autosavePending = false;
    if (m_drafts && m_drafts->isOpen() && m_draftId != 0) {
        if (auto r = m_drafts->removeDraft(m_draftId); !r)
            qCWarning(lcEditing) << "could not remove draft" << m_draftId << r.error().message;
    }
    m_draftId = 0;
}

QList<FieldError> DocumentSession::validate() const
{
    return m_item.validate();
}

QJsonObject DocumentSession::writeBody() const
{
    QJsonObject body = m_item.toJson();
    // Server-managed fields: leaving them out keeps the request honest about what the editor may change.
    for (const auto key : {u"id", u"state", u"level", u"revision", u"createdBy", u"createdByName", u"createdAt",
                           u"updatedAt", u"publishedAt", u"dueAt", u"publicUrl"})
        body.remove(key);
    return body;
}

void DocumentSession::sendSave(std::function<void()> then)
{
    const QList<FieldError> problems = validate();
    if (!problems.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, problems.constFirst().message);
        e.fields = problems;
        Q_EMIT failed(e);
        return;
    }
    flushAutosave();
    if (mustQueue()) {
        if (enqueueSave(writeBody()) && then)
            then();
        return;
    }
    const Status before = m_status;
    setStatus(Status::Saving);
    const bool creating = isNew();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (creating)
        headers.append({"Idempotency-Key", m_idempotencyKey.toUtf8()});
    else
        headers.append({"If-Match", '"' + QByteArray::number(m_item.revision) + '"'});
    const QString path = creating ? u"/api/v1/items"_s : u"/api/v1/items/%1"_s.arg(m_item.id);
    const domain::Item sent = m_item;
    const QJsonObject body = writeBody();
    m_client.call(creating ? "POST" : "PUT", path, QJsonDocument(body), headers, this,
                  [this, before, sent, creating, body, then = std::move(then)](Result<api::ApiReply> reply) {
                      if (!reply) {
                          const Error &error = reply.error();
                          if (error.code == ErrorCode::PreconditionFailed) {
                              auto theirs = domain::Item::fromJson(error.body.value(u"current").toObject());
                              if (theirs) {
                                  setStatus(Status::Conflict);
                                  Q_EMIT conflict(m_item, editableContent(*theirs));
                                  return;
                              }
                          }
                          setStatus(before == Status::Clean ? Status::Clean : Status::Modified);
                          // Portal unreachable: the save goes into the account's outbox (durable, delivered by
                          // OutboxSync once the portal answers). A create keeps the key of this attempt, so if
                          // the request did arrive the portal answers the resend with the same item.
                          if (m_drafts && m_drafts->isOpen()
                              && (error.code == ErrorCode::Network || error.code == ErrorCode::Timeout)) {
                              if (enqueueSave(body) && then)
                                  then();
                              return;
                          }
                          Q_EMIT failed(error);
                          return;
                      }
                      // Typing may have continued while the request was in flight: keep that, on the new revision.
                      const domain::Item current = m_item;
                      accept(reply->json.object(), reply->etag);
                      m_idempotencyKey.clear();
                      keepLocalCopy(reply->json.object());
                      if (current == sent) {
                          dropDraft();
                      } else {
                          m_item.takeContentFrom(current);
                          setStatus(Status::Modified);
                          m_autosavePending = true;
                          writeDraft();
                      }
                      Q_EMIT saved();
                      if (then)
                          then();
                  });
}

void DocumentSession::save()
{
    if (m_status == Status::Saving || m_status == Status::Loading || m_status == Status::Empty)
        return;
    sendSave({});
}

void DocumentSession::submit()
{
    if (m_status == Status::Saving || m_status == Status::Loading || m_status == Status::Empty)
        return;
    if ((isNew() && !m_createQueued) || isModified()) {
        sendSave([this] { sendTransition(u"submit"_s); });
        return;
    }
    sendTransition(u"submit"_s);
}

bool DocumentSession::canCorrectUrgently() const
{
    return !isNew() && m_item.workflow.state == domain::ItemState::Published
           && (m_status == Status::Clean || m_status == Status::Modified);
}

void DocumentSession::correctUrgently(const QString &reason)
{
    if (!canCorrectUrgently())
        return;
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        Q_EMIT failed(Error::make(ErrorCode::Validation,
                                  tr("An urgent correction needs a reason: say what was wrong and why it cannot wait "
                                     "for review. The reason is recorded with the correction.")));
        return;
    }
    // It goes online at once or not at all: waiting in the outbox would make it neither urgent nor reviewed.
    if (mustQueue()) {
        Q_EMIT failed(Error::make(ErrorCode::Conflict,
                                  tr("Earlier changes of this item still wait in the outbox: an urgent correction "
                                     "can only be made once they have reached the portal.")));
        return;
    }
    const QJsonObject request{{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, why}};
    if (isModified()) {
        sendSave([this, request] { sendTransition(request); });
        return;
    }
    sendTransition(request);
}

QString DocumentSession::outboxResource() const
{
    // A new item is known by its creation's key until the portal gives it an id.
    return isNew() ? u"item:new:"_s + m_idempotencyKey : u"item:%1"_s.arg(m_item.id);
}

bool DocumentSession::mustQueue() const
{
    if (!m_drafts || !m_drafts->isOpen())
        return false;
    if (m_createQueued)
        return true;
    return m_drafts->hasWaiting(outboxResource()).value_or(false);
}

void DocumentSession::keepLocalCopy(const QJsonObject &json)
{
    if (!m_drafts || !m_drafts->isOpen() || json.value(u"id").toInteger() <= 0)
        return;
    if (auto r = m_drafts->cacheItems({json}); !r)
        qCWarning(lcEditing) << "could not keep the local copy of item" << json.value(u"id").toInteger()
                             << r.error().message;
}

bool DocumentSession::enqueueSave(const QJsonObject &body)
{
    const QString resource = outboxResource();
    Result<store::OutboxEntry> queued = std::unexpected(Error());
    if (isNew() && !m_createQueued) {
        queued = m_drafts->enqueue(resource, "POST", u"/api/v1/items"_s, body, {}, m_idempotencyKey);
        m_createQueued = bool(queued);
    } else if (isNew()) {
        queued = m_drafts->enqueue(resource, "PUT", u"/api/v1/items/{id}"_s, body, u"{etag}"_s);
    } else {
        const bool behind = m_drafts->hasWaiting(resource).value_or(false);
        queued = m_drafts->enqueue(resource, "PUT", u"/api/v1/items/%1"_s.arg(m_item.id), body,
                                   behind ? u"{etag}"_s : u"\"%1\""_s.arg(m_item.revision));
    }
    if (!queued) {
        setStatus(Status::Modified);
        Q_EMIT failed(queued.error());
        return false;
    }
    qCInfo(lcEditing) << "save of" << resource << "queued as" << queued->id;
    // The outbox holds the content now; the local copy shows it when the item is opened offline again.
    keepLocalCopy(m_item.toJson());
    dropDraft();
    setStatus(Status::Clean);
    Q_EMIT queuedOffline(queued->id);
    return true;
}

bool DocumentSession::enqueueTransition(const QString &action)
{
    const QString resource = outboxResource();
    const bool behind = isNew() || m_drafts->hasWaiting(resource).value_or(false);
    const QString path = isNew() ? u"/api/v1/items/{id}/transitions"_s
                                 : u"/api/v1/items/%1/transitions"_s.arg(m_item.id);
    const auto queued = m_drafts->enqueue(resource, "POST", path, QJsonObject{{u"action"_s, action}},
                                          behind ? u"{etag}"_s : u"\"%1\""_s.arg(m_item.revision));
    if (!queued) {
        setStatus(Status::Clean);
        Q_EMIT failed(queued.error());
        return false;
    }
    qCInfo(lcEditing) << action << "of" << resource << "queued as" << queued->id;
    setStatus(Status::Clean);
    Q_EMIT queuedOffline(queued->id);
    return true;
}

void DocumentSession::sendTransition(const QString &action)
{
    if (mustQueue()) {
        enqueueTransition(action);
        return;
    }
    sendTransition(QJsonObject{{u"action"_s, action}});
}

void DocumentSession::sendTransition(const QJsonObject &request)
{
    const QString action = request.value(u"action").toString();
    // Only the plain actions may wait in the outbox; an urgent correction needs the portal now.
    const bool queueable = request.size() == 1;
    setStatus(Status::Saving);
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"If-Match", '"' + QByteArray::number(m_item.revision) + '"'}};
    m_client.call("POST", u"/api/v1/items/%1/transitions"_s.arg(m_item.id), QJsonDocument(request), headers, this,
                  [this, action, queueable](Result<api::ApiReply> reply) {
                      if (!reply) {
                          const Error &error = reply.error();
                          if (queueable && m_drafts && m_drafts->isOpen()
                              && (error.code == ErrorCode::Network || error.code == ErrorCode::Timeout)) {
                              enqueueTransition(action);
                              return;
                          }
                          setStatus(Status::Clean);
                          Q_EMIT failed(error);
                          return;
                      }
                      accept(reply->json.object(), reply->etag);
                      if (queueable)
                          Q_EMIT submitted();
                      else
                          Q_EMIT corrected();
                  });
}

void DocumentSession::resolveConflict(const domain::Item &merged)
{
    if (m_status != Status::Conflict)
        return;
    // The merge was made against the server's current revision: that is what If-Match must name now.
    m_item = merged;
    setStatus(Status::Modified);
    m_autosavePending = true;
    writeDraft();
    sendSave({});
}

void DocumentSession::discardChanges()
{
    dropDraft();
    if (isNew()) {
        setStatus(Status::Clean);
        return;
    }
    open(m_item.id);
}

void DocumentSession::fetchItemTitles(const QList<qint64> &ids)
{
    auto titles = std::make_shared<QHash<qint64, QString>>();
    auto pending = std::make_shared<qsizetype>(ids.size());
    if (ids.isEmpty()) {
        Q_EMIT itemTitles({});
        return;
    }
    for (const qint64 id : ids) {
        m_client.call("GET", u"/api/v1/items/%1"_s.arg(id), {}, {}, this,
                      [this, id, titles, pending](Result<api::ApiReply> reply) {
                          if (reply)
                              titles->insert(id, reply->json.object().value(u"title").toString());
                          if (--*pending == 0)
                              Q_EMIT itemTitles(*titles);
                      });
    }
}

} // namespace pd::editing
