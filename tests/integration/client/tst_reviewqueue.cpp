// ReviewQueueModel: the deadline light over working hours, and the queue of a real portald kept current by the
// event stream (an editor submits; the reviewer's model gains the item without polling).
#include "tests/support/PortaldFixture.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::DeadlineLight;
using pd::models::ReviewQueueModel;

class tst_ReviewQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lightsFollowWorkingHours()
    {
        pd::api::PortalClient client;
        const pd::domain::WorkingCalendar calendar;
        ReviewQueueModel model(client, calendar);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Monday 09:00 in the calendar's zone; 4 working hours allowed.
        const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), calendar.timeZone());
        const QDateTime due = calendar.addWorkingHours(start, 4.0);
        QVERIFY(due > start);
        const QDateTime later = due.addDays(1);
        model.setItems({QJsonObject{{u"id"_s, 2}, {u"title"_s, u"晚到期"_s}, {u"level"_s, 2},
                                    {u"updatedAt"_s, start.toUTC().toString(Qt::ISODate)},
                                    {u"dueAt"_s, later.toUTC().toString(Qt::ISODate)}},
                        QJsonObject{{u"id"_s, 3}, {u"title"_s, u"待签发"_s}, {u"waitingFor"_s, u"publish"_s}},
                        QJsonObject{{u"id"_s, 1}, {u"title"_s, u"关于开展安全生产大检查的通知"_s}, {u"level"_s, 1},
                                    {u"updatedAt"_s, start.toUTC().toString(Qt::ISODate)},
                                    {u"dueAt"_s, due.toUTC().toString(Qt::ISODate)}}});
        QCOMPARE(model.rowCount(), 3);
        // Most urgent first, items without a deadline last.
        QCOMPARE(model.index(0, 0).data(ReviewQueueModel::ItemIdRole).toLongLong(), 1);
        QCOMPARE(model.index(2, 0).data(ReviewQueueModel::ItemIdRole).toLongLong(), 3);
        QVERIFY(model.index(2, ReviewQueueModel::LightSection).data().toString().isEmpty());

        model.setNow(calendar.addWorkingHours(start, 1.0));
        QCOMPARE(model.light(0), DeadlineLight::Green);
        model.setNow(calendar.addWorkingHours(start, 3.5)); // inside the last quarter
        QCOMPARE(model.light(0), DeadlineLight::Yellow);
        QCOMPARE(model.index(0, ReviewQueueModel::LightSection).data(ReviewQueueModel::LightRole).toString(),
                 u"yellow"_s);
        model.setNow(due.addSecs(3600));
        QCOMPARE(model.light(0), DeadlineLight::Red);
        QCOMPARE(model.countWithLight(DeadlineLight::Red), 1);
        QVERIFY(model.index(0, ReviewQueueModel::LightSection).data(Qt::DecorationRole).value<QColor>().isValid());
        QCOMPARE(model.light(1), DeadlineLight::Green);
    }

    void queueFollowsTheServer()
    {
        pd::test::PortaldFixture portald;
        QVERIFY2(portald.start(), portald.failure());
        const qint64 siteId = portald.siteId();
        const auto columns = portald.api("GET", u"/api/v1/sites/%1/columns"_s.arg(siteId));
        qint64 columnId = 0;
        for (const QJsonValue &c : columns.json.array())
            if (c.toObject().value(u"kind").toString() == u"news"_s && columnId == 0)
                columnId = c.toObject().value(u"id").toInteger();

        pd::api::PortalClient reviewer;
        QVERIFY2(portald.signIn(reviewer, u"reviewer1"_s), portald.failure());

        ReviewQueueModel model(reviewer, pd::domain::WorkingCalendar());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ReviewQueueModel::refreshed);
        model.refresh(siteId);
        QTRY_COMPARE(refreshed.size(), 1);
        const int before = model.rowCount();

        pd::api::EventStream stream(reviewer);
        connect(&stream, &pd::api::EventStream::eventReceived, &model,
                [&model](qint64, const QString &type, const QJsonObject &payload) { model.handleEvent(type, payload); });
        stream.start();
        QTRY_COMPARE(stream.state(), pd::api::EventStream::State::Connected);

        // The editor writes and submits; the reviewer's queue shows it without anyone asking.
        const auto created = portald.api("POST", u"/api/v1/items"_s, u"editor"_s,
                                         QJsonDocument(QJsonObject{{u"site"_s, siteId},
                                                                   {u"type"_s, u"news"_s},
                                                                   {u"title"_s, u"待初审的稿件"_s},
                                                                   {u"columns"_s, QJsonArray{columnId}}}));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.object().value(u"id").toInteger();
        const auto submitted = portald.api("POST", u"/api/v1/items/%1/transitions"_s.arg(id), u"editor"_s,
                                           QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}),
                                           {{"If-Match", created.headers.value("etag")}});
        QCOMPARE(submitted.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 10000);
        QStringList titles;
        for (int r = 0; r < model.rowCount(); ++r)
            titles.append(model.index(r, 0).data().toString());
        QVERIFY(titles.contains(u"待初审的稿件"_s));
        const QModelIndex row = model.match(model.index(0, 0), ReviewQueueModel::ItemIdRole, id).value(0);
        QVERIFY(row.isValid());
        QCOMPARE(model.index(row.row(), ReviewQueueModel::LightSection).data(ReviewQueueModel::LightRole).toString(),
                 u"green"_s);
        QVERIFY(portald.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_ReviewQueue)
#include "tst_reviewqueue.moc"
