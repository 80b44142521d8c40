// portald's media logic: type sniffing from bytes, claimed-type and extension checks, size limit, SHA-256 dedup,
// safe display names and content-addressed storage — against a real SQLite database in a temporary directory.
#include "server/media/MediaRepository.h"
#include "server/media/MediaSniffer.h"
#include "server/media/MediaStore.h"
#include "tests/support/TestImage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::server;

namespace {

QByteArray image(const char *format, int w = 32, int h = 24, QRgb colour = qRgb(200, 30, 30))
{
    const QByteArray bytes = pd::test::TestImage::filled(colour, w, h, format);
    if (bytes.isEmpty())
        qWarning() << "cannot encode" << format;
    return bytes;
}

void putLe16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

void putLe32(QByteArray &b, qsizetype at, quint32 v)
{
    putLe16(b, at, quint16(v & 0xFFFF));
    putLe16(b, at + 2, quint16(v >> 16));
}

/// A compound file (OLE2) header and one directory sector holding Root Entry and `stream`.
QByteArray ole2(const QString &stream)
{
    QByteArray b(512 * 3, '\0');
    b.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    putLe16(b, 24, 0x3E);
    putLe16(b, 26, 3);
    putLe16(b, 28, 0xFFFE);
    putLe16(b, 30, 9); // 512-byte sectors
    putLe32(b, 48, 1); // first directory sector
    auto entry = [&](qsizetype at, const QString &name, quint8 type) {
        for (qsizetype i = 0; i < name.size(); ++i)
            putLe16(b, at + 2 * i, name[i].unicode());
        putLe16(b, at + 64, quint16((name.size() + 1) * 2));
        b[at + 66] = char(type);
    };
    const qsizetype directory = 512 * 2; // sector 1
    entry(directory, u"Root Entry"_s, 5);
    entry(directory + 128, stream, 2);
    return b;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// A real (stored, uncompressed) ZIP archive with the given entries.
QByteArray zip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, central;
    for (const auto &[name, data] : entries) {
        QByteArray local(30, '\0');
        local.replace(0, 4, QByteArray("PK\x03\x04", 4));
        putLe16(local, 4, 20);
        putLe32(local, 14, crc32(data));
        putLe32(local, 18, quint32(data.size()));
        putLe32(local, 22, quint32(data.size()));
        putLe16(local, 26, quint16(name.size()));
        QByteArray dir(46, '\0');
        dir.replace(0, 4, QByteArray("PK\x01\x02", 4));
        putLe16(dir, 4, 20);
        putLe16(dir, 6, 20);
        putLe32(dir, 16, crc32(data));
        putLe32(dir, 20, quint32(data.size()));
        putLe32(dir, 24, quint32(data.size()));
        putLe16(dir, 28, quint16(name.size()));
        putLe32(dir, 42, quint32(out.size()));
        out += local + name + data;
        central += dir + name;
    }
    QByteArray end(22, '\0');
    end.replace(0, 4, QByteArray("PK\x05\x06", 4));
    putLe16(end, 8, quint16(entries.size()));
    putLe16(end, 10, quint16(entries.size()));
    putLe32(end, 12, quint32(central.size()));
    putLe32(end, 16, quint32(out.size()));
    return out + central + end;
}

QByteArray docx()
{
    return zip({{"[Content_Types].xml", "<Types/>"}, {"_rels/.rels", "<Relationships/>"},
                {"word/document.xml", "<w:document/>"}});
}

/// A 1x1 GIF (Qt has no GIF writer).
QByteArray gif()
{
    return QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
                      "\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
                      43);
}

QByteArray pdf()
{
    return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"_ba;
}

} // namespace

/// The same tests run on SQLite and, when a throw-away PostgreSQL is offered, on PostgreSQL.
enum class Backend { Sqlite, Postgres };

class tst_Media : public QObject
{
    Q_OBJECT

public:
    explicit tst_Media(Backend backend) : m_backend(backend) {}

private slots:
    void init();
    void cleanup();
    void sniff_data();
    void sniff();
    void storesImageWithSize();
    void dedupSameBytes();
    void lyingContentType();
    void lyingExtension();
    void tooLarge();
    void emptyAndUnknown();
    void corruptImage();
    void textOnlyWhenAllowed();
    void displayName_data();
    void displayName();
    void storedNameIsContentAddressed();
    void findAndRead();

private:
    Backend m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MediaRepository> m_repo;
    QString m_connection;
};

void tst_Media::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connection = u"media-test-%1"_s.arg(QString::fromLatin1(QTest::currentTestFunction()));
    if (m_backend == Backend::Sqlite) {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(m_dir->filePath(u"portal.sqlite"_s));
        QVERIFY(db.open());
    } else {
        // A throw-away cluster (PD_TEST_PGHOST = its socket directory): every test starts from an empty table.
        auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(qEnvironmentVariable("PD_TEST_PGHOST"));
        db.setUserName(qEnvironmentVariable("PD_TEST_PGUSER", u"postgres"_s));
        db.setDatabaseName(qEnvironmentVariable("PD_TEST_PGDATABASE", u"postgres"_s));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery drop(db);
        QVERIFY(drop.exec(u"DROP TABLE IF EXISTS media"_s));
    }
    m_repo = std::make_unique<MediaRepository>(m_connection);
    QVERIFY(m_repo->ensureSchema().has_value());
    QVERIFY(m_repo->ensureSchema().has_value()); // idempotent
}

void tst_Media::cleanup()
{
    m_repo.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_dir.reset();
}

void tst_Media::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::newRow("jpeg") << image("JPEG") << u"image/jpeg"_s;
    QTest::newRow("png") << image("PNG") << u"image/png"_s;
    QTest::newRow("gif") << gif() << u"image/gif"_s;
    QTest::newRow("webp") << image("WEBP") << u"image/webp"_s;
    QTest::newRow("pdf") << pdf() << u"application/pdf"_s;
    QTest::newRow("doc") << ole2(u"WordDocument"_s) << u"application/msword"_s;
    QTest::newRow("xls") << ole2(u"Workbook"_s) << u"application/vnd.ms-excel"_s;
    QTest::newRow("xls-biff5") << ole2(u"Book"_s) << u"application/vnd.ms-excel"_s;
    QTest::newRow("ole2-other") << ole2(u"Contents"_s) << QString();
    QTest::newRow("docx") << docx() << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
    QTest::newRow("xlsx") << zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}})
                          << u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s;
    QTest::newRow("plain-zip") << zip({{"readme.txt", "hello"}}) << QString();
    QTest::newRow("truncated-zip") << QByteArray("PK\x03\x04garbage", 11) << QString();
    QTest::newRow("html") << "<html><script>alert(1)</script></html>"_ba << QString();
    QTest::newRow("svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"_ba << QString();
    QTest::newRow("exe") << QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) << QString();
    QTest::newRow("jpeg-magic-late") << QByteArray("xx\xFF\xD8\xFF\xE0", 6) << QString();
}

void tst_Media::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QVERIFY(!bytes.isEmpty());
    const auto type = MediaSniffer::sniff(bytes);
    QCOMPARE(type ? type->mime : QString(), mime);
}

void tst_Media::storesImageWithSize()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const QByteArray png = image("PNG", 640, 480);
    const auto r = store.store(png, u"image/png"_s, u"会场.png"_s, 1, 7);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->id > 0);
    QVERIFY(!r->existing);
    QCOMPARE(r->mime, u"image/png"_s);
    QCOMPARE(r->width, 640);
    QCOMPARE(r->height, 480);
    QCOMPARE(r->bytes, png.size());
    QCOMPARE(r->sha256, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(r->filename, u"会场.png"_s);
    QCOMPARE(r->url(), u"/media/%1/%E4%BC%9A%E5%9C%BA.png"_s.arg(r->id));
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(u"width"_s).toInt(), 640);
    QCOMPARE(json.value(u"sha256"_s).toString(), r->sha256);
}

void tst_Media::dedupSameBytes()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const QByteArray jpeg = image("JPEG");
    const auto first = store.store(jpeg, u"image/jpeg"_s, u"a.jpg"_s, 1);
    QVERIFY(first);
    const auto second = store.store(jpeg, u"image/jpg"_s, u"another-name.jpeg"_s, 1);
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QVERIFY(second->existing);
    QCOMPARE(second->filename, u"a.jpg"_s); // the original record, unchanged
    // Another site gets its own record, sharing the file on disk.
    const auto otherSite = store.store(jpeg, u"image/jpeg"_s, u"a.jpg"_s, 2);
    QVERIFY(otherSite);
    QVERIFY(otherSite->id != first->id);
    QCOMPARE(store.filePath(*otherSite), store.filePath(*first));
    // Different bytes, different media.
    const auto different = store.store(image("JPEG", 32, 24, qRgb(0, 0, 255)), u"image/jpeg"_s, u"a.jpg"_s, 1);
    QVERIFY(different);
    QVERIFY(different->id != first->id);
    // A lost file is healed by the next identical upload.
    QVERIFY(QFile::remove(store.filePath(*first)));
    QVERIFY(store.store(jpeg, u"image/jpeg"_s, u"a.jpg"_s, 1));
    QVERIFY(QFile::exists(store.filePath(*first)));
}

void tst_Media::lyingContentType()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const auto r = store.store(image("PNG"), u"image/jpeg"_s, u"photo"_s, 1);
    QVERIFY(!r);
    QCOMPARE(r.error().code, pd::ErrorCode::UnsupportedMedia);
    QCOMPARE(pd::Error::statusFor(r.error().code), 415);
    const auto html = store.store("<script>alert(1)</script>"_ba, u"image/jpeg"_s, u"x.jpg"_s, 1);
    QVERIFY(!html);
    QCOMPARE(html.error().code, pd::ErrorCode::UnsupportedMedia);
    const auto pdfAsDoc = store.store(pdf(), u"application/msword"_s, u"x"_s, 1);
    QVERIFY(!pdfAsDoc);
    // Honest or silent claims pass.
    QVERIFY(store.store(pdf(), u"application/pdf; charset=binary"_s, u"x.pdf"_s, 1));
    QVERIFY(store.store(docx(), u"application/octet-stream"_s, u"通知.docx"_s, 1));
    QVERIFY(store.store(ole2(u"WordDocument"_s), QString(), u"旧文件.doc"_s, 1));
}

void tst_Media::lyingExtension()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    // A ".jpg" that is not a JPEG is refused, whatever Content-Type says.
    for (const QString &claimed : {u"image/png"_s, u"application/octet-stream"_s, QString()}) {
        const auto r = store.store(image("PNG"), claimed, u"photo.jpg"_s, 1);
        QVERIFY(!r);
        QCOMPARE(r.error().code, pd::ErrorCode::UnsupportedMedia);
    }
    QVERIFY(!store.store(pdf(), u"application/pdf"_s, u"report.docx"_s, 1));
    // An extension that names no accepted type is simply replaced.
    const auto r = store.store(pdf(), u"application/pdf"_s, u"report.bin"_s, 1);
    QVERIFY(r);
    QCOMPARE(r->filename, u"report.bin.pdf"_s);
}

void tst_Media::tooLarge()
{
    MediaPolicy policy;
    policy.maxBytes = 1024;
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo, policy);
    QByteArray big = pdf();
    big.append(QByteArray(2048, ' '));
    const auto r = store.store(big, u"application/pdf"_s, u"big.pdf"_s, 1);
    QVERIFY(!r);
    QCOMPARE(r.error().code, pd::ErrorCode::TooLarge);
    QCOMPARE(pd::Error::statusFor(r.error().code), 413);
    QVERIFY(store.store(pdf(), u"application/pdf"_s, u"small.pdf"_s, 1));
    QCOMPARE(MediaPolicy().maxBytes, 20 * 1024 * 1024);
}

void tst_Media::emptyAndUnknown()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const auto empty = store.store({}, u"image/png"_s, u"x.png"_s, 1);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, pd::ErrorCode::Validation);
    const auto exe = store.store(QByteArray("MZ\x90\x00", 4), u"application/octet-stream"_s, u"setup.exe"_s, 1);
    QVERIFY(!exe);
    QCOMPARE(exe.error().code, pd::ErrorCode::UnsupportedMedia);
    QVERIFY(QDir(m_dir->filePath(u"media"_s)).isEmpty() || !QDir(m_dir->filePath(u"media"_s)).exists());
}

void tst_Media::corruptImage()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const auto r = store.store(QByteArray("\xFF\xD8\xFF\xE0 this is not really a jpeg"), u"image/jpeg"_s,
                               u"x.jpg"_s, 1);
    QVERIFY(!r);
    QCOMPARE(r.error().code, pd::ErrorCode::UnsupportedMedia);
}

void tst_Media::textOnlyWhenAllowed()
{
    const QByteArray text = "会议纪要\n第一条\n"_ba;
    MediaStore strict(m_dir->filePath(u"media"_s), *m_repo);
    const auto refused = strict.store(text, u"text/plain"_s, u"a.txt"_s, 1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, pd::ErrorCode::UnsupportedMedia);
    MediaPolicy policy;
    policy.allowText = true;
    MediaStore lenient(m_dir->filePath(u"media"_s), *m_repo, policy);
    const auto ok = lenient.store(text, u"text/plain"_s, u"a.txt"_s, 1);
    QVERIFY(ok);
    QCOMPARE(ok->mime, u"text/plain"_s);
    QVERIFY(!lenient.store(QByteArray("bin\x01\x02", 5), u"text/plain"_s, u"b.txt"_s, 1));
    QVERIFY(!lenient.store(QByteArray("\xC3\x28 invalid utf-8", 16), u"text/plain"_s, u"c.txt"_s, 1));
}

void tst_Media::displayName_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"通知.pdf"_s << u"通知.pdf"_s;
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"passwd.pdf"_s;
    QTest::newRow("traversal-only") << u"../.."_s << u"file.pdf"_s;
    QTest::newRow("windows-path") << u"C:\\Users\\张三\\桌面\\报告.PDF"_s << u"报告.PDF"_s;
    QTest::newRow("hidden") << u".htaccess"_s << u"htaccess.pdf"_s;
    QTest::newRow("reserved") << u"a<b>:c|d?.pdf"_s << u"a_b__c_d_.pdf"_s;
    QTest::newRow("control-and-bidi") << u"in\u0000voice\u202Efdp.exe"_s << u"invoicefdp.exe.pdf"_s;
    QTest::newRow("empty") << QString() << u"file.pdf"_s;
    QTest::newRow("spaces") << u"  年度   报告 .pdf "_s << u"年度 报告 .pdf"_s;
}

void tst_Media::displayName()
{
    QFETCH(QString, client);
    QFETCH(QString, expected);
    const QString name = MediaStore::displayName(client, MediaType::pdf());
    QCOMPARE(name, expected);
    QVERIFY(!name.contains(u'/') && !name.contains(u'\\') && !name.startsWith(u'.'));
    const QString longName = MediaStore::displayName(u"长"_s.repeated(500) + u".pdf"_s, MediaType::pdf());
    QCOMPARE(longName.size(), 120);
    QVERIFY(longName.endsWith(u".pdf"_s));
}

void tst_Media::storedNameIsContentAddressed()
{
    const QString root = m_dir->filePath(u"media"_s);
    MediaStore store(root, *m_repo);
    const QByteArray bytes = pdf();
    const auto r = store.store(bytes, u"application/pdf"_s, u"../../../../tmp/evil.pdf"_s, 1);
    QVERIFY(r);
    QCOMPARE(r->filename, u"evil.pdf"_s);
    const QString path = store.filePath(*r);
    QCOMPARE(path, QDir(root).absolutePath() + u'/' + r->sha256.first(2) + u'/' + r->sha256 + u".pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(!QFile::exists(m_dir->filePath(u"tmp/evil.pdf"_s)));
    // A tampered row can never point outside the root.
    MediaInfo tampered = *r;
    tampered.sha256 = u"../../etc/passwd"_s;
    QVERIFY(store.filePath(tampered).isEmpty());
    tampered = *r;
    tampered.extension = u"pdf/../../x"_s;
    QVERIFY(store.filePath(tampered).isEmpty());
}

void tst_Media::findAndRead()
{
    MediaStore store(m_dir->filePath(u"media"_s), *m_repo);
    const auto r = store.store(gif(), u"image/gif"_s, u"anim.gif"_s, 3);
    QVERIFY(r);
    const auto found = store.find(r->id);
    QVERIFY(found);
    QCOMPARE(found->sha256, r->sha256);
    QCOMPARE(found->siteId, 3);
    QCOMPARE(found->width, 1);
    const auto bytes = store.read(*found);
    QVERIFY(bytes);
    QCOMPARE(*bytes, gif());
    const auto missing = store.find(r->id + 1000);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, pd::ErrorCode::NotFound);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    int status = 0;
    {
        tst_Media sqlite(Backend::Sqlite);
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("PD_TEST_PGHOST")) {
        qWarning("tst_media: PostgreSQL pass SKIPPED — set PD_TEST_PGHOST to the socket directory of a throw-away "
                 "cluster (initdb + pg_ctl) to run the media repository against QPSQL too");
    } else {
        tst_Media postgres(Backend::Postgres);
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}
#include "tst_media.moc"
