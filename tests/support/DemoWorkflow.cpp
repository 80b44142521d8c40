#include "tests/support/DemoWorkflow.h"
#include "tests/support/NewsDraft.h"

#include "tests/support/HttpProbe.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::test {

DemoWorkflow::DemoWorkflow(HttpProbe &http, QUrl base, qint64 siteId, Accounts accounts)
    : m_http(http), m_base(std::move(base)), m_siteId(siteId), m_accounts(std::move(accounts))
{
}

QJsonObject DemoWorkflow::transition(const QString &token, qint64 id, const QString &action, const QString &comment)
{
    const auto current = m_http.json("GET", url(u"/api/v1/items/%1"_s.arg(id)), token);
    if (current.status != 200)
        return {};
    QJsonObject body{{u"action"_s, action}};
    if (!comment.isEmpty())
        body.insert(u"comment"_s, comment);
    const auto r = m_http.json("POST", url(u"/api/v1/items/%1/transitions"_s.arg(id)), token, QJsonDocument(body),
                               {{"If-Match", current.headers.value("etag")}});
    if (r.status != 200)
        qWarning().noquote() << action << "->" << r.status << r.body;
    return r.status == 200 ? r.json.object() : QJsonObject();
}

qint64 DemoWorkflow::columnNamed(const QString &name)
{
    const auto columns = m_http.json("GET", url(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), m_accounts.editor);
    for (const QJsonValue &v : columns.json.array())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"id"_s).toInteger();
    return 0;
}

qint64 DemoWorkflow::publishNews(qint64 columnId, const QString &title, const QString &summary,
                                 const QJsonObject &fields)
{
    QJsonObject own{{u"summary"_s, summary},
                    {u"bodyHtml"_s, u"<p>本市召开工作会议，研究部署近期重点工作。</p>"_s},
                    {u"source"_s, u"临江市人民政府办公室"_s},
                    {u"author"_s, u"测试员"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        own.insert(it.key(), it.value());
    const auto created = NewsDraft(m_siteId, columnId, title, own).create(m_http, m_base, m_accounts.editor);
    if (created.status != 201) {
        qWarning().noquote() << "create ->" << created.status << created.body;
        return 0;
    }
    const qint64 id = created.json.object().value(u"id"_s).toInteger();
    if (transition(m_accounts.editor, id, u"submit"_s).isEmpty())
        return 0;
    for (const QString &reviewer : {m_accounts.reviewer1, m_accounts.reviewer2, m_accounts.reviewer3})
        if (transition(reviewer, id, u"approve"_s).isEmpty())
            return 0;
    return transition(m_accounts.reviewer3, id, u"publish"_s).value(u"state"_s).toString() == u"published"_s ? id : 0;
}

} // namespace pd::test
