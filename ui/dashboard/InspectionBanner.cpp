#include "ui/dashboard/InspectionBanner.h"

#include "app/models/SiteHealthWatch.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pd::models::SiteHealthWatch;

namespace pd::ui {

InspectionBanner::InspectionBanner(SiteHealthWatch &watch, QWidget *parent) : QFrame(parent), m_watch(watch)
{
    setObjectName(u"inspectionBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"inspectionWarnings"_s);
    m_warnings->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"inspectionCount"_s);
    m_group = new QLabel(this);
    m_group->setObjectName(u"inspectionGroup"_s);
    m_group->setWordWrap(true);
    layout->addWidget(m_warnings);
    layout->addWidget(m_count);
    layout->addWidget(m_group);
    connect(&m_watch, &SiteHealthWatch::ready, this, &InspectionBanner::render);
    render();
}

void InspectionBanner::render()
{
    const auto &site = m_watch.site();
    setVisible(site.has_value());
    if (!site)
        return;
    const QString warnings = SiteHealthWatch::warningText(*site);
    m_warnings->setText(warnings);
    m_warnings->setVisible(!warnings.isEmpty());
    m_count->setText(SiteHealthWatch::countText(*site));
    // Yellow while only warnings stand, red once a column breaks its rule: the colours of the review queue's light.
    const QString colour = site->failingCount() > 0 ? u"#fbe3e1"_s : site->warningCount() > 0 ? u"#fff4cc"_s : QString();
    setStyleSheet(colour.isEmpty() ? QString() : u"#inspectionBanner { background: %1; }"_s.arg(colour));
    setAccessibleDescription(warnings.isEmpty() ? m_count->text() : warnings + u'\n' + m_count->text());

    QStringList others;
    for (const auto &member : m_watch.group())
        others.append(SiteHealthWatch::countText(member));
    m_group->setText(others.size() > 1 ? tr("Site group:\n%1").arg(others.join(u'\n')) : QString());
    m_group->setVisible(others.size() > 1);
}

} // namespace pd::ui
