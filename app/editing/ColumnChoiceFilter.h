#pragma once
#include <QSortFilterProxyModel>
#include <QStringList>

namespace pd::editing {

/// Narrows a ColumnChoiceModel to the columns whose full path holds every word typed (in any order, any part of
/// the path: "教育 通知" finds 临江市教育局网站 / 通知公告); the sites and columns above a match stay as its context.
class ColumnChoiceFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChoiceFilter)

public:
    explicit ColumnChoiceFilter(QObject *parent = nullptr);

    /// Words separated by spaces or "/"; empty shows everything.
    void setFilterText(const QString &text);
    [[nodiscard]] bool isFiltering() const { return !m_words.isEmpty(); }
    /// The first row that can be chosen, top to bottom (invalid when there is none).
    [[nodiscard]] QModelIndex firstChoosable(const QModelIndex &parent = {}) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace pd::editing
