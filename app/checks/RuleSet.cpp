#include "app/checks/RuleSet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pd::checks {

QJsonObject RuleSet::toJson() const
{
    QJsonArray list;
    for (const Rule &r : rules)
        list.append(r.toJson());
    return QJsonObject{{u"version"_s, version}, {u"rules"_s, list}, {u"allow"_s, QJsonArray::fromStringList(allow)}};
}

RuleSet RuleSet::mergedWith(const RuleSet &local) const
{
    RuleSet merged = *this;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.rules.size(); ++i)
        index.insert(merged.rules.at(i).id, i);
    for (const Rule &r : local.rules) {
        const auto it = index.constFind(r.id);
        if (it != index.cend()) {
            merged.rules[*it] = r;
        } else {
            index.insert(r.id, merged.rules.size());
            merged.rules.append(r);
        }
    }
    for (const QString &phrase : local.allow) {
        if (!merged.allow.contains(phrase))
            merged.allow.append(phrase);
    }
    return merged;
}

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    RuleSet set;
    QList<FieldError> errors;
    const auto translated = [](const char *text) { return QCoreApplication::translate("pd::checks", text); };

    set.version = json.value(u"version").toInt(0);
    if (set.version < 1)
        errors.append({u"version"_s,
            translated(QT_TRANSLATE_NOOP("pd::checks", "The rule set needs a positive version."))});
    if (!json.value(u"rules").isArray())
        errors.append({u"rules"_s, translated(QT_TRANSLATE_NOOP("pd::checks", "The rule set needs a list of rules."))});

    QSet<QString> ids;
    const QJsonArray rules = json.value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        const QString prefix = u"rules[%1]."_s.arg(i);
        Rule r;
        r.id = o.value(u"id").toString().trimmed();
        r.pattern = o.value(u"pattern").toString().trimmed();
        r.suggestion = o.value(u"suggestion").toString();
        r.note = o.value(u"note").toString();
        r.enabled = o.value(u"enabled").toBool(true);
        for (const QJsonValue &t : o.value(u"titles").toArray()) {
            const QString title = t.toString().trimmed();
            if (!title.isEmpty())
                r.titles.append(title);
        }
        if (r.id.isEmpty())
            errors.append({prefix + u"id"_s, translated(QT_TRANSLATE_NOOP("pd::checks", "Every rule needs an id."))});
        else if (ids.contains(r.id))
            errors.append({prefix + u"id"_s,
                translated(QT_TRANSLATE_NOOP("pd::checks", "Two rules have the same id."))});
        ids.insert(r.id);
        if (r.pattern.isEmpty())
            errors.append({prefix + u"pattern"_s,
                translated(QT_TRANSLATE_NOOP("pd::checks", "Every rule needs a pattern."))});
        if (const auto kind = ruleKindFromCode(o.value(u"kind").toString()); kind && *kind != RuleKind::Structure)
            r.kind = *kind;
        else
            errors.append({prefix + u"kind"_s, translated(QT_TRANSLATE_NOOP("pd::checks", "Unknown rule kind."))});
        if (const auto severity = severityFromCode(o.value(u"severity").toString()))
            r.severity = *severity;
        else
            errors.append({prefix + u"severity"_s, translated(QT_TRANSLATE_NOOP("pd::checks", "Unknown severity."))});
        if (!r.titles.isEmpty() && r.kind != RuleKind::Leader)
            errors.append({prefix + u"titles"_s,
                translated(QT_TRANSLATE_NOOP("pd::checks", "Only leader rules have titles."))});
        set.rules.append(std::move(r));
    }
    for (const QJsonValue &v : json.value(u"allow").toArray()) {
        const QString phrase = v.toString().trimmed();
        if (!phrase.isEmpty())
            set.allow.append(phrase);
    }

    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation,
            translated(QT_TRANSLATE_NOOP("pd::checks", "The check rules are invalid.")));
        e.fields = std::move(errors);
        return std::unexpected(std::move(e));
    }
    return set;
}

} // namespace pd::checks
