#pragma once
#include "app/admin/AdminApi.h"

#include <QWidget>

class QTabWidget;

namespace pd::ui {

class CategoriesPanel;
class ColumnsPanel;
class PolicyPanel;
class SitesPanel;
class UsersPanel;

/// The 管理 page: the administration screens in tabs (users and roles, sites, columns, topic categories, review
/// policy), loaded when first shown; the sites are read once and offered to every screen that works on one.
class AdminPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    explicit AdminPage(api::PortalClient &client, QWidget *parent = nullptr);
    ~AdminPage() override;

    [[nodiscard]] UsersPanel *usersPanel() const { return m_users; }
    [[nodiscard]] SitesPanel *sitesPanel() const { return m_sites; }
    [[nodiscard]] ColumnsPanel *columnsPanel() const { return m_columns; }
    [[nodiscard]] CategoriesPanel *categoriesPanel() const { return m_categories; }
    [[nodiscard]] PolicyPanel *policyPanel() const { return m_policy; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    admin::AdminApi m_api;
    QTabWidget *m_tabs = nullptr;
    UsersPanel *m_users = nullptr;
    SitesPanel *m_sites = nullptr;
    ColumnsPanel *m_columns = nullptr;
    CategoriesPanel *m_categories = nullptr;
    PolicyPanel *m_policy = nullptr;
    bool m_loaded = false;
};

} // namespace pd::ui
