// Link sweeps on a real demo portald: a published item links to a local server that answers 200, 404, never, with a
// redirect to itself, with a two-step redirect loop and with 405 to HEAD (200 to GET), and to a page and an image
// the site does not have. Each link ends classified (the hanging one within its time limit), the local server never
// sees two requests at once (politeness), the dead-link ratio is reported against the limit, a second start is
// refused with the running sweep's id, and dead-link findings are settled like content findings.
#include "tests/support/PortaldFixture.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::PortaldFixture;

namespace {

/// The outside world of the test: one host whose paths answer the ways real servers fail.
class LinkTargets : public QObject
{
public:
    LinkTargets()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (m_open.remove(socket))
                        --m_concurrent;
                    socket->deleteLater();
                });
            }
        });
    }
    [[nodiscard]] QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }
    [[nodiscard]] QStringList requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
        buffer.clear();
        const QByteArray method = line.value(0);
        const QByteArray path = line.value(1);
        m_requests.append(QString::fromLatin1(method + ' ' + path));
        if (!m_open.contains(socket)) {
            m_open.insert(socket);
            m_maxConcurrent = std::max(m_maxConcurrent, ++m_concurrent);
        }
        auto answer = [&](const QByteArray &status, const QByteArray &extra = {}) {
            socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n" + extra
                          + "\r\n" + (method == "HEAD" ? QByteArray() : QByteArray("ok")));
            m_open.remove(socket);
            --m_concurrent;
        };
        if (path == "/ok")
            answer("200 OK");
        else if (path == "/missing")
            answer("404 Not Found");
        else if (path == "/loop")
            answer("302 Found", "Location: /loop\r\n");
        else if (path == "/bounce-a")
            answer("302 Found", "Location: /bounce-b\r\n");
        else if (path == "/bounce-b")
            answer("301 Moved Permanently", "Location: /bounce-a\r\n");
        else if (path.startsWith("/chain/")) // a new address every time: redirects forever without a loop
            answer("302 Found", "Location: /chain/" + QByteArray::number(path.mid(7).toInt() + 1) + "\r\n");
        else if (path == "/nohead")
            answer(method == "HEAD" ? "405 Method Not Allowed" : "200 OK");
        // "/hang": read, never answered; the socket stays open until the sweep gives up on it.
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_open;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
    QStringList m_requests;
    // Last, so it goes first: its sockets close while the bookkeeping above still exists.
    QTcpServer m_server;
};

} // namespace

class tst_LinkSweep : public QObject
{
    Q_OBJECT

private:
    // External checks only against the test's own server; one and a half seconds per link.
    PortaldFixture m_portal{{u"--demo"_s, u"--sweep-external-links"_s, u"--sweep-external-only"_s, u"127.0.0.1"_s,
                             u"--link-timeout-ms"_s, u"1500"_s, u"--link-max-redirects"_s, u"3"_s}};
    LinkTargets m_targets;
    qint64 m_item = 0;
    qint64 m_sweep = 0;

    QJsonObject sweep(qint64 id) { return m_portal.api("GET", u"/api/v1/sweeps/%1"_s.arg(id)).json.object(); }
    /// The sweep's findings on the test item's page, by URL.
    QHash<QString, QJsonObject> findingsOnItem()
    {
        QHash<QString, QJsonObject> out;
        const auto r = m_portal.api("GET", u"/api/v1/sweeps/%1/findings"_s.arg(m_sweep));
        for (const QJsonValue &v : r.json.object().value(u"items").toArray())
            if (v.toObject().value(u"item").toInteger() == m_item)
                out.insert(v.toObject().value(u"url").toString(), v.toObject());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::DemoWorkflow flow = m_portal.workflow();
        const qint64 column = flow.columnNamed(u"要闻动态"_s);
        QVERIFY(column > 0);
        const QString body =
            u"<p>相关链接：<a href=\"%1\">正常</a>、<a href=\"%2\">已删除</a>、<a href=\"%3\">无响应</a>、"
            u"<a href=\"%4\">自我重定向</a>、<a href=\"%5\">来回重定向</a>、<a href=\"%6\">不支持HEAD</a>、"
            u"<a href=\"%7\">无限重定向</a>、<a href=\"/items/987654321.html\">站内已撤稿件</a>。</p>"
            u"<p><img src=\"/media/987654321/missing.png\" alt=\"缺失的图片\"></p>"_s.arg(
                m_targets.url(u"/ok"_s), m_targets.url(u"/missing"_s), m_targets.url(u"/hang"_s),
                m_targets.url(u"/loop"_s), m_targets.url(u"/bounce-a"_s), m_targets.url(u"/nohead"_s),
                m_targets.url(u"/chain/1"_s));
        const QJsonObject item{{u"type"_s, u"news"_s},
                               {u"site"_s, m_portal.siteId()},
                               {u"columns"_s, QJsonArray{column}},
                               {u"title"_s, u"链接巡检测试稿件"_s},
                               {u"summary"_s, u"正文里有各种链接"_s},
                               {u"bodyHtml"_s, body},
                               {u"author"_s, u"测试员"_s}};
        const auto created = m_portal.api("POST", u"/api/v1/items"_s, u"editor"_s, QJsonDocument(item));
        QCOMPARE(created.status, 201);
        m_item = created.json.object().value(u"id").toInteger();
        QVERIFY(!flow.transition(m_portal.token(u"editor"_s), m_item, u"submit"_s).isEmpty());
        for (const QString &reviewer : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            QVERIFY(!flow.transition(m_portal.token(reviewer), m_item, u"approve"_s).isEmpty());
        QCOMPARE(flow.transition(m_portal.token(u"reviewer3"_s), m_item, u"publish"_s).value(u"state").toString(),
                 u"published"_s);
        // The item's page is written on the next turn of portald's loop: wait until it is served.
        QTRY_COMPARE_WITH_TIMEOUT(m_portal.api("GET", u"/items/%1.html"_s.arg(m_item), {}).status, 200, 20000);
    }

    void startedTwiceIsRefused()
    {
        const auto first = m_portal.api("POST", u"/api/v1/sites/%1/sweeps?kind=links"_s.arg(m_portal.siteId()));
        QCOMPARE(first.status, 202);
        m_sweep = first.json.object().value(u"id").toInteger();
        QCOMPARE(first.json.object().value(u"kind").toString(), u"links"_s);
        QVERIFY(first.json.object().value(u"total").toInt() > 10); // the demo site's pages
        const auto second = m_portal.api("POST", u"/api/v1/sites/%1/sweeps?kind=links"_s.arg(m_portal.siteId()));
        QCOMPARE(second.status, 409);
        QVERIFY(second.json.object().value(u"detail").toString().contains(QString::number(m_sweep)));
        QVERIFY(second.json.object().value(u"detail").toString().contains(u"已有巡检正在进行"_s));
        QCOMPARE(m_portal.api("POST", u"/api/v1/sites/%1/sweeps?kind=pictures"_s.arg(m_portal.siteId())).status, 422);
        // The site's sweeps, newest first: the client finds the running one there after a restart.
        const auto listed = m_portal.api("GET", u"/api/v1/sites/%1/sweeps?kind=links"_s.arg(m_portal.siteId()));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.object().value(u"items").toArray().first().toObject().value(u"id").toInteger(), m_sweep);
    }

    void everyLinkIsClassified()
    {
        QTRY_COMPARE_WITH_TIMEOUT(sweep(m_sweep).value(u"state").toString(), u"done"_s, 120000);
        const QHash<QString, QJsonObject> found = findingsOnItem();
        QVERIFY(!found.contains(m_targets.url(u"/ok"_s)));
        QVERIFY(!found.contains(m_targets.url(u"/nohead"_s))); // HEAD refused, GET answered: alive
        QCOMPARE(found.value(m_targets.url(u"/missing"_s)).value(u"status").toString(), u"dead"_s);
        QCOMPARE(found.value(m_targets.url(u"/missing"_s)).value(u"http").toInt(), 404);
        QCOMPARE(found.value(m_targets.url(u"/hang"_s)).value(u"status").toString(), u"timeout"_s);
        QCOMPARE(found.value(m_targets.url(u"/loop"_s)).value(u"status").toString(), u"redirect-loop"_s);
        QCOMPARE(found.value(m_targets.url(u"/bounce-a"_s)).value(u"status").toString(), u"redirect-loop"_s);
        // Each says why in Chinese; the redirect limit is the configured one (--link-max-redirects 3).
        const auto message = [&](const QString &path) { return found.value(m_targets.url(path)).value(u"message").toString(); };
        QVERIFY2(message(u"/hang"_s).contains(u"1.5 秒内没有响应"_s), qPrintable(message(u"/hang"_s)));
        QVERIFY2(message(u"/loop"_s).contains(u"循环重定向"_s), qPrintable(message(u"/loop"_s)));
        QVERIFY2(message(u"/bounce-a"_s).contains(u"循环重定向"_s), qPrintable(message(u"/bounce-a"_s)));
        QCOMPARE(found.value(m_targets.url(u"/chain/1"_s)).value(u"status").toString(), u"redirect-loop"_s);
        QVERIFY2(message(u"/chain/1"_s).contains(u"重定向超过 3 次"_s), qPrintable(message(u"/chain/1"_s)));
        const QJsonObject page = found.value(u"/items/987654321.html"_s);
        QCOMPARE(page.value(u"status").toString(), u"dead"_s);
        QCOMPARE(page.value(u"external").toBool(), false);
        const QJsonObject image = found.value(u"/media/987654321/missing.png"_s);
        QCOMPARE(image.value(u"status").toString(), u"dead"_s);
        QCOMPARE(image.value(u"target").toString(), u"image"_s);
        QCOMPARE(found.size(), 7);
        for (const QJsonObject &f : found) {
            QCOMPARE(f.value(u"page").toString(), u"/items/%1.html"_s.arg(m_item));
            QCOMPARE(f.value(u"state").toString(), u"open"_s);
        }
        // HEAD first, GET only where HEAD was refused; never two requests at the host at once.
        const QStringList asked = m_targets.requests();
        QVERIFY(asked.contains(u"HEAD /nohead"_s));
        QVERIFY(asked.contains(u"GET /nohead"_s));
        QVERIFY(!asked.contains(u"GET /ok"_s));
        QCOMPARE(m_targets.maxConcurrent(), 1);

        const QJsonObject done = sweep(m_sweep);
        QCOMPARE(done.value(u"checked").toInt(), done.value(u"total").toInt());
        QVERIFY(done.value(u"links").toInt() > done.value(u"deadLinks").toInt());
        QVERIFY(done.value(u"deadLinks").toInt() >= 6);
        QCOMPARE(done.value(u"homeDeadLinks").toInt(), 0);
        const double ratio = done.value(u"deadLinkRatio").toDouble();
        QVERIFY(qFuzzyCompare(ratio, done.value(u"deadLinks").toDouble()
                                         / (done.value(u"links").toInt() - done.value(u"uncheckedLinks").toInt())));
        QCOMPARE(done.value(u"deadLinkLimit").toDouble(), 0.01);
        QCOMPARE(done.value(u"withinLimit").toBool(), ratio <= 0.01);
    }

    void deadLinksAreSettled()
    {
        const QJsonObject page = findingsOnItem().value(u"/items/987654321.html"_s);
        const QString path = u"/api/v1/sweep-findings/%1/transitions"_s.arg(page.value(u"id").toInteger());
        // Still on the page and still nowhere: not fixed.
        const auto fix = m_portal.api("POST", path, u"editor"_s, QJsonDocument(QJsonObject{{u"action"_s, u"fix"_s}}));
        QCOMPARE(fix.status, 409);
        QCOMPARE(m_portal.api("POST", path, u"editor"_s, QJsonDocument(QJsonObject{{u"action"_s, u"ignore"_s}})).status, 422);
        const auto ignored = m_portal.api("POST", path, u"editor"_s,
                                          QJsonDocument(QJsonObject{{u"action"_s, u"ignore"_s},
                                                                    {u"reason"_s, u"该稿件将于下周重新发布"_s}}));
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.json.object().value(u"state").toString(), u"ignored"_s);
    }
};

QTEST_GUILESS_MAIN(tst_LinkSweep)
#include "tst_link_sweep.moc"
