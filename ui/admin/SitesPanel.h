#pragma once
#include "app/admin/AdminApi.h"
#include "app/admin/SiteListModel.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace pd::ui {

class MessageLine;
class SiteDialog;

/// 站点: the sites of the group, portals first with their member sites; new site, edit and disable. Renders
/// admin::SiteListModel and sends the administrator's intent through admin::AdminApi.
class SitesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesPanel)

public:
    explicit SitesPanel(admin::AdminApi &api, QWidget *parent = nullptr);
    ~SitesPanel() override;

    /// Shows these sites (the administration page loads them once for every screen).
    void setSites(const QList<domain::Site> &sites);
    /// Loads the sites again and reports them with sitesChanged().
    void reload();
    [[nodiscard]] admin::SiteListModel *model() { return &m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    /// The form of a new site (or of the selected one), open until saved or cancelled.
    SiteDialog *newSite();
    SiteDialog *editSelected();
    /// Disables the selected site after the server agrees.
    void disableSelected();
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    /// The sites changed (created, edited, reloaded): the other screens offer them.
    void sitesChanged(const QList<pd::domain::Site> &sites);

private:
    [[nodiscard]] const domain::Site *selected() const;
    SiteDialog *openDialog(const domain::Site &site);
    void saved(const domain::Site &site, const QString &message);

    admin::AdminApi &m_api;
    admin::SiteListModel m_model;
    QTableView *m_view = nullptr;
    MessageLine *m_message = nullptr;
};

} // namespace pd::ui
