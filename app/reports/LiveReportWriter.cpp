#include "app/reports/LiveReportWriter.h"

using namespace Qt::StringLiterals;

namespace pd::reports {

namespace {

QString stateName(domain::LiveEventState state)
{
    switch (state) {
    case domain::LiveEventState::Scheduled: return LiveReportWriter::tr("scheduled");
    case domain::LiveEventState::Live: return LiveReportWriter::tr("live");
    case domain::LiveEventState::Paused: return LiveReportWriter::tr("paused");
    case domain::LiveEventState::Ended: return LiveReportWriter::tr("ended");
    }
    return {};
}

} // namespace

QString LiveReportWriter::kindName(domain::LiveEventKind kind)
{
    switch (kind) {
    case domain::LiveEventKind::Forum: return tr("Forum");
    case domain::LiveEventKind::Press: return tr("Press conference");
    case domain::LiveEventKind::Hearing: return tr("Hearing");
    case domain::LiveEventKind::Interview: return tr("Online interview");
    }
    return {};
}

std::unique_ptr<ReportDocument> LiveReportWriter::event(const domain::LiveEvent &e, const domain::LiveStats &s,
                                                       const QDateTime &generatedAt) const
{
    QStringList subtitle{tr("%1 · %2").arg(kindName(e.kind), stateName(e.state))};
    if (!e.venue.isEmpty())
        subtitle.append(tr("Venue: %1").arg(e.venue));
    subtitle.append(tr("Began: %1").arg(ReportDocument::timeText(e.startsAt)));
    subtitle.append(tr("Generated: %1").arg(ReportDocument::timeText(generatedAt)));
    auto doc = std::make_unique<ReportDocument>(tr("%1 — live broadcast report").arg(e.title), subtitle);
    const auto n = [](qint64 figure) { return QString::number(figure); };

    ReportDocument::Section posted{tr("What went out"), {}, {}, {}};
    posted.text = tr("%1 posts were published: %2 characters of text and %n photo(s).", nullptr, int(s.photos))
                      .arg(n(s.posts), n(s.characters));
    posted.tables.append({{}, {tr("Figure"), tr("Count")},
                          {{tr("Posts"), n(s.posts)}, {tr("Characters"), n(s.characters)}, {tr("Photos"), n(s.photos)}}});
    doc->addSection(std::move(posted));

    ReportDocument::Section audience{tr("Audience"), {}, {}, {}};
    audience.text = tr("At most %1 readers followed the broadcast at one time; the live page was viewed %2 times. "
                       "Readers on every server of the portal count, on the live stream and on the page's automatic "
                       "refresh alike.")
                        .arg(n(s.viewersPeak), n(s.pageViews));
    audience.tables.append({{}, {tr("Figure"), tr("Count")},
                            {{tr("Peak viewers online"), n(s.viewersPeak)}, {tr("Page views"), n(s.pageViews)}}});
    doc->addSection(std::move(audience));

    const qint64 hidden = std::max<qint64>(0, s.commentsReceived - s.commentsApproved - s.commentsPending);
    ReportDocument::Section comments{tr("Comments from the public"), {}, {}, {}};
    comments.text = tr("%1 comments were received; %2 were approved and shown on the live page.")
                        .arg(n(s.commentsReceived), n(s.commentsApproved));
    comments.tables.append({{}, {tr("Comments"), tr("Count")},
                            {{tr("Received"), n(s.commentsReceived)},
                             {tr("Approved"), n(s.commentsApproved)},
                             {tr("Hidden"), n(hidden)},
                             {tr("Waiting for moderation"), n(s.commentsPending)}}});
    if (m_charts && s.commentsReceived > 0)
        comments.charts.append(m_charts(tr("Comments from the public"),
                                        {tr("Approved"), tr("Hidden"), tr("Waiting for moderation")},
                                        {double(s.commentsApproved), double(hidden), double(s.commentsPending)},
                                        {1240, 400}));
    doc->addSection(std::move(comments));
    return doc;
}

} // namespace pd::reports
