#include "app/reports/SiteReportWriter.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::reports {

namespace {
QString period(const domain::SiteReport &r)
{
    return SiteReportWriter::tr("Period: %1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
}

QString generated(const domain::SiteReport &r)
{
    return SiteReportWriter::tr("Generated: %1").arg(ReportDocument::timeText(r.generatedAt));
}

QString standingName(const domain::ColumnHealth &c)
{
    switch (c.standing) {
    case domain::ColumnStanding::Empty: return SiteReportWriter::tr("empty");
    case domain::ColumnStanding::Stale: return SiteReportWriter::tr("stale");
    case domain::ColumnStanding::Warning: return SiteReportWriter::tr("due soon");
    case domain::ColumnStanding::Ok: return SiteReportWriter::tr("up to date");
    }
    return {};
}

QString hours(double h)
{
    return QString::number(h, 'f', 1);
}
} // namespace

QString SiteReportWriter::typeName(const QString &type)
{
    if (type == u"news"_s)
        return tr("News");
    if (type == u"feature"_s)
        return tr("Feature");
    if (type == u"disclosure"_s)
        return tr("Disclosure");
    return type;
}

QString SiteReportWriter::emptyMessage(const domain::SiteReport &r)
{
    return tr("Nothing was published, reviewed or broadcast on %1 from %2 to %3: there is no report to make for "
              "this period. Choose another period.")
        .arg(r.siteName, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
}

std::unique_ptr<ReportDocument> SiteReportWriter::site(const domain::SiteReport &r) const
{
    auto doc = std::make_unique<ReportDocument>(tr("%1 — site report").arg(r.siteName), QStringList{period(r), generated(r)});

    ReportDocument::Section published{tr("Items published per column and type"), {}, {}, {}};
    published.text = tr("%1 items published in the period (an item in two columns counts in each).").arg(r.publishedTotal());
    ReportDocument::Table perColumn{{}, {tr("Column"), tr("Type"), tr("Items")}, {}};
    QStringList names;
    QList<double> counts;
    for (const auto &c : r.published) {
        perColumn.rows.append({c.column, typeName(c.type), QString::number(c.count)});
        const qsizetype at = names.indexOf(c.column);
        if (at < 0) {
            names.append(c.column);
            counts.append(c.count);
        } else {
            counts[at] += c.count;
        }
    }
    perColumn.rows.append({tr("Total"), QString(), QString::number(r.publishedTotal())});
    if (!names.isEmpty() && m_charts)
        published.charts.append(m_charts(tr("Items published per column"), names, counts, {1240, 560}));
    published.tables.append(perColumn);
    doc->addSection(published);

    ReportDocument::Section disclosure{tr("Disclosure items per topic category"), {}, {}, {}};
    ReportDocument::Table perCategory{{}, {tr("Topic category"), tr("Items")}, {}};
    for (const auto &c : r.disclosure)
        perCategory.rows.append({c.name, QString::number(c.count)});
    perCategory.rows.append({tr("Total"), QString::number(r.disclosureTotal())});
    disclosure.tables.append(perCategory);
    doc->addSection(disclosure);

    ReportDocument::Section review{tr("Review turnaround per level"), {}, {}, {}};
    ReportDocument::Table perLevel{{}, {tr("Level"), tr("Decisions"), tr("Median (hours)"), tr("Overdue")}, {}};
    QStringList levels;
    QList<double> medians;
    for (const auto &l : r.review) {
        perLevel.rows.append({tr("Level %1").arg(l.level), QString::number(l.decisions), hours(l.medianHours),
                              QString::number(l.overdue)});
        levels.append(tr("Level %1").arg(l.level));
        medians.append(l.medianHours);
    }
    if (!levels.isEmpty() && m_charts)
        review.charts.append(m_charts(tr("Median review time per level (hours)"), levels, medians, {1240, 360}));
    review.tables.append(perLevel);
    doc->addSection(review);

    ReportDocument::Section columns{tr("Stale and empty columns"), {}, {}, {}};
    columns.text = tr("%1 stale or empty columns at the time of the report; %2 fail a site.")
                       .arg(r.health.failingCount())
                       .arg(r.health.failLine);
    ReportDocument::Table red{{}, {tr("Column"), tr("Rule (days)"), tr("Last published"), tr("Standing")}, {}};
    for (const auto &c : r.health.columns) {
        if (c.standing == domain::ColumnStanding::Ok)
            continue;
        red.rows.append({c.name, c.updateDays > 0 ? QString::number(c.updateDays) : QString(),
                         c.lastPublishedAt.isValid() ? ReportDocument::timeText(c.lastPublishedAt, u"yyyy-MM-dd")
                                                     : tr("never"),
                         standingName(c)});
    }
    columns.tables.append(red);
    doc->addSection(columns);

    ReportDocument::Section live{tr("Live events"), {}, {}, {}};
    ReportDocument::Table events{{},
                                 {tr("Event"), tr("Started"), tr("Posts"), tr("Photos"), tr("Characters"),
                                  tr("Peak viewers"), tr("Page views")},
                                 {}};
    for (const auto &e : r.live)
        events.rows.append({e.title, ReportDocument::timeText(e.startsAt),
                            QString::number(e.posts), QString::number(e.photos), QString::number(e.characters),
                            QString::number(e.viewersPeak), QString::number(e.pageViews)});
    live.tables.append(events);
    doc->addSection(live);
    return doc;
}

std::unique_ptr<ReportDocument> SiteReportWriter::group(const QList<domain::SiteReport> &reports) const
{
    const domain::SiteReport first = reports.value(0);
    auto doc = std::make_unique<ReportDocument>(tr("Site group report"), QStringList{period(first), generated(first)});
    ReportDocument::Section compare{tr("Member sites compared"), {}, {}, {}};
    ReportDocument::Table table{{},
                                {tr("Site"), tr("Items published"), tr("Disclosure items"), tr("Review decisions"),
                                 tr("Overdue decisions"), tr("Stale or empty columns"), tr("Live events")},
                                {}};
    QStringList names;
    QList<double> published;
    for (const domain::SiteReport &r : reports) {
        int decisions = 0;
        int overdue = 0;
        for (const auto &l : r.review) {
            decisions += l.decisions;
            overdue += l.overdue;
        }
        table.rows.append({r.siteName, QString::number(r.publishedTotal()), QString::number(r.disclosureTotal()),
                           QString::number(decisions), QString::number(overdue),
                           QString::number(r.health.failingCount()), QString::number(r.live.size())});
        names.append(r.siteName);
        published.append(r.publishedTotal());
    }
    if (!names.isEmpty() && m_charts)
        compare.charts.append(m_charts(tr("Items published per site"), names, published, {1240, 560}));
    compare.tables.append(table);
    doc->addSection(compare);
    return doc;
}

} // namespace pd::reports
