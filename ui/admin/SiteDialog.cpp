#include "ui/admin/SiteDialog.h"

#include "app/admin/AdminValidator.h"
#include "app/admin/SaveRefusal.h"
#include "app/admin/WorkingHoursForm.h"
#include "ui/admin/AdminDialogParts.h"
#include "ui/admin/MessageLine.h"
#include "ui/widgets/FieldErrorRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace pd::ui {

SiteDialog::SiteDialog(const domain::Site &site, const QList<domain::Site> &portals, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setObjectName(u"siteDialog"_s);
    setWindowTitle(site.id == 0 ? tr("New site") : tr("Site %1").arg(site.name));
    setMinimumWidth(560);

    auto *fields = new QWidget(this);
    m_rows = std::make_unique<FieldErrorRows>(fields);
    const auto line = [fields](const QString &text, const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(text, fields);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_name = line(site.name, u"siteNameEdit"_s, tr("Site name"));
    m_domain = line(site.domain, u"siteDomainEdit"_s, tr("Domain"));
    m_domain->setPlaceholderText(tr("e.g. swj.example.gov.cn"));
    m_siteCode = line(site.siteCode, u"siteCodeEdit"_s, tr("Site identification code"));
    m_siteCode->setPlaceholderText(tr("10 digits, e.g. 3217000001"));
    m_orgCode = line(site.orgCode, u"orgCodeEdit"_s, tr("Organisation code"));
    m_orgCode->setPlaceholderText(tr("18-character unified social credit code"));
    m_parent = new QComboBox(fields);
    m_parent->setObjectName(u"parentSiteCombo"_s);
    m_parent->setAccessibleName(tr("Portal"));
    m_parent->addItem(tr("None: this site is a portal"), 0);
    for (const domain::Site &p : portals)
        if (p.id != site.id)
            m_parent->addItem(p.name, p.id);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(site.parentSiteId)));
    m_levels = new QSpinBox(fields);
    m_levels->setObjectName(u"reviewLevelsSpin"_s);
    m_levels->setAccessibleName(tr("Review levels"));
    m_levels->setRange(1, admin::AdminValidator::MaxReviewLevels);
    m_levels->setValue(site.reviewLevels);
    m_hours = new QDoubleSpinBox(fields);
    m_hours->setObjectName(u"reviewHoursSpin"_s);
    m_hours->setAccessibleName(tr("Working hours per review level"));
    m_hours->setRange(0.5, 240);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" working hours"));
    m_hours->setValue(site.reviewHours);
    auto *hours = new QWidget(fields);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    const QList<int> workingDays = admin::WorkingHoursForm::days(site.workingHours);
    const QStringList dayNames{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 1; d <= 7; ++d) {
        auto *day = new QCheckBox(dayNames.at(d - 1), hours);
        day->setObjectName(u"workingDay%1"_s.arg(d));
        day->setChecked(workingDays.contains(d));
        m_days.append(day);
        hoursLayout->addWidget(day);
    }
    m_periods = new QLineEdit(admin::WorkingHoursForm::periodsText(site.workingHours), hours);
    m_periods->setObjectName(u"workingPeriodsEdit"_s);
    m_periods->setAccessibleName(tr("Working periods"));
    m_periods->setPlaceholderText(tr("09:00-12:00 13:30-17:30"));
    hoursLayout->addWidget(m_periods, 1);
    m_traditional = new QCheckBox(tr("Offer a Traditional Chinese version"), fields);
    m_traditional->setObjectName(u"traditionalCheck"_s);
    m_traditional->setChecked(site.traditional);
    m_publicUrl = line(site.publicUrl, u"publicUrlEdit"_s, tr("Public address"));
    m_publicUrl->setPlaceholderText(tr("https://…"));
    m_enabled = new QCheckBox(tr("In use"), fields);
    m_enabled->setObjectName(u"siteEnabledCheck"_s);
    m_enabled->setChecked(site.enabled);

    m_rows->addRow(tr("&Name:"), m_name, u"name"_s);
    m_rows->addRow(tr("&Domain:"), m_domain, u"domain"_s);
    m_rows->addRow(tr("Site &ID code:"), m_siteCode, u"siteCode"_s);
    m_rows->addRow(tr("&Organisation code:"), m_orgCode, u"orgCode"_s);
    m_rows->addRow(tr("&Portal:"), m_parent, u"parentSite"_s);
    m_rows->addRow(tr("Review &levels:"), m_levels, u"reviewLevels"_s);
    m_rows->addRow(tr("&Time per level:"), m_hours, u"reviewHours"_s);
    m_rows->addRow(tr("&Working hours:"), hours, u"workingHours"_s);
    m_rows->addRow(QString(), m_traditional, u"traditional"_s);
    m_rows->addRow(tr("Public &address:"), m_publicUrl, u"publicUrl"_s);
    m_rows->addRow(QString(), m_enabled, u"enabled"_s);

    m_message = new MessageLine(u"siteMessage"_s, this);
    m_save = AdminDialogParts::arrange(this, fields, m_message, u"saveSiteButton"_s, [this] { save(); });
}

SiteDialog::~SiteDialog() = default;

domain::Site SiteDialog::site() const
{
    domain::Site out = m_site;
    out.name = m_name->text().trimmed();
    out.domain = m_domain->text().trimmed();
    out.siteCode = m_siteCode->text().trimmed();
    out.orgCode = m_orgCode->text().trimmed();
    out.parentSiteId = m_parent->currentData().toLongLong();
    out.reviewLevels = m_levels->value();
    out.reviewHours = m_hours->value();
    if (auto hours = admin::WorkingHoursForm::apply(m_site.workingHours, checkedDays(), m_periods->text()))
        out.workingHours = *hours;
    out.traditional = m_traditional->isChecked();
    out.publicUrl = m_publicUrl->text().trimmed();
    out.enabled = m_enabled->isChecked();
    return out;
}

void SiteDialog::save()
{
    m_message->showMessage({}, false);
    const domain::Site current = site();
    QList<FieldError> errors = admin::AdminValidator::validate(current);
    if (auto hours = admin::WorkingHoursForm::apply(m_site.workingHours, checkedDays(), m_periods->text()); !hours)
        errors.append(hours.error().fields);
    if (!errors.isEmpty()) {
        Error invalid = Error::make(ErrorCode::Validation, tr("Some fields are not filled in correctly."));
        invalid.fields = errors;
        showError(invalid);
        return;
    }
    m_rows->show({});
    Q_EMIT saveRequested(current);
}

QList<int> SiteDialog::checkedDays() const
{
    QList<int> days;
    for (qsizetype i = 0; i < m_days.size(); ++i)
        if (m_days.at(i)->isChecked())
            days.append(int(i) + 1);
    return days;
}

void SiteDialog::showError(const pd::Error &error)
{
    setBusy(false);
    const admin::SaveRefusal refusal(
        error,
        [](const QString &field) { return field.startsWith(u"workingHours"_s) ? u"workingHours"_s : field; },
        [this](const QString &row) { return m_rows->has(row); });
    // Keep what was typed; the next save replaces the version someone else saved meanwhile.
    m_site.revision = refusal.currentRevision(m_site.revision);
    AdminDialogParts::showRefusal(refusal, *m_rows, *m_message);
}

QString SiteDialog::messageText() const
{
    return m_message->shownText();
}

void SiteDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

} // namespace pd::ui
