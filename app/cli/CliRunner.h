#pragma once
#include "api/PortalClient.h"

#include <QObject>
#include <QTextStream>

namespace pd::cli {

/// What the command line asked portaldesk-cli to do.
struct CliOptions {
    QString server;
    QString user;
    QString password;
    QString command; ///< login | me | sites | columns
    qint64 siteId = 0; ///< for columns; 0: the first site
    bool json = false;
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

    [[nodiscard]] static QStringList commands();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void afterLogin();
    void printSites(const QList<domain::Site> &sites);
    void printColumns(const QList<domain::Column> &columns);
    void fetchColumns(qint64 siteId);
    void failWith(const pd::Error &error);
    void succeed();

    api::PortalClient m_client;
    QTextStream &m_out;
    QTextStream &m_err;
    CliOptions m_options;
};

} // namespace pd::cli
