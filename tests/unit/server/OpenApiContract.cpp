#include "tests/unit/server/OpenApiContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

struct Line {
    int indent = 0;
    QString text; // without the indentation
    int number = 0;
};

/// Recursive-descent reader over the lines of one document.
class YamlReader
{
public:
    explicit YamlReader(const QString &text)
    {
        const QStringList raw = text.split(u'\n');
        for (int i = 0; i < raw.size(); ++i) {
            QString l = raw[i];
            if (l.endsWith(u'\r'))
                l.chop(1);
            const QString trimmed = l.trimmed();
            int indent = 0;
            while (indent < l.size() && l[indent] == u' ')
                ++indent;
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            m_lines.append(Line{indent, l.mid(indent).trimmed(), i + 1});
        }
    }

    QJsonValue document()
    {
        if (m_lines.isEmpty())
            return QJsonValue();
        qsizetype i = 0;
        const QJsonValue v = block(i, m_lines[0].indent);
        if (i < m_lines.size() && m_error.isEmpty())
            fail(m_lines[i], u"unexpected indentation"_s);
        return v;
    }

    QString error() const { return m_error; }

    /// A flow value or scalar, e.g. `{ type: string, enum: [a, b] }`.
    static QJsonValue inlineValue(const QString &text, QString *error)
    {
        qsizetype pos = 0;
        const QJsonValue v = flow(text, pos, error, false);
        skipSpaces(text, pos);
        if (pos != text.size() && error->isEmpty())
            *error = u"trailing characters in "_s + text;
        return v;
    }

private:
    void fail(const Line &l, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"line %1: %2"_s.arg(l.number).arg(what);
    }

    static bool isSequenceItem(const QString &text) { return text == u"-"_s || text.startsWith(u"- "_s); }

    QJsonValue block(qsizetype &i, int indent)
    {
        if (isSequenceItem(m_lines[i].text))
            return sequence(i, indent);
        return mapping(i, indent);
    }

    /// Position of the `:` that ends a mapping key, outside quotes and flow brackets; -1 when the line is no pair.
    static qsizetype keyColon(const QString &t)
    {
        QChar quote;
        int depth = 0;
        for (qsizetype k = 0; k < t.size(); ++k) {
            const QChar c = t[k];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                continue;
            }
            if ((c == u'\'' || c == u'"') && k == 0) {
                quote = c;
            } else if (c == u'{' || c == u'[') {
                ++depth;
            } else if (c == u'}' || c == u']') {
                --depth;
            } else if (c == u':' && depth == 0 && (k + 1 == t.size() || t[k + 1] == u' ')) {
                return k;
            }
        }
        return -1;
    }

    QJsonObject mapping(qsizetype &i, int indent)
    {
        QJsonObject out;
        while (i < m_lines.size() && m_error.isEmpty()) {
            const Line line = m_lines[i];
            if (line.indent < indent)
                break;
            if (line.indent > indent) {
                fail(line, u"unexpected indentation"_s);
                break;
            }
            if (isSequenceItem(line.text))
                break;
            const qsizetype colon = keyColon(line.text);
            if (colon < 0) {
                fail(line, u"expected 'key: value'"_s);
                break;
            }
            QString error;
            const QString key = inlineValue(line.text.first(colon).trimmed(), &error).toVariant().toString();
            const QString rest = line.text.sliced(colon + 1).trimmed();
            ++i;
            QJsonValue value;
            if (rest == u"|"_s || rest == u"|-"_s || rest == u">"_s) {
                value = literal(i, indent, rest == u">"_s);
            } else if (rest.isEmpty()) {
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    value = block(i, m_lines[i].indent);
                else if (i < m_lines.size() && m_lines[i].indent == indent && isSequenceItem(m_lines[i].text))
                    value = sequence(i, indent); // "key:\n- a" at the key's own indentation
            } else {
                value = inlineValue(rest, &error);
                if (!error.isEmpty())
                    fail(line, error);
            }
            out.insert(key, value);
        }
        return out;
    }

    QJsonArray sequence(qsizetype &i, int indent)
    {
        QJsonArray out;
        while (i < m_lines.size() && m_error.isEmpty()) {
            const Line line = m_lines[i];
            if (line.indent != indent || !isSequenceItem(line.text))
                break;
            const QString item = line.text.mid(2).trimmed();
            if (item.isEmpty()) {
                ++i;
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    out.append(block(i, m_lines[i].indent));
                else
                    out.append(QJsonValue());
            } else if (!item.startsWith(u'{') && !item.startsWith(u'[') && keyColon(item) >= 0) {
                // "- key: value" opens a mapping whose further keys are indented to the item's text.
                const int inner = indent + int(line.text.size() - line.text.mid(1).trimmed().size());
                m_lines[i] = Line{inner, item, line.number};
                out.append(mapping(i, inner));
            } else {
                QString error;
                out.append(inlineValue(item, &error));
                if (!error.isEmpty())
                    fail(line, error);
                ++i;
            }
        }
        return out;
    }

    QString literal(qsizetype &i, int indent, bool folded)
    {
        // Raw lines (blank ones included) that are indented deeper than the key.
        QStringList parts;
        int start = -1;
        while (i < m_lines.size() && m_lines[i].indent > indent) {
            if (start < 0)
                start = m_lines[i].indent;
            parts.append(QString(m_lines[i].indent - start, u' ') + m_lines[i].text);
            ++i;
        }
        return parts.join(folded ? u' ' : u'\n') + u'\n';
    }

    static void skipSpaces(const QString &t, qsizetype &pos)
    {
        while (pos < t.size() && t[pos] == u' ')
            ++pos;
    }

    static QJsonValue scalar(const QString &plain)
    {
        const QString s = plain.trimmed();
        if (s == u"true"_s)
            return true;
        if (s == u"false"_s)
            return false;
        if (s == u"null"_s || s == u"~"_s || s.isEmpty())
            return QJsonValue();
        static const QRegularExpression number(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
        if (number.match(s).hasMatch())
            return s.toDouble();
        return s;
    }

    static QJsonValue flow(const QString &t, qsizetype &pos, QString *error, bool inFlow)
    {
        skipSpaces(t, pos);
        if (pos >= t.size())
            return QJsonValue();
        const QChar c = t[pos];
        if (c == u'{') {
            ++pos;
            QJsonObject o;
            while (error->isEmpty()) {
                skipSpaces(t, pos);
                if (pos < t.size() && t[pos] == u'}') {
                    ++pos;
                    break;
                }
                const QString key = flow(t, pos, error, true).toVariant().toString();
                skipSpaces(t, pos);
                if (pos >= t.size() || t[pos] != u':') {
                    *error = u"expected ':' in "_s + t;
                    break;
                }
                ++pos;
                o.insert(key, flow(t, pos, error, true));
                skipSpaces(t, pos);
                if (pos < t.size() && t[pos] == u',')
                    ++pos;
                else if (pos >= t.size() || t[pos] != u'}')
                    *error = u"expected ',' or '}' in "_s + t;
            }
            return o;
        }
        if (c == u'[') {
            ++pos;
            QJsonArray a;
            while (error->isEmpty()) {
                skipSpaces(t, pos);
                if (pos < t.size() && t[pos] == u']') {
                    ++pos;
                    break;
                }
                a.append(flow(t, pos, error, true));
                skipSpaces(t, pos);
                if (pos < t.size() && t[pos] == u',')
                    ++pos;
                else if (pos >= t.size() || t[pos] != u']')
                    *error = u"expected ',' or ']' in "_s + t;
            }
            return a;
        }
        if (c == u'\'' || c == u'"') {
            QString out;
            ++pos;
            while (pos < t.size()) {
                if (t[pos] == c) {
                    if (c == u'\'' && pos + 1 < t.size() && t[pos + 1] == u'\'') { // '' is a quote in '…'
                        out.append(c);
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    return out;
                }
                if (c == u'"' && t[pos] == u'\\' && pos + 1 < t.size()) {
                    out.append(t[pos + 1]);
                    pos += 2;
                    continue;
                }
                out.append(t[pos++]);
            }
            *error = u"unterminated quoted scalar in "_s + t;
            return out;
        }
        // A plain scalar: to the end, or in flow context to the next ',', ':' + space, '}' or ']'.
        const qsizetype start = pos;
        while (pos < t.size()) {
            const QChar d = t[pos];
            if (inFlow && (d == u',' || d == u'}' || d == u']'))
                break;
            if (inFlow && d == u':' && (pos + 1 == t.size() || t[pos + 1] == u' '))
                break;
            ++pos;
        }
        return scalar(t.sliced(start, pos - start));
    }

    QList<Line> m_lines;
    QString m_error;
};

bool typeMatches(const QJsonValue &v, const QString &type)
{
    if (type == u"null"_s)
        return v.isNull();
    if (type == u"string"_s)
        return v.isString();
    if (type == u"boolean"_s)
        return v.isBool();
    if (type == u"object"_s)
        return v.isObject();
    if (type == u"array"_s)
        return v.isArray();
    if (type == u"number"_s)
        return v.isDouble();
    if (type == u"integer"_s)
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return true;
}

} // namespace

QJsonValue OpenApiContract::parseYaml(const QString &text, QString *error)
{
    YamlReader reader(text);
    const QJsonValue v = reader.document();
    *error = reader.error();
    return v;
}

bool OpenApiContract::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = u"cannot open "_s + file;
        return false;
    }
    const QJsonValue v = parseYaml(QString::fromUtf8(f.readAll()), &m_error);
    if (!m_error.isEmpty())
        return false;
    m_document = v.toObject();
    if (!m_document.value(u"paths"_s).isObject()) {
        m_error = u"no paths in "_s + file;
        return false;
    }
    return true;
}

QJsonObject OpenApiContract::resolve(const QJsonObject &maybeRef) const
{
    QJsonObject o = maybeRef;
    for (int hops = 0; o.contains(u"$ref"_s) && hops < 16; ++hops) {
        const QString ref = o.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"_s))
            return {};
        QJsonValue node = m_document;
        for (const QString &part : ref.mid(2).split(u'/'))
            node = node.toObject().value(part);
        o = node.toObject();
    }
    return o;
}

OpenApiContract::Lookup OpenApiContract::responseSchema(const QString &method, const QString &path, int status,
                                                        const QString &mediaType) const
{
    Lookup result;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    const QStringList concrete = path.split(u'/');
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList pattern = it.key().split(u'/');
        if (pattern.size() != concrete.size())
            continue;
        bool match = true;
        for (qsizetype k = 0; k < pattern.size() && match; ++k)
            match = pattern[k].startsWith(u'{') || pattern[k] == concrete[k];
        if (!match)
            continue;
        const QJsonObject op = it.value().toObject().value(method.toLower()).toObject();
        if (op.isEmpty())
            continue;
        result.operation = method.toUpper() + u' ' + it.key();
        const QJsonObject response = resolve(op.value(u"responses"_s).toObject().value(QString::number(status)).toObject());
        if (response.isEmpty())
            return result;
        const QJsonObject content = response.value(u"content"_s).toObject();
        if (content.isEmpty()) {
            result.found = true; // documented, without a body
            return result;
        }
        const QString key = content.contains(mediaType) ? mediaType : u"*/*"_s;
        if (!content.contains(key))
            return result;
        result.found = true;
        result.schema = content.value(key).toObject().value(u"schema"_s).toObject();
        return result;
    }
    return result;
}

QStringList OpenApiContract::validate(const QJsonValue &value, const QJsonObject &schemaOrRef, const QString &where) const
{
    QStringList problems;
    const QJsonObject schema = resolve(schemaOrRef);
    for (const QJsonValue &part : schema.value(u"allOf"_s).toArray())
        problems += validate(value, part.toObject(), where);

    const QJsonValue type = schema.value(u"type"_s);
    if (!type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        if (!std::ranges::any_of(types, [&](const QString &t) { return typeMatches(value, t); })) {
            problems.append(u"%1: expected %2, got %3"_s.arg(where, types.join(u'|'),
                                                                QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                                                      .toJson(QJsonDocument::Compact))));
            return problems;
        }
    }
    if (schema.contains(u"enum"_s) && !value.isNull() && !schema.value(u"enum"_s).toArray().contains(value))
        problems.append(u"%1: %2 is not one of the documented values"_s.arg(where, value.toVariant().toString()));
    if (value.isString() && schema.contains(u"pattern"_s)) {
        const QRegularExpression re(schema.value(u"pattern"_s).toString());
        if (!re.match(value.toString()).hasMatch())
            problems.append(u"%1: '%2' does not match %3"_s.arg(where, value.toString(), re.pattern()));
    }
    if (value.isString() && schema.contains(u"maxLength"_s) && value.toString().size() > schema.value(u"maxLength"_s).toInt())
        problems.append(u"%1: longer than %2"_s.arg(where).arg(schema.value(u"maxLength"_s).toInt()));
    if (value.isDouble() && schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
        problems.append(u"%1: below the minimum"_s.arg(where));
    if (value.isDouble() && schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
        problems.append(u"%1: above the maximum"_s.arg(where));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue &r : schema.value(u"required"_s).toArray()) {
            if (!o.contains(r.toString()))
                problems.append(u"%1: required field '%2' missing"_s.arg(where, r.toString()));
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (o.contains(it.key()))
                problems += validate(o.value(it.key()), it.value().toObject(), where + u'.' + it.key());
        }
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray a = value.toArray();
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (qsizetype k = 0; k < a.size(); ++k)
            problems += validate(a[k], items, where + u'[' + QString::number(k) + u']');
    }
    return problems;
}

} // namespace pd::test
