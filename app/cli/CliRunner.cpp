#include "app/cli/CliRunner.h"

#include "app/api/ErrorMapper.h"
#include "app/api/PlainHttpWarning.h"
#include "app/cli/ImportFile.h"
#include "app/models/ColumnTreeModel.h"
#include "app/reports/LiveReportLoader.h"
#include "app/reports/LiveReportWriter.h"
#include "app/reports/ReportLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {
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

int CliRunner::exitCodeFor(const pd::Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Tls:
    case ErrorCode::BadUrl: return Unreachable;
    case ErrorCode::Forbidden: return Forbidden;
    case ErrorCode::Conflict:
    case ErrorCode::PreconditionFailed: return Conflict;
    case ErrorCode::Validation: return Invalid;
    default: return Failed;
    }
}

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_client(this)
    , m_out(out)
    , m_err(err)
{
}

QStringList CliRunner::commands()
{
    return {u"login"_s, u"me"_s,     u"sites"_s,   u"columns"_s, u"list"_s,    u"show"_s,   u"create"_s,
            u"update"_s, u"submit"_s, u"approve"_s, u"reject"_s,  u"publish"_s, u"queue"_s,   u"import"_s,
            u"sync"_s,   u"schedule"_s, u"unpublish"_s, u"withdraw"_s, u"archive"_s, u"invalidate"_s, u"report"_s,
            u"live-events"_s, u"live-posts"_s, u"live-approve"_s, u"live-report"_s};
}

void CliRunner::run(const CliOptions &options)
{
    m_options = options;
    const auto url = api::ErrorMapper::parseServerUrl(options.server);
    if (!url) {
        failWith(url.error());
        return;
    }
    // On stderr, so scripts reading the output are not disturbed and a person at the terminal still sees it.
    if (const QString warning = api::PlainHttpWarning::forServer(*url); !warning.isEmpty())
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
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
    const QString &c = m_options.command;
    if (c == u"columns"_s)
        withSite([this](qint64 site) { fetchColumns(site); });
    else if (c == u"list"_s)
        withSite([this](qint64 site) { listItems(site); });
    else if (c == u"queue"_s)
        withSite([this](qint64 site) { reviewQueue(site); });
    else if (c == u"create"_s)
        createItem();
    else if (c == u"import"_s)
        withSite([this](qint64 site) { importDirectory(site); });
    else if (c == u"report"_s)
        withSite([this](qint64 site) { makeReport(site); });
    else if (c == u"sync"_s) {
        if (openStore())
            drainOutbox();
    }
    else if (c == u"live-events"_s)
        withSite([this](qint64 site) { liveEvents(site); });
    else if (const qint64 id = itemIdArgument(); id > 0) {
        if (c == u"live-posts"_s)
            livePosts(id);
        else if (c == u"live-approve"_s)
            liveApprove(id);
        else if (c == u"live-report"_s)
            liveReport(id);
        else if (c == u"show"_s)
            showItem(id);
        else if (c == u"update"_s)
            updateItem(id);
        else
            transition(id, c); // submit … invalidate: the command is the workflow action
    }
}

void CliRunner::withSite(std::function<void(qint64)> next)
{
    // The given site, or the first one the user may work on.
    if (m_options.siteId > 0) {
        next(m_options.siteId);
        return;
    }
    m_client.sites(this, [this, next](Result<QList<domain::Site>> sites) {
        if (!sites) {
            failWith(sites.error());
            return;
        }
        if (sites->isEmpty()) {
            failWith(Error::make(ErrorCode::NotFound, tr("The account has no site.")));
            return;
        }
        next(sites->constFirst().id);
    });
}

qint64 CliRunner::itemIdArgument()
{
    bool ok = false;
    const qint64 id = m_options.arguments.value(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        failWith(Error::make(ErrorCode::InvalidInput, tr("Give the item id after the command, e.g. %1 42.")
                                                          .arg(m_options.command)));
        return 0;
    }
    return id;
}

Result<QJsonObject> CliRunner::readItemFile() const
{
    if (m_options.file.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Give the item as a JSON file with --file."));
    QFile file(m_options.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("Cannot read %1: %2").arg(m_options.file, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput, tr("%1 is not a JSON object: %2").arg(m_options.file, error.errorString()));
    return doc.object();
}

void CliRunner::printItemLine(const QJsonObject &item)
{
    m_out << item.value(u"id").toInteger() << '\t' << item.value(u"state").toString() << '\t'
          << item.value(u"type").toString() << '\t' << item.value(u"title").toString() << Qt::endl;
}

void CliRunner::listItems(qint64 siteId)
{
    QUrlQuery query;
    query.addQueryItem(u"site"_s, QString::number(siteId));
    query.addQueryItem(u"limit"_s, u"200"_s);
    if (!m_options.state.isEmpty())
        query.addQueryItem(u"state"_s, m_options.state);
    if (!m_options.type.isEmpty())
        query.addQueryItem(u"type"_s, m_options.type);
    if (m_options.mine)
        query.addQueryItem(u"mine"_s, u"true"_s);
    m_client.call("GET", u"/api/v1/items?"_s + query.toString(QUrl::FullyEncoded), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          failWith(reply.error());
                          return;
                      }
                      const QJsonArray items = reply->json.object().value(u"items").toArray();
                      if (m_options.json) {
                          m_out << QJsonDocument(items).toJson(QJsonDocument::Indented);
                      } else {
                          for (const QJsonValue &v : items)
                              printItemLine(v.toObject());
                      }
                      succeed();
                  });
}

void CliRunner::showItem(qint64 id)
{
    m_client.call("GET", u"/api/v1/items/%1"_s.arg(id), {}, {}, this, [this](Result<api::ApiReply> reply) {
        if (!reply) {
            failWith(reply.error());
            return;
        }
        const QJsonObject item = reply->json.object();
        if (m_options.json) {
            m_out << QJsonDocument(item).toJson(QJsonDocument::Indented);
        } else {
            printItemLine(item);
            m_out << tr("Revision: %1").arg(item.value(u"revision").toInteger()) << Qt::endl;
            if (!item.value(u"summary").toString().isEmpty())
                m_out << item.value(u"summary").toString() << Qt::endl;
        }
        succeed();
    });
}

void CliRunner::createItem()
{
    const auto item = readItemFile();
    if (!item) {
        failWith(item.error());
        return;
    }
    // A fresh key per invocation: a retry by the network stack can never create the item twice.
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_client.call("POST", u"/api/v1/items"_s, QJsonDocument(*item), {{"Idempotency-Key", key}}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          failWith(reply.error());
                          return;
                      }
                      if (m_options.json)
                          m_out << reply->json.toJson(QJsonDocument::Indented);
                      else
                          m_out << tr("Created item %1.").arg(reply->json.object().value(u"id").toInteger())
                                << Qt::endl;
                      succeed();
                  });
}

void CliRunner::updateItem(qint64 id)
{
    const auto item = readItemFile();
    if (!item) {
        failWith(item.error());
        return;
    }
    // Update against the revision read just now: if someone saves in between, the server refuses (412).
    m_client.call("GET", u"/api/v1/items/%1"_s.arg(id), {}, {}, this, [this, id, body = *item](Result<api::ApiReply> current) {
        if (!current) {
            failWith(current.error());
            return;
        }
        m_client.call("PUT", u"/api/v1/items/%1"_s.arg(id), QJsonDocument(body), {{"If-Match", current->etag}}, this,
                      [this, id](Result<api::ApiReply> reply) {
                          if (!reply) {
                              failWith(reply.error());
                              return;
                          }
                          if (m_options.json)
                              m_out << reply->json.toJson(QJsonDocument::Indented);
                          else
                              m_out << tr("Saved item %1 (revision %2).")
                                           .arg(id)
                                           .arg(reply->json.object().value(u"revision").toInteger())
                                    << Qt::endl;
                          succeed();
                      });
    });
}

void CliRunner::transition(qint64 id, const QString &action)
{
    m_client.call("GET", u"/api/v1/items/%1"_s.arg(id), {}, {}, this, [this, id, action](Result<api::ApiReply> current) {
        if (!current) {
            failWith(current.error());
            return;
        }
        QJsonObject body{{u"action"_s, action}};
        if (!m_options.comment.isEmpty())
            body.insert(u"comment"_s, m_options.comment);
        // The options that belong to this action; the server says which are missing (422, exit code Invalid).
        if (action == u"schedule"_s && !m_options.publishAt.isEmpty())
            body.insert(u"publishAt"_s, m_options.publishAt);
        if (action == u"publish"_s && m_options.urgent)
            body.insert(u"urgent"_s, true);
        if (action == u"invalidate"_s) {
            if (!m_options.validity.isEmpty())
                body.insert(u"validity"_s, m_options.validity);
            if (!m_options.effectiveDate.isEmpty())
                body.insert(u"effectiveDate"_s, m_options.effectiveDate);
            if (m_options.replacedBy > 0)
                body.insert(u"replacedBy"_s, m_options.replacedBy);
        }
        m_client.call("POST", u"/api/v1/items/%1/transitions"_s.arg(id), QJsonDocument(body),
                      {{"If-Match", current->etag}}, this, [this, id](Result<api::ApiReply> reply) {
                          if (!reply) {
                              failWith(reply.error());
                              return;
                          }
                          const QJsonObject item = reply->json.object();
                          if (m_options.json)
                              m_out << reply->json.toJson(QJsonDocument::Indented);
                          else
                              m_out << tr("Item %1 is now %2.").arg(id).arg(item.value(u"state").toString())
                                    << Qt::endl;
                          succeed();
                      });
    });
}

void CliRunner::reviewQueue(qint64 siteId)
{
    m_client.call("GET", u"/api/v1/review/queue?site=%1"_s.arg(siteId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          failWith(reply.error());
                          return;
                      }
                      const QJsonArray items = reply->json.isArray()
                                                   ? reply->json.array()
                                                   : reply->json.object().value(u"items").toArray();
                      if (m_options.json) {
                          m_out << QJsonDocument(items).toJson(QJsonDocument::Indented);
                      } else {
                          for (const QJsonValue &v : items) {
                              const QJsonObject o = v.toObject();
                              m_out << o.value(u"id").toInteger() << '\t' << tr("level %1").arg(o.value(u"level").toInt())
                                    << '\t' << o.value(u"dueAt").toString() << '\t' << o.value(u"title").toString()
                                    << Qt::endl;
                          }
                      }
                      succeed();
                  });
}

void CliRunner::makeReport(qint64 siteId)
{
    // Leaders' monthly figures are last month's: that is the period without --from/--to.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QDate from = m_options.from.isEmpty() ? thisMonth.addMonths(-1) : QDate::fromString(m_options.from, Qt::ISODate);
    const QDate to = m_options.to.isEmpty() ? thisMonth.addDays(-1) : QDate::fromString(m_options.to, Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from) {
        m_err << tr("--from and --to need days such as 2026-11-01, the first not after the second.") << Qt::endl;
        Q_EMIT finished(Usage);
        return;
    }
    if (m_options.pdf.isEmpty() && m_options.csv.isEmpty()) {
        m_err << tr("report needs --pdf FILE, --csv FILE or both.") << Qt::endl;
        Q_EMIT finished(Usage);
        return;
    }
    auto *loader = new reports::ReportLoader(m_client, this);
    connect(loader, &reports::ReportLoader::loaded, this, &CliRunner::writeReport);
    connect(loader, &reports::ReportLoader::failed, this, &CliRunner::failWith);
    if (m_options.group)
        loader->loadGroup(from, to);
    else
        loader->loadSite(siteId, from, to);
}

void CliRunner::writeReport(const QList<domain::SiteReport> &loaded)
{
    if (loaded.isEmpty() || (!m_options.group && loaded.first().isEmpty())) {
        m_err << (loaded.isEmpty() ? tr("There is no site to report on.")
                                   : reports::SiteReportWriter::emptyMessage(loaded.first()))
              << Qt::endl;
        Q_EMIT finished(Failed);
        return;
    }
    const reports::SiteReportWriter writer(m_charts);
    const auto doc = m_options.group ? writer.group(loaded) : writer.site(loaded.first());
    for (const auto &[path, pdf] : {std::pair{m_options.pdf, true}, std::pair{m_options.csv, false}}) {
        if (path.isEmpty())
            continue;
        if (auto written = pdf ? doc->writePdf(path) : doc->writeCsv(path); !written) {
            failWith(written.error());
            return;
        }
        m_out << tr("Saved %1.").arg(path) << Qt::endl;
    }
    succeed();
}

void CliRunner::liveReport(qint64 eventId)
{
    if (m_options.pdf.isEmpty() && m_options.csv.isEmpty()) {
        m_err << tr("live-report needs --pdf FILE, --csv FILE or both.") << Qt::endl;
        Q_EMIT finished(Usage);
        return;
    }
    auto *loader = new reports::LiveReportLoader(m_client, this);
    connect(loader, &reports::LiveReportLoader::failed, this, &CliRunner::failWith);
    connect(loader, &reports::LiveReportLoader::loaded, this,
            [this](const domain::LiveEvent &event, const domain::LiveStats &stats) {
                const auto doc = reports::LiveReportWriter(m_charts).event(event, stats,
                                                                            QDateTime::currentDateTimeUtc());
                for (const auto &[path, pdf] : {std::pair{m_options.pdf, true}, std::pair{m_options.csv, false}}) {
                    if (path.isEmpty())
                        continue;
                    if (auto written = pdf ? doc->writePdf(path) : doc->writeCsv(path); !written) {
                        failWith(written.error());
                        return;
                    }
                    m_out << tr("Saved %1.").arg(path) << Qt::endl;
                }
                succeed();
            });
    loader->load(eventId);
}

void CliRunner::liveEvents(qint64 siteId)
{
    m_live.events(siteId, this, [this](Result<QList<domain::LiveEvent>> events) {
        if (!events) {
            failWith(events.error());
            return;
        }
        if (m_options.json) {
            QJsonArray array;
            for (const domain::LiveEvent &e : std::as_const(*events))
                array.append(e.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const domain::LiveEvent &e : std::as_const(*events)) {
                QStringList groups;
                for (const domain::LiveReview::Group &g : e.review.groups)
                    groups.append(g.name);
                m_out << e.id << '\t' << domain::liveEventStateCode(e.state) << '\t' << domain::liveModeCode(e.mode)
                      << '\t' << e.title;
                if (!groups.isEmpty())
                    m_out << '\t' << tr("joint review: %1").arg(groups.join(u", "_s));
                m_out << Qt::endl;
            }
        }
        succeed();
    });
}

void CliRunner::livePosts(qint64 eventId)
{
    m_live.allPosts(eventId, this, [this](Result<QList<domain::LivePost>> posts) {
        if (!posts) {
            failWith(posts.error());
            return;
        }
        if (m_options.json) {
            QJsonArray array;
            for (const domain::LivePost &p : std::as_const(*posts))
                array.append(p.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const domain::LivePost &p : std::as_const(*posts))
                printLivePost(p);
        }
        succeed();
    });
}

void CliRunner::liveApprove(qint64 postId)
{
    // The revision read here is the one approved: a post changed meanwhile is refused (412), not approved blind.
    m_live.post(postId, this, [this, postId](Result<api::LiveClient::Versioned<domain::LivePost>> read) {
        if (!read) {
            failWith(read.error());
            return;
        }
        m_live.transitionPost(postId, domain::LivePostAction::Approve, {}, read->etag, this,
                              [this](Result<domain::LivePost> post) {
                                  if (!post) {
                                      failWith(post.error());
                                      return;
                                  }
                                  if (m_options.json)
                                      m_out << QJsonDocument(post->toJson()).toJson(QJsonDocument::Indented);
                                  else
                                      printLivePost(*post);
                                  succeed();
                              });
    });
}

void CliRunner::printLivePost(const domain::LivePost &post)
{
    m_out << post.seq << '\t' << post.id << '\t' << domain::livePostStateCode(post.state) << '\t' << post.text;
    QStringList approvals;
    for (const domain::LiveApproval &a : post.approvals)
        approvals.append(tr("%1 (%2)").arg(a.userName, a.group));
    if (!approvals.isEmpty())
        m_out << '\t' << tr("approved by %1").arg(approvals.join(u", "_s));
    if (!post.awaiting.isEmpty())
        m_out << '\t' << tr("awaiting %1").arg(post.awaiting.join(u", "_s));
    m_out << Qt::endl;
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
    Q_EMIT finished(Ok);
}

} // namespace pd::cli

namespace pd::cli {

bool CliRunner::openStore()
{
    QString path = m_options.store;
    if (path.isEmpty())
        path = store::LocalStore::pathForAccount(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                                 m_client.session().serverUrl(), m_options.user);
    m_store = std::make_unique<store::LocalStore>();
    if (auto opened = m_store->open(path); !opened) {
        failWith(opened.error());
        return false;
    }
    if (!m_store->corruptCopy().isEmpty())
        m_err << tr("The local database was damaged; it was kept as %1 and a new one was created.")
                     .arg(QDir::toNativeSeparators(m_store->corruptCopy()))
              << Qt::endl;
    return true;
}

void CliRunner::importDirectory(qint64 siteId)
{
    const QString dirPath = m_options.arguments.value(0);
    const QDir dir(dirPath);
    if (dirPath.isEmpty() || !dir.exists()) {
        failWith(Error::make(ErrorCode::InvalidInput, tr("Give the folder to import after the command.")));
        return;
    }
    m_client.columns(siteId, this, [this, dir, siteId](Result<QList<domain::Column>> columns) {
        if (!columns) {
            failWith(columns.error());
            return;
        }
        QHash<QString, qint64> byName;
        for (const domain::Column &c : *columns) {
            byName.insert(c.name, c.id);
            byName.insert(QString::number(c.id), c.id);
        }
        // Everything is read and checked before anything is queued: a bad file stops the import cleanly.
        const QStringList files = dir.entryList({u"*.html"_s, u"*.htm"_s, u"*.md"_s, u"*.markdown"_s}, QDir::Files,
                                                QDir::Name);
        QList<QJsonObject> items;
        for (const QString &name : files) {
            auto item = ImportFile::read(dir.filePath(name), siteId, byName);
            if (!item) {
                failWith(item.error());
                return;
            }
            items.append(*item);
        }
        if (items.isEmpty()) {
            failWith(Error::make(ErrorCode::InvalidInput, tr("%1 holds no .html or .md files.").arg(dir.path())));
            return;
        }
        if (!openStore())
            return;
        for (const QJsonObject &item : std::as_const(items)) {
            // One resource for the whole import keeps the items in file order on the server.
            if (auto queued = m_store->enqueue(u"import"_s, "POST", u"/api/v1/items"_s, item); !queued) {
                failWith(queued.error());
                return;
            }
        }
        if (!m_options.json)
            m_err << tr("%n item(s) queued for import.", nullptr, int(items.size())) << Qt::endl;
        drainOutbox();
    });
}

void CliRunner::drainOutbox()
{
    m_sync = std::make_unique<sync::OutboxSync>(*m_store, m_client);
    m_sync->setBackoff(std::chrono::milliseconds(200), std::chrono::seconds(5));
    connect(m_sync.get(), &sync::OutboxSync::entrySent, this, [this] { ++m_delivered; });
    connect(m_sync.get(), &sync::OutboxSync::entryNeedsAttention, this,
            [this](const store::OutboxEntry &entry, const pd::Error &error) {
                m_attention.append(u"%1: %2"_s.arg(entry.body.value(u"title").toString(entry.path), error.message));
            });
    connect(m_sync.get(), &sync::OutboxSync::retryScheduled, this,
            [this](const store::OutboxEntry &entry, std::chrono::milliseconds, const pd::Error &error) {
                if (entry.attempts < 6)
                    return;
                // The changes are safe in the outbox; a later `sync` delivers them.
                m_sync->stop();
                const int left = m_store->pendingCount().value_or(0);
                Error e = error;
                e.message += u' ' + tr("%n change(s) stay queued; run “sync” later.", nullptr, left);
                failWith(e);
            });
    connect(m_sync.get(), &sync::OutboxSync::drained, this, [this] {
        m_sync->stop();
        if (m_options.json) {
            m_out << QJsonDocument(QJsonObject{{u"delivered"_s, m_delivered},
                                               {u"needsAttention"_s, QJsonArray::fromStringList(m_attention)}})
                         .toJson(QJsonDocument::Indented);
        } else {
            m_out << tr("Delivered %n change(s).", nullptr, m_delivered) << Qt::endl;
            for (const QString &line : std::as_const(m_attention))
                m_out << tr("Needs attention: %1").arg(line) << Qt::endl;
        }
        m_out.flush();
        Q_EMIT finished(m_attention.isEmpty() ? Ok : Failed);
    });
    m_sync->start();
}

} // namespace pd::cli
