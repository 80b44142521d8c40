// portald's real responses held against the schemas of docs/api/openapi.yaml: what the client is promised is what
// the server sends (success bodies and problem+json errors), on a real portald with demo content.
#include "tests/support/HttpProbe.h"
#include "tests/unit/server/OpenApiContract.h"
#include "tests/support/PortaldProcess.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::OpenApiContract;
using pd::test::PortaldProcess;

class tst_ContractResponses : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &pathAndQuery) const
    {
        QUrl u = m_portald->baseUrl();
        const qsizetype q = pathAndQuery.indexOf(u'?');
        u.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            u.setQuery(pathAndQuery.mid(q + 1));
        return u;
    }

    /// Sends the request, checks the status, and validates the body against the documented response schema.
    HttpProbe::Reply check(const QByteArray &verb, const QString &pathAndQuery, int expectedStatus, const QString &token,
                           const QJsonDocument &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        const HttpProbe::Reply r = m_http.json(verb, url(pathAndQuery), token, body, headers);
        verify(verb, pathAndQuery, expectedStatus, r);
        return r;
    }

    void verify(const QByteArray &verb, const QString &pathAndQuery, int expectedStatus, const HttpProbe::Reply &r)
    {
        const QString path = pathAndQuery.section(u'?', 0, 0);
        const QString where = QString::fromLatin1(verb) + u' ' + pathAndQuery;
        if (r.status != expectedStatus) {
            m_problems.append(u"%1: status %2, expected %3: %4"_s.arg(where).arg(r.status).arg(expectedStatus).arg(
                QString::fromUtf8(r.body.left(300))));
            return;
        }
        const QString mediaType = QString::fromLatin1(r.headers.value("content-type")).section(u';', 0, 0).trimmed();
        const auto lookup = m_contract.responseSchema(QString::fromLatin1(verb), path, r.status,
                                                      r.body.isEmpty() ? QString() : mediaType);
        if (!lookup.found) {
            m_problems.append(u"%1: response %2 (%3) is not documented%4"_s.arg(where).arg(r.status).arg(mediaType).arg(
                lookup.operation.isEmpty() ? u" — no such operation"_s : QString()));
            return;
        }
        ++m_checked;
        if (lookup.schema.isEmpty() || !mediaType.endsWith(u"json"_s))
            return; // no body, or bytes (a media file) rather than JSON
        const QJsonValue value = r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object());
        for (const QString &p : m_contract.validate(value, lookup.schema, where))
            m_problems.append(p);
    }

    std::unique_ptr<PortaldProcess> m_portald;
    HttpProbe m_http;
    OpenApiContract m_contract;
    QStringList m_problems;
    int m_checked = 0;

private slots:
    void initTestCase();
    void yamlReader();
    void validatorSaysNo();
    void responsesMatchTheContract();
};

void tst_ContractResponses::initTestCase()
{
    QVERIFY2(m_contract.load(qEnvironmentVariable("PD_SOURCE_DIR") + u"/docs/api/openapi.yaml"_s),
             qPrintable(m_contract.error()));
    QVERIFY2(!qEnvironmentVariableIsEmpty("PORTALD_BIN"), "PORTALD_BIN must point at portald");
    m_portald = std::make_unique<PortaldProcess>(QStringList{u"--demo"_s});
    QVERIFY2(m_portald->start(), qPrintable(m_portald->log()));
}

void tst_ContractResponses::yamlReader()
{
    QString error;
    const QJsonValue v = OpenApiContract::parseYaml(
        u"a:\n  b: { type: [string, 'null'], x: 'it''s' }\n  list:\n    - one\n    - k: 1\n      m: true\n  '200': |\n    text\n    more\nc: [1, \"q\\\"\"]\n"_s,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject a = v.toObject().value(u"a"_s).toObject();
    QCOMPARE(a.value(u"b"_s).toObject().value(u"type"_s).toArray(), (QJsonArray{u"string"_s, u"null"_s}));
    QCOMPARE(a.value(u"b"_s).toObject().value(u"x"_s).toString(), u"it's"_s);
    QCOMPARE(a.value(u"list"_s).toArray().at(0).toString(), u"one"_s);
    QCOMPARE(a.value(u"list"_s).toArray().at(1).toObject().value(u"m"_s).toBool(), true);
    QCOMPARE(a.value(u"200"_s).toString(), u"text\nmore\n"_s);
    QCOMPARE(v.toObject().value(u"c"_s).toArray(), (QJsonArray{1, u"q\""_s}));
    // And the real contract reads completely.
    QCOMPARE(m_contract.document().value(u"openapi"_s).toString(), u"3.1.0"_s);
    QVERIFY(m_contract.document().value(u"paths"_s).toObject().size() >= 30);
    QVERIFY(m_contract.document().value(u"components"_s).toObject().value(u"schemas"_s).toObject().contains(u"Item"_s));
}

void tst_ContractResponses::validatorSaysNo()
{
    const QJsonObject problemRef{{u"$ref"_s, u"#/components/schemas/Problem"_s}};
    QVERIFY(m_contract.validate(QJsonObject{{u"type"_s, u"x"_s}, {u"title"_s, u"t"_s}, {u"status"_s, 404}}, problemRef)
                .isEmpty());
    QVERIFY(!m_contract.validate(QJsonObject{{u"type"_s, u"x"_s}, {u"status"_s, 404}}, problemRef).isEmpty());
    QVERIFY(!m_contract.validate(QJsonObject{{u"type"_s, u"x"_s}, {u"title"_s, u"t"_s}, {u"status"_s, u"404"_s}}, problemRef)
                 .isEmpty());
    const QJsonObject stateRef{{u"$ref"_s, u"#/components/schemas/ItemState"_s}};
    QVERIFY(m_contract.validate(u"draft"_s, stateRef).isEmpty());
    QVERIFY(!m_contract.validate(u"deleted"_s, stateRef).isEmpty());
    QVERIFY(m_contract.responseSchema(u"GET"_s, u"/api/v1/items/7"_s, 200, u"application/json"_s).found);
    QVERIFY(!m_contract.responseSchema(u"GET"_s, u"/api/v1/items/7"_s, 418, u"application/json"_s).found);
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

    // Review queue as a reviewer.
    const QString reviewer = m_http.login(m_portald->baseUrl(), u"reviewer1"_s, password);
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
    verify("POST", u"/api/v1/media"_s, 201, media);
    const QString mediaUrl = media.json.object().value(u"url"_s).toString();
    verify("GET", mediaUrl, 200, m_http.request("GET", url(mediaUrl)));
    verify("GET", u"/media/424242/x.png"_s, 404, m_http.request("GET", url(u"/media/424242/x.png"_s)));
    const auto lying = m_http.request("POST", url(u"/api/v1/media"_s), png,
                                      {{"Content-Type", "image/jpeg"}, {"Authorization", "Bearer " + editor.toLatin1()}});
    verify("POST", u"/api/v1/media"_s, 415, lying);

    // Live.
    const QString moderator = m_http.login(m_portald->baseUrl(), u"moderator"_s, password);
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
        const QString reporter = m_http.login(m_portald->baseUrl(), u"reporter"_s, password);
        check("POST", u"/api/v1/live/events/%1/posts"_s.arg(event), 201, reporter,
              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"会议现场报道。"_s}}),
              {{"Idempotency-Key", "contract-post-1"}});
        const QJsonArray postList = posts.json.object().value(u"items"_s).toArray();
        QVERIFY2(!postList.isEmpty(), "the demo's first live event has posts");
        {
            const qint64 post = postList.first().toObject().value(u"id"_s).toInteger();
            check("GET", u"/api/v1/live/posts/%1"_s.arg(post), 200, moderator);
            check("GET", u"/api/v1/live/posts/%1/history"_s.arg(post), 200, moderator);
        }
    }

    // Operations and error shape of an unknown address.
    check("GET", u"/healthz"_s, 200, {});
    check("DELETE", u"/api/v1/session"_s, 204, editor);

    QVERIFY2(m_problems.isEmpty(), qPrintable(u"\n"_s + m_problems.join(u"\n"_s)));
    QVERIFY(m_checked >= 30);
}

QTEST_GUILESS_MAIN(tst_ContractResponses)
#include "tst_contract_responses.moc"
