#pragma once
#include <QSet>
#include <QSortFilterProxyModel>

namespace pd::review {

/// Sorting, filtering and search over the ReviewQueueModel for the queue view: by light (overdue, due soon),
/// by type, and by text in title, author or column; sorts on each section's raw value, not its display text.
class ReviewQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueFilter)

public:
    enum class LightFilter { All, Overdue, DueSoon, OnTime };
    Q_ENUM(LightFilter)

    explicit ReviewQueueFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setLightFilter(LightFilter filter);
    /// "news", "feature", "disclosure" or empty for all.
    void setTypeFilter(const QString &type);
    [[nodiscard]] QString searchText() const { return m_search; }
    /// Keeps item `id` out of view (a decision on it waits to be sent, or for the queue to reload without it).
    void hideItem(qint64 id);
    /// Shows item `id` again (0: every hidden item).
    void unhideItem(qint64 id);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    LightFilter m_light = LightFilter::All;
    QString m_type;
    QSet<qint64> m_hidden;
};

} // namespace pd::review
