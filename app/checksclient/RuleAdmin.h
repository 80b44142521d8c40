#pragma once
#include "app/checks/Finding.h"
#include "app/checks/RuleSet.h"
#include "app/domain/Error.h"

#include <QObject>
#include <QStringList>

namespace pd::api {
class PortalClient;
}

namespace pd::checks {

/// The admin's view of one site's check rules (add, change, disable, delete, allow-list), through
/// portald's rule endpoints. Every change is sent with the rule set's version as If-Match and is followed by a
/// reload, so rules() always shows what the server holds; someone else's change in between (412) reloads too and is
/// reported through failed(). Nothing here blocks: each call answers through the signals.
class RuleAdmin : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleAdmin)

public:
    RuleAdmin(api::PortalClient &client, qint64 siteId, QObject *parent = nullptr);

    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    [[nodiscard]] const RuleSet &rules() const { return m_rules; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

    void reload();
    /// Adds `rule`; an empty id lets the server name it (custom-N).
    void addRule(const Rule &rule);
    /// Replaces the rule with `rule.id`.
    void updateRule(const Rule &rule);
    void setEnabled(const QString &ruleId, bool enabled);
    void removeRule(const QString &ruleId);
    void setAllowList(const QStringList &allow);

    /// What `rule` alone finds in `sample` (plain text), with `allow` applied: the "test a rule" of the rule editor,
    /// computed locally by the same engine the editors and portald use.
    [[nodiscard]] static QList<Finding> test(const Rule &rule, const QString &sample, const QStringList &allow = {});

Q_SIGNALS:
    /// rules() changed (loaded, or reloaded after a change).
    void rulesChanged();
    /// A change was accepted by the server (before the reload that follows it).
    void changed(const QString &ruleId);
    void failed(const pd::Error &error);
    void busyChanged(bool busy);

private:
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body, bool withVersion,
              const QString &ruleId);
    void begin();
    void end();

    api::PortalClient &m_client;
    qint64 m_siteId;
    RuleSet m_rules;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace pd::checks
