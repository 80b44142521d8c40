#include "ui/admin/PolicyPanel.h"

#include "app/admin/AdminValidator.h"
#include "app/admin/SaveRefusal.h"
#include "ui/admin/MessageLine.h"
#include "ui/admin/SiteChooser.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

PolicyPanel::PolicyPanel(admin::AdminApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(u"policyPanel"_s);
    m_site = new SiteChooser(u"policySite"_s, this);
    m_levels = new QSpinBox(this);
    m_levels->setObjectName(u"policyLevelsSpin"_s);
    m_levels->setAccessibleName(tr("Review levels"));
    m_levels->setRange(1, admin::AdminValidator::MaxReviewLevels);
    m_sameReviewer = new QCheckBox(tr("One person may approve more than one level of the same item"), this);
    m_sameReviewer->setObjectName(u"sameReviewerCheck"_s);
    m_authorReview = new QCheckBox(tr("An author may approve their own item"), this);
    m_authorReview->setObjectName(u"authorReviewCheck"_s);
    m_save = new QPushButton(tr("&Save policy"), this);
    m_save->setObjectName(u"savePolicyButton"_s);
    auto *hint = new QLabel(tr("By default every level is approved by a different person, never by the author "
                               "(the three-review rule). Turn a rule off only where the site has too few people."),
                            this);
    hint->setWordWrap(true);
    m_message = new MessageLine(u"policyMessage"_s, this);

    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Review &levels:"), m_levels);
    form->addRow(QString(), m_sameReviewer);
    form->addRow(QString(), m_authorReview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_site, &SiteChooser::siteChosen, this, &PolicyPanel::reload);
    connect(m_save, &QPushButton::clicked, this, &PolicyPanel::save);
}

PolicyPanel::~PolicyPanel() = default;

void PolicyPanel::setSites(const QList<domain::Site> &sites)
{
    m_site->setSites(sites);
}

qint64 PolicyPanel::siteId() const
{
    return m_site->currentSiteId();
}

void PolicyPanel::reload()
{
    const qint64 site = siteId();
    if (site == 0)
        return;
    m_api.reviewPolicy(site, this, [this, site](Result<domain::ReviewPolicy> policy) {
        if (site != siteId())
            return;
        if (!policy) {
            m_message->showMessage(policy.error().message, true);
            return;
        }
        display(*policy);
        Q_EMIT loaded();
    });
}

void PolicyPanel::display(const domain::ReviewPolicy &policy)
{
    m_shown = policy;
    m_levels->setValue(policy.levels);
    m_sameReviewer->setChecked(policy.allowSameReviewerAcrossLevels);
    m_authorReview->setChecked(policy.allowAuthorReview);
}

domain::ReviewPolicy PolicyPanel::policy() const
{
    // What the form does not show (the review of placed copies) and the revision stay as read.
    domain::ReviewPolicy policy = m_shown;
    policy.levels = m_levels->value();
    policy.allowSameReviewerAcrossLevels = m_sameReviewer->isChecked();
    policy.allowAuthorReview = m_authorReview->isChecked();
    return policy;
}

void PolicyPanel::save()
{
    const domain::ReviewPolicy form = policy();
    if (const QList<FieldError> errors = admin::AdminValidator::validate(form); !errors.isEmpty()) {
        m_message->showMessage(errors.first().message, true);
        return;
    }
    const qint64 site = siteId();
    m_save->setEnabled(false);
    m_api.setReviewPolicy(site, form, this, [this, site](Result<domain::ReviewPolicy> saved) {
        m_save->setEnabled(true);
        if (!saved) {
            if (saved.error().code == ErrorCode::PreconditionFailed) {
                // Someone else changed the policy or the site meanwhile: show theirs, the change is to be made again.
                display(domain::ReviewPolicy::fromJson(admin::savedMeanwhile(saved.error())));
                m_message->showMessage(tr("%1 The form now shows the current policy; make your change again if it is "
                                          "still needed.").arg(saved.error().message),
                                       true);
                return;
            }
            m_message->showMessage(saved.error().message, true);
            reload();
            return;
        }
        display(*saved);
        m_message->showMessage(tr("Review policy of %1 saved.").arg(m_site->currentText()), false);
        Q_EMIT policySaved(site);
    });
}

QString PolicyPanel::messageText() const
{
    return m_message->shownText();
}

} // namespace pd::ui
