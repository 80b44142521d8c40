#pragma once
#include "app/domain/User.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pd::server {

/// Who may receive one stream event: the signed-in users of a site (optionally only some roles, a review level or
/// named users), or the anonymous readers of one public live event. Stored with the event so a replay filters
/// exactly as the live delivery did.
struct Audience {
    qint64 siteId = 0;
    QStringList roles;      ///< empty: anyone with a role on the site
    int level = 0;          ///< with the `reviewer` role: only reviewers of this level
    QList<qint64> userIds;  ///< these users always receive it (e.g. the author of a pending post)
    qint64 publicEventId = 0; ///< > 0: only public subscribers of this live event (and nobody signed in)

    [[nodiscard]] static Audience site(qint64 siteId);
    [[nodiscard]] static Audience withRoles(qint64 siteId, QStringList roles);
    [[nodiscard]] static Audience reviewers(qint64 siteId, int level);
    [[nodiscard]] static Audience publicEvent(qint64 eventId);

    /// Whether a signed-in user belongs to it.
    [[nodiscard]] bool admits(const domain::User &user) const;
    /// Whether an anonymous reader of `eventId`'s public stream belongs to it.
    [[nodiscard]] bool admitsPublic(qint64 eventId) const { return publicEventId > 0 && publicEventId == eventId; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Audience fromJson(const QJsonObject &json);
};

} // namespace pd::server
