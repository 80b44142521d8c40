#pragma once
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveStats.h"
#include "app/reports/ReportDocument.h"
#include "app/reports/SiteReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

namespace pd::reports {

/// Lays out a live event's final report (直播总结) for the report upward as a report document — the same PDF and CSV
/// writer as the site reports: the event's title, kind, venue and time at the top, then what went out (posts,
/// characters, photos), who watched (peak viewers over every portald, page views) and what the public wrote
/// (comments received, approved, hidden, waiting).
class LiveReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(pd::reports::LiveReportWriter)

public:
    explicit LiveReportWriter(SiteReportWriter::ChartPainter charts = {}) : m_charts(std::move(charts)) {}

    [[nodiscard]] std::unique_ptr<ReportDocument> event(const domain::LiveEvent &event, const domain::LiveStats &stats,
                                                        const QDateTime &generatedAt) const;
    /// The kind in words (论坛, 新闻发布会, 听证会, 在线访谈).
    [[nodiscard]] static QString kindName(domain::LiveEventKind kind);

private:
    SiteReportWriter::ChartPainter m_charts;
};

} // namespace pd::reports
