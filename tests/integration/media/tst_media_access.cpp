// Who may read /media/{id}/… on a real portald, and what serving it costs: media no published item shows (a
// draft's picture, a withdrawn item's attachment) are for the site's signed-in users only; published media are for
// everyone, cached as before; 500 slow readers of a 20 MiB file do not pull it into portald's memory.
#include "tests/support/DemoWorkflow.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/TestImage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

namespace {

QByteArray png(QRgb colour)
{
    return pd::test::TestImage::filled(colour, 40, 30);
}

} // namespace

class tst_MediaAccess : public QObject
{
    Q_OBJECT

private:
    QList<QPair<QByteArray, QByteArray>> bearer(const QString &token) const
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }
    /// Uploads as the editor; the media's `{id, url, …}`.
    QJsonObject upload(const QByteArray &bytes, const QByteArray &type, const QString &name)
    {
        auto headers = bearer(m_tokens.editor);
        headers.append({"Content-Type", type});
        headers.append({"X-Filename", QUrl::toPercentEncoding(name)});
        const auto r = m_http.request("POST", m_portal.url(u"/api/v1/media"_s), bytes, headers);
        if (r.status != 201)
            qWarning().noquote() << "upload ->" << r.status << r.body.left(300);
        return r.json.object();
    }
    QJsonObject transition(const QString &token, qint64 id, const QString &action, const QString &comment = {})
    {
        return pd::test::DemoWorkflow(m_http, m_portal.baseUrl(), 0, {}).transition(token, id, action, comment);
    }
    /// A news draft whose body shows `mediaUrl`; its id.
    qint64 draftShowing(const QString &mediaUrl, const QString &title)
    {
        const QJsonObject item{{u"type"_s, u"news"_s},
                               {u"site"_s, m_siteId},
                               {u"columns"_s, QJsonArray{m_columnId}},
                               {u"title"_s, title},
                               {u"bodyHtml"_s, u"<p>正文配图：</p><p><img src=\"%1\" alt=\"会场\"></p>"_s.arg(mediaUrl)},
                               {u"source"_s, u"临江市人民政府办公室"_s},
                               {u"author"_s, u"测试员"_s}};
        const auto created = m_http.json("POST", m_portal.url(u"/api/v1/items"_s), m_tokens.editor, QJsonDocument(item));
        if (created.status != 201)
            qWarning().noquote() << "create ->" << created.status << created.body;
        return created.json.object().value(u"id"_s).toInteger();
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    pd::test::DemoWorkflow::Accounts m_tokens;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.startSignedIn(m_tokens), m_portal.failure());
        m_siteId = m_portal.siteId();
        const auto columns = m_http.json("GET", m_portal.url(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), m_tokens.editor);
        for (const QJsonValue &v : columns.json.array())
            if (v.toObject().value(u"kind"_s).toString() == u"news"_s && m_columnId == 0)
                m_columnId = v.toObject().value(u"id"_s).toInteger();
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void draftMediaIsForTheSiteOnly()
    {
        const QByteArray bytes = png(qRgb(120, 40, 40));
        const QJsonObject media = upload(bytes, "image/png", u"草稿配图.png"_s);
        const QString path = media.value(u"url"_s).toString();
        QVERIFY(!path.isEmpty());
        QVERIFY(draftShowing(path, u"尚未发布的稿件"_s) > 0);

        // Anonymous, or with a token that is not one: as if it did not exist.
        for (const auto &headers : {QList<QPair<QByteArray, QByteArray>>{}, bearer(u"not-a-token"_s)}) {
            const auto refused = m_http.request("GET", m_portal.url(path), {}, headers);
            QCOMPARE(refused.status, 404);
            QVERIFY(refused.headers.value("content-type").startsWith("application/problem+json"));
        }
        // The site's signed-in users: the bytes, typed, and for no shared cache.
        for (const QString &token : {m_tokens.editor, m_tokens.reviewer1}) {
            const auto served = m_http.request("GET", m_portal.url(path), {}, bearer(token));
            QCOMPARE(served.status, 200);
            QCOMPARE(served.body, bytes);
            QCOMPARE(served.headers.value("content-type"), "image/png");
            QCOMPARE(served.headers.value("x-content-type-options"), "nosniff");
            QVERIFY2(served.headers.value("cache-control").startsWith("private"), served.headers.value("cache-control"));
            QCOMPARE(served.headers.value("etag"), '"' + media.value(u"sha256"_s).toString().toLatin1() + '"');
        }
    }

    void publishedMediaIsPublicUntilWithdrawn()
    {
        const QByteArray bytes = png(qRgb(40, 120, 40));
        const QJsonObject media = upload(bytes, "image/png", u"发布配图.png"_s);
        const QString path = media.value(u"url"_s).toString();
        const qint64 id = draftShowing(path, u"将要发布的稿件"_s);
        QVERIFY(id > 0);
        QCOMPARE(m_http.request("GET", m_portal.url(path)).status, 404);
        QVERIFY(!transition(m_tokens.editor, id, u"submit"_s).isEmpty());
        for (const QString &reviewer : {m_tokens.reviewer1, m_tokens.reviewer2, m_tokens.reviewer3})
            QVERIFY(!transition(reviewer, id, u"approve"_s).isEmpty());
        // Approved is not published yet.
        QCOMPARE(m_http.request("GET", m_portal.url(path)).status, 404);
        QCOMPARE(transition(m_tokens.reviewer3, id, u"publish"_s).value(u"state"_s).toString(), u"published"_s);

        const auto open = m_http.request("GET", m_portal.url(path));
        QCOMPARE(open.status, 200);
        QCOMPARE(open.body, bytes);
        QCOMPARE(open.headers.value("cache-control"), "public, max-age=31536000, immutable");
        QCOMPARE(open.headers.value("etag"), '"' + media.value(u"sha256"_s).toString().toLatin1() + '"');

        QVERIFY(!transition(m_tokens.reviewer3, id, u"withdraw"_s, u"核实后撤稿"_s).isEmpty());
        QCOMPARE(m_http.request("GET", m_portal.url(path)).status, 404);
        QCOMPARE(m_http.request("GET", m_portal.url(path), {}, bearer(m_tokens.editor)).status, 200);
    }

    void slowReadersStayBounded()
    {
        // A 20 MiB attachment (the upload limit), of random bytes after the PDF signature.
        QByteArray pdf("%PDF-1.4\n");
        const qsizetype size = 20 * 1024 * 1024 - 4096;
        pdf.resize(size);
        QRandomGenerator random(20);
        for (qsizetype i = 16; i + 4 <= size; i += 4) {
            const quint32 word = random.generate();
            std::memcpy(pdf.data() + i, &word, 4);
        }
        const QJsonObject media = upload(pdf, "application/pdf", u"年度报告.pdf"_s);
        const QByteArray path = media.value(u"url"_s).toString().toLatin1();
        QVERIFY(!path.isEmpty());
        const qint64 before = m_portal.process().residentKb();
        QVERIFY(before > 0);

        // 500 readers that ask for it and then take only a little at a time: small kernel and Qt buffers, so
        // nothing but portald can hold what they have not read yet.
        constexpr int kReaders = 500;
        std::vector<std::unique_ptr<QTcpSocket>> readers;
        const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                   + m_tokens.editor.toLatin1() + "\r\n\r\n";
        for (int i = 0; i < kReaders; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8192);
            socket->setReadBufferSize(8192);
            socket->connectToHost(m_portal.baseUrl().host(), quint16(m_portal.baseUrl().port()));
            QVERIFY2(socket->waitForConnected(10000), qPrintable(socket->errorString()));
            socket->write(request);
            readers.push_back(std::move(socket));
        }
        std::vector<qint64> received(kReaders, 0);
        qint64 peak = before;
        QTimer slowly;
        slowly.setInterval(50);
        connect(&slowly, &QTimer::timeout, this, [&] {
            for (int i = 0; i < kReaders; ++i)
                received[i] += readers[i]->read(4096).size();
            peak = std::max(peak, m_portal.process().residentKb());
        });
        slowly.start();
        // Every reader has had many chunks, each of which portald had to fetch from the file when the last drained.
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(received, [](qint64 n) { return n >= 256 * 1024; }), 120000);
        slowly.stop();
        qInfo("portald RSS: %lld KiB before, at most %lld KiB with %d slow readers", before, peak, kReaders);
        QVERIFY2(peak < 200 * 1024, qPrintable(u"portald grew to %1 KiB"_s.arg(peak)));
        readers.clear();

        // And the file arrives whole and unchanged, with its headers, for a reader that keeps up.
        const auto whole = m_http.request("GET", m_portal.url(QString::fromLatin1(path)), {}, bearer(m_tokens.editor));
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body.size(), pdf.size());
        QVERIFY(whole.body == pdf);
        QCOMPARE(whole.headers.value("content-type"), "application/pdf");
        QVERIFY(whole.headers.value("content-disposition").startsWith("inline; filename*=UTF-8''"));
        QCOMPARE(m_http.request("GET", m_portal.url(u"/healthz"_s)).status, 200);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }
};

QTEST_GUILESS_MAIN(tst_MediaAccess)
#include "tst_media_access.moc"
