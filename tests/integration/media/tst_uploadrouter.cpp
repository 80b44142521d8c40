// Where the editor's uploads go, without a widget: through a real PortalClient to a real portald --demo, a picture
// picked with "Insert image…" is inserted into the body, a document picked with "Add attachment…" becomes an
// attachment titled after its file, a file the rich editor page asked for is answered to the page under the page's
// own number, and a failure reaches the page only when the page asked.
#include "tests/support/PortaldFixture.h"
#include "tests/support/TestImage.h"
#include "app/api/PortalClient.h"
#include "app/editing/EditorBridge.h"
#include "app/editing/MediaUploadQueue.h"
#include "app/editing/UploadRouter.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::editing::EditorBridge;
using pd::editing::MediaUploadQueue;
using pd::editing::UploadRouter;

namespace {

QByteArray png(QRgb colour)
{
    return pd::test::TestImage::filled(colour, 32, 24);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_UploadRouter : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::api::PortalClient m_client;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_portal.signIn(m_client, u"editor"_s), m_portal.failure());
        QVERIFY(m_dir.isValid());
    }

    void pickedImageGoesIntoTheBody()
    {
        MediaUploadQueue queue(m_client);
        EditorBridge bridge;
        UploadRouter router(queue, bridge, [] { return qint64(1); });
        // What the rich editor page does once it has loaded: only then does it take an image.
        bridge.setServer(m_portal.baseUrl());
        bridge.pageReady();
        const QString path = m_dir.filePath(u"晨景.png"_s);
        QVERIFY(writeFile(path, png(qRgb(20, 120, 200))));
        QSignalSpy inserted(&bridge, &EditorBridge::imageInsertRequested);
        QSignalSpy answered(&bridge, &EditorBridge::uploadFinished);
        QSignalSpy progress(&bridge, &EditorBridge::uploadProgress);
        QSignalSpy attached(&router, &UploadRouter::attachmentReady);

        QVERIFY(router.insertImageFiles({path}).isEmpty());
        QVERIFY(inserted.wait(15000));
        QVERIFY(inserted.constFirst().at(0).toString().startsWith(m_portal.url(u"/media/"_s).toString()));
        QCOMPARE(inserted.constFirst().at(1).toString(), u"晨景"_s);
        // The page did not ask for it: no placeholder of its own to finish or move.
        QCOMPARE(answered.count(), 0);
        QCOMPARE(progress.count(), 0);
        QCOMPARE(attached.count(), 0);
    }

    void pickedDocumentBecomesAnAttachment()
    {
        MediaUploadQueue queue(m_client);
        EditorBridge bridge;
        UploadRouter router(queue, bridge, [] { return qint64(1); });
        const QString path = m_dir.filePath(u"年度报告.pdf"_s);
        QVERIFY(writeFile(path, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
        QSignalSpy attached(&router, &UploadRouter::attachmentReady);
        QSignalSpy inserted(&bridge, &EditorBridge::imageInsertRequested);
        QSignalSpy answered(&bridge, &EditorBridge::uploadFinished);

        QVERIFY(router.attachFiles({path}).isEmpty());
        QVERIFY(attached.wait(15000));
        const auto attachment = attached.constFirst().at(0).value<pd::domain::ItemAttachment>();
        QCOMPARE(attachment.title, u"年度报告"_s);
        QVERIFY(attachment.mediaId > 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(answered.count(), 0);
    }

    void unreadableFileIsRefusedAtOnce()
    {
        MediaUploadQueue queue(m_client);
        EditorBridge bridge;
        UploadRouter router(queue, bridge, [] { return qint64(1); });
        const QList<pd::Error> errors =
            router.attachFiles({m_dir.filePath(u"missing.docx"_s), m_dir.filePath(u"gone.png"_s)});
        QCOMPARE(errors.size(), 2);
        QVERIFY(queue.uploads().isEmpty()); // nothing was sent
    }

    void pageUploadIsAnsweredToThePage()
    {
        MediaUploadQueue queue(m_client);
        EditorBridge bridge;
        UploadRouter router(queue, bridge, [] { return qint64(1); });
        QSignalSpy answered(&bridge, &EditorBridge::uploadFinished);
        QSignalSpy inserted(&bridge, &EditorBridge::imageInsertRequested);
        QSignalSpy attached(&router, &UploadRouter::attachmentReady);

        bridge.upload(7, u"粘贴.png"_s, u"image/png"_s, QString::fromLatin1(png(qRgb(200, 40, 40)).toBase64()));
        QVERIFY(answered.wait(15000));
        QCOMPARE(answered.constFirst().at(0).toInt(), 7);
        QVERIFY(answered.constFirst().at(1).toString().contains(u"/media/"_s));
        QVERIFY(answered.constFirst().at(2).toString().isEmpty());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(attached.count(), 0);
    }

    void failureReachesThePageOnlyForItsOwnUpload()
    {
        MediaUploadQueue queue(m_client);
        EditorBridge bridge;
        UploadRouter router(queue, bridge, [] { return qint64(1); });
        QSignalSpy answered(&bridge, &EditorBridge::uploadFinished);
        QSignalSpy failed(&router, &UploadRouter::failed);

        // Text that claims to be a picture: portald refuses it (415).
        bridge.upload(8, u"假图.png"_s, u"image/png"_s, QString::fromLatin1(QByteArray("not a picture").toBase64()));
        QVERIFY(failed.wait(15000));
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.constFirst().at(0).toInt(), 8);
        QVERIFY(!answered.constFirst().at(2).toString().isEmpty());

        const QString path = m_dir.filePath(u"也是假图.png"_s);
        QVERIFY(writeFile(path, "still not a picture"));
        QVERIFY(router.insertImageFiles({path}).isEmpty());
        QVERIFY(failed.wait(15000));
        QCOMPARE(answered.count(), 1); // the page has no placeholder for a picked file
    }
};

QTEST_GUILESS_MAIN(tst_UploadRouter)
#include "tst_uploadrouter.moc"
