// What the pull-back core decides before anything is sent (a withdrawal needs a reason, only unpublish / withdraw /
// archive), what it tells the user about each refusal, and how it lists an item's public pages.
#include "app/api/PortalClient.h"
#include "app/editing/BulkTransition.h"
#include "app/editing/PublicPages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::WorkflowAction;
using pd::editing::BulkTransition;
using pd::editing::PublicPages;

class tst_BulkTransition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("撤稿 with a reason") << WorkflowAction::Withdraw << u"数据有误"_s << true;
        QTest::newRow("撤稿 without a reason") << WorkflowAction::Withdraw << QString() << false;
        QTest::newRow("撤稿 with blanks only") << WorkflowAction::Withdraw << u"  \n "_s << false;
        QTest::newRow("取消发布 without a reason") << WorkflowAction::Unpublish << QString() << true;
        QTest::newRow("归档 without a reason") << WorkflowAction::Archive << QString() << true;
        QTest::newRow("a reason longer than kept") << WorkflowAction::Archive << QString(2001, u'长') << false;
        QTest::newRow("送审 is not a pull-back") << WorkflowAction::Submit << u"x"_s << false;
        QTest::newRow("签发 is not a pull-back") << WorkflowAction::Publish << u"x"_s << false;
    }

    void validate()
    {
        QFETCH(WorkflowAction, action);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        const auto result = BulkTransition::validate(action, reason);
        QCOMPARE(bool(result), accepted);
        if (!result)
            QVERIFY(!result.error().message.isEmpty());
    }

    void refusedRunSendsNothing()
    {
        pd::api::PortalClient client;
        BulkTransition run(client);
        QVERIFY(!run.start({{1, 3, u"一条"_s}}, WorkflowAction::Withdraw, QString()));
        QVERIFY(!run.isRunning());
        QVERIFY(run.outcomes().isEmpty());
        QVERIFY(!run.start({}, WorkflowAction::Unpublish, QString()));
    }

    void explainSaysWhatToDo()
    {
        const QString stale = BulkTransition::explain(pd::Error::make(pd::ErrorCode::PreconditionFailed, u"x"_s), u"标题"_s);
        QVERIFY(stale.contains(u"标题"_s) && stale.contains(u"Refresh"_s));
        const QString role = BulkTransition::explain(pd::Error::make(pd::ErrorCode::Forbidden, u"x"_s), u"标题"_s);
        QVERIFY(role.contains(u"publisher"_s));
        const QString state = BulkTransition::explain(pd::Error::make(pd::ErrorCode::Conflict, u"状态不允许"_s), u"标题"_s);
        QVERIFY(state.contains(u"状态不允许"_s));
    }

    void pagesFromTheItem()
    {
        pd::domain::Item item;
        item.id = 7;
        item.columnIds = {3, 4};
        item.workflow.state = pd::domain::ItemState::Published;
        const QStringList pages = PublicPages::fromItem(item, {{3, u"要闻动态"_s}, {4, u"通知公告"_s}});
        QVERIFY(pages.filter(u"要闻动态"_s).size() == 1);
        QVERIFY(pages.filter(u"通知公告"_s).size() == 1);
        QVERIFY(pages.contains(u"Home page"_s));
        item.workflow.state = pd::domain::ItemState::Unpublished;
        QVERIFY(PublicPages::fromItem(item, {}).isEmpty());
    }

    void pagesFromThePortal()
    {
        // Exactly the portal's shape: {url, title, kind}; an entry without url is no page, other shapes no list.
        const QJsonArray list{QJsonObject{{u"url"_s, u"/"_s}, {u"title"_s, u"示例市人民政府"_s}, {u"kind"_s, u"home"_s}},
                              QJsonObject{{u"url"_s, u"/columns/3/"_s}, {u"title"_s, u"要闻动态"_s}, {u"kind"_s, u"column"_s}},
                              QJsonObject{{u"url"_s, u"/tw/items/9.html"_s}, {u"title"_s, u"標題"_s},
                                          {u"kind"_s, u"traditional"_s}},
                              QJsonObject{{u"title"_s, u"无地址"_s}, {u"kind"_s, u"feature"_s}}};
        QCOMPARE(PublicPages::fromJson(QJsonDocument(list)),
                 QStringList({u"Home page: 示例市人民政府 (/)"_s, u"Column page: 要闻动态 (/columns/3/)"_s,
                              u"Traditional Chinese copy (繁体): 標題 (/tw/items/9.html)"_s}));
        QVERIFY(PublicPages::fromJson(QJsonDocument(QJsonObject{{u"pages"_s, list}})).isEmpty());
        // A copy placed on another site of the group: its pages say which site they are on.
        const QJsonArray copy{QJsonObject{{u"url"_s, u"/items/12.html"_s}, {u"title"_s, u"标题"_s}, {u"kind"_s, u"item"_s},
                                          {u"site"_s, 2}, {u"siteName"_s, u"临江市教育局"_s}}};
        QCOMPARE(PublicPages::fromJson(QJsonDocument(copy)), QStringList{u"临江市教育局 — Item page: 标题 (/items/12.html)"_s});
        QCOMPARE(PublicPages::kindName(u"catalogue"_s), u"Disclosure catalogue (信息公开目录)"_s);
        QCOMPARE(PublicPages::kindName(u"item"_s), u"Item page"_s);
        QCOMPARE(PublicPages::kindName(u"feature"_s), u"Feature (专题)"_s);
    }
};

QTEST_GUILESS_MAIN(tst_BulkTransition)
#include "tst_bulktransition.moc"
