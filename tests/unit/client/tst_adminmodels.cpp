// The administration core without a server: the column tree a drop asks to rearrange (and leaves as it is until the
// server agrees), the site list with member sites under their portal, a site's own topic categories and their codes,
// and the form checks that speak before anything is sent.
#include "app/admin/AdminValidator.h"
#include "app/admin/CategoryListModel.h"
#include "app/admin/ColumnArrangementModel.h"
#include "app/admin/SaveRefusal.h"
#include "app/admin/SiteListModel.h"
#include "app/admin/WorkingHoursForm.h"
#include "app/domain/DisclosureMeta.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::admin::ColumnArrangementModel;

namespace {

pd::domain::Column column(qint64 id, qint64 parent, const QString &name, int order)
{
    pd::domain::Column c;
    c.id = id;
    c.parentId = parent;
    c.siteId = 1;
    c.name = name;
    c.sortOrder = order;
    return c;
}

/// 1 政务公开 { 4 通知公告, 5 政策文件 }, 2 新闻中心 { 6 要闻动态 }, 3 互动交流 — given out of order on purpose.
QList<pd::domain::Column> tree()
{
    return {column(5, 1, u"政策文件"_s, 1), column(1, 0, u"政务公开"_s, 0), column(3, 0, u"互动交流"_s, 2),
            column(4, 1, u"通知公告"_s, 0), column(2, 0, u"新闻中心"_s, 1), column(6, 2, u"要闻动态"_s, 0)};
}

pd::domain::Site site(qint64 id, const QString &name, qint64 parent = 0)
{
    pd::domain::Site s;
    s.id = id;
    s.name = name;
    s.parentSiteId = parent;
    return s;
}

QStringList fieldsOf(const QList<pd::FieldError> &errors)
{
    QStringList out;
    for (const pd::FieldError &e : errors)
        out.append(e.field);
    return out;
}

} // namespace

class tst_AdminModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnTreeFollowsParentsAndOrder()
    {
        ColumnArrangementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(tree());
        QCOMPARE(model.childIds(0), (QList<qint64>{1, 2, 3}));
        QCOMPARE(model.childIds(1), (QList<qint64>{4, 5}));
        const QModelIndex policy = model.indexOf(5);
        QCOMPARE(policy.data().toString(), u"政策文件"_s);
        QCOMPARE(policy.parent(), model.indexOf(1));
        QCOMPARE(model.rowCount(model.indexOf(2)), 1);
        QVERIFY(model.flags(policy) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    }

    void dropAsksForTheMoveAndChangesNothing_data()
    {
        QTest::addColumn<qint64>("dragged");
        QTest::addColumn<qint64>("onto");   // the parent the drop names (0: top level)
        QTest::addColumn<int>("row");       // the row the view names (-1: onto the parent itself)
        QTest::addColumn<qint64>("parent"); // what is asked: new parent …
        QTest::addColumn<int>("position");  // … and place among the siblings without the column (-1: last)
        QTest::newRow("onto another column: last under it") << qint64(3) << qint64(2) << -1 << qint64(2) << -1;
        QTest::newRow("before the first at the top") << qint64(3) << qint64(0) << 0 << qint64(0) << 0;
        QTest::newRow("down among its own siblings") << qint64(1) << qint64(0) << 2 << qint64(0) << 1;
        QTest::newRow("out of its parent to the top") << qint64(4) << qint64(0) << 1 << qint64(0) << 1;
        QTest::newRow("under itself: the server says no") << qint64(1) << qint64(4) << -1 << qint64(4) << -1;
    }

    void dropAsksForTheMoveAndChangesNothing()
    {
        QFETCH(qint64, dragged);
        QFETCH(qint64, onto);
        QFETCH(int, row);
        QFETCH(qint64, parent);
        QFETCH(int, position);
        ColumnArrangementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(tree());
        QSignalSpy asked(&model, &ColumnArrangementModel::moveRequested);
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(dragged)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, model.indexOf(onto)));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, model.indexOf(onto)));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), dragged);
        QCOMPARE(asked.first().at(1).toLongLong(), parent);
        QCOMPARE(asked.first().at(2).toInt(), position);
        QCOMPARE(model.childIds(0), (QList<qint64>{1, 2, 3}));
        QCOMPARE(model.childIds(1), (QList<qint64>{4, 5}));
        const QJsonObject body = ColumnArrangementModel::moveFields(parent, position);
        QCOMPARE(body.value(u"parentId"_s).isNull(), parent == 0);
        QCOMPARE(body.contains(u"position"_s), position >= 0);
    }

    void dropWhereItAlreadyIsAsksNothing()
    {
        ColumnArrangementModel model;
        model.setColumns(tree());
        QSignalSpy asked(&model, &ColumnArrangementModel::moveRequested);
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(2)}));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {})); // just below itself
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, {})); // just above itself
        QCOMPARE(asked.size(), 0);
        QMimeData foreign;
        foreign.setText(u"要闻"_s);
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    }

    void sitesListMemberSitesUnderTheirPortal()
    {
        pd::admin::SiteListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const pd::domain::Site portal = site(1, u"临江市人民政府"_s);
        pd::domain::Site water = site(3, u"临江市水务局"_s, 1);
        const pd::domain::Site other = site(2, u"另一门户"_s);
        model.setSites({water, other, portal});
        QCOMPARE(model.siteAt(0)->id, 1);
        QCOMPARE(model.siteAt(1)->id, 3);
        QCOMPARE(model.siteAt(2)->id, 2);
        QCOMPARE(model.portals().size(), 2);
        QCOMPARE(model.index(1, pd::admin::SiteListModel::PortalSection).data().toString(), u"临江市人民政府"_s);
        water.enabled = false;
        water.revision = 2;
        model.updateSite(water);
        QCOMPARE(model.siteAt(model.rowOf(3))->revision, 2);
        QCOMPARE(model.rowCount(), 3);
    }

    void ownCategoriesAndTheirCodes()
    {
        pd::admin::CategoryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.suggestCode({}, u"SW"_s), u"SW01"_s);
        model.setCategories({{u"SW0101"_s, u"防汛抗旱"_s, u"SW01"_s, 1, 0, 1},
                             {u"SW02"_s, u"水利工程"_s, {}, 1, 1, 1},
                             {u"SW01"_s, u"水资源管理"_s, {}, 1, 0, 1}});
        QCOMPARE(model.categoryAt(0)->code, u"SW01"_s);
        QCOMPARE(model.categoryAt(1)->code, u"SW0101"_s);
        QCOMPARE(model.categoryAt(2)->code, u"SW02"_s);
        QCOMPARE(model.topCategories().size(), 2);
        QCOMPARE(model.suggestCode({}, u"SW"_s), u"SW03"_s);
        QCOMPARE(model.suggestCode(u"SW01"_s, {}), u"SW0102"_s);
        QCOMPARE(model.suggestCode(u"SW02"_s, {}), u"SW0201"_s);
        model.removeCategory(u"SW0101"_s);
        QCOMPARE(model.rowCount(), 2);
    }

    void theCatalogueTakesASitesOwnCategories()
    {
        pd::domain::TopicCategoryCatalog catalog;
        const qsizetype national = catalog.topCategories().size();
        QVERIFY(catalog.add({u"SW01"_s, u"水资源管理"_s, {}}));
        QVERIFY(catalog.add({u"SW0101"_s, u"防汛抗旱"_s, u"SW01"_s}));
        QVERIFY(!catalog.add({u"SW01"_s, u"重复"_s, {}}));
        QVERIFY(!catalog.add({u"XX0101"_s, u"无上级"_s, u"XX01"_s}));
        QVERIFY(!catalog.add({u"SW010101"_s, u"三级"_s, u"SW0101"_s}));
        QCOMPARE(catalog.topCategories().size(), national + 1);
        QCOMPARE(catalog.topCategories().last().code, u"SW01"_s);
        QCOMPARE(catalog.path(u"SW0101"_s), u"水资源管理/防汛抗旱"_s);
        QCOMPARE(catalog.byPath(u"水资源管理/防汛抗旱")->code, u"SW0101"_s);
        QVERIFY(pd::domain::SiteCategory::isWellFormedCode(u"SW01"_s, {}));
        QVERIFY(pd::domain::SiteCategory::isWellFormedCode(u"SWJ0101"_s, u"SWJ01"_s));
        QVERIFY(!pd::domain::SiteCategory::isWellFormedCode(u"0101"_s, {}));
        QVERIFY(!pd::domain::SiteCategory::isWellFormedCode(u"SW0201"_s, u"SW01"_s));
        QVERIFY(!pd::domain::SiteCategory::isWellFormedCode(u"0199"_s, u"01"_s));

        // A client with the national catalogue alone leaves a site's own code to the server; with the site's
        // catalogue (as the server always has it) an unknown code is refused either way.
        pd::domain::DisclosureMeta meta;
        meta.topicCategory = u"SW0101"_s;
        const auto topicRefused = [&](const pd::domain::TopicCategoryCatalog &c) {
            return fieldsOf(meta.validate(c, QDate(2026, 12, 6))).contains(u"topicCategory"_s);
        };
        QVERIFY(!topicRefused(pd::domain::TopicCategoryCatalog()));
        QVERIFY(!topicRefused(pd::domain::TopicCategoryCatalog({{u"SW01"_s, u"水资源管理"_s, {}},
                                                                 {u"SW0101"_s, u"防汛抗旱"_s, u"SW01"_s}})));
        QVERIFY(topicRefused(pd::domain::TopicCategoryCatalog(QList<pd::domain::TopicCategory>{})));
        meta.topicCategory = u"2399"_s;
        QVERIFY(topicRefused(pd::domain::TopicCategoryCatalog()));
    }

    void workingHoursAreWrittenAsPeriods()
    {
        using pd::admin::WorkingHoursForm;
        QCOMPARE(WorkingHoursForm::days({}), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(WorkingHoursForm::periodsText({}), u"09:00-12:00 13:30-17:30"_s);
        const auto hours = WorkingHoursForm::apply({}, {1, 2, 3, 4, 5, 6}, u"08:30-12:00，14:00~17:30"_s);
        QVERIFY(hours);
        QCOMPARE(WorkingHoursForm::days(*hours), (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(WorkingHoursForm::periodsText(*hours), u"08:30-12:00 14:00-17:30"_s);
        QCOMPARE(hours->value(u"utcOffsetMinutes"_s).toInt(), 480); // kept from the default calendar
        QCOMPARE(fieldsOf(WorkingHoursForm::apply({}, {1}, u"9点到12点"_s).error().fields), QStringList{u"workingHours"_s});
        QVERIFY(!WorkingHoursForm::apply({}, {1}, u"12:00-09:00"_s));
        QVERIFY(!WorkingHoursForm::apply({}, {}, u"09:00-12:00"_s));
    }

    void formsAreCheckedBeforeTheyAreSent()
    {
        pd::domain::Site water = site(0, u"临江市水务局"_s);
        water.siteCode = u"3217000021"_s;
        water.orgCode = u"11321700014538266M"_s;
        QVERIFY(pd::admin::AdminValidator::validate(water).isEmpty());
        water.siteCode = u"32170021"_s;
        water.orgCode = u"11321700014538266X"_s;
        water.reviewLevels = 6;
        water.publicUrl = u"swj.example.gov.cn"_s;
        QCOMPARE(fieldsOf(pd::admin::AdminValidator::validate(water)),
                 (QStringList{u"siteCode"_s, u"orgCode"_s, u"reviewLevels"_s, u"publicUrl"_s}));

        pd::domain::Column c = column(0, 0, u"  "_s, 0);
        c.updateDays = -1;
        QCOMPARE(fieldsOf(pd::admin::AdminValidator::validate(c)), (QStringList{u"name"_s, u"updateDays"_s}));
        QCOMPARE(fieldsOf(pd::admin::AdminValidator::validate(pd::domain::SiteCategory{u"sw1"_s, u"水"_s, {}, 1, 0, 1})),
                 QStringList{u"code"_s});
        QCOMPARE(fieldsOf(pd::admin::AdminValidator::validate(pd::domain::ReviewPolicy{.levels = 0})), QStringList{u"levels"_s});
        QVERIFY(pd::admin::AdminValidator::validate(pd::domain::ReviewPolicy{.levels = 3}).isEmpty());
    }

    void aRefusedSaveByTheRowsOfItsForm()
    {
        // A 422: each message once at the row of its field, nothing for a row the form does not have, and no
        // message line when every message stands at its field.
        pd::Error invalid = pd::Error::validation(u"账号信息有 3 处错误"_s,
                                                  {{u"roles[0].site"_s, u"站点不存在"_s},
                                                   {u"roles[1].site"_s, u"站点不存在"_s},
                                                   {u"password"_s, u"不能在这里设置"_s}});
        const auto rowOf = [](const QString &field) { return field.startsWith(u"roles"_s) ? u"roles"_s : field; };
        const auto hasRow = [](const QString &row) { return row == u"roles"_s || row == u"username"_s; };
        const pd::admin::SaveRefusal refused(invalid, rowOf, hasRow);
        QCOMPARE(refused.fieldMessages().size(), 1);
        QCOMPARE(refused.fieldMessages().value(u"roles"_s), QStringList{u"站点不存在"_s});
        QVERIFY(!refused.isConflict());
        QCOMPARE(refused.currentRevision(7), 7);
        QVERIFY(!refused.showsMessage());

        // A 412: the revision saved meanwhile, so that the next save replaces it; the reason shows.
        pd::Error stale = pd::Error::make(pd::ErrorCode::PreconditionFailed, u"账号已被他人修改"_s);
        stale.body.insert(u"current"_s, QJsonObject{{u"revision"_s, 9}});
        const pd::admin::SaveRefusal conflict(stale, rowOf, hasRow);
        QVERIFY(conflict.isConflict());
        QCOMPARE(conflict.currentRevision(7), 9);
        QVERIFY(conflict.showsMessage());
        // A 412 without the current version keeps the revision the form has.
        QCOMPARE(pd::admin::SaveRefusal(pd::Error::make(pd::ErrorCode::PreconditionFailed, u"冲突"_s), rowOf, hasRow)
                     .currentRevision(7),
                 7);
    }
};

QTEST_GUILESS_MAIN(tst_AdminModels)
#include "tst_adminmodels.moc"
