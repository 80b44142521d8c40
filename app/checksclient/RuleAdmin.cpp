#include "app/checksclient/RuleAdmin.h"

#include "app/api/PortalClient.h"
#include "app/checks/CheckEngine.h"
#include "app/checks/ChecksLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::checks {

RuleAdmin::RuleAdmin(api::PortalClient &client, qint64 siteId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_siteId(siteId)
{
}

void RuleAdmin::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void RuleAdmin::end()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void RuleAdmin::reload()
{
    begin();
    m_client.call("GET", u"/api/v1/checks/rules?site=%1"_s.arg(m_siteId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      end();
                      if (!reply) {
                          Q_EMIT failed(reply.error());
                          return;
                      }
                      auto rules = RuleSet::fromJson(reply->json.object());
                      if (!rules) {
                          Q_EMIT failed(rules.error());
                          return;
                      }
                      m_rules = *rules;
                      m_loaded = true;
                      Q_EMIT rulesChanged();
                  });
}

void RuleAdmin::send(const QByteArray &verb, const QString &path, const QJsonObject &body, bool withVersion,
                     const QString &ruleId)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (withVersion && m_rules.version > 0)
        headers.append({"If-Match", '"' + QByteArray::number(m_rules.version) + '"'});
    begin();
    m_client.call(verb, path, body.isEmpty() && verb == "DELETE" ? QJsonDocument() : QJsonDocument(body), headers,
                  this, [this, ruleId](Result<api::ApiReply> reply) {
                      end();
                      if (!reply) {
                          qCInfo(lcChecks) << "rule change refused:" << reply.error().message;
                          Q_EMIT failed(reply.error());
                          // A 412 means someone else changed the rules: show what they hold now.
                          if (reply.error().code == ErrorCode::PreconditionFailed)
                              reload();
                          return;
                      }
                      Q_EMIT changed(reply->json.object().value(u"rule").toObject().value(u"id").toString(ruleId));
                      reload();
                  });
}

void RuleAdmin::addRule(const Rule &rule)
{
    QJsonObject body = rule.toJson();
    if (rule.id.isEmpty())
        body.remove(u"id"_s);
    send("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_siteId), body, true, rule.id);
}

void RuleAdmin::updateRule(const Rule &rule)
{
    QJsonObject body = rule.toJson();
    body.remove(u"id"_s);
    body.insert(u"enabled"_s, rule.enabled); // toJson may leave the default out
    send("PUT", u"/api/v1/checks/rules/%1?site=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(rule.id))).arg(m_siteId),
         body, true, rule.id);
}

void RuleAdmin::setEnabled(const QString &ruleId, bool enabled)
{
    send("PUT", u"/api/v1/checks/rules/%1?site=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ruleId))).arg(m_siteId),
         QJsonObject{{u"enabled"_s, enabled}}, true, ruleId);
}

void RuleAdmin::removeRule(const QString &ruleId)
{
    send("DELETE", u"/api/v1/checks/rules/%1?site=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ruleId))).arg(m_siteId),
         {}, true, ruleId);
}

void RuleAdmin::setAllowList(const QStringList &allow)
{
    send("PUT", u"/api/v1/checks/allow?site=%1"_s.arg(m_siteId), QJsonObject{{u"allow"_s, QJsonArray::fromStringList(allow)}},
         true, {});
}

QList<Finding> RuleAdmin::test(const Rule &rule, const QString &sample, const QStringList &allow)
{
    RuleSet one;
    Rule r = rule;
    if (r.id.isEmpty())
        r.id = u"test"_s;
    r.enabled = true; // testing a disabled rule shows what it would find
    one.rules.append(r);
    one.allow = allow;
    return CheckEngine(one).checkText(sample, u"sample"_s);
}

} // namespace pd::checks
