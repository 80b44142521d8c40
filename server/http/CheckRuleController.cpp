#include "server/http/CheckRuleController.h"

#include "server/db/CheckRuleStore.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/HttpLog.h"
#include "server/http/VisibleSite.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kSmallJson = 64 * 1024;
constexpr qsizetype kMaxPattern = 100;
constexpr qsizetype kMaxAllow = 2000;

// The keys a client may write on a rule; anything else in the body is ignored.
const QStringList kRuleKeys{u"id"_s,   u"pattern"_s, u"kind"_s,   u"severity"_s,
                            u"suggestion"_s, u"note"_s, u"titles"_s, u"enabled"_s};

Error validation(QString message, QList<FieldError> fields)
{
    Error e = Error::make(ErrorCode::Validation, std::move(message));
    e.fields = std::move(fields);
    return e;
}

QJsonObject ruleInput(const QJsonObject &body)
{
    QJsonObject rule;
    for (const QString &key : kRuleKeys) {
        if (body.contains(key))
            rule.insert(key, body.value(key));
    }
    if (rule.value(u"pattern").isString())
        rule.insert(u"pattern"_s, rule.value(u"pattern").toString().trimmed());
    return rule;
}

/// RuleSet::fromJson names fields "rules[3].kind"; for one rule the client wants "kind".
QList<FieldError> ruleFields(QList<FieldError> fields)
{
    static const QRegularExpression prefix(u"^rules\\[\\d+\\]\\.?"_s);
    for (FieldError &f : fields) {
        f.field.remove(prefix);
        if (f.field.isEmpty())
            f.field = u"id"_s;
    }
    return fields;
}

Error stale(int given, const checks::RuleSet &current)
{
    Error e = Error::make(ErrorCode::PreconditionFailed,
                          u"检查规则已被修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(given).arg(current.version));
    e.body.insert(u"current"_s, current.toJson());
    return e;
}

/// Where in `rules` the rule named by the path is, once the request's If-Match names their version: 404 for an
/// unknown rule, 428 without If-Match (`change` names what needed it, e.g. 修改), 412 when stale.
Result<qsizetype> ruleToChange(ApiRequest &request, const checks::RuleSet &rules, const QString &change)
{
    const QString ruleId = request.pathArgs.value(0);
    const auto at = std::ranges::find(rules.rules, ruleId, &checks::Rule::id);
    if (at == rules.rules.cend())
        return std::unexpected(Error::make(ErrorCode::NotFound, u"没有这条检查规则"_s));
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return std::unexpected(Error::make(ErrorCode::PreconditionRequired,
                                           u"%1检查规则需要 If-Match 请求头（取自读取规则时的 ETag）"_s.arg(change)));
    if (*ifMatch != rules.version)
        return std::unexpected(stale(int(*ifMatch), rules));
    return at - rules.rules.cbegin();
}

} // namespace

void CheckRuleController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, Route::Body body,
                         Result<ApiResponse> (CheckRuleController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), true, body,
                              body == Route::Body::None ? 0 : kSmallJson,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("POST", u"/api/v1/checks/rules"_s, Route::Body::Json, &CheckRuleController::create);
    add("PUT", u"/api/v1/checks/rules/{rule}"_s, Route::Body::Json, &CheckRuleController::update);
    add("DELETE", u"/api/v1/checks/rules/{rule}"_s, Route::Body::None, &CheckRuleController::remove);
    add("PUT", u"/api/v1/checks/allow"_s, Route::Body::Json, &CheckRuleController::setAllow);
    add("GET", u"/api/v1/checks/changes"_s, Route::Body::None, &CheckRuleController::changes);
}

Result<CheckRuleController::Current> CheckRuleController::current(ApiRequest &request)
{
    const auto requested = siteQueryParameter(request);
    if (!requested)
        return std::unexpected(requested.error());
    const qint64 siteId = *requested;
    if (auto site = visibleSite(request, m_sites, siteId); !site)
        return std::unexpected(site.error());
    if (!AccessPolicy::isAdmin(request.caller(), siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员可以修改检查规则"_s);

    auto stored = m_store.load(siteId);
    if (!stored)
        return std::unexpected(stored.error());
    Current current{siteId, {}};
    current.rules.version = 0;
    if (stored->version > 0) {
        auto rules = checks::RuleSet::fromJson(stored->document);
        if (!rules) {
            qCWarning(lcHttp) << "stored check rules of site" << siteId << "are invalid:" << rules.error().message;
            return fail(ErrorCode::Server, u"站点现有的检查规则无效，请检查数据库"_s);
        }
        current.rules = *rules;
        current.rules.version = stored->version;
    }
    return current;
}

Result<ApiResponse> CheckRuleController::save(ApiRequest &request, const Current &current, checks::RuleSet next,
                                              QString action, QString ruleId, QJsonObject detail, int status,
                                              QJsonObject body)
{
    // Everything the engine will compile must pass the same checks as a rule set from the server would.
    const QJsonObject document = next.toJson();
    if (auto valid = checks::RuleSet::fromJson(document); !valid)
        return std::unexpected(validation(u"检查规则有误"_s, ruleFields(valid.error().fields)));
    auto stored = m_store.replace(current.siteId, current.rules.version, document,
                                  {request.caller().id, std::move(action), std::move(ruleId), std::move(detail)});
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored) {
        auto now = this->current(request);
        if (!now)
            return std::unexpected(now.error());
        return std::unexpected(stale(current.rules.version, now->rules));
    }
    const int version = current.rules.version + 1;
    qCInfo(lcHttp) << "check rules of site" << current.siteId << "now version" << version << "by"
                   << request.caller().username;
    if (m_changed)
        m_changed(current.siteId);
    if (status == 204)
        return ApiResponse::noContent().setETag(version);
    body.insert(u"version"_s, version);
    return ApiResponse::json(status, body).setETag(version);
}

Result<ApiResponse> CheckRuleController::create(ApiRequest &request)
{
    auto current = this->current(request);
    if (!current)
        return std::unexpected(current.error());
    if (const auto ifMatch = request.ifMatch(); ifMatch && *ifMatch != current->rules.version)
        return std::unexpected(stale(int(*ifMatch), current->rules));

    QJsonObject input = ruleInput(request.object());
    if (input.value(u"pattern").toString().size() > kMaxPattern)
        return std::unexpected(validation(u"检查规则有误"_s, {{u"pattern"_s, u"不能超过 %1 个字"_s.arg(kMaxPattern)}}));
    if (input.value(u"id").toString().trimmed().isEmpty()) {
        // A free id of the form custom-N, so rules an admin adds are told apart from imported lists.
        QSet<QString> ids;
        for (const checks::Rule &r : std::as_const(current->rules.rules))
            ids.insert(r.id);
        int n = 1;
        while (ids.contains(u"custom-%1"_s.arg(n)))
            ++n;
        input.insert(u"id"_s, u"custom-%1"_s.arg(n));
    }
    QJsonObject json = current->rules.toJson();
    QJsonArray list = json.value(u"rules").toArray();
    list.append(input);
    json.insert(u"rules"_s, list);
    auto next = checks::RuleSet::fromJson(json);
    if (!next)
        return std::unexpected(validation(u"检查规则有误"_s, ruleFields(next.error().fields)));
    const checks::Rule added = next->rules.constLast();
    return save(request, *current, *next, u"create"_s, added.id, added.toJson(), 201,
                QJsonObject{{u"rule"_s, added.toJson()}});
}

Result<ApiResponse> CheckRuleController::update(ApiRequest &request)
{
    auto current = this->current(request);
    if (!current)
        return std::unexpected(current.error());
    const auto index = ruleToChange(request, current->rules, u"修改"_s);
    if (!index)
        return std::unexpected(index.error());
    const QString ruleId = request.pathArgs.value(0);

    // Fields left out keep their value, so {"enabled": false} switches a rule off.
    QJsonObject input = current->rules.rules.at(*index).toJson();
    const QJsonObject changes = ruleInput(request.object());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        input.insert(it.key(), it.value());
    input.insert(u"id"_s, ruleId); // the path names the rule
    if (input.value(u"pattern").toString().size() > kMaxPattern)
        return std::unexpected(validation(u"检查规则有误"_s, {{u"pattern"_s, u"不能超过 %1 个字"_s.arg(kMaxPattern)}}));
    QJsonObject json = current->rules.toJson();
    QJsonArray list = json.value(u"rules").toArray();
    list.replace(*index, input);
    json.insert(u"rules"_s, list);
    auto next = checks::RuleSet::fromJson(json);
    if (!next)
        return std::unexpected(validation(u"检查规则有误"_s, ruleFields(next.error().fields)));
    const checks::Rule updated = next->rules.at(*index);
    return save(request, *current, *next, u"update"_s, ruleId, updated.toJson(), 200,
                QJsonObject{{u"rule"_s, updated.toJson()}});
}

Result<ApiResponse> CheckRuleController::remove(ApiRequest &request)
{
    auto current = this->current(request);
    if (!current)
        return std::unexpected(current.error());
    const auto index = ruleToChange(request, current->rules, u"删除"_s);
    if (!index)
        return std::unexpected(index.error());
    const QJsonObject removed = current->rules.rules.at(*index).toJson();
    checks::RuleSet next = current->rules;
    next.rules.removeAt(*index);
    return save(request, *current, next, u"delete"_s, request.pathArgs.value(0), removed, 204, {});
}

Result<ApiResponse> CheckRuleController::setAllow(ApiRequest &request)
{
    auto current = this->current(request);
    if (!current)
        return std::unexpected(current.error());
    const auto ifMatch = request.ifMatch();
    // A site without rules has no version to name yet.
    if (!ifMatch && current->rules.version > 0)
        return fail(ErrorCode::PreconditionRequired, u"修改白名单需要 If-Match 请求头（取自读取规则时的 ETag）"_s);
    if (ifMatch && *ifMatch != current->rules.version)
        return std::unexpected(stale(int(*ifMatch), current->rules));
    const QJsonValue value = request.object().value(u"allow");
    if (!value.isArray())
        return std::unexpected(validation(u"白名单有误"_s, {{u"allow"_s, u"应为词语列表"_s}}));
    QStringList allow;
    for (const QJsonValue &v : value.toArray()) {
        const QString phrase = v.toString().trimmed();
        if (!v.isString() || phrase.isEmpty() || phrase.size() > kMaxPattern)
            return std::unexpected(validation(u"白名单有误"_s, {{u"allow"_s, u"每一项应为 1 到 %1 个字的词语"_s.arg(kMaxPattern)}}));
        if (!allow.contains(phrase))
            allow.append(phrase);
    }
    if (allow.size() > kMaxAllow)
        return std::unexpected(validation(u"白名单有误"_s, {{u"allow"_s, u"最多 %1 项"_s.arg(kMaxAllow)}}));
    checks::RuleSet next = current->rules;
    next.allow = allow;
    const QJsonArray list = QJsonArray::fromStringList(allow);
    return save(request, *current, next, u"allow"_s, {}, QJsonObject{{u"allow"_s, list}}, 200,
                QJsonObject{{u"allow"_s, list}});
}

Result<ApiResponse> CheckRuleController::changes(ApiRequest &request)
{
    auto current = this->current(request);
    if (!current)
        return std::unexpected(current.error());
    auto changes = m_store.changes(current->siteId);
    if (!changes)
        return std::unexpected(changes.error());
    QJsonArray items;
    for (const CheckRuleStore::ChangeRecord &c : std::as_const(*changes)) {
        items.append(QJsonObject{{u"version"_s, c.version},
                                 {u"at"_s, c.at.toString(Qt::ISODateWithMs)},
                                 {u"userId"_s, c.userId},
                                 {u"action"_s, c.action},
                                 {u"ruleId"_s, c.ruleId},
                                 {u"detail"_s, c.detail}});
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"version"_s, current->rules.version}})
        .setETag(current->rules.version);
}

} // namespace pd::server
