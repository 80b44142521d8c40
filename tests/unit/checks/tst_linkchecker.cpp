#include "app/checks/LinkChecker.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

namespace {

/// The far side of the links: a small HTTP/1.1 responder on 127.0.0.1 answering 200, 404, 405-for-HEAD, a
/// redirect, or nothing at all ("slow"), and counting what it was asked.
class LinkTarget : public QObject
{
public:
    LinkTarget()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    int requests(const QString &methodAndPath) const { return m_requests.value(methodAndPath); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
            const QList<QByteArray> requestLine = buffer.first(buffer.indexOf("\r\n")).split(' ');
            buffer.remove(0, end + 4);
            const QByteArray method = requestLine.value(0);
            const QByteArray path = requestLine.value(1);
            ++m_requests[QString::fromLatin1(method + ' ' + path)];
            if (path == "/slow")
                continue; // never answers
            QByteArray status = "200 OK";
            QByteArray extra;
            if (path == "/missing")
                status = "404 Not Found";
            else if (path == "/nohead" && method == "HEAD")
                status = "405 Method Not Allowed";
            else if (path == "/moved")
                status = "301 Moved Permanently", extra = "Location: /ok\r\n";
            const QByteArray body = "<html>页面</html>";
            QByteArray response = "HTTP/1.1 " + status + "\r\n" + extra + "Content-Type: text/html\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n";
            if (method != "HEAD")
                response += body;
            socket->write(response);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_requests;
};

} // namespace

class tst_LinkChecker : public QObject
{
    Q_OBJECT

private slots:
    void statuses()
    {
        LinkTarget target;
        QNetworkAccessManager network;
        LinkChecker checker(network);
        checker.setTimeout(std::chrono::milliseconds(700));
        QHash<QUrl, std::pair<LinkChecker::Status, int>> results;
        connect(&checker, &LinkChecker::checked, this,
                [&](const QUrl &url, LinkChecker::Status s, int http) { results.insert(url, {s, http}); });

        for (const QString &path : {u"/ok"_s, u"/missing"_s, u"/slow"_s, u"/nohead"_s, u"/moved"_s})
            checker.check(target.url(path));
        checker.check(QUrl(u"mailto:zwgk@linjiang.gov.cn"_s));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 5000);

        QCOMPARE(results.value(target.url(u"/ok"_s)), (std::pair{LinkChecker::Status::Ok, 200}));
        QCOMPARE(results.value(target.url(u"/missing"_s)), (std::pair{LinkChecker::Status::Broken, 404}));
        QCOMPARE(results.value(target.url(u"/slow"_s)).first, LinkChecker::Status::TimedOut);
        QCOMPARE(results.value(target.url(u"/nohead"_s)), (std::pair{LinkChecker::Status::Ok, 200}));
        QCOMPARE(results.value(target.url(u"/moved"_s)), (std::pair{LinkChecker::Status::Ok, 200}));
        QCOMPARE(results.value(QUrl(u"mailto:zwgk@linjiang.gov.cn"_s)).first, LinkChecker::Status::Skipped);
        // HEAD first; GET only where HEAD was refused.
        QCOMPARE(target.requests(u"HEAD /ok"_s), 2); // once directly, once after the redirect
        QCOMPARE(target.requests(u"GET /ok"_s), 0);
        QCOMPARE(target.requests(u"HEAD /nohead"_s), 1);
        QCOMPARE(target.requests(u"GET /nohead"_s), 1);
    }

    void cachedAnswersComeFromTheEventLoop()
    {
        LinkTarget target;
        QNetworkAccessManager network;
        LinkChecker checker(network);
        QSignalSpy spy(&checker, &LinkChecker::checked);
        checker.check(target.url(u"/missing"_s));
        checker.check(target.url(u"/missing"_s)); // already running: one request, one answer
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(target.requests(u"HEAD /missing"_s), 1);
        QVERIFY(checker.cached(target.url(u"/missing"_s)));

        checker.check(target.url(u"/missing"_s));
        QCOMPARE(spy.size(), 1); // not synchronously
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(1).value<LinkChecker::Status>(), LinkChecker::Status::Broken);
        QCOMPARE(target.requests(u"HEAD /missing"_s), 1);

        checker.setCacheLifetime(std::chrono::seconds(-1)); // everything is stale now
        QVERIFY(!checker.cached(target.url(u"/missing"_s)));
    }

    void manyLinksFewAtATime()
    {
        LinkTarget target;
        QNetworkAccessManager network;
        LinkChecker checker(network);
        checker.setMaxInFlight(2);
        QSignalSpy spy(&checker, &LinkChecker::checked);
        for (int i = 0; i < 12; ++i)
            checker.check(target.url(u"/page%1"_s.arg(i)));
        QTRY_COMPARE(spy.size(), 12);
    }

    void findingsForABody()
    {
        LinkTarget target;
        QNetworkAccessManager network;
        LinkChecker checker(network);
        checker.setTimeout(std::chrono::milliseconds(500));
        const QString html = u"<p><a href=\"%1\">通知</a><a href=\"%2\">旧链接</a><a href=\"%3\">慢</a></p>"_s.arg(
            target.url(u"/ok"_s).toString(), target.url(u"/missing"_s).toString(), target.url(u"/slow"_s).toString());
        const QList<StructureChecker::Link> links = StructureChecker::httpLinks(html);
        QCOMPARE(links.size(), 3);
        QSignalSpy spy(&checker, &LinkChecker::checked);
        for (const StructureChecker::Link &l : links)
            checker.check(QUrl(l.url));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 5000);

        const QList<Finding> f = checker.findings(links, u"bodyHtml"_s);
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].ruleId, u"structure.link-broken"_s);
        QCOMPARE(html.sliced(f[0].start, f[0].length), target.url(u"/missing"_s).toString());
        QVERIFY(f[0].message.contains(u"404"));
        QCOMPARE(f[1].ruleId, u"structure.link-timeout"_s);
        QCOMPARE(f[1].kind, RuleKind::Structure);
        QCOMPARE(f[1].severity, Severity::Warn);
    }

    void destroyedWhileRunning()
    {
        LinkTarget target;
        QNetworkAccessManager network;
        {
            LinkChecker checker(network);
            checker.check(target.url(u"/slow"_s));
            QTRY_COMPARE(target.requests(u"HEAD /slow"_s), 1);
        }
        // The abandoned reply is aborted and released, and never calls into the destroyed checker.
        QTRY_VERIFY(network.findChildren<QNetworkReply *>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LinkChecker)
#include "tst_linkchecker.moc"
