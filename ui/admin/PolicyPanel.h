#pragma once
#include "app/admin/AdminApi.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class MessageLine;
class SiteChooser;

/// 审核策略: how many review levels the chosen site's items pass and which of the 三审 rules of different people
/// it relaxes (one person at several levels of the same item, an author reviewing their own item).
class PolicyPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPanel)

public:
    explicit PolicyPanel(admin::AdminApi &api, QWidget *parent = nullptr);
    ~PolicyPanel() override;

    void setSites(const QList<domain::Site> &sites);
    [[nodiscard]] qint64 siteId() const;
    void reload();
    /// The policy as the form now describes it.
    [[nodiscard]] domain::ReviewPolicy policy() const;
    void save();
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    void loaded();
    /// A site's policy changed (its review levels are part of the site too).
    void policySaved(qint64 siteId);

private:
    void display(const domain::ReviewPolicy &policy);

    admin::AdminApi &m_api;
    domain::ReviewPolicy m_shown; ///< as last read or saved: its revision goes with the next change
    SiteChooser *m_site = nullptr;
    QSpinBox *m_levels = nullptr;
    QCheckBox *m_sameReviewer = nullptr;
    QCheckBox *m_authorReview = nullptr;
    QPushButton *m_save = nullptr;
    MessageLine *m_message = nullptr;
};

} // namespace pd::ui
