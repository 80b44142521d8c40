#pragma once
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// Someone who can be put on a live team of a site (`GET /api/v1/live/staff?site=`): a live reporter or live
/// moderator of it, as the event dialog offers them for each sub-forum's reporters and moderators.
struct LiveStaffMember {
    qint64 id = 0;
    QString displayName;
    bool reporter = false;  ///< holds live_reporter on the site
    bool moderator = false; ///< holds live_moderator (or admin) on the site

    /// `{"id", "displayName", "reporter", "moderator"}`
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LiveStaffMember fromJson(const QJsonObject &json);

    friend bool operator==(const LiveStaffMember &, const LiveStaffMember &) = default;
};

} // namespace pd::domain
