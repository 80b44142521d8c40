#include "app/domain/LivePostInput.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject LivePostInput::toJson() const
{
    QJsonObject body{{u"kind"_s, kind}};
    if (!text.isEmpty())
        body.insert(u"text"_s, text);
    if (!speaker.isEmpty())
        body.insert(u"speaker"_s, speaker);
    if (!mediaIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : mediaIds)
            ids.append(id);
        body.insert(u"mediaIds"_s, ids);
        body.insert(u"captions"_s, QJsonArray::fromStringList(captions));
    }
    if (session)
        body.insert(u"session"_s, *session);
    return body;
}

LivePostInput LivePostInput::fromJson(const QJsonObject &json)
{
    LivePostInput in;
    in.kind = json.value(u"kind").toString(u"text"_s);
    in.text = json.value(u"text").toString();
    in.speaker = json.value(u"speaker").toString();
    for (const QJsonValue &id : json.value(u"mediaIds").toArray())
        in.mediaIds.append(id.toInteger());
    for (const QJsonValue &c : json.value(u"captions").toArray())
        in.captions.append(c.toString());
    if (const QJsonValue s = json.value(u"session"); s.isDouble())
        in.session = s.toInteger();
    return in;
}

} // namespace pd::domain
