// The live desk with parallel sub-forums: the real plugin on the 直播 page, against a real `portald --demo` behind
// FlakyProxy. One reporter covers two sub-forums in two desk tabs side by side; each tab's composer says where it
// posts, each has its own outbox scope (`live:<event>:<session>`) and its own timeline; with the link down both
// queue, and when it returns each post lands in its own sub-forum — together with a post queued the way desks did
// before sessions (`live:<event>`), which goes to the main forum. Screenshot live-subforums.png.
#include "tests/support/FlakyProxy.h"
#include "tests/support/LiveDeskDriver.h"
#include "tests/support/LiveDeskStage.h"
#include "tests/support/PortaldFixture.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"
#include "plugins/host/PluginManager.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_LiveSubforumsUi : public QObject
{
    Q_OBJECT

private:
    pd::test::LiveDeskStage m_stage;
    std::unique_ptr<pd::test::LiveDeskDriver> m_desk; ///< the reporter's, through the proxy
    qint64 m_event = 0;

    QWidget *panel() const { return m_desk->page->panels().isEmpty() ? nullptr : m_desk->page->panels().first(); }
    QTabWidget *deskTabs() const { return panel()->findChild<QTabWidget *>(u"deskTabs"_s); }
    template <typename T>
    T *inTab(int tab, const QString &name) const
    {
        return deskTabs()->widget(tab)->findChild<T *>(name);
    }
    /// The texts in one desk tab's timeline.
    QStringList timeline(int tab) const
    {
        QStringList out;
        const QAbstractItemModel *model = inTab<QTreeView>(tab, u"timelineView"_s)->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out.append(model->index(r, 0).data(Qt::UserRole + 6).toString()); // the post's text
        return out;
    }
    QStringList stored(qint64 session)
    {
        QStringList out;
        const auto r = m_stage.portal.api("GET", u"/api/v1/live/events/%1/posts?session=%2"_s.arg(m_event).arg(session),
                                    u"moderator"_s);
        for (const QJsonValue &p : r.json.object().value(u"items"_s).toArray())
            out.append(p.toObject().value(u"text"_s).toString());
        return out;
    }
    void post(int tab, const QString &text)
    {
        auto *editor = inTab<QPlainTextEdit>(tab, u"composerText"_s);
        QVERIFY(editor);
        editor->setPlainText(text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    }
    void choose(const QString &name, qint64 data)
    {
        auto *box = panel()->findChild<QComboBox *>(name);
        QVERIFY(box);
        QTRY_VERIFY(box->findData(data) >= 0);
        box->setCurrentIndex(box->findData(data));
        Q_EMIT box->activated(box->currentIndex());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_stage.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        // A forum whose two sub-forums the demo reporter covers, beside the main forum (reporter2's).
        const qint64 reporter = m_stage.portal.api("GET", u"/api/v1/me"_s, u"reporter"_s).json.object().value(u"id"_s).toInteger();
        const qint64 reporter2 = m_stage.portal.api("GET", u"/api/v1/me"_s, u"reporter2"_s).json.object().value(u"id"_s).toInteger();
        const QJsonArray sessions{
            QJsonObject{{u"title"_s, u"开幕式暨主论坛"_s}, {u"reporters"_s, QJsonArray{reporter2, reporter}}},
            QJsonObject{{u"title"_s, u"分论坛一：先进制造与产业创新"_s}, {u"reporters"_s, QJsonArray{reporter}}},
            QJsonObject{{u"title"_s, u"分论坛二：港航物流与开放合作"_s}, {u"reporters"_s, QJsonArray{reporter}}}};
        const auto started = m_stage.portal.startLiveEvent(
            {{u"title"_s, u"2026临江发展论坛·下午分论坛"_s}, {u"kind"_s, u"forum"_s}, {u"sessions"_s, sessions}});
        QVERIFY2(started.status == 200, m_stage.portal.failure());
        m_event = started.json.object().value(u"id"_s).toInteger();

        m_desk = std::make_unique<pd::test::LiveDeskDriver>(*m_stage.settings);
        m_desk->client.setTransferTimeout(3s);
        QVERIFY(m_desk->signIn(m_stage.proxy->url(), u"reporter"_s));
        const auto plugins = pd::test::LiveDeskDriver::installedPlugins(QStringLiteral(PD_PLUGIN_DIR));
        QVERIFY(m_desk->open(m_stage.dir.filePath(u"reporter.db"_s), plugins,
                             {.checkRules = false, .size = QSize(1280, 780), .loadPlugins = true}));
        QVERIFY(panel());
        m_desk->page->show();
    }

    void cleanupTestCase()
    {
        m_desk.reset();
    }

    void twoSubforumsSideBySide()
    {
        choose(u"eventChooser"_s, m_event);
        auto *sessions = panel()->findChild<QComboBox *>(u"sessionChooser"_s);
        QTRY_VERIFY(sessions->isVisible());
        QCOMPARE(sessions->count(), 4); // 全部 and the three sessions
        choose(u"sessionChooser"_s, 2);
        QTRY_COMPARE(deskTabs()->tabText(0), u"分论坛一：先进制造与产业创新"_s);
        // Beside it, a tab on the next sub-forum no tab covers; the reporter moves it to 分论坛二.
        panel()->findChild<QPushButton *>(u"openBeside"_s)->click();
        QTRY_COMPARE(deskTabs()->count(), 2);
        QCOMPARE(deskTabs()->currentIndex(), 1);
        choose(u"sessionChooser"_s, 3);
        QTRY_COMPARE(deskTabs()->tabText(1), u"分论坛二：港航物流与开放合作"_s);
        // Each composer says where its posts go.
        QTRY_COMPARE(inTab<QLabel>(0, u"composerSession"_s)->text(), u"发往：分论坛一：先进制造与产业创新"_s);
        QTRY_COMPARE(inTab<QLabel>(1, u"composerSession"_s)->text(), u"发往：分论坛二：港航物流与开放合作"_s);

        post(0, u"分论坛一：五家企业分享智能工厂建设经验。"_s);
        post(1, u"分论坛二：临港新区发布二期码头招商政策。"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stored(2), QStringList{u"分论坛一：五家企业分享智能工厂建设经验。"_s}, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(3), QStringList{u"分论坛二：临港新区发布二期码头招商政策。"_s}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(timeline(0).join(u'\n').contains(u"智能工厂"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(timeline(1).join(u'\n').contains(u"招商政策"_s), 15000);
        QVERIFY(!timeline(0).join(u'\n').contains(u"招商政策"_s));
        QVERIFY(!timeline(1).join(u'\n').contains(u"智能工厂"_s));
    }

    void eachTabQueuesInItsOwnScopeWhileTheLinkIsDown()
    {
        m_stage.proxy->setDown(true);
        // What a desk queued before sessions existed: the event's old scope and no session in the body.
        auto legacy = m_desk->store.enqueue(u"live:%1"_s.arg(m_event), "POST", u"/api/v1/live/events/%1/posts"_s.arg(m_event),
                                      QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"升级前排队的稿件：主论坛即将开始。"_s}});
        QVERIFY(legacy);
        post(0, u"分论坛一：现场展示六轴工业机器人。"_s);
        post(1, u"分论坛二：与会专家讨论江海联运。"_s);
        QStringList scopes;
        QTRY_VERIFY([&] {
            scopes.clear();
            const auto waiting = m_desk->store.outbox(false);
            for (const auto &e : *waiting)
                scopes.append(e.resource);
            return scopes.size() == 3;
        }());
        QVERIFY2(scopes.contains(u"live:%1:2"_s.arg(m_event)) && scopes.contains(u"live:%1:3"_s.arg(m_event))
                     && scopes.contains(u"live:%1"_s.arg(m_event)),
                 qPrintable(scopes.join(u", "_s)));
        QTRY_VERIFY(panel()->findChild<QLabel *>(u"offlineBanner"_s)->isVisible());
        QVERIFY(pd::test::PortaldFixture::screenshot(m_desk->page.get(), u"live-subforums"_s) || qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR"));

        m_stage.proxy->setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(stored(2).size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(3).size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(1), QStringList{u"升级前排队的稿件：主论坛即将开始。"_s}, 20000);
        QCOMPARE(stored(2).last(), u"分论坛一：现场展示六轴工业机器人。"_s);
        QCOMPARE(stored(3).last(), u"分论坛二：与会专家讨论江海联运。"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->store.outbox(false)->size(), 0, 20000);
    }
};

QTEST_MAIN(tst_LiveSubforumsUi)
#include "tst_live_subforums_ui.moc"
