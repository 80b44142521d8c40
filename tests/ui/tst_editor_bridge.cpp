// EditorBridge, the rich editor page's only way into the application, without a page: the body pushed before the
// page is up arrives when it is; a reported change carries the item's form of the HTML (media links relative,
// CKEditor's list item ids gone) and repeats are dropped; stale loads do not count as the body shown; uploads are
// decoded and answered with absolute media URLs. Also MediaUploadQueue's type guess for the portal.
#include "app/editing/EditorBridge.h"
#include "app/editing/MediaUploadQueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::editing::EditorBridge;

class tst_EditorBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaLinksAndListIds()
    {
        EditorBridge bridge;
        bridge.setServer(QUrl(u"http://127.0.0.1:8470/"_s));
        const QString item = u"<p><img src=\"/media/7/%E5%9B%BE.png\" alt=\"图\"><a href=\"/media/8/a.pdf\">附件</a>"
                             u"<a href=\"https://example.org/media/1\">外链</a></p>"_s;
        const QString page = bridge.toEditor(item);
        QVERIFY(page.contains(u"src=\"http://127.0.0.1:8470/media/7/%E5%9B%BE.png\""_s));
        QVERIFY(page.contains(u"href=\"http://127.0.0.1:8470/media/8/a.pdf\""_s));
        QVERIFY(page.contains(u"href=\"https://example.org/media/1\""_s));
        QCOMPARE(bridge.fromEditor(page), item);
        QCOMPARE(bridge.fromEditor(u"<ol><li data-list-item-id=\"e3b5\">一</li><li data-list-item-id=\"e9\">二</li></ol>"_s),
                 u"<ol><li>一</li><li>二</li></ol>"_s);
        // Another host's /media/ stays absolute.
        QCOMPARE(bridge.fromEditor(u"<img src=\"http://10.0.0.9:8470/media/1/x.png\">"_s),
                 u"<img src=\"http://10.0.0.9:8470/media/1/x.png\">"_s);
    }

    void pushBeforeReadyAndLoads()
    {
        EditorBridge bridge;
        QSignalSpy pushed(&bridge, &EditorBridge::htmlPushed);
        QSignalSpy loaded(&bridge, &EditorBridge::loaded);
        bridge.pushHtml(u"<p>一</p>"_s);
        bridge.pushHtml(u"<p>二</p>"_s);
        QVERIFY(pushed.isEmpty());
        QVERIFY(!bridge.isBodyLoaded());
        bridge.pageReady();
        QCOMPARE(pushed.size(), 1);
        QCOMPARE(pushed.first().at(0).toString(), u"<p>二</p>"_s);
        const int generation = pushed.first().at(1).toInt();
        bridge.pushHtml(u"<p>三</p>"_s);
        bridge.bodyLoaded(generation); // the page answers the older push: not the body shown now
        QVERIFY(loaded.isEmpty());
        QVERIFY(!bridge.isBodyLoaded());
        bridge.bodyLoaded(pushed.last().at(1).toInt());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(bridge.isBodyLoaded());
    }

    void changesAndUploads()
    {
        EditorBridge bridge;
        bridge.setServer(QUrl(u"http://portal.example:8470"_s));
        bridge.pageReady();
        QSignalSpy changed(&bridge, &EditorBridge::changed);
        bridge.contentChanged(u"<p><img src=\"http://portal.example:8470/media/3/a.png\"></p>"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"<p><img src=\"/media/3/a.png\"></p>"_s);
        QCOMPARE(bridge.html(), u"<p><img src=\"/media/3/a.png\"></p>"_s);
        bridge.contentChanged(u"<p><img src=\"http://portal.example:8470/media/3/a.png\"></p>"_s);
        QCOMPARE(changed.size(), 1); // the same again is no change

        QSignalSpy requested(&bridge, &EditorBridge::uploadRequested);
        bridge.upload(4, u"会场.jpg"_s, u"image/jpeg"_s, QString::fromLatin1(QByteArray("\xff\xd8\xff\xe0 jpeg").toBase64()));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toInt(), 4);
        QCOMPARE(requested.first().at(3).toByteArray(), QByteArray("\xff\xd8\xff\xe0 jpeg"));
        QSignalSpy finished(&bridge, &EditorBridge::uploadFinished);
        bridge.finishUpload(4, u"/media/9/%E4%BC%9A%E5%9C%BA.jpg"_s, {});
        QCOMPARE(finished.first().at(1).toString(), u"http://portal.example:8470/media/9/%E4%BC%9A%E5%9C%BA.jpg"_s);
        bridge.finishUpload(5, {}, u"上传失败"_s);
        QVERIFY(finished.last().at(1).toString().isEmpty());
        QCOMPARE(finished.last().at(2).toString(), u"上传失败"_s);

        // Read-only: no replacement is even asked of the page.
        bridge.setReadOnly(true);
        QSignalSpy replaced(&bridge, &EditorBridge::replaced);
        QSignalSpy asked(&bridge, &EditorBridge::replaceRequested);
        bridge.replace(u"截止目前"_s, 0, u"截至目前"_s);
        QCOMPARE(replaced.size(), 1);
        QVERIFY(!replaced.first().first().toBool());
        QVERIFY(asked.isEmpty());
    }

    void uploadTypes()
    {
        using Q = pd::editing::MediaUploadQueue;
        QCOMPARE(Q::mimeTypeFor(u"通知.pdf"_s), u"application/pdf"_s);
        QCOMPARE(Q::mimeTypeFor(u"表.xlsx"_s), u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s);
        QCOMPARE(Q::mimeTypeFor(u"图.PNG"_s), u"image/png"_s);
        QCOMPARE(Q::mimeTypeFor(u"无扩展名"_s), u"application/octet-stream"_s);
    }
};

QTEST_MAIN(tst_EditorBridge)
#include "tst_editor_bridge.moc"
