#include "server/stream/StreamEvent.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::server {

QByteArray StreamEvent::message() const
{
    return QJsonDocument(QJsonObject{{u"seq"_s, seq}, {u"type"_s, type}, {u"payload"_s, payload}})
        .toJson(QJsonDocument::Compact);
}

} // namespace pd::server
