#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class FieldErrorRows;
class MessageLine;

/// The form of one site: name, domain, 网站标识码, org code for 索引号, parent portal, review levels and hours per
/// level, working days and hours, 繁体 variant, public address and whether it is in use. Checked before it is sent; the server's refusals
/// land next to their fields and the form keeps what was typed.
class SiteDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)

public:
    /// `site` with id 0 is a new one; `portals` are the sites it may belong to.
    SiteDialog(const domain::Site &site, const QList<domain::Site> &portals, QWidget *parent = nullptr);
    ~SiteDialog() override;

    /// The site as the form now describes it (revision as last known).
    [[nodiscard]] domain::Site site() const;
    /// Shows a refusal: field errors under their fields, anything else above the buttons. A stale edit (412)
    /// takes the server's current revision, so saving again replaces that version with this form.
    void showError(const pd::Error &error);
    [[nodiscard]] QString messageText() const;
    void setBusy(bool busy);

Q_SIGNALS:
    /// The form passed its checks; the caller sends it and answers with accept() or showError().
    void saveRequested(const pd::domain::Site &site);

private:
    void save();
    [[nodiscard]] QList<int> checkedDays() const;

    domain::Site m_site;
    std::unique_ptr<FieldErrorRows> m_rows;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_siteCode = nullptr;
    QLineEdit *m_orgCode = nullptr;
    QComboBox *m_parent = nullptr;
    QSpinBox *m_levels = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QList<QCheckBox *> m_days; ///< Monday … Sunday
    QLineEdit *m_periods = nullptr;
    QCheckBox *m_traditional = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QCheckBox *m_enabled = nullptr;
    MessageLine *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pd::ui
