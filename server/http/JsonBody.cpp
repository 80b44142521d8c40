#include "server/http/JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

// Scans bracket depth outside string literals before the real parser runs, so a hostile `[[[[…` never reaches
// a recursive descent at all.
bool depthWithin(QByteArrayView body, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

bool stringsWithin(const QJsonValue &v, qsizetype maxLength)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().size() <= maxLength;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        return std::ranges::all_of(a, [&](const QJsonValue &e) { return stringsWithin(e, maxLength); });
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().size() > maxLength || !stringsWithin(it.value(), maxLength))
                return false;
        return true;
    }
    default:
        return true;
    }
}

} // namespace

Result<QJsonValue> JsonBody::parse(QByteArrayView body, const JsonLimits &limits)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest, u"请求体为空，需要 JSON"_s);
    if (!body.isValidUtf8())
        return fail(ErrorCode::BadRequest, u"请求体不是有效的 UTF-8 编码"_s);
    if (!depthWithin(body, limits.maxDepth))
        return fail(ErrorCode::BadRequest, u"JSON 嵌套层数超过 %1 层"_s.arg(limits.maxDepth));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadRequest, u"JSON 格式错误（第 %1 个字节附近）：%2"_s.arg(error.offset).arg(error.errorString()));
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (!stringsWithin(value, limits.maxStringLength))
        return fail(ErrorCode::TooLarge, u"JSON 字符串超过 %1 个字符"_s.arg(limits.maxStringLength));
    return value;
}

} // namespace pd::server
