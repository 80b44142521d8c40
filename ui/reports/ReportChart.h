#pragma once
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace pd::ui {

/// Charts for reports (reports::SiteReportWriter's chart painter), drawn by Qt Charts into an image the report
/// embeds. Qt Charts draws through a QGraphicsScene, so this needs a QApplication (no window is shown; offscreen
/// is enough).
class ReportChart
{
public:
    /// Horizontal bars, one per category (top to bottom in the given order), labelled with their values.
    [[nodiscard]] static QImage bars(const QString &title, const QStringList &categories, const QList<double> &values,
                                     QSize size = {1240, 560});
};

} // namespace pd::ui
