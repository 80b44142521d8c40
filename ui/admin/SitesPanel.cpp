#include "ui/admin/SitesPanel.h"

#include "ui/admin/MessageLine.h"
#include "ui/admin/SiteDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

SitesPanel::SitesPanel(admin::AdminApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(this)
{
    setObjectName(u"sitesPanel"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"siteTable"_s);
    m_view->setAccessibleName(tr("Sites"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(admin::SiteListModel::NameSection, QHeaderView::Stretch);
    m_message = new MessageLine(u"sitesMessage"_s, this);

    auto *newButton = new QPushButton(tr("&New site…"), this);
    newButton->setObjectName(u"newSiteButton"_s);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(u"editSiteButton"_s);
    auto *disable = new QPushButton(tr("&Disable"), this);
    disable->setObjectName(u"disableSiteButton"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(edit);
    actions->addWidget(disable);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(newButton, &QPushButton::clicked, this, &SitesPanel::newSite);
    connect(edit, &QPushButton::clicked, this, &SitesPanel::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &SitesPanel::editSelected);
    connect(disable, &QPushButton::clicked, this, &SitesPanel::disableSelected);
}

SitesPanel::~SitesPanel() = default;

void SitesPanel::setSites(const QList<domain::Site> &sites)
{
    m_model.setSites(sites);
}

void SitesPanel::reload()
{
    m_api.sites(this, [this](Result<QList<domain::Site>> sites) {
        if (!sites) {
            m_message->showMessage(sites.error().message, true);
            return;
        }
        m_model.setSites(*sites);
        Q_EMIT sitesChanged(m_model.sites());
    });
}

const domain::Site *SitesPanel::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model.siteAt(current.row()) : nullptr;
}

SiteDialog *SitesPanel::newSite()
{
    domain::Site site;
    // A new site joins the first portal unless the administrator says otherwise: most new sites are departments.
    const QList<domain::Site> portals = m_model.portals();
    if (!portals.isEmpty())
        site.parentSiteId = portals.first().id;
    return openDialog(site);
}

SiteDialog *SitesPanel::editSelected()
{
    const domain::Site *site = selected();
    if (!site) {
        m_message->showMessage(tr("Select a site first."), true);
        return nullptr;
    }
    return openDialog(*site);
}

void SitesPanel::saved(const domain::Site &site, const QString &message)
{
    m_model.updateSite(site);
    m_view->setCurrentIndex(m_model.index(m_model.rowOf(site.id), 0));
    m_message->showMessage(message, false);
    Q_EMIT sitesChanged(m_model.sites());
}

SiteDialog *SitesPanel::openDialog(const domain::Site &site)
{
    auto *dialog = new SiteDialog(site, m_model.portals(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool creating = site.id == 0;
    connect(dialog, &SiteDialog::saveRequested, this, [this, dialog, creating](const domain::Site &form) {
        dialog->setBusy(true);
        const auto done = [this, dialog, creating](Result<domain::Site> site) {
            if (!site) {
                dialog->showError(site.error());
                // Someone else changed the site: show their version in the list while the form keeps this one.
                if (site.error().code == ErrorCode::PreconditionFailed)
                    reload();
                return;
            }
            dialog->accept();
            saved(*site, creating ? tr("Site %1 created.").arg(site->name) : tr("Site %1 saved.").arg(site->name));
        };
        if (creating)
            m_api.createSite(form, dialog, done);
        else
            m_api.updateSite(form, dialog, done);
    });
    dialog->open();
    return dialog;
}

void SitesPanel::disableSelected()
{
    const domain::Site *site = selected();
    if (!site) {
        m_message->showMessage(tr("Select a site first."), true);
        return;
    }
    domain::Site off = *site;
    off.enabled = false;
    m_api.updateSite(off, this, [this](Result<domain::Site> saved) {
        if (!saved) {
            m_message->showMessage(saved.error().message, true);
            if (saved.error().code == ErrorCode::PreconditionFailed)
                reload();
            return;
        }
        this->saved(*saved, tr("Site %1 disabled: it keeps its content but takes no new work.").arg(saved->name));
    });
}

QString SitesPanel::messageText() const
{
    return m_message->shownText();
}

} // namespace pd::ui
