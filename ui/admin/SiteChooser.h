#pragma once
#include "app/domain/Site.h"

#include <QComboBox>

namespace pd::ui {

/// The site an administration screen works on (栏目, 主题分类, 审核策略), kept when the list of sites changes.
class SiteChooser : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteChooser)

public:
    explicit SiteChooser(const QString &objectName, QWidget *parent = nullptr);

    /// Fills the list; the chosen site stays chosen when it is still there, else the first one is.
    void setSites(const QList<domain::Site> &sites);
    [[nodiscard]] qint64 currentSiteId() const { return currentData().toLongLong(); }
    void chooseSite(qint64 siteId);

Q_SIGNALS:
    /// Another site was chosen (also after setSites() changed the choice).
    void siteChosen(qint64 siteId);

private:
    qint64 m_last = 0;
};

} // namespace pd::ui
