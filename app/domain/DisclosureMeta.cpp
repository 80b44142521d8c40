#include "app/domain/DisclosureMeta.h"

#include "app/domain/DisclosureVocabulary.h"
#include "app/domain/IndexNumber.h"
#include "app/domain/SiteCategory.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

// 发文字号 and keywords are short by nature; a long one is a paste accident.
constexpr qsizetype kMaxDocNoLength = 64;
constexpr qsizetype kMaxKeywordLength = 30;

qsizetype characterCount(const QString &s)
{
    // Count characters, not UTF-16 units: a rare ideograph outside the BMP is still one character.
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

} // namespace

QJsonObject DisclosureMeta::toJson() const
{
    QJsonObject o{{u"indexNo"_s, indexNo},
                       {u"publisher"_s, publisher},
                       {u"docNo"_s, docNo},
                       {u"writtenDate"_s, writtenDate.isValid() ? writtenDate.toString(Qt::ISODate) : QString()},
                       {u"topicCategory"_s, topicCategory},
                       {u"genre"_s, genre},
                       {u"audience"_s, audience},
                       {u"mode"_s, mode},
                       {u"modeReason"_s, modeReason},
                       {u"term"_s, term},
                       {u"scope"_s, scope},
                       {u"validity"_s, validity},
                       {u"keywords"_s, QJsonArray::fromStringList(keywords)},
                       {u"abstract"_s, abstract}};
    // Only invalidated documents and their replacements carry these.
    if (effectiveDate.isValid())
        o.insert(u"effectiveDate"_s, effectiveDate.toString(Qt::ISODate));
    if (replacedBy > 0)
        o.insert(u"replacedBy"_s, replacedBy);
    if (!replaces.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : replaces)
            ids.append(id);
        o.insert(u"replaces"_s, ids);
    }
    return o;
}

Result<DisclosureMeta> DisclosureMeta::fromJson(const QJsonObject &json)
{
    DisclosureMeta m;
    QList<FieldError> errors;
    const auto text = [&](QStringView key, QString &out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            errors.append({key.toString(), QCoreApplication::translate("pd::domain", "This field must be text.")});
            return;
        }
        out = v.toString().trimmed();
    };
    text(u"indexNo", m.indexNo);
    text(u"publisher", m.publisher);
    text(u"docNo", m.docNo);
    text(u"topicCategory", m.topicCategory);
    text(u"genre", m.genre);
    text(u"audience", m.audience);
    text(u"mode", m.mode);
    text(u"modeReason", m.modeReason);
    text(u"term", m.term);
    text(u"scope", m.scope);
    text(u"validity", m.validity);
    text(u"abstract", m.abstract);

    QString date;
    text(u"writtenDate", date);
    if (!date.isEmpty()) {
        m.writtenDate = QDate::fromString(date, u"yyyy-MM-dd");
        if (!m.writtenDate.isValid())
            errors.append({u"writtenDate"_s,
                QCoreApplication::translate("pd::domain", "Dates are written YYYY-MM-DD.")});
    }

    QString effective;
    text(u"effectiveDate", effective);
    if (!effective.isEmpty()) {
        m.effectiveDate = QDate::fromString(effective, u"yyyy-MM-dd");
        if (!m.effectiveDate.isValid())
            errors.append({u"effectiveDate"_s,
                QCoreApplication::translate("pd::domain", "Dates are written YYYY-MM-DD.")});
    }
    m.replacedBy = json.value(u"replacedBy").toInteger();
    for (const QJsonValue &v : json.value(u"replaces").toArray())
        if (v.toInteger() > 0)
            m.replaces.append(v.toInteger());

    const QJsonValue kw = json.value(u"keywords");
    if (kw.isArray()) {
        for (const QJsonValue &v : kw.toArray()) {
            if (!v.isString()) {
                errors.append({u"keywords"_s, QCoreApplication::translate("pd::domain", "Keywords must be text.")});
                break;
            }
            m.keywords.append(v.toString().trimmed());
        }
    } else if (!kw.isUndefined() && !kw.isNull()) {
        errors.append({u"keywords"_s, QCoreApplication::translate("pd::domain", "Keywords must be a list.")});
    }

    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation,
            QCoreApplication::translate("pd::domain", "The disclosure metadata cannot be read."));
        e.fields = std::move(errors);
        return std::unexpected(std::move(e));
    }
    return m;
}

QList<FieldError> DisclosureMeta::validate(const TopicCategoryCatalog &catalog, QDate today) const
{
    QList<FieldError> errors;
    const auto add = [&](const QString &field, const QString &message) { errors.append({field, message}); };
    const auto checkChoice = [&](const QString &field, const QString &value, const QStringList &allowed,
                                 bool required, const char *unknownMessage) {
        if (value.isEmpty()) {
            if (required)
                add(field, QCoreApplication::translate("pd::domain", "This field is required."));
        } else if (!allowed.contains(value)) {
            add(field, QCoreApplication::translate("pd::domain", unknownMessage));
        }
    };

    if (!indexNo.isEmpty()) {
        if (Result<IndexNumber> n = IndexNumber::parse(indexNo); !n)
            add(u"indexNo"_s, n.error().message);
    }
    if (publisher.isEmpty())
        add(u"publisher"_s, QCoreApplication::translate("pd::domain", "The publishing organisation is required."));
    if (characterCount(docNo) > kMaxDocNoLength)
        add(u"docNo"_s, QCoreApplication::translate("pd::domain", "The document number is too long."));

    // Nothing in a catalogue predates the People's Republic; an older date is a typing error in the year.
    if (!writtenDate.isValid())
        add(u"writtenDate"_s, QCoreApplication::translate("pd::domain", "The written date is missing or invalid."));
    else if (writtenDate < QDate(1949, 10, 1))
        add(u"writtenDate"_s,
            QCoreApplication::translate("pd::domain", "The written date is too early; check the year."));
    else if (today.isValid() && writtenDate > today)
        add(u"writtenDate"_s, QCoreApplication::translate("pd::domain", "The written date cannot be in the future."));

    if (topicCategory.isEmpty())
        add(u"topicCategory"_s, QCoreApplication::translate("pd::domain", "The topic category is required."));
    else if (!catalog.contains(topicCategory)
             && (catalog.hasSiteCategories() || !SiteCategory::hasSiteCodeShape(topicCategory)))
        // A site's own category is judged only where that site's catalogue is known (always on the server).
        add(u"topicCategory"_s, QCoreApplication::translate("pd::domain", "Unknown topic category."));

    checkChoice(u"genre"_s, genre, disclosure::genres(), true, QT_TRANSLATE_NOOP("pd::domain", "Unknown genre."));
    checkChoice(u"audience"_s, audience, disclosure::audiences(), false, QT_TRANSLATE_NOOP("pd::domain", "Unknown audience."));
    checkChoice(u"mode"_s, mode, disclosure::modes(), true, QT_TRANSLATE_NOOP("pd::domain", "Unknown disclosure mode."));
    checkChoice(u"term"_s, term, disclosure::terms(), true, QT_TRANSLATE_NOOP("pd::domain", "Unknown disclosure term."));
    checkChoice(u"scope"_s, scope, disclosure::scopes(), true, QT_TRANSLATE_NOOP("pd::domain", "Unknown disclosure scope."));
    checkChoice(u"validity"_s, validity, disclosure::validities(), true, QT_TRANSLATE_NOOP("pd::domain", "Unknown validity."));

    if (mode == disclosure::withheldMode() && modeReason.isEmpty())
        add(u"modeReason"_s,
            QCoreApplication::translate("pd::domain", "Information that is not disclosed needs the reason."));

    for (const QString &k : keywords) {
        if (k.isEmpty()) {
            add(u"keywords"_s, QCoreApplication::translate("pd::domain", "Keywords must not be empty."));
            break;
        }
        if (characterCount(k) > kMaxKeywordLength) {
            add(u"keywords"_s, QCoreApplication::translate("pd::domain", "A keyword is too long."));
            break;
        }
    }

    if (characterCount(abstract) > MaxAbstractLength)
        add(u"abstract"_s,
            QCoreApplication::translate("pd::domain", "The abstract may have at most %n characters.", nullptr,
                                                        int(MaxAbstractLength)));
    return errors;
}

QList<FieldError> DisclosureMeta::validate() const
{
    return validate(TopicCategoryCatalog(), QDate::currentDate());
}

} // namespace pd::domain
