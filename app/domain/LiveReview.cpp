#include "app/domain/LiveReview.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

QStringList LiveReview::awaiting(const QList<LiveApproval> &given) const
{
    const auto approved = [&](const QString &group) {
        return std::ranges::any_of(given, [&](const LiveApproval &a) { return a.group == group; });
    };
    QStringList out;
    if (!isJoint()) {
        if (!approved(QString(ModeratorGroup)))
            out.append(QString(ModeratorGroup));
        return out;
    }
    for (const Group &g : groups)
        if (!approved(g.name))
            out.append(g.name);
    return out;
}

QStringList LiveReview::awaitedGroupsOf(qint64 userId, const QList<LiveApproval> &given) const
{
    const QStringList open = awaiting(given);
    QStringList out;
    for (const Group &g : groups)
        if (open.contains(g.name) && g.members.contains(userId))
            out.append(g.name);
    return out;
}

bool LiveReview::isMember(qint64 userId) const
{
    return std::ranges::any_of(groups, [&](const Group &g) { return g.members.contains(userId); });
}

QJsonObject LiveReview::toJson() const
{
    QJsonArray approvals;
    for (const Group &g : groups) {
        QJsonArray members;
        for (qint64 id : g.members)
            members.append(id);
        approvals.append(QJsonObject{{u"group"_s, g.name}, {u"members"_s, members}});
    }
    return QJsonObject{{u"approvals"_s, approvals}};
}

Result<LiveReview> LiveReview::fromJson(const QJsonValue &json)
{
    LiveReview review;
    if (json.isUndefined() || json.isNull())
        return review;
    QList<FieldError> errors;
    const QJsonValue approvals = json.toObject().value(u"approvals");
    if (!json.isObject() || !(approvals.isArray() || approvals.isUndefined() || approvals.isNull())) {
        errors.append({u"review"_s, u"应为 {approvals: [{group, members}]}"_s});
    } else {
        const QJsonArray list = approvals.toArray();
        if (list.size() > MaxGroups)
            errors.append({u"review.approvals"_s, u"最多 %1 个审核组"_s.arg(MaxGroups)});
        QSet<QString> names;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            Group g{o.value(u"group").toString().trimmed(), {}};
            const QString at = u"review.approvals[%1]"_s.arg(i);
            if (g.name.isEmpty() || g.name.size() > MaxGroupNameLength)
                errors.append({at + u".group"_s, u"应为 1 到 %1 个字符"_s.arg(MaxGroupNameLength)});
            else if (names.contains(g.name))
                errors.append({at + u".group"_s, u"审核组名称重复"_s});
            names.insert(g.name);
            const QJsonValue members = o.value(u"members");
            for (const QJsonValue &m : members.toArray()) {
                if (!m.isDouble() || m.toInteger() <= 0) {
                    errors.append({at + u".members"_s, u"应为用户编号数组"_s});
                    break;
                }
                if (!g.members.contains(m.toInteger()))
                    g.members.append(m.toInteger());
            }
            if (!members.isArray() || g.members.isEmpty())
                errors.append({at + u".members"_s, u"每个审核组至少要有一位成员"_s});
            review.groups.append(g);
        }
    }
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"直播信息有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    return review;
}

} // namespace pd::domain
