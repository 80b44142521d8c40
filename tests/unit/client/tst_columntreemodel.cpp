// The column tree model: structure from parentId, staleness against the update rule, model invariants.
#include "app/models/ColumnTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::Column;
using pd::domain::ColumnKind;
using pd::models::ColumnTreeModel;

class tst_ColumnTreeModel : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC);

    Column column(qint64 id, qint64 parent, const QString &name, ColumnKind kind, int updateDays, int daysAgo)
    {
        Column c;
        c.id = id;
        c.parentId = parent;
        c.siteId = 1;
        c.name = name;
        c.kind = kind;
        c.updateDays = updateDays;
        if (daysAgo >= 0)
            c.lastPublishedAt = m_now.addDays(-daysAgo);
        return c;
    }

    QList<Column> demo()
    {
        return {column(1, 0, u"政务动态"_s, ColumnKind::News, 0, -1),
                column(2, 1, u"要闻动态"_s, ColumnKind::News, 14, 3),
                column(3, 1, u"部门动态"_s, ColumnKind::News, 14, 20),
                column(4, 0, u"通知公告"_s, ColumnKind::Notice, 180, 30),
                column(5, 0, u"政府信息公开"_s, ColumnKind::Disclosure, 180, -1),
                column(6, 5, u"法定主动公开内容"_s, ColumnKind::Disclosure, 180, 1),
                column(7, 6, u"政策解读"_s, ColumnKind::Policy, 180, 2)};
    }

private Q_SLOTS:
    void buildsTheTree()
    {
        ColumnTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setColumns(demo());
        QCOMPARE(reset.size(), 1);

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ColumnTreeModel::SectionCount));
        const QModelIndex news = model.index(0, 0);
        QCOMPARE(news.data().toString(), u"政务动态"_s);
        QCOMPARE(model.rowCount(news), 2);
        QCOMPARE(model.index(1, 0, news).data().toString(), u"部门动态"_s);
        QCOMPARE(model.parent(model.index(1, 0, news)), news);

        const QModelIndex open = model.index(2, 0);
        const QModelIndex statutory = model.index(0, 0, open);
        const QModelIndex reading = model.index(0, 0, statutory);
        QCOMPARE(reading.data().toString(), u"政策解读"_s);
        QCOMPARE(reading.data(ColumnTreeModel::KindCodeRole).toString(), u"policy"_s);
        QCOMPARE(model.indexForColumn(7), reading);
        QCOMPARE(model.column(reading)->id, 7);
        QVERIFY(!model.indexForColumn(99).isValid());
    }

    void staleness()
    {
        ColumnTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        model.setColumns(demo());
        // 部门动态: 20 days > 14; 政府信息公开: never published with a 180-day rule. 政务动态 has no rule.
        QCOMPARE(model.staleCount(), 2);
        QVERIFY(model.indexForColumn(3).data(ColumnTreeModel::StaleRole).toBool());
        QVERIFY(!model.indexForColumn(2).data(ColumnTreeModel::StaleRole).toBool());
        QVERIFY(!model.indexForColumn(1).data(ColumnTreeModel::StaleRole).toBool());
        QVERIFY(model.indexForColumn(5).data(ColumnTreeModel::StaleRole).toBool());
        QVERIFY(!model.indexForColumn(3).data(Qt::ToolTipRole).toString().isEmpty());

        // Time passes: 要闻动态 (3 days ago) goes stale after two more weeks; views hear about it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(m_now.addDays(12));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.indexForColumn(2).data(ColumnTreeModel::StaleRole).toBool());
        QCOMPARE(model.staleCount(), 3);
    }

    void brokenParentsStayVisible()
    {
        ColumnTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Column> columns{column(1, 42, u"孤儿栏目"_s, ColumnKind::News, 14, 1),
                              column(2, 3, u"甲"_s, ColumnKind::News, 14, 1),
                              column(3, 2, u"乙"_s, ColumnKind::News, 14, 1),
                              column(4, 4, u"自指"_s, ColumnKind::News, 14, 1)};
        model.setColumns(columns);
        // Every column is reachable from the root, whatever the server sent.
        int reachable = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                ++reachable;
                walk(model.index(r, 0, parent));
            }
        };
        walk({});
        QCOMPARE(reachable, 4);
    }

    void replaceAndClear()
    {
        ColumnTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(demo());
        model.setColumns({column(9, 0, u"专题专栏"_s, ColumnKind::Feature, 0, -1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ColumnTreeModel::KindSection).data().toString(),
                 ColumnTreeModel::kindDisplayName(ColumnKind::Feature));
        QCOMPARE(model.index(0, ColumnTreeModel::LastPublishedSection).data().toString(),
                 ColumnTreeModel::tr("Never"));
        model.setColumns({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ColumnTreeModel)
#include "tst_columntreemodel.moc"
