#pragma once
#include "app/api/PortalClient.h"
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
    QString comment;        ///< --comment: for reject (required) and other transitions
    QString state;          ///< --state filter for list
    QString type;           ///< --type filter for list
    bool mine = false;      ///< --mine filter for list
    QString store;          ///< --store: the account's local database (default: per account in the app data)
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
    void withSite(std::function<void(qint64 siteId)> next);
    void listItems(qint64 siteId);
    void showItem(qint64 id);
    void createItem();
    void updateItem(qint64 id);
    void transition(qint64 id, const QString &action);
    void reviewQueue(qint64 siteId);
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
    QTextStream &m_out;
    QTextStream &m_err;
    CliOptions m_options;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<sync::OutboxSync> m_sync;
    int m_delivered = 0;
    QStringList m_attention;
};

} // namespace pd::cli
