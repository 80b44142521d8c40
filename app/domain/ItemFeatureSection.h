#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::domain {

/// One section (子栏目) of a feature: an ordered list of referenced items (never copies).
struct ItemFeatureSection {
    qint64 id = 0; ///< stable within the feature; assigned by the server when 0
    QString title;
    QList<qint64> itemIds;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ItemFeatureSection fromJson(const QJsonObject &json);
    friend bool operator==(const ItemFeatureSection &, const ItemFeatureSection &) = default;
};

} // namespace pd::domain
