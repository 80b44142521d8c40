#pragma once
#include "app/domain/DisclosureMeta.h"
#include "app/domain/Error.h"
#include "app/domain/ItemAttachment.h"
#include "app/domain/ItemFeature.h"
#include "app/domain/ItemType.h"
#include "app/domain/PendingRevision.h"
#include "app/domain/WorkflowState.h"

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
    /// The revision the public site shows (set when the item is published); 0 before the first publication.
    qint64 publishedRevision = 0;
    /// An edit of a published item going through review (its own state, level, revision and deadline) while the
    /// published fields above stay public; publishing it makes it the published text.
    PendingRevision pendingRevision;

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
    /// The fields of the summary form handed one by one to `sink.field(QLatin1StringView key, value)` with a
    /// qint64, QStringView, QDateTime (invalid: null) or QList<qint64> value: toSummaryJson builds a QJsonObject from
    /// them, portald's long lists write JSON text straight from them (one list of fields for both).
    template <typename Sink>
    void writeSummary(Sink &sink) const;
    /// Reads every field present; fails (Validation) only when a value has the wrong JSON type or an unknown code.
    [[nodiscard]] static Result<Item> fromJson(const QJsonObject &json);
    /// Problems with the content fields; empty when the item may be saved. Disclosure metadata is validated too.
    [[nodiscard]] QList<FieldError> validate() const;
    /// validate() with the topic categories of `catalog` (the national ones plus the item's site's own).
    [[nodiscard]] QList<FieldError> validate(const TopicCategoryCatalog &catalog) const;
    /// Copies the editor-writable fields of `other` (content, feature, disclosure minus its indexNo) into this item.
    void takeContentFrom(const Item &other);

    friend bool operator==(const Item &, const Item &) = default;
};

template <typename Sink>
void Item::writeSummary(Sink &sink) const
{
    sink.field(QLatin1StringView("id"), id);
    sink.field(QLatin1StringView("site"), siteId);
    sink.field(QLatin1StringView("type"), QStringView(itemTypeCode(type)));
    sink.field(QLatin1StringView("state"), QStringView(itemStateCode(workflow.state)));
    sink.field(QLatin1StringView("level"), qint64(workflow.level));
    sink.field(QLatin1StringView("revision"), revision);
    sink.field(QLatin1StringView("title"), QStringView(title));
    sink.field(QLatin1StringView("columns"), columnIds);
    sink.field(QLatin1StringView("author"), QStringView(author));
    sink.field(QLatin1StringView("createdBy"), createdBy);
    sink.field(QLatin1StringView("createdByName"), QStringView(createdByName));
    sink.field(QLatin1StringView("createdAt"), createdAt);
    sink.field(QLatin1StringView("updatedAt"), updatedAt);
    sink.field(QLatin1StringView("publishAt"), publishAt);
    sink.field(QLatin1StringView("publishedAt"), publishedAt);
    sink.field(QLatin1StringView("dueAt"), dueAt);
    if (publishedRevision > 0)
        sink.field(QLatin1StringView("publishedRevision"), publishedRevision);
    if (pendingRevision) {
        // Lists show 已发布 · 修改审核中 (and the review queue the level) without loading the pending text.
        sink.field(QLatin1StringView("pendingState"), QStringView(itemStateCode(pendingRevision->workflow.state)));
        sink.field(QLatin1StringView("pendingLevel"), qint64(pendingRevision->workflow.level));
    }
    if (disclosure) {
        // The catalogue browser files cached summaries under their 主题分类 without loading each item.
        sink.field(QLatin1StringView("indexNo"), QStringView(disclosure->indexNo));
        sink.field(QLatin1StringView("topicCategory"), QStringView(disclosure->topicCategory));
        // A document marked 失效 / 废止 says so in every list, not only when opened.
        if (disclosure->effectiveDate.isValid()) {
            const QString effective = disclosure->effectiveDate.toString(Qt::ISODate);
            sink.field(QLatin1StringView("validity"), QStringView(disclosure->validity));
            sink.field(QLatin1StringView("effectiveDate"), QStringView(effective));
        }
    }
}

} // namespace pd::domain
