// What the item lists' state column says, from list summaries as the portal sends them: the state, the review
// level, and for a published item with an edit under way the edit's own state (pendingState, pendingLevel).
#include "app/editing/ItemListModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::editing::ItemListModel;

namespace {

pd::domain::Item summary(QJsonObject o)
{
    o.insert(u"id"_s, 41);
    o.insert(u"site"_s, 1);
    o.insert(u"type"_s, u"news"_s);
    o.insert(u"revision"_s, 6);
    o.insert(u"title"_s, u"全市秋季义务植树活动启动"_s);
    o.insert(u"columns"_s, QJsonArray{3});
    auto item = pd::domain::Item::fromJson(o);
    if (!item)
        qWarning().noquote() << item.error().message;
    return item.value_or(pd::domain::Item{});
}

} // namespace

class tst_ItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateText_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("shown");
        QTest::newRow("published, no edit") << QJsonObject{{u"state"_s, u"published"_s}} << u"Published"_s;
        QTest::newRow("in review") << QJsonObject{{u"state"_s, u"submitted"_s}, {u"level"_s, 2}}
                                   << u"In review (level 2)"_s;
        QTest::newRow("published, edit in review")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"pendingState"_s, u"submitted"_s}, {u"pendingLevel"_s, 2}}
            << u"Published · edit in review (level 2)"_s;
        QTest::newRow("published, edit saved")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"pendingState"_s, u"draft"_s}}
            << u"Published · edit not submitted yet"_s;
        QTest::newRow("published, edit approved")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"pendingState"_s, u"approved"_s}, {u"pendingLevel"_s, 3}}
            << u"Published · edit approved, waiting to be published"_s;
        QTest::newRow("disclosure marked 废止")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"indexNo"_s, u"11441700007280420Y/2026-00001"_s},
                           {u"validity"_s, u"废止"_s}, {u"effectiveDate"_s, u"2026-12-01"_s}}
            << u"Published · 废止 since 2026-12-01"_s;
        QTest::newRow("disclosure in force")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"indexNo"_s, u"11441700007280420Y/2026-00002"_s}}
            << u"Published"_s;
        QTest::newRow("published, edit rejected")
            << QJsonObject{{u"state"_s, u"published"_s}, {u"pendingState"_s, u"rejected"_s}}
            << u"Published · edit rejected"_s;
    }

    void stateText()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, shown);
        QCOMPARE(ItemListModel::stateText(summary(json)), shown);
    }
};

QTEST_GUILESS_MAIN(tst_ItemListModel)
#include "tst_itemlistmodel.moc"
