#include "app/admin/AdminApi.h"

#include "app/admin/AdminLog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::admin {

namespace {

QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 revision)
{
    return {{"If-Match", '"' + QByteArray::number(revision) + '"'}};
}

/// A review policy as answered, its revision from the ETag.
domain::ReviewPolicy policyOf(const api::ApiReply &reply)
{
    domain::ReviewPolicy policy = domain::ReviewPolicy::fromJson(reply.json.object());
    QByteArray etag = reply.etag;
    etag.replace('"', QByteArray());
    policy.revision = etag.toLongLong();
    return policy;
}

/// Reads one object of type T from a reply (T::fromJson).
template <typename T>
std::function<void(Result<api::ApiReply>)> one(std::function<void(Result<T>)> done)
{
    return [done = std::move(done)](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(T::fromJson(reply->json.object()));
    };
}

/// Reads an array of T from a reply.
template <typename T>
std::function<void(Result<api::ApiReply>)> many(std::function<void(Result<QList<T>>)> done)
{
    return [done = std::move(done)](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        QList<T> out;
        for (const QJsonValue &v : reply->json.array()) {
            auto value = T::fromJson(v.toObject());
            if (!value)
                return done(std::unexpected(value.error()));
            out.append(*value);
        }
        done(out);
    };
}

/// The fields of a site an administrator sets (the server ignores id and revision in the body).
QJsonObject siteFields(const domain::Site &site)
{
    QJsonObject json = site.toJson();
    json.remove(u"id"_s);
    json.remove(u"revision"_s);
    return json;
}

} // namespace

AdminApi::AdminApi(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void AdminApi::users(QObject *context, Callback<QList<UserAccount>> done)
{
    m_client.call("GET", u"/api/v1/users"_s, {}, {}, context, [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        QList<UserAccount> out;
        for (const QJsonValue &v : reply->json.array()) {
            auto account = UserAccount::fromJson(v.toObject());
            if (!account)
                return done(std::unexpected(account.error()));
            out.append(*account);
        }
        done(out);
    });
}

void AdminApi::createUser(const UserAccount &account, QObject *context, Callback<Created> done)
{
    m_client.call("POST", u"/api/v1/users"_s, QJsonDocument(account.toJson()), {}, context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        auto created = UserAccount::fromJson(reply->json.object());
        if (!created)
            return done(std::unexpected(created.error()));
        qCInfo(lcAdmin) << "account created" << created->user.username;
        done(Created{*created, reply->json.object().value(u"oneTimePassword").toString()});
    });
}

void AdminApi::updateUser(const UserAccount &account, QObject *context, Callback<UserAccount> done)
{
    m_client.call("PUT", u"/api/v1/users/%1"_s.arg(account.user.id), QJsonDocument(account.toJson()),
                  ifMatch(account.revision), context, [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(UserAccount::fromJson(reply->json.object()));
    });
}

void AdminApi::resetPassword(qint64 userId, QObject *context, Callback<QString> done)
{
    m_client.call("POST", u"/api/v1/users/%1/password-reset"_s.arg(userId), {}, {}, context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(reply->json.object().value(u"oneTimePassword").toString());
    });
}

void AdminApi::sites(QObject *context, Callback<QList<domain::Site>> done)
{
    m_client.sites(context, std::move(done));
}

void AdminApi::createSite(const domain::Site &site, QObject *context, Callback<domain::Site> done)
{
    m_client.call("POST", u"/api/v1/sites"_s, QJsonDocument(siteFields(site)), {}, context, one<domain::Site>(std::move(done)));
}

void AdminApi::updateSite(const domain::Site &site, QObject *context, Callback<domain::Site> done)
{
    m_client.call("PUT", u"/api/v1/sites/%1"_s.arg(site.id), QJsonDocument(siteFields(site)), ifMatch(site.revision),
                  context, one<domain::Site>(std::move(done)));
}

void AdminApi::reviewPolicy(qint64 siteId, QObject *context, Callback<domain::ReviewPolicy> done)
{
    m_client.call("GET", u"/api/v1/sites/%1/review-policy"_s.arg(siteId), {}, {}, context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(policyOf(*reply));
    });
}

void AdminApi::setReviewPolicy(qint64 siteId, const domain::ReviewPolicy &policy, QObject *context,
                               Callback<domain::ReviewPolicy> done)
{
    m_client.call("PUT", u"/api/v1/sites/%1/review-policy"_s.arg(siteId), QJsonDocument(policy.toJson()),
                  ifMatch(policy.revision), context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(policyOf(*reply));
    });
}

void AdminApi::columns(qint64 siteId, QObject *context, Callback<QList<domain::Column>> done)
{
    m_client.columns(siteId, context, std::move(done));
}

void AdminApi::createColumn(const domain::Column &column, QObject *context, Callback<domain::Column> done)
{
    const QJsonObject body{{u"name"_s, column.name},
                           {u"kind"_s, domain::columnKindCode(column.kind)},
                           {u"parentId"_s, column.parentId > 0 ? QJsonValue(column.parentId) : QJsonValue()},
                           {u"updateDays"_s, column.updateDays},
                           {u"inCatalogue"_s, column.inCatalogue},
                           {u"enabled"_s, column.enabled}};
    qCInfo(lcAdmin) << "creating column on site" << column.siteId;
    m_client.call("POST", u"/api/v1/sites/%1/columns"_s.arg(column.siteId), QJsonDocument(body), {}, context,
                  one<domain::Column>(std::move(done)));
}

void AdminApi::updateColumn(const domain::Column &column, const QJsonObject &fields, QObject *context,
                            Callback<domain::Column> done)
{
    m_client.call("PUT", u"/api/v1/columns/%1"_s.arg(column.id), QJsonDocument(fields), ifMatch(column.revision), context,
                  one<domain::Column>(std::move(done)));
}

void AdminApi::deleteColumn(const domain::Column &column, QObject *context, Callback<void> done)
{
    m_client.call("DELETE", u"/api/v1/columns/%1"_s.arg(column.id), {}, ifMatch(column.revision), context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done({});
    });
}

void AdminApi::categories(qint64 siteId, QObject *context, Callback<QList<domain::SiteCategory>> done)
{
    m_client.call("GET", u"/api/v1/sites/%1/disclosure/categories"_s.arg(siteId), {}, {}, context,
                  many<domain::SiteCategory>(std::move(done)));
}

void AdminApi::createCategory(const domain::SiteCategory &category, QObject *context, Callback<domain::SiteCategory> done)
{
    QJsonObject body{{u"code"_s, category.code}, {u"name"_s, category.name}};
    if (!category.parentCode.isEmpty())
        body.insert(u"parentCode"_s, category.parentCode);
    m_client.call("POST", u"/api/v1/sites/%1/disclosure/categories"_s.arg(category.siteId), QJsonDocument(body), {},
                  context, one<domain::SiteCategory>(std::move(done)));
}

void AdminApi::renameCategory(const domain::SiteCategory &category, QObject *context, Callback<domain::SiteCategory> done)
{
    m_client.call("PUT", u"/api/v1/disclosure/categories/%1"_s.arg(category.code),
                  QJsonDocument(QJsonObject{{u"name"_s, category.name}}), ifMatch(category.revision), context,
                  one<domain::SiteCategory>(std::move(done)));
}

void AdminApi::deleteCategory(const QString &code, QObject *context, Callback<void> done)
{
    m_client.call("DELETE", u"/api/v1/disclosure/categories/%1"_s.arg(code), {}, {}, context,
                  [done](Result<api::ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done({});
    });
}

} // namespace pd::admin
