#pragma once
#include "app/domain/SiteReport.h"
#include "app/reports/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <functional>
#include <memory>

namespace pd::reports {

/// Lays out a site's monthly report (domain::SiteReport) and the site-group comparison as report documents: the
/// site's name and period at the top, then the figures in the order leaders read them, with charts beside tables.
class SiteReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(pd::reports::SiteReportWriter)

public:
    /// Draws a bar chart (title, categories top to bottom, values, size in pixels). The charts come from the UI
    /// layer (Qt Charts), so the core stays free of widgets; without one a report has tables only.
    using ChartPainter = std::function<QImage(const QString &, const QStringList &, const QList<double> &, QSize)>;

    explicit SiteReportWriter(ChartPainter charts = {}) : m_charts(std::move(charts)) {}

    [[nodiscard]] std::unique_ptr<ReportDocument> site(const domain::SiteReport &report) const;
    /// One row per member site: published items, disclosure items, review decisions and overdue ones, red columns.
    [[nodiscard]] std::unique_ptr<ReportDocument> group(const QList<domain::SiteReport> &reports) const;
    /// What to tell someone who asked for a period in which nothing happened.
    [[nodiscard]] static QString emptyMessage(const domain::SiteReport &report);
    /// The item type in words (新闻, 专题, 信息公开).
    [[nodiscard]] static QString typeName(const QString &type);

private:
    ChartPainter m_charts;
};

} // namespace pd::reports
