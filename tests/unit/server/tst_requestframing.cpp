// RequestFraming follows HTTP/1.1 request framing as bytes arrive, however the network splits them: where each
// request ends, which requests are refused and why, and that nothing of a refused head or of a body past its limit
// is ever passable. Every stream is fed whole and in pieces of 1, 2, 3 and 7 bytes, with the same outcome.
#include "server/http/RequestFraming.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::RequestFraming;

namespace {

/// The limits of a small route table: /upload takes 32 bytes, /json 8, everything else 0.
qint64 tableLimit(QByteArrayView method, QByteArrayView target)
{
    if (method == "POST" && target.startsWith("/upload"))
        return 32;
    if (method == "POST" && target == "/json")
        return 8;
    return 0;
}

/// What the framing made of a stream: "end@N" per request end, "refused S@N" for a refusal, where N is the
/// stream offset up to which bytes were passable at that moment.
struct Outcome {
    QStringList events;
    qsizetype maxPassable = 0; ///< the furthest passable offset ever seen
};

Outcome run(const QByteArray &stream, qsizetype piece, RequestFraming::LimitLookup limits = tableLimit)
{
    RequestFraming framing(std::move(limits), 256);
    Outcome out;
    qsizetype fed = 0; // offset of the next byte the framing has not consumed
    qsizetype arrived = 0;
    while (arrived < stream.size()) {
        arrived = qMin(stream.size(), arrived + piece);
        while (fed < arrived) {
            const RequestFraming::Step step = framing.feed(QByteArrayView(stream).sliced(fed, arrived - fed));
            fed += step.consumed;
            const qsizetype passable = fed - framing.heldBack();
            out.maxPassable = qMax(out.maxPassable, passable);
            if (step.stop == RequestFraming::Stop::RequestEnd) {
                out.events << u"end@%1"_s.arg(passable);
            } else if (step.stop == RequestFraming::Stop::Refused) {
                out.events << u"refused %1@%2"_s.arg(framing.refusal().status).arg(passable);
                return out;
            }
        }
    }
    return out;
}

QByteArray get(const QByteArray &path = "/")
{
    return "GET " + path + " HTTP/1.1\r\nHost: portal.example\r\n\r\n";
}

} // namespace

class tst_RequestFraming : public QObject
{
    Q_OBJECT

private slots:
    void framesRequests_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("events");

        const QByteArray g = get();
        QTest::newRow("一个没有请求体的 GET") << g << QStringList{u"end@%1"_s.arg(g.size())};

        const QByteArray post = "POST /upload HTTP/1.1\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello";
        QTest::newRow("流水线：POST 之后紧跟 GET")
            << post + g << QStringList{u"end@%1"_s.arg(post.size()), u"end@%1"_s.arg(post.size() + g.size())};

        QTest::newRow("请求之间多余的空行")
            << g + "\r\n\r\n" + g << QStringList{u"end@%1"_s.arg(g.size()), u"end@%1"_s.arg(2 * g.size() + 4)};

        const QByteArray bareLf = "GET /a HTTP/1.1\nHost: x\n\n";
        QTest::newRow("只用 LF 换行") << bareLf << QStringList{u"end@%1"_s.arg(bareLf.size())};

        const QByteArray exact = "POST /upload HTTP/1.1\r\nContent-Length: 32\r\n\r\n" + QByteArray(32, 'x');
        QTest::newRow("请求体恰好等于上限") << exact << QStringList{u"end@%1"_s.arg(exact.size())};

        const QByteArray overHead = "POST /upload HTTP/1.1\r\nContent-Length: 33\r\n\r\n";
        QTest::newRow("Content-Length 超过上限：请求头也不放行")
            << overHead + QByteArray(33, 'x') << QStringList{u"refused 413@0"_s};

        QTest::newRow("4 GiB 的 Content-Length")
            << QByteArray("POST /json HTTP/1.1\r\nContent-Length: 4294967296\r\n\r\n") << QStringList{u"refused 413@0"_s};

        QTest::newRow("无请求体的路由收到请求体")
            << QByteArray("GET /items HTTP/1.1\r\nContent-Length: 1\r\n\r\nx") << QStringList{u"refused 413@0"_s};

        QTest::newRow("前一个请求照常放行，后一个被拒")
            << g + overHead << QStringList{u"end@%1"_s.arg(g.size()), u"refused 413@%1"_s.arg(g.size())};

        const QByteArray chunkedHead = "POST /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunked = chunkedHead + "5\r\nhello\r\n1b;name=x\r\n" + QByteArray(27, 'y') + "\r\n0\r\n\r\n";
        QTest::newRow("分块请求体在上限之内")
            << chunked + g << QStringList{u"end@%1"_s.arg(chunked.size()), u"end@%1"_s.arg(chunked.size() + g.size())};

        const QByteArray trailers = chunkedHead + "4\r\nabcd\r\n0\r\nX-Checksum: 1\r\n\r\n";
        QTest::newRow("分块请求体带尾部字段") << trailers << QStringList{u"end@%1"_s.arg(trailers.size())};

        const QByteArray firstChunks = chunkedHead + "10\r\n" + QByteArray(16, 'a') + "\r\n";
        QTest::newRow("分块请求体一越过上限就被拒")
            << firstChunks + "11\r\n" + QByteArray(17, 'b') + "\r\n0\r\n\r\n"
            << QStringList{u"refused 413@%1"_s.arg(firstChunks.size() + 4)};

        QTest::newRow("请求头超过上限：431")
            << "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(300, 'f') + "\r\n\r\n" << QStringList{u"refused 431@0"_s};

        QTest::newRow("请求头永不结束：431") << "GET / HTTP/1.1\r\n" + QByteArray(400, 'h') << QStringList{u"refused 431@0"_s};

        QTest::newRow("两个 Content-Length")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << QStringList{u"refused 400@0"_s};

        QTest::newRow("Content-Length 不是数字")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello") << QStringList{u"refused 400@0"_s};

        QTest::newRow("不认识的 Transfer-Encoding")
            << QByteArray("POST /upload HTTP/1.1\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nab")
            << QStringList{u"refused 400@0"_s};

        QTest::newRow("请求头名称里有空格")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello") << QStringList{u"refused 400@0"_s};

        QTest::newRow("请求头折行") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n") << QStringList{u"refused 400@0"_s};

        QTest::newRow("块大小不是十六进制")
            << chunkedHead + "zz\r\n" << QStringList{u"refused 400@%1"_s.arg(chunkedHead.size() + 4)};

        QTest::newRow("块大小行只用 LF")
            << chunkedHead + "5\nhello\r\n0\r\n\r\n" << QStringList{u"refused 400@%1"_s.arg(chunkedHead.size() + 2)};

        QTest::newRow("数据块后不是 CRLF")
            << chunkedHead + "2\r\nabXY0\r\n\r\n" << QStringList{u"refused 400@%1"_s.arg(chunkedHead.size() + 6)};

        QTest::newRow("请求行格式错误") << QByteArray("GARBAGE\r\n\r\n") << QStringList{u"refused 400@0"_s};
    }

    void framesRequests()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, events);
        for (const qsizetype piece : {stream.size(), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7)}) {
            const Outcome out = run(stream, piece);
            QVERIFY2(out.events == events, qPrintable(u"piece %1: %2"_s.arg(piece).arg(out.events.join(u", "_s))));
        }
    }

    void heldBackUntilTheHeadIsComplete()
    {
        // A head's limit is known only at its end: until then none of it may reach Qt HttpServer.
        RequestFraming framing(tableLimit, 256);
        const QByteArray head = "POST /upload HTTP/1.1\r\nContent-Length: 3\r\n";
        QCOMPARE(framing.feed(head).consumed, head.size());
        QCOMPARE(framing.heldBack(), head.size());
        const RequestFraming::Step end = framing.feed("\r\nab");
        QCOMPARE(end.stop, RequestFraming::Stop::NeedMore);
        QCOMPARE(framing.heldBack(), 0);
        QCOMPARE(framing.feed("cGET").consumed, 1); // the body's last byte ends the request
    }

    void limitAskedWithMethodAndTarget()
    {
        QList<QByteArray> asked;
        RequestFraming framing([&asked](QByteArrayView method, QByteArrayView target) {
            asked << method.toByteArray() + ' ' + target.toByteArray();
            return qint64(100);
        });
        framing.feed("PUT  /api/v1/items/7?x=1 HTTP/1.1\r\nContent-Length: 2\r\n\r\nab");
        QCOMPARE(asked, QList<QByteArray>{"PUT /api/v1/items/7?x=1"});
    }

    void refusalNamesTheLimit()
    {
        RequestFraming framing(tableLimit, 256);
        framing.feed("POST /json HTTP/1.1\r\nContent-Length: 9\r\n\r\n");
        QVERIFY(framing.isRefused());
        QCOMPARE(framing.refusal().status, 413);
        QVERIFY2(framing.refusal().detail.contains(u"8"_s), qPrintable(framing.refusal().detail));
        QCOMPARE(framing.feed("more").consumed, 0);
    }
};

QTEST_GUILESS_MAIN(tst_RequestFraming)
#include "tst_requestframing.moc"
