#include "cli/CliRunner.h"

#include "api/ErrorMapper.h"
#include "models/ColumnTreeModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {
// Exit codes: 0 success, 1 the server refused or failed, 2 usage (handled in main), 3 cannot reach the server.
int exitCodeFor(const pd::Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Tls:
    case ErrorCode::BadUrl: return 3;
    default: return 1;
    }
}

QString roleList(const domain::User &user)
{
    QStringList roles;
    for (const domain::RoleGrant &g : user.roles) {
        QString r = domain::roleDisplayName(g.role);
        if (g.level > 0)
            r += u" L%1"_s.arg(g.level);
        if (!roles.contains(r))
            roles.append(r);
    }
    return roles.join(u", "_s);
}
} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_client(this)
    , m_out(out)
    , m_err(err)
{
}

QStringList CliRunner::commands()
{
    return {u"login"_s, u"me"_s, u"sites"_s, u"columns"_s};
}

void CliRunner::run(const CliOptions &options)
{
    m_options = options;
    const auto url = api::ErrorMapper::parseServerUrl(options.server);
    if (!url) {
        failWith(url.error());
        return;
    }
    m_client.login(*url, options.user, options.password, this, [this](Result<domain::User> result) {
        if (!result) {
            failWith(result.error());
            return;
        }
        afterLogin();
    });
}

void CliRunner::afterLogin()
{
    const domain::User &user = m_client.session().user();
    if (m_options.command == u"login"_s) {
        if (m_options.json)
            m_out << QJsonDocument(QJsonObject{{u"server"_s, m_client.session().serverUrl().toString()},
                                               {u"user"_s, user.toJson()}})
                         .toJson(QJsonDocument::Indented);
        else
            m_out << tr("Signed in to %1 as %2 (%3).")
                         .arg(m_client.session().serverUrl().toString(), user.displayName, user.username)
                  << Qt::endl;
        succeed();
        return;
    }
    if (m_options.command == u"me"_s) {
        m_client.me(this, [this](Result<domain::User> me) {
            if (!me) {
                failWith(me.error());
                return;
            }
            if (m_options.json) {
                m_out << QJsonDocument(me->toJson()).toJson(QJsonDocument::Indented);
            } else {
                m_out << tr("User name: %1").arg(me->username) << Qt::endl
                      << tr("Name: %1").arg(me->displayName) << Qt::endl
                      << tr("Roles: %1").arg(roleList(*me)) << Qt::endl;
            }
            succeed();
        });
        return;
    }
    if (m_options.command == u"sites"_s) {
        m_client.sites(this, [this](Result<QList<domain::Site>> sites) {
            if (!sites) {
                failWith(sites.error());
                return;
            }
            printSites(*sites);
            succeed();
        });
        return;
    }
    // columns: of the given site, or of the first one the user may work on.
    if (m_options.siteId > 0) {
        fetchColumns(m_options.siteId);
        return;
    }
    m_client.sites(this, [this](Result<QList<domain::Site>> sites) {
        if (!sites) {
            failWith(sites.error());
            return;
        }
        if (sites->isEmpty()) {
            failWith(Error::make(ErrorCode::NotFound, tr("The account has no site.")));
            return;
        }
        fetchColumns(sites->constFirst().id);
    });
}

void CliRunner::fetchColumns(qint64 siteId)
{
    m_client.columns(siteId, this, [this](Result<QList<domain::Column>> columns) {
        if (!columns) {
            failWith(columns.error());
            return;
        }
        printColumns(*columns);
        succeed();
    });
}

void CliRunner::printSites(const QList<domain::Site> &sites)
{
    if (m_options.json) {
        QJsonArray array;
        for (const domain::Site &s : sites)
            array.append(s.toJson());
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const domain::Site &s : sites)
        m_out << s.id << '\t' << s.name << '\t' << s.domain << '\t' << s.siteCode << Qt::endl;
}

void CliRunner::printColumns(const QList<domain::Column> &columns)
{
    if (m_options.json) {
        QJsonArray array;
        for (const domain::Column &c : columns)
            array.append(c.toJson());
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    // Indent children under their parents (columns arrive parents first).
    QHash<qint64, int> depth;
    for (const domain::Column &c : columns) {
        const int d = c.parentId != 0 ? depth.value(c.parentId, -1) + 1 : 0;
        depth.insert(c.id, d);
        m_out << c.id << '\t' << QString(d * 2, u' ') << c.name << '\t'
              << models::ColumnTreeModel::kindDisplayName(c.kind) << Qt::endl;
    }
}

void CliRunner::failWith(const pd::Error &error)
{
    m_out.flush();
    if (m_options.json)
        m_err << QJsonDocument(QJsonObject{{u"error"_s, error.message},
                                           {u"status"_s, error.httpStatus},
                                           {u"type"_s, error.type}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        m_err << error.message << Qt::endl;
    Q_EMIT finished(exitCodeFor(error));
}

void CliRunner::succeed()
{
    m_out.flush();
    Q_EMIT finished(0);
}

} // namespace pd::cli
