#pragma once
#include "app/domain/Error.h"
#include "app/domain/ItemFeatureSection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pd::domain {

/// What a feature (专题) adds to the common item fields: its slug, banner, ordered sections and end date.
struct ItemFeature {
    QString slug;          ///< URL part of /features/{slug}/: lower-case letters, digits and '-'
    qint64 bannerMediaId = 0;
    QList<ItemFeatureSection> sections;
    QDateTime endsAt;      ///< archived after this; invalid: open-ended

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ItemFeature fromJson(const QJsonObject &json);
    /// Problems with the feature fields (field names prefixed `feature.`).
    [[nodiscard]] QList<FieldError> validate() const;
    /// Every item referenced by any section, in order, without duplicates.
    [[nodiscard]] QList<qint64> referencedItems() const;
    /// Drops an item from every section; true when something was removed.
    bool removeItem(qint64 itemId);

    friend bool operator==(const ItemFeature &, const ItemFeature &) = default;
};

} // namespace pd::domain
