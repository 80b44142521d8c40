#pragma once
#include "app/admin/AdminApi.h"
#include "app/admin/CategoryListModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace pd::ui {

class MessageLine;
class SiteChooser;

/// 主题分类: the chosen site's own topic categories beside the national 22 — add a category or a sub-category,
/// rename one (If-Match; a change made meanwhile is shown and the list reloaded), delete one nothing is filed under.
class CategoriesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPanel)

public:
    explicit CategoriesPanel(admin::AdminApi &api, QWidget *parent = nullptr);
    ~CategoriesPanel() override;

    void setSites(const QList<domain::Site> &sites);
    [[nodiscard]] qint64 siteId() const;
    void reload();
    [[nodiscard]] admin::CategoryListModel *model() { return &m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    void selectCategory(const QString &code);
    /// Adds the category described in the "new category" row.
    void addCategory();
    /// Gives the selected category the name in the rename field.
    void renameSelected();
    void deleteSelected();
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    void loaded();

private:
    void refreshParents();
    void suggestCode();
    [[nodiscard]] const domain::SiteCategory *selected() const;
    void refuse(const pd::Error &error);

    admin::AdminApi &m_api;
    admin::CategoryListModel m_model;
    SiteChooser *m_site = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rename = nullptr;
    MessageLine *m_message = nullptr;
};

} // namespace pd::ui
