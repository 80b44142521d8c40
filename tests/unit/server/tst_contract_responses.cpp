// portald's real responses held against the schemas of docs/api/openapi.yaml: what the client is promised is what
// the server sends (success bodies and problem+json errors), on a real portald with demo content. The exchanges are
// recorded and judged by tests/contract/contract.mjs (Ajv, JSON Schema 2020-12), not by code of our own.
#include "tests/support/HttpProbe.h"
#include "tests/unit/server/OpenApiContract.h"
#include "tests/support/PortaldFixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::OpenApiContract;

namespace {

/// One side of an exchange as contract.mjs reads it: JSON bodies as text, other bodies (images) only by size.
QJsonObject message(const QByteArray &contentType, const QByteArray &body)
{
    const QString mediaType = QString::fromLatin1(contentType).section(u';', 0, 0).trimmed().toLower();
    QJsonObject m{{u"mediaType"_s, mediaType}, {u"bytes"_s, body.size()}};
    if (mediaType.endsWith(u"json"_s))
        m.insert(u"text"_s, QString::fromUtf8(body));
    return m;
}

QJsonObject exchange(const QString &method, const QString &path, int status, const QJsonObject &response,
                     const QString &where = {})
{
    return QJsonObject{{u"where"_s, where.isEmpty() ? method + u' ' + path : where}, {u"method"_s, method},
                       {u"path"_s, path}, {u"status"_s, status}, {u"response"_s, response}};
}

/// The exchanges of a run, kept in the build directory so that a failure can be read afterwards.
QString recordFile(const QString &name)
{
    return qEnvironmentVariable("PD_BINARY_DIR") + u"/contract/tst_contract_responses-"_s + name + u".json"_s;
}

} // namespace

class tst_ContractResponses : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &pathAndQuery) const
    {
        QUrl u = m_portal.baseUrl();
        const qsizetype q = pathAndQuery.indexOf(u'?');
        u.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            u.setQuery(pathAndQuery.mid(q + 1));
        return u;
    }

    /// Sends the request, checks the status, and records the exchange for the contract's validator.
    HttpProbe::Reply check(const QByteArray &verb, const QString &pathAndQuery, int expectedStatus, const QString &token,
                           const QJsonDocument &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        const HttpProbe::Reply r = m_http.json(verb, url(pathAndQuery), token, body, headers);
        verify(verb, pathAndQuery, expectedStatus, r, "application/json",
               body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact));
        return r;
    }

    void verify(const QByteArray &verb, const QString &pathAndQuery, int expectedStatus, const HttpProbe::Reply &r,
                const QByteArray &requestType = {}, const QByteArray &requestBody = {})
    {
        const QString where = QString::fromLatin1(verb) + u' ' + pathAndQuery;
        if (r.status != expectedStatus) {
            m_problems.append(u"%1: status %2, expected %3: %4"_s.arg(where).arg(r.status).arg(expectedStatus).arg(
                QString::fromUtf8(r.body.left(300))));
        }
        QJsonObject e = exchange(QString::fromLatin1(verb), pathAndQuery.section(u'?', 0, 0), r.status,
                                 message(r.headers.value("content-type"), r.body), where);
        if (!requestBody.isEmpty())
            e.insert(u"request"_s, message(requestType, requestBody));
        m_exchanges.append(e);
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    OpenApiContract m_contract;
    QStringList m_problems;
    QJsonArray m_exchanges;

private slots:
    void initTestCase();
    void contractReadByARealParser();
    void validatorSaysNo();
    void responsesMatchTheContract();
};

void tst_ContractResponses::initTestCase()
{
    QVERIFY2(m_contract.load(), qPrintable(m_contract.error()));
    QVERIFY2(!qEnvironmentVariableIsEmpty("PORTALD_BIN"), "PORTALD_BIN must point at portald");
    QVERIFY2(m_portal.start(), m_portal.failure());
}

void tst_ContractResponses::contractReadByARealParser()
{
    // The whole contract, as a standard YAML parser reads it.
    QCOMPARE(m_contract.document().value(u"openapi"_s).toString(), u"3.1.0"_s);
    QVERIFY(m_contract.document().value(u"paths"_s).toObject().size() >= 30);
    QVERIFY(m_contract.document().value(u"components"_s).toObject().value(u"schemas"_s).toObject().contains(u"Item"_s));

    // What a lenient reader let through and Swagger UI refuses: a plain scalar holding `{…}: ` is no valid YAML.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile broken(dir.filePath(u"openapi.yaml"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("openapi: 3.1.0\npaths:\n  /a:\n    put:\n"
                 "      summary: Change a rule; so `{\"enabled\": false}` disables it\n");
    broken.close();
    OpenApiContract lenient;
    QVERIFY(!lenient.load(broken.fileName()));
    QVERIFY2(lenient.error().contains(u"line 5"_s), qPrintable(lenient.error()));
}

void tst_ContractResponses::validatorSaysNo()
{
    // A real item portald sent passes; each way of breaking it is named, so a pass of the recorded responses means
    // the validator looked.
    const QString editor = m_portal.newToken(u"editor"_s);
    const auto list = m_http.json("GET", url(u"/api/v1/items?limit=1"_s), editor);
    QCOMPARE(list.status, 200);
    const qint64 id = list.json.object().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const QString path = u"/api/v1/items/%1"_s.arg(id);
    const auto item = m_http.json("GET", url(path), editor);
    QCOMPARE(item.status, 200);

    const auto itemExchange = [&](const QString &where, const QJsonObject &body) {
        const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return exchange(u"GET"_s, path, 200, message("application/json", text), where);
    };
    const auto problemExchange = [&](const QString &where, int status, const QJsonObject &body) {
        const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return exchange(u"GET"_s, path, status, message("application/problem+json", text), where);
    };
    QJsonObject wrongType = item.json.object();
    wrongType.insert(u"revision"_s, u"7"_s);
    QJsonObject unknownState = item.json.object();
    unknownState.insert(u"state"_s, u"deleted"_s);
    QJsonObject noTitle = item.json.object();
    noTitle.remove(u"title"_s);
    QJsonObject badTime = item.json.object();
    badTime.insert(u"updatedAt"_s, u"yesterday"_s);
    const QJsonObject problem{{u"type"_s, u"about:blank"_s}, {u"title"_s, u"Not Found"_s}, {u"status"_s, 404}};
    QJsonObject statusAsText = problem;
    statusAsText.insert(u"status"_s, u"404"_s);

    const QJsonArray exchanges{
        itemExchange(u"real item"_s, item.json.object()),
        itemExchange(u"revision as text"_s, wrongType),
        itemExchange(u"unknown state"_s, unknownState),
        itemExchange(u"no title"_s, noTitle),
        itemExchange(u"not a date-time"_s, badTime),
        problemExchange(u"problem"_s, 404, problem),
        problemExchange(u"problem status as text"_s, 404, statusAsText),
        problemExchange(u"undocumented status"_s, 418, problem),
        exchange(u"GET"_s, u"/api/v1/nowhere"_s, 200, message("application/json", "{}"), u"undocumented path"_s),
    };
    const auto verdict = m_contract.validate(exchanges, recordFile(u"validator"_s));
    QVERIFY2(verdict.ran, qPrintable(verdict.error));
    QCOMPARE(verdict.checked, exchanges.size());
    const QString all = verdict.problems.join(u'\n');
    const auto named = [&](const QString &where) {
        return std::ranges::count_if(verdict.problems, [&](const QString &p) { return p.startsWith(where + u" → "_s); });
    };
    QCOMPARE(named(u"real item"_s), 0);
    QCOMPARE(named(u"problem"_s), 0);
    QVERIFY2(named(u"revision as text"_s) > 0 && all.contains(u"/revision must be integer"_s), qPrintable(all));
    QVERIFY2(named(u"unknown state"_s) > 0 && all.contains(u"/state must be equal to one of the allowed values"_s),
             qPrintable(all));
    QVERIFY2(named(u"no title"_s) > 0 && all.contains(u"required property 'title'"_s), qPrintable(all));
    QVERIFY2(named(u"not a date-time"_s) > 0 && all.contains(u"/updatedAt must match format \"date-time\""_s),
             qPrintable(all));
    QVERIFY2(named(u"problem status as text"_s) > 0 && all.contains(u"/status must be integer"_s), qPrintable(all));
    QVERIFY2(named(u"undocumented status"_s) > 0, qPrintable(all));
    QVERIFY2(named(u"undocumented path"_s) > 0, qPrintable(all));
}

void tst_ContractResponses::responsesMatchTheContract()
{
    const QString password = u"portaldesk-demo"_s;
    // Session.
    const auto login = check("POST", u"/api/v1/session"_s, 201, {},
                             QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s}, {u"password"_s, password}}));
    check("POST", u"/api/v1/session"_s, 401, {},
          QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s}, {u"password"_s, u"wrong-password-123"_s}}));
    // Rotation: from here on the refreshed pair is the valid one.
    const auto refreshed = check("POST", u"/api/v1/session/refresh"_s, 200, {},
                                 QJsonDocument(QJsonObject{{u"refreshToken"_s, login.json.object().value(u"refreshToken"_s)}}));
    const QString editor = refreshed.json.object().value(u"accessToken"_s).toString();
    QVERIFY2(!editor.isEmpty(), qPrintable(m_problems.join(u"\n"_s)));
    check("GET", u"/api/v1/me"_s, 200, editor);
    check("GET", u"/api/v1/me"_s, 401, {});

    // Sites, columns, catalogue, rules.
    const auto sites = check("GET", u"/api/v1/sites"_s, 200, editor);
    const qint64 site = sites.json.array().first().toObject().value(u"id"_s).toInteger();
    const auto columns = check("GET", u"/api/v1/sites/%1/columns"_s.arg(site), 200, editor);
    check("GET", u"/api/v1/sites/%1/disclosure/catalog"_s.arg(site), 200, editor);
    check("GET", u"/api/v1/sites/999999/columns"_s, 404, editor);
    check("GET", u"/api/v1/checks/rules?site=%1"_s.arg(site), 200, editor);

    // Administration: review policy and the audit log.
    const QString admin = m_http.login(m_portal.baseUrl(), u"admin"_s, password);
    const QString policyPath = u"/api/v1/sites/%1/review-policy"_s.arg(site);
    const auto policy = check("GET", policyPath, 200, admin);
    check("GET", policyPath, 403, editor);
    check("GET", u"/api/v1/sites/999999/review-policy"_s, 404, admin);
    check("PUT", policyPath, 428, admin, QJsonDocument(policy.json.object()));
    check("PUT", policyPath, 412, admin, QJsonDocument(policy.json.object()), {{"If-Match", "\"999999\""}});
    check("PUT", policyPath, 200, admin, QJsonDocument(policy.json.object()), {{"If-Match", policy.headers.value("etag")}});
    check("PUT", policyPath, 422, admin, QJsonDocument(QJsonObject{{u"levels"_s, 9}}));
    check("PUT", policyPath, 403, editor, QJsonDocument(policy.json.object()));
    check("GET", u"/api/v1/audit?resource=review-policy&id=%1"_s.arg(site), 200, admin);
    check("GET", u"/api/v1/audit?resource=nothing"_s, 422, admin);
    check("GET", u"/api/v1/audit"_s, 403, editor);

    // Administration: sites of the group.
    const QJsonObject member{{u"name"_s, u"契约测试局"_s}, {u"siteCode"_s, u"3217000199"_s},
                             {u"orgCode"_s, u"11321700014538266M"_s}, {u"parentSite"_s, site}};
    const auto createdSite = check("POST", u"/api/v1/sites"_s, 201, admin, QJsonDocument(member));
    check("POST", u"/api/v1/sites"_s, 409, admin, QJsonDocument(member));
    check("POST", u"/api/v1/sites"_s, 422, admin, QJsonDocument(QJsonObject{{u"name"_s, u"坏"_s}}));
    check("POST", u"/api/v1/sites"_s, 403, editor, QJsonDocument(member));
    const QString sitePath = u"/api/v1/sites/%1"_s.arg(createdSite.json.object().value(u"id"_s).toInteger());
    check("PUT", sitePath, 428, admin, QJsonDocument(QJsonObject{{u"enabled"_s, false}}));
    check("PUT", sitePath, 412, admin, QJsonDocument(QJsonObject{{u"enabled"_s, false}}), {{"If-Match", "\"999\""}});
    check("PUT", sitePath, 200, admin, QJsonDocument(QJsonObject{{u"enabled"_s, false}}),
          {{"If-Match", createdSite.headers.value("etag")}});
    check("PUT", u"/api/v1/sites/999999"_s, 404, admin, QJsonDocument(QJsonObject{{u"enabled"_s, false}}));

    // Administration: columns.
    const QString columnsPath = u"/api/v1/sites/%1/columns"_s.arg(site);
    const auto column = check("POST", columnsPath, 201, admin,
                              QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目"_s}, {u"kind"_s, u"news"_s}}));
    check("POST", columnsPath, 409, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目"_s}, {u"kind"_s, u"news"_s}}));
    check("POST", columnsPath, 422, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目二"_s}}));
    check("POST", columnsPath, 403, editor, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目二"_s}, {u"kind"_s, u"news"_s}}));
    const QString columnPath = u"/api/v1/columns/%1"_s.arg(column.json.object().value(u"id"_s).toInteger());
    const auto columnMatch = [&](qint64 id) {
        for (const QJsonValue &v : m_http.json("GET", url(columnsPath), admin).json.array())
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return QList<QPair<QByteArray, QByteArray>>{
                    {"If-Match", '"' + QByteArray::number(v.toObject().value(u"revision"_s).toInteger()) + '"'}};
        return QList<QPair<QByteArray, QByteArray>>{};
    };
    const qint64 columnId = column.json.object().value(u"id"_s).toInteger();
    check("PUT", columnPath, 428, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目改"_s}}));
    check("PUT", columnPath, 412, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目改"_s}}), {{"If-Match", "\"999999\""}});
    check("PUT", columnPath, 200, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约栏目改"_s}, {u"updateDays"_s, 14}}),
          columnMatch(columnId));
    check("PUT", columnPath, 422, admin, QJsonDocument(QJsonObject{{u"parentId"_s, column.json.object().value(u"id"_s)}}),
          columnMatch(columnId));
    check("PUT", u"/api/v1/columns/99999999"_s, 404, admin, QJsonDocument(QJsonObject{{u"name"_s, u"无"_s}}));
    const QJsonArray published = m_http.json("GET", url(u"/api/v1/items?state=published&limit=1"_s), editor)
                                     .json.object().value(u"items"_s).toArray();
    QVERIFY(!published.isEmpty());
    const qint64 busyColumn = published.first().toObject().value(u"columns"_s).toArray().first().toInteger();
    const auto busyMatch = [&] {
        // The published item may be on any site of the demo group: its column is on the item's site.
        const qint64 busySite = published.first().toObject().value(u"site"_s).toInteger();
        for (const QJsonValue &v : m_http.json("GET", url(u"/api/v1/sites/%1/columns"_s.arg(busySite)), admin).json.array())
            if (v.toObject().value(u"id"_s).toInteger() == busyColumn)
                return QList<QPair<QByteArray, QByteArray>>{
                    {"If-Match", '"' + QByteArray::number(v.toObject().value(u"revision"_s).toInteger()) + '"'}};
        return QList<QPair<QByteArray, QByteArray>>{};
    };
    check("PUT", u"/api/v1/columns/%1"_s.arg(busyColumn), 409, admin, QJsonDocument(QJsonObject{{u"enabled"_s, false}}), busyMatch());
    check("DELETE", u"/api/v1/columns/%1"_s.arg(busyColumn), 409, admin, {}, busyMatch());
    check("DELETE", columnPath, 204, admin, {}, columnMatch(columnId));
    check("DELETE", columnPath, 404, admin);

    // Administration: the site's own topic categories.
    const QString categoriesPath = u"/api/v1/sites/%1/disclosure/categories"_s.arg(site);
    const auto category = check("POST", categoriesPath, 201, admin,
                                QJsonDocument(QJsonObject{{u"code"_s, u"QY01"_s}, {u"name"_s, u"契约分类"_s}}));
    check("POST", categoriesPath, 201, admin,
          QJsonDocument(QJsonObject{{u"code"_s, u"QY0101"_s}, {u"name"_s, u"契约子类"_s}, {u"parentCode"_s, u"QY01"_s}}));
    check("POST", categoriesPath, 409, admin, QJsonDocument(QJsonObject{{u"code"_s, u"QY01"_s}, {u"name"_s, u"重复"_s}}));
    check("POST", categoriesPath, 422, admin, QJsonDocument(QJsonObject{{u"code"_s, u"0199"_s}, {u"name"_s, u"像国家的"_s}}));
    check("POST", categoriesPath, 403, editor, QJsonDocument(QJsonObject{{u"code"_s, u"QY02"_s}, {u"name"_s, u"偷建"_s}}));
    check("GET", categoriesPath, 200, editor);
    check("GET", u"/api/v1/sites/999999/disclosure/categories"_s, 404, admin);
    check("PUT", u"/api/v1/disclosure/categories/QY01"_s, 428, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约改"_s}}));
    check("PUT", u"/api/v1/disclosure/categories/QY01"_s, 412, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约改"_s}}),
          {{"If-Match", "\"999\""}});
    check("PUT", u"/api/v1/disclosure/categories/QY01"_s, 200, admin, QJsonDocument(QJsonObject{{u"name"_s, u"契约改"_s}}),
          {{"If-Match", category.headers.value("etag")}});
    check("PUT", u"/api/v1/disclosure/categories/0101"_s, 409, admin, QJsonDocument(QJsonObject{{u"name"_s, u"改国家"_s}}),
          {{"If-Match", "\"1\""}});
    check("PUT", u"/api/v1/disclosure/categories/ZZ99"_s, 404, admin, QJsonDocument(QJsonObject{{u"name"_s, u"无"_s}}),
          {{"If-Match", "\"1\""}});
    check("DELETE", u"/api/v1/disclosure/categories/QY01"_s, 409, admin);
    check("DELETE", u"/api/v1/disclosure/categories/QY0101"_s, 204, admin);
    check("DELETE", u"/api/v1/disclosure/categories/QY0101"_s, 404, admin);
    check("DELETE", u"/api/v1/disclosure/categories/QY01"_s, 403, editor);

    // Administration: accounts, and a new account's own password.
    check("GET", u"/api/v1/users?role=editor"_s, 200, admin);
    check("GET", u"/api/v1/users"_s, 403, editor);
    const QJsonObject account{{u"username"_s, u"contract"_s}, {u"displayName"_s, u"契约"_s},
                              {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, site}}}}};
    const auto createdUser = check("POST", u"/api/v1/users"_s, 201, admin, QJsonDocument(account));
    check("POST", u"/api/v1/users"_s, 409, admin, QJsonDocument(account));
    check("POST", u"/api/v1/users"_s, 422, admin, QJsonDocument(QJsonObject{{u"username"_s, u"x"_s}}));
    const QString userPath = u"/api/v1/users/%1"_s.arg(createdUser.json.object().value(u"id"_s).toInteger());
    const auto readUser = check("GET", userPath, 200, admin);
    check("GET", u"/api/v1/users/99999999"_s, 404, admin);
    check("PUT", userPath, 428, admin, QJsonDocument(QJsonObject{{u"displayName"_s, u"契约二"_s}}));
    check("PUT", userPath, 412, admin, QJsonDocument(QJsonObject{{u"displayName"_s, u"契约二"_s}}), {{"If-Match", "\"999\""}});
    check("PUT", userPath, 200, admin, QJsonDocument(QJsonObject{{u"displayName"_s, u"契约二"_s}}),
          {{"If-Match", readUser.headers.value("etag")}});
    const auto reset = check("POST", userPath + u"/password-reset"_s, 200, admin);
    const QString newcomer = m_http.login(m_portal.baseUrl(), u"contract"_s,
                                          reset.json.object().value(u"oneTimePassword"_s).toString());
    check("GET", u"/api/v1/sites"_s, 403, newcomer);
    check("POST", u"/api/v1/me/password"_s, 422, newcomer,
          QJsonDocument(QJsonObject{{u"currentPassword"_s, u"wrong"_s}, {u"newPassword"_s, u"a-new-long-password"_s}}));
    check("POST", u"/api/v1/me/password"_s, 204, newcomer,
          QJsonDocument(QJsonObject{{u"currentPassword"_s, reset.json.object().value(u"oneTimePassword"_s).toString()},
                                    {u"newPassword"_s, u"a-new-long-password"_s}}));

    // Items: list, read, create, update preconditions, history.
    const auto list = check("GET", u"/api/v1/items?limit=20"_s, 200, editor);
    QVERIFY2(!list.json.object().value(u"items"_s).toArray().isEmpty(),
             qPrintable(QString::fromUtf8(list.body.left(500)) + m_problems.join(u"\n"_s)));
    const QJsonArray summaries = list.json.object().value(u"items"_s).toArray();
    for (qsizetype k = 0; k < std::min<qsizetype>(5, summaries.size()); ++k) {
        const qint64 id = summaries.at(k).toObject().value(u"id"_s).toInteger();
        check("GET", u"/api/v1/items/%1"_s.arg(id), 200, editor);
        check("GET", u"/api/v1/items/%1/revisions"_s.arg(id), 200, editor);
        check("GET", u"/api/v1/items/%1/audit"_s.arg(id), 200, editor);
    }
    check("GET", u"/api/v1/items?type=disclosure&limit=5"_s, 200, editor);
    check("GET", u"/api/v1/items/99999999"_s, 404, editor);
    qint64 newsColumn = 0;
    for (const QJsonValue &c : columns.json.array()) {
        if (c.toObject().value(u"kind"_s).toString() == u"news"_s && newsColumn == 0)
            newsColumn = c.toObject().value(u"id"_s).toInteger();
    }
    const QJsonObject draft{{u"type"_s, u"news"_s}, {u"site"_s, site}, {u"columns"_s, QJsonArray{newsColumn}},
                            {u"title"_s, u"契约测试稿件"_s}, {u"bodyHtml"_s, u"<p>正文</p>"_s}};
    const auto created = check("POST", u"/api/v1/items"_s, 201, editor, QJsonDocument(draft));
    const qint64 id = created.json.object().value(u"id"_s).toInteger();
    check("PUT", u"/api/v1/items/%1"_s.arg(id), 428, editor, QJsonDocument(draft));
    check("PUT", u"/api/v1/items/%1"_s.arg(id), 412, editor, QJsonDocument(draft), {{"If-Match", "\"999\""}});
    check("POST", u"/api/v1/items"_s, 422, editor, QJsonDocument(QJsonObject{{u"type"_s, u"news"_s}, {u"site"_s, site}}));
    const auto updated = check("PUT", u"/api/v1/items/%1"_s.arg(id), 200, editor, QJsonDocument(draft),
                               {{"If-Match", created.headers.value("etag")}});
    check("GET", u"/api/v1/items/%1/revisions/1"_s.arg(id), 200, editor);
    const auto submitted = check("POST", u"/api/v1/items/%1/transitions"_s.arg(id), 200, editor,
                                 QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}),
                                 {{"If-Match", updated.headers.value("etag")}});
    check("POST", u"/api/v1/items/%1/transitions"_s.arg(id), 409, editor,
          QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}), {{"If-Match", submitted.headers.value("etag")}});
    check("POST", u"/api/v1/items/%1/transitions"_s.arg(id), 403, editor,
          QJsonDocument(QJsonObject{{u"action"_s, u"publish"_s}}), {{"If-Match", submitted.headers.value("etag")}});

    // Correcting a published item: the pages it is on, an edit stored as its pending revision, lists showing it.
    const auto publishedNews = check("GET", u"/api/v1/items?type=news&state=published&limit=1"_s, 200, editor);
    const qint64 live = publishedNews.json.object().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    QVERIFY2(live > 0, qPrintable(m_problems.join(u"\n"_s)));
    check("GET", u"/api/v1/items/%1/pages"_s.arg(live), 200, editor);
    const auto liveItem = check("GET", u"/api/v1/items/%1"_s.arg(live), 200, editor);
    QJsonObject edit = liveItem.json.object();
    edit.insert(u"title"_s, u"契约测试：已发布条目的修改稿"_s);
    const auto pending = check("PUT", u"/api/v1/items/%1"_s.arg(live), 200, editor, QJsonDocument(edit),
                               {{"If-Match", liveItem.headers.value("etag")}});
    QVERIFY(pending.json.object().value(u"pendingRevision"_s).isObject());
    check("GET", u"/api/v1/items?type=news&state=published&limit=5"_s, 200, editor);
    check("POST", u"/api/v1/items/%1/transitions"_s.arg(live), 403, editor,
          QJsonDocument(QJsonObject{{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"契约测试"_s}}),
          {{"If-Match", pending.headers.value("etag")}});

    // Co-publishing: where an item is placed, and a push to a site the editor does not write for.
    check("GET", u"/api/v1/items/%1/placements"_s.arg(live), 200, editor);
    check("POST", u"/api/v1/items/%1/placements"_s.arg(live), 403, editor,
          QJsonDocument(QJsonObject{{u"site"_s, createdSite.json.object().value(u"id"_s)},
                                    {u"columns"_s, QJsonArray{newsColumn}}}));
    check("POST", u"/api/v1/items/%1/placements"_s.arg(live), 422, editor,
          QJsonDocument(QJsonObject{{u"columns"_s, QJsonArray{newsColumn}}}));
    check("DELETE", u"/api/v1/items/%1/placements/99999999"_s.arg(live), 404, editor);

    // Review queue as a reviewer.
    const QString reviewer = m_http.login(m_portal.baseUrl(), u"reviewer1"_s, password);
    check("GET", u"/api/v1/review/queue?site=%1"_s.arg(site), 200, reviewer);

    // Media.
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    const auto media = m_http.request("POST", url(u"/api/v1/media"_s), png,
                                      {{"Content-Type", "image/png"}, {"X-Filename", "a.png"},
                                       {"Authorization", "Bearer " + editor.toLatin1()}});
    verify("POST", u"/api/v1/media"_s, 201, media, "image/png", png);
    const QString mediaUrl = media.json.object().value(u"url"_s).toString();
    // No published item shows it yet: the site's signed-in users get it, anyone else 404.
    verify("GET", mediaUrl, 200,
           m_http.request("GET", url(mediaUrl), {}, {{"Authorization", "Bearer " + editor.toLatin1()}}));
    verify("GET", mediaUrl, 404, m_http.request("GET", url(mediaUrl)));
    verify("GET", u"/media/424242/x.png"_s, 404, m_http.request("GET", url(u"/media/424242/x.png"_s)));
    const auto lying = m_http.request("POST", url(u"/api/v1/media"_s), png,
                                      {{"Content-Type", "image/jpeg"}, {"Authorization", "Bearer " + editor.toLatin1()}});
    verify("POST", u"/api/v1/media"_s, 415, lying);

    // Live.
    const QString moderator = m_http.login(m_portal.baseUrl(), u"moderator"_s, password);
    const auto events = check("GET", u"/api/v1/live/events"_s, 200, moderator);
    const QJsonArray eventList = events.json.object().value(u"items"_s).toArray();
    QVERIFY2(!eventList.isEmpty(), "the demo seeds live events");
    {
        const qint64 event = eventList.first().toObject().value(u"id"_s).toInteger();
        check("GET", u"/api/v1/live/events/%1"_s.arg(event), 200, moderator);
        const auto posts = check("GET", u"/api/v1/live/events/%1/posts"_s.arg(event), 200, moderator);
        check("GET", u"/api/v1/live/events/%1/stats"_s.arg(event), 200, moderator);
        check("POST", u"/public/live/%1/comments"_s.arg(event), 202, {},
              QJsonDocument(QJsonObject{{u"name"_s, u"网友"_s}, {u"text"_s, u"请问活动几点结束？"_s}}));
        check("GET", u"/api/v1/live/events/%1/comments?state=pending"_s.arg(event), 200, moderator);
        const QString reporter = m_http.login(m_portal.baseUrl(), u"reporter"_s, password);
        check("POST", u"/api/v1/live/events/%1/posts"_s.arg(event), 201, reporter,
              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"会议现场报道。"_s}}),
              {{"Idempotency-Key", "contract-post-1"}});
        // Sub-forums: an event with a team per session, a post into one, the refusals of bad input.
        const qint64 reporterId = check("GET", u"/api/v1/me"_s, 200, reporter).json.object().value(u"id"_s).toInteger();
        const auto forum = check("POST", u"/api/v1/live/events"_s, 201, moderator,
                                 QJsonDocument(QJsonObject{
                                     {u"site"_s, site},
                                     {u"title"_s, u"契约测试论坛"_s},
                                     {u"kind"_s, u"forum"_s},
                                     {u"sessions"_s, QJsonArray{QJsonObject{{u"title"_s, u"主论坛"_s},
                                                                            {u"reporters"_s, QJsonArray{reporterId}}},
                                                                QJsonObject{{u"title"_s, u"分论坛一"_s},
                                                                            {u"reporters"_s, QJsonArray{reporterId + 100000}}}}}}),
                                 {{"Idempotency-Key", "contract-forum-1"}});
        const qint64 forumId = forum.json.object().value(u"id"_s).toInteger();
        check("POST", u"/api/v1/live/events/%1/posts"_s.arg(forumId), 201, reporter,
              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"主论坛开幕。"_s}, {u"session"_s, 1}}),
              {{"Idempotency-Key", "contract-forum-post-1"}});
        check("POST", u"/api/v1/live/events/%1/posts"_s.arg(forumId), 403, reporter,
              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"分论坛一报道。"_s}, {u"session"_s, 2}}),
              {{"Idempotency-Key", "contract-forum-post-2"}});
        check("GET", u"/api/v1/live/events/%1/posts?session=1"_s.arg(forumId), 200, moderator);
        check("GET", u"/api/v1/live/staff?site=%1"_s.arg(site), 200, moderator);
        check("GET", u"/api/v1/live/staff?site=%1"_s.arg(site), 403, reporter);
        check("GET", u"/api/v1/live/events/%1/posts?session=9"_s.arg(forumId), 422, moderator);
        QJsonObject withoutMain = forum.json.object();
        withoutMain.insert(u"sessions"_s, QJsonArray{withoutMain.value(u"sessions"_s).toArray().at(1)});
        check("PUT", u"/api/v1/live/events/%1"_s.arg(forumId), 409, moderator, QJsonDocument(withoutMain),
              {{"If-Match", forum.headers.value("etag")}});

        const QJsonArray postList = posts.json.object().value(u"items"_s).toArray();
        QVERIFY2(!postList.isEmpty(), "the demo's first live event has posts");
        {
            const qint64 post = postList.first().toObject().value(u"id"_s).toInteger();
            check("GET", u"/api/v1/live/posts/%1"_s.arg(post), 200, moderator);
            check("GET", u"/api/v1/live/posts/%1/history"_s.arg(post), 200, moderator);
        }
    }

    // An online interview's question flow, from a netizen's question to the public pair and the figures.
    {
        const QString reporter = m_portal.newToken(u"reporter"_s);
        const auto created = check("POST", u"/api/v1/live/events"_s, 201, editor,
                                   QJsonDocument(QJsonObject{
                                       {u"site"_s, eventList.first().toObject().value(u"site"_s)},
                                       {u"title"_s, u"契约测试访谈"_s},
                                       {u"kind"_s, u"interview"_s},
                                       {u"host"_s, QJsonObject{{u"name"_s, u"主持人"_s}, {u"title"_s, u"电台主持人"_s}}},
                                       {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"嘉宾"_s}, {u"title"_s, u"局长"_s}}}}}));
        const qint64 event = created.json.object().value(u"id"_s).toInteger();
        check("POST", u"/api/v1/live/events/%1/transitions"_s.arg(event), 200, moderator,
              QJsonDocument(QJsonObject{{u"action"_s, u"start"_s}}), {{"If-Match", created.headers.value("etag")}});
        const auto asked = check("POST", u"/public/live/%1/questions"_s.arg(event), 201, {},
                                 QJsonDocument(QJsonObject{{u"name"_s, u"网友"_s}, {u"text"_s, u"社区食堂什么时候开？"_s}}));
        check("POST", u"/public/live/%1/questions"_s.arg(event), 422, {},
              QJsonDocument(QJsonObject{{u"text"_s, u"哪里能代开发票"_s}}));
        const qint64 question = asked.json.object().value(u"id"_s).toInteger();
        const QString questions = u"/api/v1/live/events/%1/questions"_s.arg(event);
        check("GET", questions + u"?state=pending"_s, 200, moderator);
        check("POST", u"/api/v1/live/questions/%1/transitions"_s.arg(question), 403, reporter,
              QJsonDocument(QJsonObject{{u"action"_s, u"accept"_s}}));
        check("POST", u"/api/v1/live/questions/%1/transitions"_s.arg(question), 200, moderator,
              QJsonDocument(QJsonObject{{u"action"_s, u"queue"_s}}));
        check("PUT", u"/api/v1/live/events/%1/queue"_s.arg(event), 200, moderator,
              QJsonDocument(QJsonObject{{u"questions"_s, QJsonArray{question}}}));
        check("POST", u"/api/v1/live/questions/%1/answers"_s.arg(question), 409, reporter,
              QJsonDocument(QJsonObject{{u"guest"_s, 1}, {u"text"_s, u"还没提问"_s}}));
        check("POST", u"/api/v1/live/questions/%1/transitions"_s.arg(question), 200, moderator,
              QJsonDocument(QJsonObject{{u"action"_s, u"ask"_s}}));
        check("POST", u"/api/v1/live/questions/%1/answers"_s.arg(question), 201, reporter,
              QJsonDocument(QJsonObject{{u"guest"_s, 1}, {u"text"_s, u"下个月开业。"_s}}), {{"Idempotency-Key", "contract-answer-1"}});
        check("GET", u"/api/v1/live/questions/%1"_s.arg(question), 200, moderator);
        check("GET", u"/public/live/%1/questions"_s.arg(event), 200, {});
        check("GET", u"/api/v1/live/events/%1/stats"_s.arg(event), 200, moderator);
        check("POST", u"/api/v1/live/events/%1/transcript"_s.arg(event), 409, editor, QJsonDocument(QJsonObject{}));
    }

    // Operations and error shape of an unknown address.
    check("GET", u"/healthz"_s, 200, {});
    check("DELETE", u"/api/v1/session"_s, 204, editor);

    const auto verdict = m_contract.validate(m_exchanges, recordFile(u"responses"_s));
    QVERIFY2(verdict.ran, qPrintable(verdict.error));
    m_problems += verdict.problems;
    QVERIFY2(m_problems.isEmpty(), qPrintable(u"\n"_s + m_problems.join(u"\n"_s)));
    QVERIFY(verdict.checked >= 30);
}

QTEST_GUILESS_MAIN(tst_ContractResponses)
#include "tst_contract_responses.moc"
