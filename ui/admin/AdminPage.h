#pragma once
#include "app/admin/AdminApi.h"

#include <QWidget>

class QTabWidget;

namespace pd::ui {

class UsersPanel;

/// The 管理 page: the administration screens in tabs, loaded when first shown.
class AdminPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    explicit AdminPage(api::PortalClient &client, QWidget *parent = nullptr);
    ~AdminPage() override;

    [[nodiscard]] UsersPanel *usersPanel() const { return m_users; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    admin::AdminApi m_api;
    QTabWidget *m_tabs = nullptr;
    UsersPanel *m_users = nullptr;
    bool m_loaded = false;
};

} // namespace pd::ui
