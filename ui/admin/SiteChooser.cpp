#include "ui/admin/SiteChooser.h"

#include <algorithm>

namespace pd::ui {

SiteChooser::SiteChooser(const QString &objectName, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    setAccessibleName(tr("Site"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = currentSiteId();
        if (id == m_last)
            return;
        m_last = id;
        Q_EMIT siteChosen(id);
    });
}

void SiteChooser::setSites(const QList<domain::Site> &sites)
{
    const qint64 chosen = m_last;
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const domain::Site &s : sites)
            addItem(s.enabled ? s.name : tr("%1 (disabled)").arg(s.name), s.id);
        setCurrentIndex(std::max(0, findData(chosen)));
    }
    if (currentSiteId() != m_last) {
        m_last = currentSiteId();
        Q_EMIT siteChosen(m_last);
    }
}

void SiteChooser::chooseSite(qint64 siteId)
{
    const int row = findData(siteId);
    if (row >= 0)
        setCurrentIndex(row);
}

} // namespace pd::ui
