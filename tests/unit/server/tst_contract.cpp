// The API contract (docs/api/openapi.yaml) against portald's real route table (`portald --list-routes`):
// every route portald registers must be documented, and every documented operation must be served. The document is
// read by a real YAML parser (tests/contract/contract.mjs); openapi_lint judges it as OpenAPI 3.1.
#include "tests/unit/server/OpenApiContract.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// "GET /api/v1/items/{id}" with placeholder names erased, so {id} and {item} compare equal.
QString normalised(const QString &method, const QString &path)
{
    static const QRegularExpression placeholder(u"\\{[^}]*\\}"_s);
    QString p = path;
    p.replace(placeholder, u"{}"_s);
    return method.toUpper() + u' ' + p;
}

struct Contract {
    QSet<QString> routed;     ///< operations portald's route table must have
    QSet<QString> elsewhere;  ///< x-portald-route: false (WebSocket upgrades, static pages)
};

/// The operations of docs/api/openapi.yaml.
Contract readContract(QString *error)
{
    Contract c;
    pd::test::OpenApiContract contract;
    if (!contract.load()) {
        *error = contract.error();
        return c;
    }
    const QJsonObject paths = contract.document().value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            static const QStringList verbs{u"get"_s, u"put"_s, u"post"_s, u"patch"_s, u"delete"_s, u"head"_s, u"options"_s};
            if (!verbs.contains(op.key()))
                continue;
            const QString name = normalised(op.key(), path.key());
            // x-portald-route: false marks WebSocket upgrades and static pages, served outside the route table.
            if (op.value().toObject().value(u"x-portald-route"_s) == QJsonValue(false))
                c.elsewhere.insert(name);
            else
                c.routed.insert(name);
        }
    }
    return c;
}

QSet<QString> routeTable(QString *error)
{
    QSet<QString> routes;
    const QString portald = qEnvironmentVariable("PORTALD_BIN");
    if (portald.isEmpty()) {
        *error = u"PORTALD_BIN is not set (portald not built?)"_s;
        return routes;
    }
    QProcess p;
    p.start(portald, {u"--list-routes"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"portald --list-routes failed: "_s + QString::fromUtf8(p.readAllStandardError());
        return routes;
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.size() == 2)
            routes.insert(normalised(parts[0], parts[1]));
    }
    return routes;
}

QString listed(QSet<QString> set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return u"\n  "_s + l.join(u"\n  "_s);
}

} // namespace

class tst_Contract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contractIsReadable();
    void everyRouteIsInTheContract();
    void everyContractOperationIsServed();

private:
    Contract m_contract;
    QSet<QString> m_routes;
};

void tst_Contract::initTestCase()
{
    QString error;
    m_contract = readContract(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_routes = routeTable(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_routes.isEmpty(), "portald --list-routes printed no routes");
}

void tst_Contract::contractIsReadable()
{
    // Guards the reading: if it silently read nothing, the other checks would prove nothing.
    QVERIFY(m_contract.routed.size() >= 30);
    QVERIFY(m_contract.routed.contains(u"POST /api/v1/items/{}/transitions"_s));
    QVERIFY(m_contract.routed.contains(u"GET /api/v1/sites/{}/columns"_s));
    QVERIFY(m_contract.elsewhere.contains(u"GET /api/v1/stream"_s));
    QVERIFY(!m_contract.routed.contains(u"GET /api/v1/stream"_s));
}

void tst_Contract::everyRouteIsInTheContract()
{
    const QSet<QString> undocumented = m_routes - m_contract.routed - m_contract.elsewhere;
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(u"portald serves routes that docs/api/openapi.yaml does not document:"_s + listed(undocumented)));
}

void tst_Contract::everyContractOperationIsServed()
{
    const QSet<QString> missing = m_contract.routed - m_routes;
    QVERIFY2(missing.isEmpty(), qPrintable(u"documented but not served by portald:"_s + listed(missing)));
}

QTEST_GUILESS_MAIN(tst_Contract)
#include "tst_contract.moc"
