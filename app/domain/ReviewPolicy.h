#pragma once
#include <QJsonObject>

namespace pd::domain {

/// A site's review policy (`GET /api/v1/sites/{site}/review-policy`): how many levels an item passes and which of the
/// 三审 rules of different people the site relaxes. Both exceptions are off unless the site turns them on.
struct ReviewPolicy {
    int levels = 3;
    bool allowSameReviewerAcrossLevels = false; ///< one person may approve more than one level of the same item
    bool allowAuthorReview = false;             ///< the item's author may approve it
    /// Copies other sites push here (推送) go through this site's review; off, they are published at once. A 报送 to
    /// the portal is reviewed whatever this says.
    bool reviewPlacements = true;
    /// The revision of the site record the policy is part of (every change of the site or the policy bumps it): the
    /// If-Match of a policy change. 0 when not known. Travels in the ETag header, and as `revision` only in the
    /// `current` of a 412, so the policy document itself stays the four rules.
    qint64 revision = 0;

    [[nodiscard]] QJsonObject toJson() const;
    /// Reads what is present; missing fields keep the defaults (validation is the caller's business).
    [[nodiscard]] static ReviewPolicy fromJson(const QJsonObject &json);
    friend bool operator==(const ReviewPolicy &, const ReviewPolicy &) = default;
};

} // namespace pd::domain
