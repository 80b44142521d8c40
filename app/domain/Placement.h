#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pd::domain {

/// One place an item is co-published (站群): a copy of it in columns of another site of the group, as
/// `GET /api/v1/items/{id}/placements` lists it. A 报送 (`submit`) goes from a member site to its parent portal, which
/// reviews it; a 推送 / 引用 (`push`) goes anywhere else the pusher may place, reviewed there if that site's policy says so.
struct Placement {
    enum class Kind { Push, Submit };
    /// Derived from the copy's own state: waiting for the target's review, public there, refused there, or taken down.
    enum class State { Pending, Published, Rejected, Withdrawn };

    qint64 id = 0;
    qint64 sourceItemId = 0;
    qint64 sourceSiteId = 0;
    QString sourceSiteName; ///< named on the copy's pages (来源) and in the target's review queue
    qint64 siteId = 0;      ///< the target site
    QString siteName;
    QList<qint64> columnIds; ///< columns of the target site
    qint64 copyItemId = 0;   ///< the item on the target site that carries the copy
    Kind kind = Kind::Push;
    State state = State::Pending;
    QString publicUrl; ///< the copy's page, while it is public
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    /// Fails (BadResponse) when the id, item or site is missing or a code is unknown.
    [[nodiscard]] static Result<Placement> fromJson(const QJsonObject &json);

    [[nodiscard]] static QString kindCode(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromCode(QStringView code);
    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static std::optional<State> stateFromCode(QStringView code);

    friend bool operator==(const Placement &, const Placement &) = default;
};

} // namespace pd::domain
