#include "ui/admin/SiteDialog.h"

#include "app/admin/AdminValidator.h"
#include "ui/admin/MessageLine.h"
#include "ui/widgets/FieldErrorRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    m_rows->addRow(QString(), m_traditional, u"traditional"_s);
    m_rows->addRow(tr("Public &address:"), m_publicUrl, u"publicUrl"_s);
    m_rows->addRow(QString(), m_enabled, u"enabled"_s);

    m_message = new MessageLine(u"siteMessage"_s, this);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveSiteButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
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
    out.traditional = m_traditional->isChecked();
    out.publicUrl = m_publicUrl->text().trimmed();
    out.enabled = m_enabled->isChecked();
    return out;
}

void SiteDialog::save()
{
    m_message->showMessage({}, false);
    const domain::Site current = site();
    const QList<FieldError> errors = admin::AdminValidator::validate(current);
    if (!errors.isEmpty()) {
        Error invalid = Error::make(ErrorCode::Validation, tr("Some fields are not filled in correctly."));
        invalid.fields = errors;
        showError(invalid);
        return;
    }
    m_rows->show({});
    Q_EMIT saveRequested(current);
}

void SiteDialog::showError(const pd::Error &error)
{
    setBusy(false);
    QHash<QString, QStringList> messages;
    for (const FieldError &f : error.fields)
        if (m_rows->has(f.field) && !messages.value(f.field).contains(f.message))
            messages[f.field].append(f.message);
    m_rows->show(messages);
    if (error.code == ErrorCode::PreconditionFailed) {
        // Keep what was typed; the next save replaces the version someone else saved meanwhile.
        m_site.revision = error.body.value(u"current").toObject().value(u"revision").toInteger(m_site.revision);
        m_message->showMessage(tr("%1 Your changes are kept: save again to replace that version, or cancel.")
                                   .arg(error.message),
                               true);
    } else {
        m_message->showMessage(error.message, true);
    }
    m_message->setVisible(messages.isEmpty() || error.code != ErrorCode::Validation);
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
