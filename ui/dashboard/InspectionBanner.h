#pragma once
#include <QFrame>

class QLabel;

namespace pd::models {
class SiteHealthWatch;
}

namespace pd::ui {

/// The 工作台's banner of early warnings: columns inside their warning margin with the days they have left, the
/// red ones, the site's count against the fail line and, for administrators, every site of the group. Renders
/// models::SiteHealthWatch.
class InspectionBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionBanner)

public:
    explicit InspectionBanner(models::SiteHealthWatch &watch, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *warnings() const { return m_warnings; }
    [[nodiscard]] QLabel *count() const { return m_count; }
    [[nodiscard]] QLabel *group() const { return m_group; }

private:
    void render();

    models::SiteHealthWatch &m_watch;
    QLabel *m_warnings = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_group = nullptr;
};

} // namespace pd::ui
