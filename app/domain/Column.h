#pragma once
#include "app/domain/Error.h"
#include "app/domain/ItemType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// What a column (栏目) holds; decides its editor and its inspection threshold.
enum class ColumnKind { News, Notice, Policy, Feature, Disclosure, Live };

[[nodiscard]] QString columnKindCode(ColumnKind kind);
[[nodiscard]] std::optional<ColumnKind> columnKindFromCode(QStringView code);

/// Whether a column of `kind` holds items of `type`: disclosure documents only in the 信息公开 catalogue, 专题 only
/// in feature columns, news (and notices, policy documents) in the news-like columns. portald refuses any other
/// placement; the desk offers only these.
[[nodiscard]] bool columnTakes(ColumnKind kind, ItemType type);

/// A column (栏目) of a site, one node of the column tree.
struct Column {
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level column
    qint64 siteId = 0;
    QString name;
    ColumnKind kind = ColumnKind::News;
    int updateDays = 14;       ///< must see a new item at least this often (0: no rule)
    QDateTime lastPublishedAt; ///< invalid when nothing was ever published
    int sortOrder = 0;
    bool inCatalogue = false; ///< part of the 信息公开 catalogue
    bool enabled = true;      ///< a disabled column takes no new items and is left out of the public site's menus
    qint64 revision = 1;      ///< bumped by every change (its place among its siblings too); the If-Match of edits

    /// Whether the column breaks its update rule at `now` (never published counts as stale).
    [[nodiscard]] bool isStale(const QDateTime &now) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Column> fromJson(const QJsonObject &json);
    friend bool operator==(const Column &, const Column &) = default;
};

} // namespace pd::domain
