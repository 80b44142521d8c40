// ItemIndex and CachedItemListModel without a server: summaries in a LocalStore, loaded on a worker thread and
// filtered by text, type, state, column, 主题分类 (prefix) and date; typing narrows the previous result.
#include "app/models/CachedItemListModel.h"
#include "app/store/ItemIndex.h"
#include "app/store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::ItemState;
using pd::domain::ItemType;
using pd::models::CachedItemListModel;
using pd::store::ItemFilter;

namespace {
QJsonObject summary(qint64 id, const QString &title, const QString &type, const QString &state, qint64 column,
                    const QString &updated, const QString &category = {}, const QString &indexNo = {})
{
    QJsonObject o{{u"id"_s, id},           {u"site"_s, 1},      {u"type"_s, type},
                  {u"state"_s, state},     {u"revision"_s, 1},  {u"title"_s, title},
                  {u"columns"_s, QJsonArray{column}}, {u"updatedAt"_s, updated}};
    if (!category.isEmpty())
        o.insert(u"topicCategory"_s, category);
    if (!indexNo.isEmpty())
        o.insert(u"indexNo"_s, indexNo);
    return o;
}
} // namespace

class tst_ItemIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QJsonObject> m_items{
        summary(1, u"临江市防汛工作会议召开"_s, u"news"_s, u"published"_s, 10, u"2026-03-01T09:00:00+08:00"_s),
        summary(2, u"关于印发临江市营商环境实施方案的通知"_s, u"disclosure"_s, u"published"_s, 20,
                u"2026-03-02T09:00:00+08:00"_s, u"0101"_s, u"11441700007280420Y/2026-00001"_s),
        summary(3, u"临江市教育局2026年工作要点"_s, u"disclosure"_s, u"draft"_s, 20, u"2026-03-03T09:00:00+08:00"_s,
                u"19"_s, u"11441700007280420Y/2026-00002"_s),
        summary(4, u"Linjiang Open Data"_s, u"news"_s, u"submitted"_s, 11, u"2026-02-01T09:00:00+08:00"_s),
        summary(5, u"综合政务公开目录调整"_s, u"disclosure"_s, u"published"_s, 20, u"2025-12-31T09:00:00+08:00"_s,
                u"01"_s, u"11441700007280420Y/2025-00099"_s),
    };

    QString database()
    {
        const QString path = m_dir.filePath(u"index.sqlite"_s);
        pd::store::LocalStore store;
        if (!store.open(path) || !store.cacheItems(m_items))
            return {};
        return path;
    }

    static QList<qint64> ids(const pd::store::ItemIndex &index, const std::vector<int> &rows)
    {
        QList<qint64> out;
        for (const int r : rows)
            out.append(index.row(r).id);
        return out;
    }

private Q_SLOTS:
    void loadsNewestFirstFromTheDatabase()
    {
        const QString path = database();
        QVERIFY(!path.isEmpty());
        auto index = pd::store::ItemIndex::load(path, 1);
        QVERIFY2(index, index ? "" : qPrintable(index.error().message));
        QCOMPARE((*index)->size(), 5);
        QCOMPARE(ids(**index, (*index)->filter({})), (QList<qint64>{3, 2, 1, 4, 5}));
        QCOMPARE((*index)->row(1).category, u"0101"_s);
        QCOMPARE((*index)->indexNo((*index)->row(1)), u"11441700007280420Y/2026-00001"_s);
        QCOMPARE((*index)->title((*index)->row(1)), u"关于印发临江市营商环境实施方案的通知"_s);
        QCOMPARE((*index)->columns((*index)->row(1)), QList<qint64>{20});
        QCOMPARE((*index)->row(1).type, ItemType::Disclosure);
        QCOMPARE((*index)->row(0).state, ItemState::Draft);
        // Another site's items are not there; a missing file is an error, not a crash.
        QCOMPARE(pd::store::ItemIndex::load(path, 2).value()->size(), 0);
        QVERIFY(!pd::store::ItemIndex::load(m_dir.filePath(u"nothing/here.sqlite"_s), 1));
    }

    void keepsTheValidityOfMarkedDocuments()
    {
        // A summary of a document marked 废止 carries it beside the 索引号; one still in force says nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"validity.sqlite"_s);
        {
            pd::store::LocalStore store;
            QVERIFY(store.open(path));
            QJsonObject marked = m_items.at(1);
            marked.insert(u"validity"_s, u"废止"_s);
            marked.insert(u"effectiveDate"_s, u"2026-12-01"_s);
            QJsonObject inForce = m_items.at(4);
            inForce.insert(u"validity"_s, u"有效"_s);
            QVERIFY(store.cacheItems({marked, inForce}));
        }
        auto index = pd::store::ItemIndex::load(path, 1);
        QVERIFY(index);
        QCOMPARE((*index)->size(), 2);
        QCOMPARE(pd::store::ItemIndex::validityName((*index)->row(0).validity), u"废止"_s);
        QCOMPARE((*index)->row(1).validity, quint8(0));
        CachedItemListModel model;
        QSignalSpy loaded(&model, &CachedItemListModel::loaded);
        model.load(path, 1);
        QTRY_VERIFY(!loaded.isEmpty());
        QVERIFY(model.index(0, CachedItemListModel::StateColumn).data().toString().contains(u"废止"_s));
        QVERIFY(!model.index(1, CachedItemListModel::StateColumn).data().toString().contains(u"废止"_s));
    }

    void filters()
    {
        const auto index = pd::store::ItemIndex::fromSummaries(m_items);
        ItemFilter f;
        f.text = u"临江市"_s;
        QCOMPARE(ids(*index, index->filter(f)), (QList<qint64>{3, 2, 1}));
        f.text = u"linjiang"_s; // case-insensitive
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{4});
        f.text = u"2025-00099"_s; // 索引号
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{5});
        f.text = u"2026-0000"_s;
        QCOMPARE(ids(*index, index->filter(f)), (QList<qint64>{3, 2}));
        f.text = u"通知11441700"_s; // the end of a title and the start of its 索引号 are separate fields
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{});
        f.text = u"召开关于"_s; // nor do two rows run into each other
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{});
        f.text = u"临"_s; // several hits in one row count once
        QCOMPARE(ids(*index, index->filter(f)), (QList<qint64>{3, 2, 1}));
        f.text = u"公开目录调整"_s; // the last row
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{5});
        f = {};
        f.category = u"01"_s; // 综合政务 and its sub-categories
        QCOMPARE(ids(*index, index->filter(f)), (QList<qint64>{2, 5}));
        f.category = u"0101"_s;
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{2});
        f = {};
        f.type = ItemType::News;
        f.states = {ItemState::Submitted};
        QCOMPARE(ids(*index, index->filter(f)), QList<qint64>{4});
        f = {};
        f.columnId = 20;
        f.from = QDate(2026, 3, 2);
        f.to = QDate(2026, 3, 3);
        QCOMPARE(ids(*index, index->filter(f)), (QList<qint64>{3, 2}));
    }

    void narrowing()
    {
        ItemFilter wide;
        wide.text = u"临江"_s;
        ItemFilter narrow = wide;
        narrow.text = u"临江市"_s;
        QVERIFY(narrow.narrows(wide));
        QVERIFY(!wide.narrows(narrow));
        narrow.category = u"01"_s;
        QVERIFY(!narrow.narrows(wide)); // another criterion changed: filter from scratch

        const auto index = pd::store::ItemIndex::fromSummaries(m_items);
        const std::vector<int> first = index->filter(wide);
        ItemFilter more = wide;
        more.text = u"临江市教"_s;
        QCOMPARE(ids(*index, index->filter(more, &first)), QList<qint64>{3});
    }

    void modelOverTheCache()
    {
        const QString path = database();
        CachedItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CachedItemListModel::loaded);
        model.setTextFilter(u"临江市"_s); // set before loading: applied to the loaded rows
        model.load(path, 1);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toInt(), 5);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.itemId(0), 3);
        QCOMPARE(model.index(1, CachedItemListModel::IndexNoColumn).data().toString(),
                 u"11441700007280420Y/2026-00001"_s);
        QCOMPARE(model.index(1, CachedItemListModel::DateColumn).data().toString(),
                 QDateTime::fromString(u"2026-03-02T09:00:00+08:00"_s, Qt::ISODate).toLocalTime().date()
                     .toString(Qt::ISODate));
        QCOMPARE(model.rowOf(1), 2);
        model.setTextFilter(QString());
        model.setCategoryFilter(u"01"_s);
        QCOMPARE(model.rowCount(), 2);
        model.setCategoryFilter(QString());

        // A persistent index follows its item through a re-sort.
        const QPersistentModelIndex tracked = model.index(model.rowOf(4), 0);
        model.sort(CachedItemListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.itemId(0), 4); // Latin before Han in plain comparison
        QCOMPARE(tracked.row(), 0);

        // New items in the cache show after reload(); the filter and order stay.
        pd::store::LocalStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.cacheItems({summary(6, u"AAA 新增条目"_s, u"news"_s, u"draft"_s, 10, u"2026-04-01T09:00:00+08:00"_s)}));
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.totalCount(), 6);
        QCOMPARE(model.itemId(0), 6);
    }
};

QTEST_GUILESS_MAIN(tst_ItemIndex)
#include "tst_itemindex.moc"
