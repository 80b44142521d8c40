#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveApproval.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pd::domain {

/// Who must approve a post of a reviewed live event before it (or a correction or retraction of it) goes out.
/// Joint review (会审) names groups — say 门户 with the portal's moderators and 部门 with the department's officers —
/// and a post needs one approval from each group, each from a different person, never from its author. Without
/// groups, one approval by any live moderator of the site is enough (the group `live_moderator`).
struct LiveReview {
    struct Group {
        QString name;
        QList<qint64> members; ///< user ids
        friend bool operator==(const Group &, const Group &) = default;
    };

    QList<Group> groups;

    /// The group of the single approval a reviewed event without joint review needs.
    static constexpr QLatin1StringView ModeratorGroup{"live_moderator"};
    static constexpr qsizetype MaxGroups = 10;
    static constexpr qsizetype MaxGroupNameLength = 50;

    [[nodiscard]] bool isJoint() const { return !groups.isEmpty(); }
    /// The names of the groups still to approve, in the event's order, given the approvals so far.
    [[nodiscard]] QStringList awaiting(const QList<LiveApproval> &given) const;
    /// Of the groups still awaited, those `userId` belongs to (joint review only; the caller checks roles otherwise).
    [[nodiscard]] QStringList awaitedGroupsOf(qint64 userId, const QList<LiveApproval> &given) const;
    /// Whether `userId` is a member of any group.
    [[nodiscard]] bool isMember(qint64 userId) const;

    /// {"approvals": [{"group", "members": [id…]}]}
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads and checks the `review` field of an event (names unique and not empty, members user ids); Validation
    /// names each bad field under `review`.
    [[nodiscard]] static Result<LiveReview> fromJson(const QJsonValue &json);
    friend bool operator==(const LiveReview &, const LiveReview &) = default;
};

} // namespace pd::domain
