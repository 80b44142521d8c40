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

} // namespace pd::admin
