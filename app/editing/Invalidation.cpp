#include "app/editing/Invalidation.h"

#include "app/api/PortalClient.h"
#include "app/editing/EditingLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::editing {

Invalidation::Invalidation(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QStringList Invalidation::validities()
{
    // Data values, not interface text: the portal, the catalogue and the public pages all use these words.
    return {u"失效"_s, u"废止"_s};
}

bool Invalidation::mayApply(const domain::Item &item, const domain::User &actor)
{
    return item.id > 0 && item.type == domain::ItemType::Disclosure
           && item.workflow.state == domain::ItemState::Published
           && !(item.disclosure && item.disclosure->effectiveDate.isValid())
           && actor.hasRole(QString(domain::roles::Publisher), item.siteId);
}

Result<void> Invalidation::validate(const Request &request)
{
    QList<FieldError> fields;
    if (!validities().contains(request.validity))
        fields.append({u"validity"_s, tr("Choose 失效 (no longer in force) or 废止 (abolished).")});
    if (!request.effectiveDate.isValid())
        fields.append({u"effectiveDate"_s, tr("Give the day from which the document is no longer in force.")});
    if (request.replacedBy != 0 && request.replacedBy == request.item.id)
        fields.append({u"replacedBy"_s, tr("A document cannot replace itself: choose another one, or none.")});
    if (request.reason.trimmed().size() > MaxReasonLength)
        fields.append({u"comment"_s, tr("The reason is too long: at most %n characters.", nullptr, int(MaxReasonLength))});
    if (fields.isEmpty())
        return {};
    QStringList lines;
    for (const FieldError &f : std::as_const(fields))
        lines.append(f.message);
    Error e = Error::make(ErrorCode::InvalidInput, lines.join(u'\n'));
    e.fields = fields;
    return std::unexpected(e);
}

QString Invalidation::validityText(const domain::Item &item)
{
    if (!item.disclosure || !item.disclosure->effectiveDate.isValid() || item.disclosure->validity.isEmpty())
        return {};
    return tr("%1 since %2").arg(item.disclosure->validity, item.disclosure->effectiveDate.toString(Qt::ISODate));
}

void Invalidation::search(qint64 siteId, const QString &text, qint64 excludeId)
{
    if (m_searchCall != 0) {
        const quint64 call = m_searchCall;
        m_searchCall = 0;
        m_client.cancel(call);
    }
    // Built by hand: every value percent-encoded exactly once (a 文号 holds 〔〕 and the search may hold & or +).
    QString path = u"/api/v1/items?site=%1&type=disclosure&state=published&limit=%2"_s.arg(siteId).arg(SearchLimit);
    if (const QString q = text.trimmed(); !q.isEmpty())
        path += u"&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q));
    m_searchCall = m_client.call("GET", path, {}, {}, this, [this, excludeId](Result<api::ApiReply> reply) {
        m_searchCall = 0;
        if (!reply) {
            if (reply.error().code != ErrorCode::Cancelled)
                Q_EMIT searchFailed(tr("The portal could not be searched (%1). Try again when it is reachable.")
                                        .arg(reply.error().message));
            return;
        }
        m_candidates.clear();
        for (const QJsonValue &v : reply->json.object().value(u"items").toArray()) {
            auto item = domain::Item::fromJson(v.toObject());
            if (item && item->id != excludeId)
                m_candidates.append(*item);
        }
        Q_EMIT candidatesFound();
    });
}

Result<void> Invalidation::start(const Request &request)
{
    if (m_running)
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("The previous request is still on its way.")));
    if (auto ok = validate(request); !ok)
        return ok;
    QJsonObject body{{u"action"_s, u"invalidate"_s},
                     {u"validity"_s, request.validity},
                     {u"effectiveDate"_s, request.effectiveDate.toString(Qt::ISODate)}};
    if (request.replacedBy > 0)
        body.insert(u"replacedBy"_s, request.replacedBy);
    if (const QString reason = request.reason.trimmed(); !reason.isEmpty())
        body.insert(u"comment"_s, reason);
    m_running = true;
    m_succeeded = false;
    m_message.clear();
    const QByteArray etag = '"' + QByteArray::number(request.item.revision) + '"';
    const qint64 id = request.item.id;
    const QString title = request.item.title;
    m_client.call("POST", u"/api/v1/items/%1/transitions"_s.arg(id), QJsonDocument(body), {{"If-Match", etag}}, this,
                  [this, id, title](Result<api::ApiReply> reply) {
                      m_running = false;
                      if (!reply) {
                          m_message = explain(reply.error(), title);
                          qCInfo(lcEditing) << "invalidation of item" << id << "refused:" << reply.error().httpStatus
                                            << reply.error().message;
                      } else if (auto item = domain::Item::fromJson(reply->json.object()); !item) {
                          m_message = tr("“%1”: the portal's answer could not be read (%2). Refresh the list.")
                                          .arg(title, item.error().message);
                      } else {
                          m_result = *item;
                          m_succeeded = true;
                      }
                      Q_EMIT finished();
                  });
    return {};
}

QString Invalidation::explain(const Error &error, const QString &title)
{
    switch (error.code) {
    case ErrorCode::PreconditionFailed:
        return tr("“%1” was changed by someone else after you opened this dialog; it was not marked. Close the "
                  "dialog, look at the new version and try again.")
            .arg(title);
    case ErrorCode::Conflict:
        return tr("“%1” cannot be marked now (%2); nothing was changed. Refresh the list to see where it stands.")
            .arg(title, error.message);
    case ErrorCode::Forbidden:
        return tr("Your roles on this site do not allow marking documents; nothing was changed. Ask a publisher "
                  "(签发) to do it.");
    case ErrorCode::Validation: {
        QStringList lines{error.message};
        for (const FieldError &f : error.fields)
            lines.append(f.message);
        return tr("The portal refused the marking: %1 Correct it and try again.").arg(lines.join(u' '));
    }
    default:
        if (error.isTransient())
            return tr("“%1” could not be sent (%2); nothing was changed. Try again when the portal is reachable.")
                .arg(title, error.message);
        return tr("“%1” was refused: %2").arg(title, error.message);
    }
}

} // namespace pd::editing
