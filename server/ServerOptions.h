#pragma once
#include "app/domain/Error.h"
#include "app/domain/StalenessPolicy.h"
#include "app/domain/User.h"
#include "server/http/ClientAddress.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace pd::server {

/// portald's command line: `[init] --listen 127.0.0.1:0 --data DIR [--demo [--demo-public]] [--database URL] [--webroot DIR]`.
struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    QString databaseUrl; ///< empty: SQLite file in dataDir
    QString webroot;
    bool demo = false;
    bool demoPublic = false; ///< `--demo-public`: --demo may listen on an address other than loopback
    QString demoDir;
    bool listRoutes = false;
    /// `--trusted-proxy ADDR[/PREFIX]` (repeatable): peers whose X-Forwarded-For / X-Real-IP name the client.
    QList<ClientAddress::Subnet> trustedProxies;
    QString workingCalendar; ///< `--working-calendar FILE`: office hours for review deadlines (WorkingCalendar JSON)
    /// `--stream-connections-per-address N`: public live stream connections one address may hold (0: no cap).
    int streamConnectionsPerAddress = 20;
    /// `--nchan-publish URL`: publish every public live message to this Nchan publisher location (the event id is
    /// appended), for the production topology where nginx with Nchan holds the readers. Empty: portald alone.
    QUrl nchanPublish;
    /// `--public-stream-url TEMPLATE`: where the live page subscribes, `{event}` standing for the event id (default
    /// portald's own `/public/live/{event}/stream`, or `/public/live/{event}/events` with --nchan-publish).
    QString publicStreamUrl;
    /// `--access-token-ttl SECONDS`: how long an access token is accepted (refresh tokens renew it).
    int accessTokenTtl = 15 * 60;
    /// `--clock-start RFC3339`: portald's clock starts at this moment and runs on (default: the system clock).
    QDateTime clockStart;
    /// `--stale-margins 14=3,180=30`: days of warning before a column breaks an update rule of at least so many days.
    QMap<int, int> staleMargins = domain::StalenessPolicy().margins;
    /// `--sweep-batch N`, `--sweep-pause-ms MS`: a sweep checks N items per turn and rests between turns, so it
    /// runs beside publishing and the API instead of in their way.
    int sweepBatch = 200;
    int sweepPauseMs = 10;
    /// `--audience-heartbeat-ms MS`: how often this instance refreshes its live readers in the shared figure; a dead
    /// instance's readers drop out after three heartbeats.
    int audienceHeartbeatMs = 10'000;
    int sweepSliceMs = 4; ///< `--sweep-slice-ms MS`: a turn ends after this long even before its batch is through
    /// `--sweep-external-links`: link sweeps ask other hosts over HTTP (off: their links count as unchecked).
    bool sweepExternalLinks = false;
    QStringList sweepExternalHosts; ///< `--sweep-external-only HOST` (repeatable): only these hosts are asked
    int linkTimeoutMs = 10'000; ///< `--link-timeout-ms MS`: one external link's time limit
    int linkMaxRedirects = 5;   ///< `--link-max-redirects N`: more redirects than this is a redirect loop
    int linkPerHost = 1;        ///< `--link-per-host N`: requests at once to one host
    int linkConcurrency = 8;    ///< `--link-concurrency N`: requests at once, all hosts together
    int linkHostGapMs = 250;    ///< `--link-host-gap-ms MS`: rest between two requests to one host
    /// `--dead-link-limit PERCENT`: a site's dead links within the inspection's line, in percent of checked links.
    double deadLinkLimitPercent = 1.0;
    int generateItems = 0; ///< `--generate-items N`: add N measurement items and exit
    /// `--generate-mark WORD --generate-mark-every N`: every Nth generated item carries WORD in its title, so a sweep
    /// has a known set of findings.
    int generateRules = 0; ///< `--generate-rules N`: add N content-check rules to the first site and exit
    QString generateMark;
    int generateMarkEvery = 100;
    /// `--add-user NAME --display-name X --role editor --role reviewer:2`: create an account and exit.
    QString addUser;
    QString displayName;
    QList<domain::RoleGrant> roles;
    /// `portald init --data DIR --site-name … --site-code … --org-code … --admin NAME`: create an empty portal
    /// (one site, one administrator whose password comes from PORTALD_ADMIN_PASSWORD or standard input) and exit.
    bool init = false;
    QString siteName;
    QString siteCode;
    QString orgCode;
    QString adminUser;

    /// Parses the arguments of the running QCoreApplication; `--help`/`--version` exit inside.
    [[nodiscard]] static Result<ServerOptions> parse(const QStringList &arguments);
    /// The SQLite file or PostgreSQL URL to open.
    [[nodiscard]] QString databaseLocation() const;
};

} // namespace pd::server
