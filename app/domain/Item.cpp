#include "app/domain/Item.h"

#include "app/domain/IsoTime.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(IsoTime::format(t)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return IsoTime::parse(v.toString());
}

/// Item::writeSummary's fields into a QJsonObject.
struct SummaryObject {
    QJsonObject &object;
    void field(QLatin1StringView key, qint64 number) { object.insert(key, number); }
    void field(QLatin1StringView key, QStringView text) { object.insert(key, text.toString()); }
    void field(QLatin1StringView key, const QDateTime &moment) { object.insert(key, timeJson(moment)); }
    void field(QLatin1StringView key, const QList<qint64> &numbers)
    {
        QJsonArray array;
        for (const qint64 n : numbers)
            array.append(n);
        object.insert(key, array);
    }
};

QString tr(const char *text)
{
    // The context lupdate files these strings under: they are called from Item's members.
    return QCoreApplication::translate("pd::domain::Item", text);
}

} // namespace

QJsonObject Item::toSummaryJson() const
{
    QJsonObject o;
    SummaryObject sink{o};
    writeSummary(sink);
    return o;
}

QJsonObject Item::toJson() const
{
    QJsonObject o = toSummaryJson();
    QJsonArray attachmentsJson;
    for (const ItemAttachment &a : attachments)
        attachmentsJson.append(a.toJson());
    o.insert(u"subtitle"_s, subtitle);
    o.insert(u"summary"_s, summary);
    o.insert(u"bodyHtml"_s, bodyHtml);
    o.insert(u"source"_s, source);
    o.insert(u"responsibleEditor"_s, responsibleEditor);
    o.insert(u"reviewer"_s, reviewer);
    o.insert(u"proofreader"_s, proofreader);
    o.insert(u"keywords"_s, QJsonArray::fromStringList(keywords));
    o.insert(u"coverMediaId"_s, coverMediaId > 0 ? QJsonValue(coverMediaId) : QJsonValue());
    o.insert(u"attachments"_s, attachmentsJson);
    o.insert(u"publicUrl"_s, publicUrl.isEmpty() ? QJsonValue() : QJsonValue(publicUrl));
    o.insert(u"publishedRevision"_s, publishedRevision > 0 ? QJsonValue(publishedRevision) : QJsonValue());
    // The summary's pending fields give way to the whole pending revision.
    o.remove(u"pendingState"_s);
    o.remove(u"pendingLevel"_s);
    o.insert(u"pendingRevision"_s, pendingRevision ? QJsonValue(pendingRevision->toJson()) : QJsonValue());
    o.remove(u"indexNo"_s);
    o.remove(u"topicCategory"_s);
    o.remove(u"validity"_s);
    o.remove(u"effectiveDate"_s);
    if (feature)
        o.insert(u"feature"_s, feature->toJson());
    if (disclosure)
        o.insert(u"disclosure"_s, disclosure->toJson());
    return o;
}

Result<Item> Item::fromJson(const QJsonObject &json)
{
    Item item;
    QList<FieldError> errors;
    const auto text = [&](QStringView key, QString &out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            errors.append({key.toString(), tr("This field must be text.")});
        else
            out = v.toString();
    };
    item.id = json.value(u"id").toInteger();
    item.siteId = json.value(u"site").toInteger();
    if (json.contains(u"type")) {
        const auto type = itemTypeFromCode(json.value(u"type").toString());
        if (!type)
            errors.append({u"type"_s, tr("The type must be news, feature or disclosure.")});
        else
            item.type = *type;
    }
    if (json.contains(u"state")) {
        if (const auto state = itemStateFromCode(json.value(u"state").toString()))
            item.workflow.state = *state;
    }
    item.workflow.level = json.value(u"level").toInt();
    item.revision = json.value(u"revision").toInteger();
    item.createdBy = json.value(u"createdBy").toInteger();
    item.createdByName = json.value(u"createdByName").toString();
    item.createdAt = timeFrom(json.value(u"createdAt"));
    item.updatedAt = timeFrom(json.value(u"updatedAt"));
    item.publishAt = timeFrom(json.value(u"publishAt"));
    item.publishedAt = timeFrom(json.value(u"publishedAt"));
    item.dueAt = timeFrom(json.value(u"dueAt"));
    item.publicUrl = json.value(u"publicUrl").toString();
    item.publishedRevision = json.value(u"publishedRevision").toInteger();
    // A full item carries its pending revision as an object; a summary only its state and level.
    if (const QJsonValue pending = json.value(u"pendingRevision"); pending.isObject()) {
        QJsonObject nested = pending.toObject();
        nested.remove(u"pendingRevision"_s); // one level only
        auto parsed = fromJson(nested);
        if (!parsed) {
            for (FieldError f : parsed.error().fields) {
                f.field.prepend(u"pendingRevision."_s);
                errors.append(f);
            }
        } else {
            item.pendingRevision = PendingRevision(*parsed);
        }
    } else if (json.contains(u"pendingState")) {
        Item summary;
        summary.workflow.state = itemStateFromCode(json.value(u"pendingState").toString()).value_or(ItemState::Draft);
        summary.workflow.level = json.value(u"pendingLevel").toInt();
        item.pendingRevision = PendingRevision(summary);
    }

    const QJsonValue columns = json.value(u"columns");
    if (!columns.isUndefined() && !columns.isNull() && !columns.isArray())
        errors.append({u"columns"_s, tr("The columns must be a list of column ids.")});
    for (const QJsonValue &v : columns.toArray()) {
        if (!v.isDouble() || v.toInteger() <= 0) {
            errors.append({u"columns"_s, tr("The columns must be a list of column ids.")});
            break;
        }
        item.columnIds.append(v.toInteger());
    }
    text(u"title", item.title);
    text(u"subtitle", item.subtitle);
    text(u"summary", item.summary);
    text(u"bodyHtml", item.bodyHtml);
    text(u"source", item.source);
    text(u"author", item.author);
    text(u"responsibleEditor", item.responsibleEditor);
    text(u"reviewer", item.reviewer);
    text(u"proofreader", item.proofreader);
    const QJsonValue keywords = json.value(u"keywords");
    if (!keywords.isUndefined() && !keywords.isNull() && !keywords.isArray())
        errors.append({u"keywords"_s, tr("The keywords must be a list of words.")});
    for (const QJsonValue &v : keywords.toArray()) {
        if (!v.isString()) {
            errors.append({u"keywords"_s, tr("The keywords must be a list of words.")});
            break;
        }
        item.keywords.append(v.toString().trimmed());
    }
    item.coverMediaId = json.value(u"coverMediaId").toInteger();
    for (const QJsonValue &v : json.value(u"attachments").toArray())
        item.attachments.append(ItemAttachment::fromJson(v.toObject()));

    if (json.value(u"feature").isObject())
        item.feature = ItemFeature::fromJson(json.value(u"feature").toObject());
    if (json.value(u"disclosure").isObject()) {
        auto meta = DisclosureMeta::fromJson(json.value(u"disclosure").toObject());
        if (!meta) {
            for (FieldError f : meta.error().fields) {
                f.field.prepend(u"disclosure."_s);
                errors.append(f);
            }
        } else {
            item.disclosure = *meta;
        }
    } else if (json.contains(u"indexNo")) {
        // A summary names a document's place in the catalogue and its validity, not the whole metadata.
        DisclosureMeta meta;
        meta.indexNo = json.value(u"indexNo").toString();
        meta.topicCategory = json.value(u"topicCategory").toString();
        meta.validity = json.value(u"validity").toString();
        meta.effectiveDate = QDate::fromString(json.value(u"effectiveDate").toString(), Qt::ISODate);
        item.disclosure = meta;
    }
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, tr("Some fields could not be read."));
        e.fields = errors;
        return std::unexpected(e);
    }
    return item;
}

QList<FieldError> Item::validate() const
{
    return validate(TopicCategoryCatalog());
}

QList<FieldError> Item::validate(const TopicCategoryCatalog &catalog) const
{
    QList<FieldError> errors;
    const QString t = title.trimmed();
    if (t.isEmpty())
        errors.append({u"title"_s, tr("The title is required.")});
    else if (t.size() > MaxTitleLength)
        errors.append({u"title"_s, tr("The title is longer than %1 characters.").arg(MaxTitleLength)});
    if (summary.size() > MaxSummaryLength)
        errors.append({u"summary"_s, tr("The summary is longer than %1 characters.").arg(MaxSummaryLength)});
    if (columnIds.isEmpty())
        errors.append({u"columns"_s, tr("Choose at least one column.")});
    for (const QString &k : keywords) {
        if (k.isEmpty() || k.size() > 30) {
            errors.append({u"keywords"_s, tr("Keywords must be 1 to 30 characters long.")});
            break;
        }
    }
    switch (type) {
    case ItemType::News:
        if (feature)
            errors.append({u"feature"_s, tr("Only a feature has feature fields.")});
        if (disclosure)
            errors.append({u"disclosure"_s, tr("Only a disclosure item has disclosure metadata.")});
        break;
    case ItemType::Feature:
        if (!feature)
            errors.append({u"feature"_s, tr("A feature needs its slug and sections.")});
        else
            errors.append(feature->validate());
        if (disclosure)
            errors.append({u"disclosure"_s, tr("Only a disclosure item has disclosure metadata.")});
        break;
    case ItemType::Disclosure:
        if (!disclosure) {
            errors.append({u"disclosure"_s, tr("A disclosure item needs its metadata.")});
        } else {
            for (FieldError f : disclosure->validate(catalog, QDate::currentDate())) {
                if (f.field == u"indexNo")
                    continue; // assigned by the server, never by the author
                f.field.prepend(u"disclosure."_s);
                errors.append(f);
            }
        }
        if (feature)
            errors.append({u"feature"_s, tr("Only a feature has feature fields.")});
        break;
    }
    return errors;
}

void Item::takeContentFrom(const Item &other)
{
    columnIds = other.columnIds;
    title = other.title.trimmed();
    subtitle = other.subtitle.trimmed();
    summary = other.summary.trimmed();
    bodyHtml = other.bodyHtml;
    source = other.source.trimmed();
    author = other.author.trimmed();
    responsibleEditor = other.responsibleEditor.trimmed();
    reviewer = other.reviewer.trimmed();
    proofreader = other.proofreader.trimmed();
    keywords = other.keywords;
    coverMediaId = other.coverMediaId;
    attachments = other.attachments;
    feature = other.feature;
    // The 索引号 and what invalidation recorded (validity, its date, the links between documents) belong to the
    // server: an edit neither sets nor clears them.
    const std::optional<DisclosureMeta> kept = disclosure;
    disclosure = other.disclosure;
    if (disclosure) {
        disclosure->indexNo = kept ? kept->indexNo : QString();
        disclosure->effectiveDate = kept ? kept->effectiveDate : QDate();
        disclosure->replacedBy = kept ? kept->replacedBy : 0;
        disclosure->replaces = kept ? kept->replaces : QList<qint64>();
        if (kept && kept->effectiveDate.isValid())
            disclosure->validity = kept->validity;
    }
}

} // namespace pd::domain
