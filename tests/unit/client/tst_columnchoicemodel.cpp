// The editor's 栏目 chooser without a widget: the group's sites with their column trees, full paths, which columns
// take the item's kind (the rest greyed as structure or left out), the item's own column kept when it is not
// loaded, moving to another site only before the first save, and the filter over any part of the path.
#include "app/editing/ColumnChoiceFilter.h"
#include "app/editing/ColumnChoiceModel.h"

#include <QAbstractItemModelTester>
#include <functional>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::Column;
using pd::domain::ColumnKind;
using pd::domain::ItemType;
using pd::domain::Site;
using pd::editing::ColumnChoiceFilter;
using pd::editing::ColumnChoiceModel;

class tst_ColumnChoiceModel : public QObject
{
    Q_OBJECT

    static Site site(qint64 id, const QString &name)
    {
        Site s;
        s.id = id;
        s.name = name;
        return s;
    }
    static Column column(qint64 id, qint64 siteId, qint64 parent, const QString &name, ColumnKind kind, bool enabled = true)
    {
        Column c;
        c.id = id;
        c.siteId = siteId;
        c.parentId = parent;
        c.name = name;
        c.kind = kind;
        c.enabled = enabled;
        return c;
    }

    /// Two sites of a group; both have a 通知公告, the portal's 政务公开 (disclosure) holds news columns below it.
    static void fill(ColumnChoiceModel &model)
    {
        model.setSites({site(1, u"市政府门户"_s), site(2, u"教育局网站"_s)});
        model.setSiteColumns(1, {column(10, 1, 0, u"政务动态"_s, ColumnKind::News),
                                 column(11, 1, 10, u"要闻动态"_s, ColumnKind::News),
                                 column(12, 1, 0, u"政务公开"_s, ColumnKind::Disclosure),
                                 column(13, 1, 12, u"通知公告"_s, ColumnKind::Notice),
                                 column(14, 1, 12, u"公开目录"_s, ColumnKind::Disclosure),
                                 column(15, 1, 0, u"专题专栏"_s, ColumnKind::Feature),
                                 column(16, 1, 0, u"停用栏目"_s, ColumnKind::News, false)});
        model.setSiteColumns(2, {column(20, 2, 0, u"教育动态"_s, ColumnKind::News),
                                 column(21, 2, 20, u"招生考试"_s, ColumnKind::News),
                                 column(22, 2, 0, u"通知公告"_s, ColumnKind::Notice)});
    }

    static QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(parent); ++row)
            out.append(model.index(row, 0, parent).data().toString());
        return out;
    }

private Q_SLOTS:
    void kindDecidesWhatTakesAnItem_data()
    {
        QTest::addColumn<ItemType>("type");
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("新闻 in 动态") << ItemType::News << ColumnKind::News << true;
        QTest::newRow("新闻 in 通知公告") << ItemType::News << ColumnKind::Notice << true;
        QTest::newRow("新闻 in 政策文件") << ItemType::News << ColumnKind::Policy << true;
        QTest::newRow("新闻 not in 信息公开") << ItemType::News << ColumnKind::Disclosure << false;
        QTest::newRow("新闻 not in 直播") << ItemType::News << ColumnKind::Live << false;
        QTest::newRow("专题 in 专题专栏") << ItemType::Feature << ColumnKind::Feature << true;
        QTest::newRow("专题 not in 动态") << ItemType::Feature << ColumnKind::News << false;
        QTest::newRow("公开文件 in 信息公开") << ItemType::Disclosure << ColumnKind::Disclosure << true;
        QTest::newRow("公开文件 not in 政策文件") << ItemType::Disclosure << ColumnKind::Policy << false;
    }
    void kindDecidesWhatTakesAnItem()
    {
        QFETCH(ItemType, type);
        QFETCH(ColumnKind, kind);
        QFETCH(bool, accepted);
        QCOMPARE(pd::domain::columnTakes(kind, type), accepted);
    }

    void sitesCarryTheirColumnTrees()
    {
        ColumnChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        model.setItem(ItemType::News, 1, 11);
        model.setSiteMovable(true);
        model.setWritableSites({2});

        QCOMPARE(names(model), (QStringList{u"市政府门户"_s, u"教育局网站"_s}));
        const QModelIndex portal = model.index(0, 0);
        // The feature column takes no news and has nothing below: left out. The disabled one too.
        QCOMPARE(names(model, portal), (QStringList{u"政务动态"_s, u"政务公开"_s}));
        const QModelIndex open = model.index(1, 0, portal);
        // Under 政务公开 only the notice column is listed; 政务公开 itself is structure.
        QCOMPARE(names(model, open), (QStringList{u"通知公告"_s}));
        QVERIFY(!open.data(ColumnChoiceModel::ChoosableRole).toBool());
        QVERIFY(!(model.flags(open) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(open) & Qt::ItemIsEnabled);
        QVERIFY(open.data(Qt::ForegroundRole).isValid());
        QVERIFY(!portal.data(ColumnChoiceModel::ChoosableRole).toBool());

        // Names repeat across sites; the path tells them apart.
        QCOMPARE(model.path(13), u"市政府门户 / 政务公开 / 通知公告"_s);
        QCOMPARE(model.path(22), u"教育局网站 / 通知公告"_s);
        QCOMPARE(model.path(21), u"教育局网站 / 教育动态 / 招生考试"_s);
        QCOMPARE(model.indexForColumn(21).data(ColumnChoiceModel::PathRole).toString(), model.path(21));
        QCOMPARE(model.indexForColumn(21).parent(), model.indexForColumn(20));
        QCOMPARE(model.siteOf(21), 2);
        QVERIFY(model.isChoosable(13));
        QVERIFY(model.isChoosable(21));
        QVERIFY(model.flags(model.indexForColumn(21)) & Qt::ItemIsSelectable);
        QVERIFY(!model.isChoosable(12));
        QVERIFY(!model.indexForColumn(15).isValid());
        QVERIFY(!model.indexForColumn(16).isValid());
    }

    void otherKindsOpenOtherColumns()
    {
        ColumnChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        model.setItem(ItemType::Disclosure, 1, 0);
        const QModelIndex portal = model.index(0, 0);
        QCOMPARE(names(model, portal), (QStringList{u"政务公开"_s}));
        QVERIFY(model.isChoosable(12));
        QVERIFY(model.isChoosable(14));
        QVERIFY(!model.indexForColumn(13).isValid());
        // The other site is listed, without columns: a disclosure item of the portal cannot go there.
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QVERIFY(!model.isChoosable(22));
    }

    void aSavedItemStaysOnItsSite()
    {
        ColumnChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        model.setWritableSites({2});
        model.setItem(ItemType::News, 1, 11);
        QVERIFY(!model.isChoosable(22));
        const QModelIndex other = model.index(1, 0);
        QCOMPARE(model.rowCount(other), 0);
        QVERIFY(other.data(Qt::ToolTipRole).toString().contains(u"Other sites"_s));

        // Before its first save it may move, but only to a site the user writes for.
        model.setSiteMovable(true);
        QVERIFY(model.isChoosable(22));
        model.setWritableSites({});
        QVERIFY(!model.isChoosable(22));
    }

    void anUnknownColumnIsKeptNotMoved()
    {
        ColumnChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        model.setItem(ItemType::News, 1, 99);
        const QModelIndex kept = model.indexForColumn(99);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.parent(), model.index(0, 0));
        QVERIFY(model.path(99).startsWith(u"市政府门户 / "_s));
        QVERIFY(model.path(99).contains(u"99"_s));
        QVERIFY(model.isChoosable(99));

        // Once its site's columns include it, the real column takes its place.
        QList<Column> more{column(10, 1, 0, u"政务动态"_s, ColumnKind::News), column(99, 1, 10, u"区县动态"_s, ColumnKind::News)};
        model.setSiteColumns(1, more);
        QCOMPARE(model.path(99), u"市政府门户 / 政务动态 / 区县动态"_s);

        // A column of another kind the item sits in is listed too (greyed), so the form still shows where it is.
        model.setItem(ItemType::Feature, 1, 99);
        QVERIFY(model.indexForColumn(99).isValid());
        QVERIFY(!model.isChoosable(99));
    }

    void anItemOnASiteNotListedStillShowsItsColumn()
    {
        ColumnChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites({site(1, u"市政府门户"_s)});
        model.setItem(ItemType::News, 7, 70);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.siteOf(70), 7);
        QVERIFY(model.indexForColumn(70).isValid());
        QVERIFY(!model.isLoaded(7));
    }

    void filterMatchesAnyPartOfThePath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("shown");
        QTest::newRow("nothing typed") << QString() << QList<qint64>{10, 11, 12, 13, 20, 21, 22};
        // 政务公开 (12) cannot take news; it shows as the context of 通知公告 below it.
        QTest::newRow("a name repeated across sites") << u"通知公告"_s << QList<qint64>{12, 13, 22};
        QTest::newRow("site and column in any order") << u"通知 教育"_s << QList<qint64>{22};
        QTest::newRow("a parent's name finds what is below it") << u"教育动态"_s << QList<qint64>{20, 21};
        QTest::newRow("typed as a path") << u"政务公开/通知"_s << QList<qint64>{12, 13};
        QTest::newRow("structure shows only above a match") << u"政务公开"_s << QList<qint64>{12, 13};
        QTest::newRow("a column of another kind is no match") << u"专题"_s << QList<qint64>{};
        QTest::newRow("latin letters in any case") << u"XYZ"_s << QList<qint64>{};
    }
    void filterMatchesAnyPartOfThePath()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, shown);
        ColumnChoiceModel model;
        fill(model);
        model.setItem(ItemType::News, 1, 0);
        model.setSiteMovable(true);
        model.setWritableSites({2});
        ColumnChoiceFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setFilterText(text);

        QList<qint64> found;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < filter.rowCount(parent); ++row) {
                const QModelIndex i = filter.index(row, 0, parent);
                if (const qint64 id = i.data(ColumnChoiceModel::ColumnIdRole).toLongLong(); id > 0)
                    found.append(id);
                walk(i);
            }
        };
        walk({});
        QCOMPARE(found, shown);

        const QModelIndex first = filter.firstChoosable();
        QCOMPARE(first.isValid(), !shown.isEmpty());
        if (first.isValid())
            QVERIFY(first.data(ColumnChoiceModel::ChoosableRole).toBool());
    }
};

QTEST_MAIN(tst_ColumnChoiceModel)
#include "tst_columnchoicemodel.moc"
