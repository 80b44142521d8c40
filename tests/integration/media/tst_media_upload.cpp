// POST /api/v1/media and GET /media/{id}/{filename} on a real portald: type sniffing, dedup, size limit,
// hostile file names — each answered with the right status while the server keeps serving.
#include "tests/support/PortaldFixture.h"
#include "tests/support/ProblemChecks.h"
#include "tests/support/TestImage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using pd::test::verifyProblem;
using pd::test::HttpProbe;

namespace {

QByteArray png(QRgb colour, int w = 64, int h = 48)
{
    return pd::test::TestImage::filled(colour, w, h);
}

} // namespace

class tst_MediaUpload : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_portal.baseUrl();
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }

    HttpProbe::Reply upload(const QByteArray &bytes, const QByteArray &contentType, const QString &filename,
                            const QString &token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!filename.isNull())
            headers.append({"X-Filename", QUrl::toPercentEncoding(filename)});
        const QString bearer = token.isNull() ? m_token : token;
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
        return m_http.request("POST", url(u"/api/v1/media"_s), bytes, headers);
    }

    void verifyStillServing()
    {
        const auto health = m_http.request("GET", url(u"/healthz"_s));
        QCOMPARE(health.status, 200);
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    QString m_token;

private slots:
    void initTestCase();
    void uploadAndServe();
    void identicalBytesDeduplicate();
    void lyingContentTypeIs415();
    void lyingExtensionIs415();
    void hugeBodyIs413AndServerStillServes();
    void traversalFilenameIsHarmless();
    void onlyUploadersMayUpload();
    void unknownMediaIs404();
};

void tst_MediaUpload::initTestCase()
{
    QVERIFY2(m_portal.start(), m_portal.failure());
    m_token = m_portal.newToken(u"editor"_s);
    QVERIFY(!m_token.isEmpty());
}

void tst_MediaUpload::uploadAndServe()
{
    const QByteArray bytes = png(qRgb(200, 20, 20));
    const auto r = upload(bytes, "image/png", u"会场照片.png"_s);
    QCOMPARE(r.status, 201);
    const QJsonObject m = r.json.object();
    QVERIFY(m.value(u"id"_s).toInteger() > 0);
    QCOMPARE(m.value(u"mime"_s).toString(), u"image/png"_s);
    QCOMPARE(m.value(u"width"_s).toInt(), 64);
    QCOMPARE(m.value(u"height"_s).toInt(), 48);
    QCOMPARE(m.value(u"bytes"_s).toInteger(), bytes.size());
    QCOMPARE(m.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString publicUrl = m.value(u"url"_s).toString();
    QVERIFY2(publicUrl.startsWith(u"/media/%1/"_s.arg(m.value(u"id"_s).toInteger())), qPrintable(publicUrl));
    QCOMPARE(QString::fromLatin1(r.headers.value("location")), publicUrl);

    // The URL serves exactly the bytes, typed, never sniffable — to the site's signed-in users while no published
    // item shows it.
    verifyProblem(m_http.request("GET", url(publicUrl)), 404);
    const auto file = m_http.request("GET", url(publicUrl), {}, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);
    QCOMPARE(file.headers.value("content-type"), "image/png");
    QCOMPARE(file.headers.value("x-content-type-options"), "nosniff");
}

void tst_MediaUpload::identicalBytesDeduplicate()
{
    const QByteArray bytes = png(qRgb(20, 200, 20));
    const auto first = upload(bytes, "image/png", u"a.png"_s);
    QCOMPARE(first.status, 201);
    const auto second = upload(bytes, "application/octet-stream", u"b.png"_s);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.object().value(u"id"_s).toInteger(), first.json.object().value(u"id"_s).toInteger());
    QCOMPARE(second.json.object().value(u"url"_s).toString(), first.json.object().value(u"url"_s).toString());
    // One file on disk for both.
    int copies = 0;
    const QString sha = first.json.object().value(u"sha256"_s).toString();
    QDirIterator it(m_portal.process().dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        copies += it.next().contains(sha) ? 1 : 0;
    QCOMPARE(copies, 1);
}

void tst_MediaUpload::lyingContentTypeIs415()
{
    verifyProblem(upload(png(qRgb(1, 2, 3)), "image/jpeg", u"photo"_s), 415);
    verifyProblem(upload("<html><script>alert(1)</script></html>"_ba, "image/jpeg", u"x.jpg"_s), 415);
    verifyProblem(upload("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"_ba, "image/svg+xml",
                         u"logo.svg"_s),
                  415);
    verifyStillServing();
}

void tst_MediaUpload::lyingExtensionIs415()
{
    // A ".jpg" that is not a JPEG is refused even when the Content-Type does not lie.
    verifyProblem(upload(png(qRgb(4, 5, 6)), "image/png", u"photo.jpg"_s), 415);
    verifyProblem(upload(png(qRgb(4, 5, 7)), "application/octet-stream", u"photo.jpg"_s), 415);
}

void tst_MediaUpload::hugeBodyIs413AndServerStillServes()
{
    QByteArray huge = png(qRgb(9, 9, 9));
    huge.append(QByteArray(50 * 1024 * 1024, '\0'));
    verifyProblem(upload(huge, "image/png", u"huge.png"_s), 413);
    verifyStillServing();
    // And it still accepts a normal upload afterwards.
    QCOMPARE(upload(png(qRgb(10, 10, 10)), "image/png", u"after.png"_s).status, 201);
}

void tst_MediaUpload::traversalFilenameIsHarmless()
{
    const QByteArray bytes = png(qRgb(30, 30, 200));
    const auto r = upload(bytes, "image/png", u"../../../../../../tmp/evil.png"_s);
    QCOMPARE(r.status, 201);
    const QJsonObject m = r.json.object();
    QCOMPARE(m.value(u"filename"_s).toString(), u"evil.png"_s);
    QVERIFY(!m.value(u"url"_s).toString().contains(u".."_s));
    // Nothing named after the client's path exists anywhere under the data directory; the bytes are stored by hash.
    QDirIterator it(m_portal.process().dataDir(), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    bool storedByHash = false;
    while (it.hasNext()) {
        const QString path = it.next().mid(m_portal.process().dataDir().size());
        QVERIFY2(!path.endsWith(u"evil.png"_s) && !path.contains(u"tmp"_s), qPrintable(path));
        storedByHash |= path.endsWith(m.value(u"sha256"_s).toString() + u".png"_s);
    }
    QVERIFY(storedByHash);
    // A backslash path and control characters fare no better.
    const auto windows = upload(png(qRgb(31, 30, 200)), "image/png", u"..\\..\\Windows\\system.ini\u0000.png"_s);
    QCOMPARE(windows.status, 201);
    QVERIFY(!windows.json.object().value(u"filename"_s).toString().contains(u'\\'));
    verifyStillServing();
}

void tst_MediaUpload::onlyUploadersMayUpload()
{
    verifyProblem(upload(png(qRgb(50, 50, 50)), "image/png", u"x.png"_s, u""_s), 401);
    const QString reviewer = m_portal.newToken(u"reviewer1"_s);
    QVERIFY(!reviewer.isEmpty());
    verifyProblem(upload(png(qRgb(51, 50, 50)), "image/png", u"x.png"_s, reviewer), 403);
    const QString reporter = m_portal.newToken(u"reporter"_s);
    QVERIFY(!reporter.isEmpty());
    QCOMPARE(upload(png(qRgb(52, 50, 50)), "image/png", u"live.png"_s, reporter).status, 201);
}

void tst_MediaUpload::unknownMediaIs404()
{
    verifyProblem(m_http.request("GET", url(u"/media/987654/nothing.png"_s)), 404);
    verifyProblem(m_http.request("GET", url(u"/media/abc/nothing.png"_s)), 404);
}

QTEST_GUILESS_MAIN(tst_MediaUpload)
#include "tst_media_upload.moc"
