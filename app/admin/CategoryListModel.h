#pragma once
#include "app/domain/SiteCategory.h"

#include <QAbstractTableModel>

namespace pd::admin {

/// A site's own topic categories on the 主题分类 screen: each top category followed by its sub-categories.
class CategoryListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryListModel)

public:
    enum Section { CodeSection, NameSection, SectionCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit CategoryListModel(QObject *parent = nullptr);

    void setCategories(const QList<domain::SiteCategory> &categories);
    /// Adds a new category or replaces one after an edit.
    void updateCategory(const domain::SiteCategory &category);
    void removeCategory(const QString &code);

    [[nodiscard]] const QList<domain::SiteCategory> &categories() const { return m_rows; }
    [[nodiscard]] const domain::SiteCategory *categoryAt(int row) const;
    [[nodiscard]] int rowOf(const QString &code) const;
    /// The site's own top categories, which sub-categories may go under.
    [[nodiscard]] QList<domain::SiteCategory> topCategories() const;
    /// A free code for a new category: the next two digits after the highest code of `parentCode`'s children, or
    /// of the top categories starting with `prefix` when `parentCode` is empty.
    [[nodiscard]] QString suggestCode(const QString &parentCode, const QString &prefix) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void order();

    QList<domain::SiteCategory> m_rows;
};

} // namespace pd::admin
