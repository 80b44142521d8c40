#include "app/editing/ConflictMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::editing {

namespace {

const QStringList &contentKeys()
{
    static const QStringList keys{u"title"_s,     u"subtitle"_s, u"summary"_s,           u"bodyHtml"_s,
                                  u"source"_s,    u"author"_s,   u"responsibleEditor"_s, u"keywords"_s,
                                  u"columns"_s,   u"reviewer"_s, u"proofreader"_s,       u"coverMediaId"_s,
                                  u"attachments"_s, u"feature"_s};
    return keys;
}

const QStringList &disclosureKeys()
{
    static const QStringList keys{u"publisher"_s, u"docNo"_s,  u"writtenDate"_s, u"topicCategory"_s, u"genre"_s,
                                  u"audience"_s,  u"mode"_s,   u"modeReason"_s,  u"term"_s,          u"scope"_s,
                                  u"validity"_s,  u"keywords"_s, u"abstract"_s};
    return keys;
}

QString displayText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        bool scalars = std::ranges::all_of(a, [](const QJsonValue &e) { return e.isString() || e.isDouble(); });
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &e : a)
                parts.append(displayText(e));
            return parts.join(u"，"_s);
        }
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    return v.toBool() ? u"true"_s : u"false"_s;
}

} // namespace

ConflictMerge::ConflictMerge(const domain::Item &mine, const domain::Item &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
    , m_mineJson(mine.toJson())
    , m_theirsJson(theirs.toJson())
{
    QList<ConflictField> same;
    auto add = [&](const QString &key, const QJsonValue &a, const QJsonValue &b) {
        ConflictField f{key, fieldLabel(key), displayText(a), displayText(b)};
        (a != b ? m_fields : same).append(f);
    };
    for (const QString &key : contentKeys())
        add(key, m_mineJson.value(key), m_theirsJson.value(key));
    const QJsonObject md = m_mineJson.value(u"disclosure").toObject();
    const QJsonObject td = m_theirsJson.value(u"disclosure").toObject();
    if (!md.isEmpty() || !td.isEmpty())
        for (const QString &key : disclosureKeys())
            add(u"disclosure."_s + key, md.value(key), td.value(key));
    m_fields.append(same);
}

QList<ConflictField> ConflictMerge::differingFields() const
{
    QList<ConflictField> out;
    for (const ConflictField &f : m_fields)
        if (f.differs())
            out.append(f);
    return out;
}

void ConflictMerge::choose(const QString &key, Side side)
{
    m_choice.insert(key, side);
}

domain::Item ConflictMerge::merged() const
{
    QJsonObject json = m_theirsJson;
    QJsonObject disclosure = json.value(u"disclosure").toObject();
    const QJsonObject mineDisclosure = m_mineJson.value(u"disclosure").toObject();
    for (const ConflictField &f : m_fields) {
        if (choice(f.key) != Side::Mine)
            continue;
        if (f.key.startsWith(u"disclosure."_s)) {
            const QString key = f.key.mid(11);
            disclosure.insert(key, mineDisclosure.value(key));
        } else {
            json.insert(f.key, m_mineJson.value(f.key));
        }
    }
    if (!disclosure.isEmpty())
        json.insert(u"disclosure"_s, disclosure);
    auto item = domain::Item::fromJson(json);
    // Both inputs came from Item::toJson, so every chosen value is one Item can read back.
    domain::Item out = item ? *item : m_theirs;
    out.revision = m_theirs.revision;
    return out;
}

QString ConflictMerge::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"subtitle"_s, QT_TR_NOOP("Subtitle")},
        {u"summary"_s, QT_TR_NOOP("Summary")},
        {u"bodyHtml"_s, QT_TR_NOOP("Body")},
        {u"source"_s, QT_TR_NOOP("Source")},
        {u"author"_s, QT_TR_NOOP("Author")},
        {u"responsibleEditor"_s, QT_TR_NOOP("Responsible editor")},
        {u"keywords"_s, QT_TR_NOOP("Keywords")},
        {u"columns"_s, QT_TR_NOOP("Columns")},
        {u"reviewer"_s, QT_TR_NOOP("Reviewer")},
        {u"proofreader"_s, QT_TR_NOOP("Proofreader")},
        {u"coverMediaId"_s, QT_TR_NOOP("Cover image")},
        {u"attachments"_s, QT_TR_NOOP("Attachments")},
        {u"feature"_s, QT_TR_NOOP("Feature sections")},
        {u"disclosure.publisher"_s, QT_TR_NOOP("Publisher")},
        {u"disclosure.docNo"_s, QT_TR_NOOP("Document number")},
        {u"disclosure.writtenDate"_s, QT_TR_NOOP("Written date")},
        {u"disclosure.topicCategory"_s, QT_TR_NOOP("Topic category")},
        {u"disclosure.genre"_s, QT_TR_NOOP("Genre")},
        {u"disclosure.audience"_s, QT_TR_NOOP("Audience")},
        {u"disclosure.mode"_s, QT_TR_NOOP("Disclosure mode")},
        {u"disclosure.modeReason"_s, QT_TR_NOOP("Reason for not disclosing")},
        {u"disclosure.term"_s, QT_TR_NOOP("Disclosure term")},
        {u"disclosure.scope"_s, QT_TR_NOOP("Disclosure scope")},
        {u"disclosure.validity"_s, QT_TR_NOOP("Validity")},
        {u"disclosure.keywords"_s, QT_TR_NOOP("Subject terms")},
        {u"disclosure.abstract"_s, QT_TR_NOOP("Abstract")},
    };
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

} // namespace pd::editing
