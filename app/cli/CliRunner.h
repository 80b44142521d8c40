#pragma once
#include "app/api/LiveClient.h"
#include "app/api/PortalClient.h"
#include "app/reports/SiteReportWriter.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <memory>

#include <QObject>
#include <QTextStream>

namespace pd::cli {

/// What the command line asked portaldesk-cli to do.
struct CliOptions {
    QString server;
    QString user;
    QString password;
    QString command;        ///< one of CliRunner::commands()
    QStringList arguments;  ///< after the command, e.g. the item id
    qint64 siteId = 0;      ///< for site-scoped commands; 0: the first site
    QString file;           ///< --file: item JSON for create / update
    QString comment;        ///< --comment / --reason: for reject, withdraw, urgent publish (required) and others
    QString publishAt;      ///< --at: schedule's publish time (RFC 3339)
    bool urgent = false;    ///< --urgent: publish the pending edit of a published item at once (紧急更正)
    QString validity;       ///< --validity: invalidate's 失效 or 废止
    QString effectiveDate;  ///< --effective-date: invalidate's YYYY-MM-DD
    qint64 replacedBy = 0;  ///< --replaced-by: invalidate's replacing item
    QString state;          ///< --state filter for list
    QString type;           ///< --type filter for list
    bool mine = false;      ///< --mine filter for list
    QString store;          ///< --store: the account's local database (default: per account in the app data)
    bool json = false;
    QString from;           ///< report: first day, YYYY-MM-DD (default: the first of last month)
    QString to;             ///< report: last day, included (default: the end of last month)
    QString pdf;            ///< report, live-report: write the PDF here
    QString csv;            ///< report, live-report: write the CSV here
    bool group = false;     ///< report: compare every site of the group instead of one site
};

/// Runs one portaldesk-cli command against the portal through PortalClient and reports the result on
/// stdout (text or JSON) or the problem on stderr; finished() carries the process exit code.
class CliRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    void run(const CliOptions &options);
    /// Draws the charts of `report` (the executable hands in Qt Charts; without it reports have tables only).
    void setChartPainter(reports::SiteReportWriter::ChartPainter charts) { m_charts = std::move(charts); }

    [[nodiscard]] static QStringList commands();

    /// Exit codes scripts can rely on (documented in --help).
    enum ExitCode : int {
        Ok = 0,
        Failed = 1,     ///< any other refusal or failure (wrong password, not found, server error)
        Usage = 2,      ///< the command line itself is wrong
        Unreachable = 3, ///< the server cannot be reached
        Forbidden = 4,  ///< 403: the user's role may not do this
        Conflict = 5,   ///< 409 / 412: not possible in the item's current state, or changed by someone else
        Invalid = 6,    ///< 422: a field is missing or wrong (e.g. withdraw without --reason)
    };
    [[nodiscard]] static int exitCodeFor(const pd::Error &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void afterLogin();
    void withSite(std::function<void(qint64 siteId)> next);
    void listItems(qint64 siteId);
    void showItem(qint64 id);
    void createItem();
    void updateItem(qint64 id);
    void transition(qint64 id, const QString &action);
    void reviewQueue(qint64 siteId);
    void makeReport(qint64 siteId);
    void writeReport(const QList<domain::SiteReport> &reports);
    void liveEvents(qint64 siteId);
    void livePosts(qint64 eventId);
    /// Approves a post of a reviewed live event in the caller's review group, against its current revision.
    void liveApprove(qint64 postId);
    /// A live event's final report (posts, audience, comments) to --pdf and/or --csv.
    void liveReport(qint64 eventId);
    void printLivePost(const domain::LivePost &post);
    /// Reads the item id argument; reports a usage problem and returns 0 when there is none.
    qint64 itemIdArgument();
    [[nodiscard]] Result<QJsonObject> readItemFile() const;
    void printItemLine(const QJsonObject &item);
    /// Opens the account's local store (outbox); reports and returns false on failure.
    bool openStore();
    void importDirectory(qint64 siteId);
    /// Delivers the outbox and ends the command when nothing deliverable is left.
    void drainOutbox();
    void printSites(const QList<domain::Site> &sites);
    void printColumns(const QList<domain::Column> &columns);
    void fetchColumns(qint64 siteId);
    void failWith(const pd::Error &error);
    void succeed();

    api::PortalClient m_client;
    api::LiveClient m_live{m_client};
    QTextStream &m_out;
    QTextStream &m_err;
    CliOptions m_options;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<sync::OutboxSync> m_sync;
    int m_delivered = 0;
    reports::SiteReportWriter::ChartPainter m_charts;
    QStringList m_attention;
};

} // namespace pd::cli
