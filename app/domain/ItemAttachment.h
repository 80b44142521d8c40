#pragma once
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// A downloadable file attached to an item (附件: PDF/DOC/XLS), referencing uploaded media.
struct ItemAttachment {
    qint64 mediaId = 0;
    QString title; ///< link text on the public page

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ItemAttachment fromJson(const QJsonObject &json);
    friend bool operator==(const ItemAttachment &, const ItemAttachment &) = default;
};

} // namespace pd::domain
