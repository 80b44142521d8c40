#include "server/http/UserController.h"

#include "server/auth/PasswordHasher.h"
#include "server/db/AdminAuditLog.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/db/UserRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QStringView kAccountRefusal = u"只有管理员可以管理账号";
constexpr qsizetype kSmallJson = 64 * 1024;
constexpr qsizetype kMinPasswordLength = 12;
constexpr int kMaxReviewLevels = 5;

using Account = UserRepository::Account;

/// Sixteen characters from an alphabet without look-alikes (0/O, 1/l/I), read aloud or typed from a note.
QString oneTimePassword()
{
    static const QString alphabet = u"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString out;
    for (int i = 0; i < 16; ++i)
        out.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return out;
}

Error stale(qint64 given, const Account &current)
{
    Error e = Error::make(ErrorCode::PreconditionFailed,
                          u"账号已被他人修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(given).arg(current.revision));
    e.body.insert(u"current"_s, current.toJson());
    return e;
}

} // namespace

void UserController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/users"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"POST", u"/api/v1/users"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return create(r); }});
    server.addRoute(Route{"GET", u"/api/v1/users/{id}"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return get(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/users/{id}"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return update(r); }});
    server.addRoute(Route{"POST", u"/api/v1/users/{id}/password-reset"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return resetPassword(r); }});
    server.addRoute(Route{"POST", u"/api/v1/me/password"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return changeOwnPassword(r); }, {}, true});
}

namespace {

/// Reads `{username?, displayName?, enabled?, roles?}` onto `account`, checking each field; `sites` are the known ids.
QList<FieldError> applyAccountFields(const QJsonObject &body, Account &account, const QList<qint64> &sites)
{
    QList<FieldError> errors;
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"_s);
    if (body.contains(u"username"_s)) {
        const QString name = body.value(u"username"_s).toString().trimmed();
        if (!namePattern.match(name).hasMatch())
            errors.append({u"username"_s, u"用户名为 2 到 32 个字母、数字、点、下划线或连字符，以字母或数字开头"_s});
        else
            account.user.username = name;
    }
    if (body.contains(u"displayName"_s)) {
        const QString name = body.value(u"displayName"_s).toString().trimmed();
        if (!body.value(u"displayName"_s).isString() || name.isEmpty() || name.size() > 50)
            errors.append({u"displayName"_s, u"请填写 1 到 50 个字的姓名"_s});
        else
            account.user.displayName = name;
    }
    if (body.contains(u"enabled"_s)) {
        if (!body.value(u"enabled"_s).isBool())
            errors.append({u"enabled"_s, u"应为 true 或 false"_s});
        else
            account.enabled = body.value(u"enabled"_s).toBool();
    }
    if (body.contains(u"roles"_s)) {
        if (!body.value(u"roles"_s).isArray()) {
            errors.append({u"roles"_s, u"应为角色列表"_s});
            return errors;
        }
        static const QStringList known{QString(domain::roles::Editor), QString(domain::roles::Reviewer),
                                       QString(domain::roles::Publisher), QString(domain::roles::LiveReporter),
                                       QString(domain::roles::LiveModerator), QString(domain::roles::Admin)};
        QList<domain::RoleGrant> grants;
        const QJsonArray roles = body.value(u"roles"_s).toArray();
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QJsonObject o = roles.at(i).toObject();
            const QString field = u"roles[%1]"_s.arg(i);
            const QString role = o.value(u"role"_s).toString();
            const qint64 site = o.value(u"site"_s).toInteger(0);
            const int level = o.value(u"level"_s).toInt(0);
            if (!known.contains(role)) {
                errors.append({field + u".role"_s, u"未知角色：%1（应为 %2 之一）"_s.arg(role, known.join(u"、"_s))});
                continue;
            }
            if (site != 0 && !sites.contains(site)) {
                errors.append({field + u".site"_s, u"没有编号为 %1 的站点"_s.arg(site)});
                continue;
            }
            if (role == domain::roles::Reviewer && (level < 1 || level > kMaxReviewLevels)) {
                errors.append({field + u".level"_s, u"审核人须指定 1 到 %1 的审核级别"_s.arg(kMaxReviewLevels)});
                continue;
            }
            if (role != domain::roles::Reviewer && o.contains(u"level"_s)) {
                errors.append({field + u".level"_s, u"只有审核人有审核级别"_s});
                continue;
            }
            const domain::RoleGrant grant{role, site, role == domain::roles::Reviewer ? level : 0};
            if (!grants.contains(grant))
                grants.append(grant);
        }
        account.user.roles = grants;
    }
    return errors;
}

} // namespace

Result<Account> UserController::account(std::optional<qint64> id)
{
    auto found = id ? m_users.accounts(*id) : Result<QList<Account>>(QList<Account>());
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, u"账号不存在"_s);
    return found->constFirst();
}

Result<QList<qint64>> UserController::siteIds()
{
    auto sites = m_sites.sites();
    if (!sites)
        return std::unexpected(sites.error());
    QList<qint64> ids;
    for (const domain::Site &s : std::as_const(*sites))
        ids.append(s.id);
    return ids;
}

Result<void> UserController::checkUsernameFree(const QString &username)
{
    auto taken = m_users.idOf(username);
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->has_value()) {
        Error e = Error::make(ErrorCode::Conflict, u"用户名 %1 已被使用"_s.arg(username));
        e.fields = {{u"username"_s, u"已被使用"_s}};
        return std::unexpected(e);
    }
    return {};
}

Result<ApiResponse> UserController::list(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kAccountRefusal); !r)
        return std::unexpected(r.error());
    const QString q = request.query(u"q"_s).trimmed();
    const QString role = request.query(u"role"_s);
    bool siteOk = true;
    const QString siteText = request.query(u"site"_s);
    const qint64 site = siteText.isEmpty() ? 0 : siteText.toLongLong(&siteOk);
    if (!siteOk || site < 0)
        return std::unexpected(Error::validation(u"查询条件有误"_s, {{u"site"_s, u"应为站点编号"_s}}));
    auto accounts = m_users.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    QJsonArray out;
    for (const Account &a : std::as_const(*accounts)) {
        if (!q.isEmpty() && !a.user.username.contains(q, Qt::CaseInsensitive) && !a.user.displayName.contains(q))
            continue;
        const bool matchesRole = std::ranges::any_of(a.user.roles, [&](const domain::RoleGrant &g) {
            return (role.isEmpty() || g.role == role) && (site == 0 || g.siteId == 0 || g.siteId == site);
        });
        if ((!role.isEmpty() || site != 0) && !matchesRole)
            continue;
        out.append(a.toJson());
    }
    return ApiResponse::json(200, out);
}

Result<ApiResponse> UserController::create(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kAccountRefusal); !r)
        return std::unexpected(r.error());
    const QJsonObject body = request.object();
    const auto sites = siteIds();
    if (!sites)
        return std::unexpected(sites.error());
    Account account;
    QList<FieldError> errors = applyAccountFields(body, account, *sites);
    if (!body.contains(u"username"_s))
        errors.append({u"username"_s, u"请填写用户名"_s});
    if (!body.contains(u"displayName"_s))
        errors.append({u"displayName"_s, u"请填写姓名"_s});
    if (errors.isEmpty() && account.user.roles.isEmpty())
        errors.append({u"roles"_s, u"账号至少要有一个角色"_s});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"账号信息有 %1 处错误"_s.arg(errors.size()), errors));

    const QString password = oneTimePassword();
    auto hash = m_hasher.hash(password.toUtf8());
    if (!hash)
        return std::unexpected(hash.error());
    account.user.mustChangePassword = true;
    Transaction tx(m_db);
    if (auto r = checkUsernameFree(account.user.username); !r)
        return std::unexpected(r.error());
    auto id = m_users.create(account.user, *hash);
    if (!id)
        return std::unexpected(id.error());
    if (!account.enabled) {
        Account disabled = account;
        disabled.user.id = *id;
        if (auto r = m_users.update(disabled); !r)
            return std::unexpected(r.error());
    }
    auto created = m_users.accounts(*id);
    if (!created)
        return std::unexpected(created.error());
    const Account &stored = created->constFirst();
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"user"_s, QString::number(*id), u"create"_s,
                                         {}, stored.toJson());
        !r)
        return std::unexpected(r.error());
    QJsonObject out = stored.toJson();
    out.insert(u"oneTimePassword"_s, password);
    return ApiResponse::json(201, out).setETag(stored.revision);
}

Result<ApiResponse> UserController::get(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kAccountRefusal); !r)
        return std::unexpected(r.error());
    const auto found = account(request.idArg(0));
    if (!found)
        return std::unexpected(found.error());
    return ApiResponse::json(200, found->toJson()).setETag(found->revision);
}

Result<ApiResponse> UserController::update(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kAccountRefusal); !r)
        return std::unexpected(r.error());
    const auto id = request.idArg(0);
    Transaction tx(m_db);
    const auto found = account(id);
    if (!found)
        return std::unexpected(found.error());
    const Account before = *found;
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改账号需要 If-Match 请求头（取自读取账号时的 ETag）"_s);
    if (*ifMatch != before.revision)
        return std::unexpected(stale(*ifMatch, before));

    const auto sites = siteIds();
    if (!sites)
        return std::unexpected(sites.error());
    Account after = before;
    QList<FieldError> errors = applyAccountFields(request.object(), after, *sites);
    if (errors.isEmpty() && after.user.roles.isEmpty())
        errors.append({u"roles"_s, u"账号至少要有一个角色；不再使用的账号请停用"_s});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"账号信息有 %1 处错误"_s.arg(errors.size()), errors));
    if (after.user.username.compare(before.user.username, Qt::CaseInsensitive) != 0)
        if (auto r = checkUsernameFree(after.user.username); !r)
            return std::unexpected(r.error());
    if (auto r = m_users.update(after); !r)
        return std::unexpected(r.error());
    // Checked after the write, inside the transaction: whatever the change, someone must still be able to administer.
    auto admins = m_users.enabledAdministrators();
    if (!admins)
        return std::unexpected(admins.error());
    if (*admins == 0)
        return fail(ErrorCode::Conflict, u"这是最后一个启用的管理员账号：不能停用它或取消它的管理员角色，"
                                         u"请先让另一个账号成为管理员"_s);
    const auto now = account(id);
    if (!now)
        return std::unexpected(now.error());
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"user"_s, QString::number(*id), u"update"_s,
                                         before.toJson(), now->toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, now->toJson()).setETag(now->revision);
}

Result<ApiResponse> UserController::resetPassword(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kAccountRefusal); !r)
        return std::unexpected(r.error());
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"账号不存在"_s);
    const QString password = oneTimePassword();
    auto hash = m_hasher.hash(password.toUtf8());
    if (!hash)
        return std::unexpected(hash.error());
    Transaction tx(m_db);
    const auto found = account(id);
    if (!found)
        return std::unexpected(found.error());
    if (auto r = m_users.setPassword(*id, *hash, true); !r)
        return std::unexpected(r.error());
    const auto stored = account(id);
    if (!stored)
        return std::unexpected(stored.error());
    // The audit log records that a reset happened, never the password.
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"user"_s, QString::number(*id), u"password-reset"_s,
                                         found->toJson(), stored->toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, QJsonObject{{u"oneTimePassword"_s, password}, {u"mustChangePassword"_s, true}});
}

Result<ApiResponse> UserController::changeOwnPassword(ApiRequest &request)
{
    const QJsonObject body = request.object();
    const QString current = body.value(u"currentPassword"_s).toString();
    const QString next = body.value(u"newPassword"_s).toString();
    QList<FieldError> errors;
    if (current.isEmpty())
        errors.append({u"currentPassword"_s, u"请输入当前密码"_s});
    if (next.size() < kMinPasswordLength)
        errors.append({u"newPassword"_s, u"新密码至少需要 %1 个字符"_s.arg(kMinPasswordLength)});
    else if (next == current)
        errors.append({u"newPassword"_s, u"新密码不能与当前密码相同"_s});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"密码修改未通过"_s, errors));
    auto creds = m_users.credentials(request.caller().username);
    if (!creds)
        return std::unexpected(creds.error());
    if (!creds->has_value() || !m_hasher.verify((*creds)->passwordHash, current.toUtf8())) {
        Error e = Error::validation(u"当前密码不正确"_s, {{u"currentPassword"_s, u"当前密码不正确"_s}});
        return std::unexpected(e);
    }
    auto hash = m_hasher.hash(next.toUtf8());
    if (!hash)
        return std::unexpected(hash.error());
    if (auto r = m_users.setPassword(request.caller().id, *hash, false); !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

} // namespace pd::server
