// portald publishing public live messages to nginx with Nchan (the shipped packaging/nginx files): while the link
// to Nchan is down, posts still succeed and their messages wait; once it is back every one of them reaches Nchan's
// buffer once, in seq order — a reader catching up from the start of the buffer sees exactly the posts, in order.
#include "tests/support/FlakyProxy.h"
#include "tests/support/NginxFront.h"
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::FlakyProxy;
using pd::test::NginxFront;
using pd::test::PortaldFixture;

class tst_NchanPublish : public QObject
{
    Q_OBJECT

private:
    /// The texts of the posts in an event's channel, from the start of Nchan's buffer, as an EventSource reader
    /// catching up gets them; checks on the way that their seqs rise.
    static QStringList postsInBuffer(const NginxFront &nginx, qint64 eventId)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, nginx.port());
        // Waits run the event loop: portald's publishes reach Nchan through the FlakyProxy of this very process.
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {u"(no connection)"_s};
        // An id older than any message: Nchan answers with its whole buffer, then waits for more.
        socket.write("GET /public/live/" + QByteArray::number(eventId) + "/events?last_event_id=1:0 HTTP/1.1\r\n"
                     "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
        QByteArray stream;
        QElapsedTimer timer;
        timer.start();
        // Until the stream goes quiet (the buffer is sent at once); bounded in case Nchan keeps it busy.
        while (timer.elapsed() < 5000
               && QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 300))
            stream += socket.readAll();
        QStringList texts;
        qint64 lastSeq = 0;
        for (const QByteArray &line : stream.split('\n')) {
            if (!line.startsWith("data: "))
                continue;
            const QJsonObject m = QJsonDocument::fromJson(line.mid(6)).object();
            if (m.value(u"seq"_s).toInteger() <= lastSeq)
                texts << u"(out of order)"_s;
            lastSeq = m.value(u"seq"_s).toInteger();
            if (m.value(u"type"_s).toString() == u"live.post"_s)
                texts << m.value(u"payload"_s).toObject().value(u"text"_s).toString();
        }
        return texts;
    }

private Q_SLOTS:
    void retriedInOrderOnce()
    {
        if (const QString why = NginxFront::missingNchan(); !why.isEmpty())
            QSKIP(qPrintable(why));
        PortaldFixture portald;
        QVERIFY2(portald.start(), portald.failure());
        NginxFront nginx;
        QVERIFY2(nginx.configureNchan({portald.baseUrl()}, portald.process().dataDir() + u"/www"_s, 1) && nginx.start(),
                 qPrintable(nginx.failure()));
        // portald reaches Nchan's publisher through a link the test can take down.
        FlakyProxy link(nginx.publishUrl());
        QVERIFY(link.listen());
        portald.setArgs({u"--demo"_s, u"--nchan-publish"_s, link.url().toString()});
        QVERIFY2(portald.restart(), portald.failure());

        const qint64 site = portald.siteId();
        const auto created = portald.api("POST", u"/api/v1/live/events"_s, u"editor"_s,
                                         QJsonDocument(QJsonObject{{u"site"_s, site}, {u"title"_s, u"政策解读访谈"_s}}));
        QCOMPARE(created.status, 201);
        const qint64 eventId = created.json.object().value(u"id"_s).toInteger();
        const auto post = [&](const QString &text) {
            return portald.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(eventId), u"reporter"_s,
                               QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text}}))
                .status;
        };

        QCOMPARE(post(u"第一条"_s), 201);
        QTRY_COMPARE_WITH_TIMEOUT(postsInBuffer(nginx, eventId), QStringList{u"第一条"_s}, 10000);

        // Nchan unreachable: the posts are accepted all the same, their messages wait in order.
        link.setDown(true);
        for (const QString &text : {u"第二条"_s, u"第三条"_s, u"第四条"_s})
            QCOMPARE(post(text), 201);
        QTRY_VERIFY_WITH_TIMEOUT(portald.process().log().contains(u"again in"_s), 10000); // a publish failed and waits
        QCOMPARE(postsInBuffer(nginx, eventId), QStringList{u"第一条"_s});

        // Back: each waiting message once, in seq order, then the next post behind them.
        link.setDown(false);
        const QStringList four{u"第一条"_s, u"第二条"_s, u"第三条"_s, u"第四条"_s};
        const QStringList five = four + QStringList{u"第五条"_s};
        const QStringList six = five + QStringList{u"第六条"_s};
        QTRY_COMPARE_WITH_TIMEOUT(postsInBuffer(nginx, eventId), four, 20000);
        QCOMPARE(post(u"第五条"_s), 201);
        QTRY_COMPARE_WITH_TIMEOUT(postsInBuffer(nginx, eventId), five, 10000);

        // A restarted portald goes on where publishing stopped: nothing again, nothing skipped.
        QVERIFY2(portald.restart(), portald.failure());
        QCOMPARE(post(u"第六条"_s), 201);
        QTRY_COMPARE_WITH_TIMEOUT(postsInBuffer(nginx, eventId), six, 10000);
        nginx.stop();
        QVERIFY2(portald.stop(), portald.failure());
    }
};

QTEST_GUILESS_MAIN(tst_NchanPublish)
#include "tst_nchan_publish.moc"
