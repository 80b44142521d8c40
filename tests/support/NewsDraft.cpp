#include "tests/support/NewsDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::test {

NewsDraft::NewsDraft(qint64 site, qint64 column, const QString &title, const QJsonObject &fields)
    : m_json{{u"site"_s, site}, {u"type"_s, u"news"_s}, {u"title"_s, title}, {u"columns"_s, QJsonArray{column}}}
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_json.insert(it.key(), it.value());
}

HttpProbe::Reply NewsDraft::create(HttpProbe &http, const QUrl &server, const QString &token) const
{
    return http.json("POST", server.resolved(QUrl(u"/api/v1/items"_s)), token, QJsonDocument(m_json));
}

qint64 NewsDraft::createId(HttpProbe &http, const QUrl &server, const QString &token) const
{
    const auto reply = create(http, server, token);
    return reply.status == 201 ? reply.json.object().value(u"id"_s).toInteger() : 0;
}

} // namespace pd::test
