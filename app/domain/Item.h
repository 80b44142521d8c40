#pragma once
#include "domain/DisclosureMeta.h"
#include "domain/Error.h"
#include "domain/ItemAttachment.h"
#include "domain/ItemFeature.h"
#include "domain/ItemType.h"
#include "domain/WorkflowState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace pd::domain {

/// A content item (news, feature or disclosure) as `GET /api/v1/items/{id}` returns it. The same codec is used by
/// portald (to answer) and the client (to read and to send edits).
struct Item {
    // Identity and workflow — server-managed, ignored on writes.
    qint64 id = 0;
    qint64 siteId = 0;
    ItemType type = ItemType::News;
    WorkflowState workflow;
    qint64 revision = 0;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishAt;   ///< scheduled publish time (scheduled items)
    QDateTime publishedAt; ///< first publication; invalid until then
    QDateTime dueAt;       ///< review deadline of the current level (submitted items)
    QString publicUrl;

    // Content — what editors write.
    QList<qint64> columnIds; ///< one or more columns of the item's site
    QString title;
    QString subtitle;
    QString summary;
    QString bodyHtml;
    QString source;            ///< 来源
    QString author;            ///< 作者
    QString responsibleEditor; ///< 责任编辑
    QString reviewer;          ///< 审核 (name shown on the page)
    QString proofreader;       ///< 校对
    QStringList keywords;
    qint64 coverMediaId = 0;
    QList<ItemAttachment> attachments;

    std::optional<ItemFeature> feature;       ///< type feature only
    std::optional<DisclosureMeta> disclosure; ///< type disclosure only

    static constexpr qsizetype MaxTitleLength = 200;
    static constexpr qsizetype MaxSummaryLength = 1000;

    [[nodiscard]] QJsonObject toJson() const;
    /// The compact form of list endpoints: identity, workflow, title, columns and dates (no body).
    [[nodiscard]] QJsonObject toSummaryJson() const;
    /// Reads every field present; fails (Validation) only when a value has the wrong JSON type or an unknown code.
    [[nodiscard]] static Result<Item> fromJson(const QJsonObject &json);
    /// Problems with the content fields; empty when the item may be saved. Disclosure metadata is validated too.
    [[nodiscard]] QList<FieldError> validate() const;
    /// Copies the editor-writable fields of `other` (content, feature, disclosure minus its indexNo) into this item.
    void takeContentFrom(const Item &other);

    friend bool operator==(const Item &, const Item &) = default;
};

} // namespace pd::domain
