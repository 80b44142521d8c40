#include "ui/admin/AdminPage.h"

#include "ui/admin/CategoriesPanel.h"
#include "ui/admin/ColumnsPanel.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/SitesPanel.h"
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
    m_sites = new SitesPanel(m_api, m_tabs);
    m_tabs->addTab(m_sites, tr("Sites"));
    m_columns = new ColumnsPanel(m_api, m_tabs);
    m_tabs->addTab(m_columns, tr("Columns"));
    m_categories = new CategoriesPanel(m_api, m_tabs);
    m_tabs->addTab(m_categories, tr("Topic categories"));
    m_policy = new PolicyPanel(m_api, m_tabs);
    m_tabs->addTab(m_policy, tr("Review policy"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_sites, &SitesPanel::sitesChanged, this, [this](const QList<domain::Site> &sites) {
        m_columns->setSites(sites);
        m_categories->setSites(sites);
        m_policy->setSites(sites);
    });
    // The review levels are part of the site as well: its list must show the new number and revision.
    connect(m_policy, &PolicyPanel::policySaved, m_sites, &SitesPanel::reload);
}

AdminPage::~AdminPage() = default;

void AdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Loaded when the administrator first opens the page, not at every start of the client.
    if (!m_loaded) {
        m_loaded = true;
        m_users->reload();
        m_sites->reload();
    }
}

} // namespace pd::ui
