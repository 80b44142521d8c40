#pragma once
#include "app/api/ApiReply.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/User.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// Marks a published disclosure document 失效 (no longer in force) or 废止 (abolished) from a day on, optionally
/// naming the document of the same site that replaces it, found by title, 索引号 or 文号. The portal links the two
/// public pages to each other and shows the validity in the catalogue. Sent once with the If-Match of the revision
/// the user saw, so a document changed meanwhile is refused (412) rather than marked in a version nobody read.
class Invalidation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Invalidation)

public:
    struct Request {
        domain::Item item;       ///< the document as the user saw it (id, revision, title)
        QString validity;        ///< 失效 or 废止
        QDate effectiveDate;     ///< the day it takes effect
        qint64 replacedBy = 0;   ///< the replacing document (0: none)
        QString reason;          ///< optional; kept in the audit log
    };

    explicit Invalidation(api::PortalClient &client, QObject *parent = nullptr);

    /// The two values a document can be marked with, as the portal and the public pages spell them.
    [[nodiscard]] static QStringList validities();
    /// Whether `actor` may mark `item` (a mirror of the portal's rule, so that only what would succeed is offered):
    /// a published disclosure document not marked before, and a publisher (签发) of its site.
    [[nodiscard]] static bool mayApply(const domain::Item &item, const domain::User &actor);
    /// Refuses what the portal would refuse anyway, before anything is sent; one translated FieldError per problem
    /// (validity, effectiveDate, replacedBy, comment).
    [[nodiscard]] static Result<void> validate(const Request &request);
    /// The line a list shows for a document's validity ("废止 since 2026-12-01"); empty while it is in force.
    [[nodiscard]] static QString validityText(const domain::Item &item);

    /// Looks for published disclosure documents of `siteId` whose title, 索引号 or 文号 contains `text` (the newest
    /// ones when empty), leaving out `excludeId`; candidatesFound() follows. A newer search replaces an older one.
    void search(qint64 siteId, const QString &text, qint64 excludeId);
    [[nodiscard]] const QList<domain::Item> &candidates() const { return m_candidates; }

    /// Sends the request (nothing is sent when validate() refuses it, or while one is on its way).
    Result<void> start(const Request &request);
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// After finished(): whether the portal marked the document, and if so the document in its new state;
    /// otherwise what to tell the user (translated, says what to do).
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] const domain::Item &result() const { return m_result; }
    [[nodiscard]] QString message() const { return m_message; }

    static constexpr qsizetype MaxReasonLength = 2000;
    static constexpr int SearchLimit = 30;

Q_SIGNALS:
    void candidatesFound();
    /// The search could not be made (portal unreachable …); the message is translated.
    void searchFailed(const QString &message);
    void finished();

private:
    [[nodiscard]] static QString explain(const Error &error, const QString &title);

    api::PortalClient &m_client;
    QList<domain::Item> m_candidates;
    quint64 m_searchCall = 0;
    domain::Item m_result;
    QString m_message;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace pd::editing
