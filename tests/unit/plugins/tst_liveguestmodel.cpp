// The guests of the live event dialog (plugins/livebroadcast LiveGuestModel): what the dialog sends back keeps every
// guest's id and leaves a photo nobody touched out (the portal keeps it), sends a chosen photo's media id and null
// for a photo taken away; thumbnails arrive by the photo's URL; a photo removed while uploading stays removed.
#include "plugins/livebroadcast/LiveGuestModel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::LiveEvent;
using pd::livebroadcast::LiveGuestModel;

namespace {

QList<LiveEvent::Guest> demoGuests()
{
    LiveEvent::Guest mayor(u"陈志远"_s, u"临江市人民政府市长"_s, 1);
    mayor.photoId = 41;
    mayor.photoUrl = u"/media/41/chen.jpg"_s;
    LiveEvent::Guest director(u"刘红"_s, u"市统计局局长"_s, 2);
    director.photoId = 42;
    director.photoUrl = u"/media/42/liu.jpg"_s;
    return {mayor, director, LiveEvent::Guest(u"周晓"_s, u"市发展改革委主任"_s, 3)};
}

QImage picture(QRgb colour)
{
    QImage image(300, 400, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

} // namespace

class tst_LiveGuestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedGuestsKeepTheirIdsAndPhotos()
    {
        LiveGuestModel model(demoGuests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray input = model.input();
        QCOMPARE(input.size(), 3);
        QCOMPARE(input.at(0).toObject(), (QJsonObject{{u"name"_s, u"陈志远"_s}, {u"title"_s, u"临江市人民政府市长"_s},
                                                      {u"id"_s, 1}}));
        // No photoId at all: the portal keeps the photo the guest with this id has.
        for (const QJsonValue &g : input)
            QVERIFY(!g.toObject().contains(u"photoId"_s));
        QCOMPARE(model.index(2, LiveGuestModel::PhotoColumn).data().toString(), u"No photo"_s);
        QCOMPARE(model.index(0, LiveGuestModel::PhotoColumn).data().toString(), u"Loading…"_s);
    }

    void aRenamedGuestIsStillTheSameGuest()
    {
        LiveGuestModel model(demoGuests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(model.index(1, LiveGuestModel::NameColumn), u"刘  红"_s));
        const QJsonObject renamed = model.input().at(1).toObject();
        QCOMPARE(renamed.value(u"name"_s).toString(), u"刘  红"_s);
        QCOMPARE(renamed.value(u"id"_s).toInteger(), 2);
        QVERIFY(!renamed.contains(u"photoId"_s));
    }

    void aChosenPhotoIsSentAndARemovedOneIsNull()
    {
        LiveGuestModel model(demoGuests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto key = model.keyOf(2);
        model.setUploading(key, true);
        QVERIFY(model.isUploading());
        QCOMPARE(model.index(2, LiveGuestModel::PhotoColumn).data().toString(), u"Uploading…"_s);
        // a row added above it meanwhile: the upload still lands on its own guest
        QVERIFY(model.insertRows(0, 1));
        model.setPhoto(key, 77, picture(qRgb(40, 90, 160)));
        QVERIFY(!model.isUploading());
        QCOMPARE(model.index(3, 0).data(LiveGuestModel::PhotoIdRole).toLongLong(), 77);
        const QImage thumb = model.index(3, LiveGuestModel::PhotoColumn).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumb.size(), QSize(36, 48));
        model.removePhoto(1);

        const QJsonArray input = model.input(); // the empty new row is left out
        QCOMPARE(input.size(), 3);
        QCOMPARE(input.at(0).toObject().value(u"photoId"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(!input.at(1).toObject().contains(u"photoId"_s));
        QCOMPARE(input.at(2).toObject().value(u"photoId"_s).toInteger(), 77);
        QCOMPARE(input.at(2).toObject().value(u"id"_s).toInteger(), 3);
    }

    void aPhotoRemovedWhileUploadingStaysRemoved()
    {
        LiveGuestModel model(demoGuests());
        const auto key = model.keyOf(0);
        model.setUploading(key, true);
        model.removePhoto(0);
        QVERIFY(!model.isUploading());
        model.setPhoto(key, 78, picture(qRgb(200, 0, 0)));
        QCOMPARE(model.index(0, 0).data(LiveGuestModel::PhotoIdRole).toLongLong(), 0);
        QCOMPARE(model.input().at(0).toObject().value(u"photoId"_s), QJsonValue(QJsonValue::Null));
        // and the upload of a removed row goes nowhere
        const auto gone = model.keyOf(1);
        model.setUploading(gone, true);
        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.rowOf(gone), -1);
        QVERIFY(!model.isUploading());
    }

    void thumbnailsArriveByTheirUrl()
    {
        LiveGuestModel model(demoGuests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.missingThumbnails(), (QStringList{u"/media/41/chen.jpg"_s, u"/media/42/liu.jpg"_s}));
        model.setThumbnail(u"/media/42/liu.jpg"_s, picture(qRgb(0, 120, 0)));
        QCOMPARE(model.missingThumbnails(), QStringList{u"/media/41/chen.jpg"_s});
        QVERIFY(!model.index(1, LiveGuestModel::PhotoColumn).data(Qt::DecorationRole).value<QImage>().isNull());
        QCOMPARE(model.index(1, LiveGuestModel::PhotoColumn).data().toString(), QString());
        QVERIFY(model.index(0, LiveGuestModel::PhotoColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(!(model.flags(model.index(0, LiveGuestModel::PhotoColumn)) & Qt::ItemIsEditable));
        // a picture that does not come is said, and not waited for; the photo stays the guest's
        model.setThumbnailFailed(u"/media/41/chen.jpg"_s);
        QCOMPARE(model.index(0, LiveGuestModel::PhotoColumn).data().toString(), u"Photo not shown"_s);
        QVERIFY(model.missingThumbnails().isEmpty());
        QVERIFY(!model.input().at(0).toObject().contains(u"photoId"_s));
    }
};

QTEST_MAIN(tst_LiveGuestModel)
#include "tst_liveguestmodel.moc"
