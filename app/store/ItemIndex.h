#pragma once
#include "app/domain/Error.h"
#include "app/store/ItemFilter.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace pd::store {

/// The cached item summaries of one site in memory, compact and ordered newest first (published, else last
/// changed), for lists of 100,000 items: loaded with one lean query from the account's database on any thread
/// (its own connection), filtered without touching the database. Immutable once loaded, so it can be shared
/// between the loading thread and the UI.
class ItemIndex
{
public:
    struct Row {
        qint64 id = 0;
        qint64 dateMs = 0;     ///< published, else last changed (ms since the epoch, UTC)
        qint64 updatedMs = 0;
        quint32 textAt = 0;    ///< title, U+0001, 索引号 in the shared text buffer (see title(), indexNo())
        quint16 titleSize = 0;
        quint16 indexNoSize = 0;
        QString category;      ///< 主题分类 code, disclosure items only (shared between rows)
        quint32 columnsAt = 0; ///< into columnIds()
        quint16 columnCount = 0;
        domain::ItemType type = domain::ItemType::News;
        domain::ItemState state = domain::ItemState::Draft;
        quint8 validity = 0;   ///< a disclosure document marked by invalidate: 1 失效, 2 废止 (0: in force)
    };

    /// The word a row's validity code stands for (失效, 废止), empty while in force.
    [[nodiscard]] static QString validityName(quint8 code);
    /// The code of a validity as the portal spells it, for documents marked with a date only (0 otherwise).
    [[nodiscard]] static quint8 validityCode(QStringView validity);

    /// Reads the cached items of `siteId` from the database file at `path` through a private read-only connection
    /// (call it off the UI thread); with `limit` >= 0 only the newest `limit` (a first screen, in milliseconds).
    [[nodiscard]] static Result<std::shared_ptr<const ItemIndex>> load(const QString &path, qint64 siteId,
                                                                       int limit = -1);
    /// Builds an index from summaries (Item summary JSON), for tests and small lists.
    [[nodiscard]] static std::shared_ptr<const ItemIndex> fromSummaries(const QList<QJsonObject> &summaries);

    [[nodiscard]] qsizetype size() const { return qsizetype(m_rows.size()); }
    [[nodiscard]] const Row &row(qsizetype i) const { return m_rows[size_t(i)]; }
    [[nodiscard]] QList<qint64> columns(const Row &row) const;
    [[nodiscard]] QStringView title(const Row &row) const { return QStringView(m_text).mid(row.textAt, row.titleSize); }
    /// 索引号, disclosure items only.
    [[nodiscard]] QStringView indexNo(const Row &row) const
    {
        return QStringView(m_text).mid(row.textAt + row.titleSize + 1, row.indexNoSize);
    }
    /// Positions (into row()) of the rows the filter lets through, in index order. With `within`, only those
    /// positions are looked at (a narrower filter over a previous result).
    [[nodiscard]] std::vector<int> filter(const ItemFilter &filter, const std::vector<int> *within = nullptr) const;
    [[nodiscard]] bool matches(const Row &row, const ItemFilter &filter) const;

private:
    void append(qint64 id, QStringView type, QStringView state, QString title, QString indexNo, QString category,
                QStringView columnIds, qint64 updatedMs, qint64 dateMs, quint8 validity,
                QHash<QString, QString> &shared);

    std::vector<Row> m_rows;
    std::vector<qint64> m_columnIds;
    /// Every row's searchable text back to back ("title\x01索引号\n"): one allocation instead of two per row, and
    /// a search walks memory in order (the first keystroke looks at all 100,000 rows).
    QString m_text;
};

} // namespace pd::store
