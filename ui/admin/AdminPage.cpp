#include "ui/admin/AdminPage.h"

#include "ui/admin/UsersPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

AdminPage::AdminPage(api::PortalClient &client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    setObjectName(u"adminPage"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_tabs->setAccessibleName(tr("Administration"));
    m_users = new UsersPanel(m_api, m_tabs);
    m_tabs->addTab(m_users, tr("Users and roles"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

AdminPage::~AdminPage() = default;

void AdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Loaded when the administrator first opens the page, not at every start of the client.
    if (!m_loaded) {
        m_loaded = true;
        m_users->reload();
    }
}

} // namespace pd::ui
