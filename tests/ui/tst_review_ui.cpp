// The 审核 page driven through its real widgets against a real portald --demo: a second client submits and
// the item shows up in the queue within a second without a refresh; five items approved with the keyboard alone; a
// rejection without a comment refused in Chinese; a bulk approval of 20 items of which 2 changed meanwhile (18
// approved, 2 reported, none approved twice — checked in the audit log); an item past its deadline shows red and is
// notified; an edit of a published item is shown and compared against the published text, and approved from the
// page. Screenshots: review-queue.png, review-pane.png, review-diff-published.png.
#include "tests/support/PortaldFixture.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/ReviewQueueModel.h"
#include "app/models/Workspace.h"
#include "ui/preview/PreviewView.h"
#include "ui/review/DecisionDialog.h"
#include "app/review/ReviewDesk.h"
#include "app/review/ReviewItemLoader.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewPane.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPushButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using pd::models::ReviewQueueModel;

namespace {

/// reviewer1 at the 审核 page: their own client core and the page on it, without an event stream (the page keeps
/// what it listed until it loads again).
struct Reviewer {
    pd::api::PortalClient client;
    pd::models::Workspace workspace{client};
    std::unique_ptr<pd::ui::ReviewPage> page;

    bool signIn(pd::test::PortaldFixture &portal)
    {
        if (!portal.signIn(workspace, u"reviewer1"_s))
            return false;
        page = std::make_unique<pd::ui::ReviewPage>(workspace, nullptr);
        return true;
    }
};

} // namespace

class tst_ReviewUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    QString m_editorToken;
    QString m_otherReviewerToken;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

    QUrl api(const QString &path) const { return m_portal.url(path); }

    /// The editor writes and submits a complete news item (a second client, straight over HTTP).
    qint64 submitNews(const QString &title, const QString &body = u"<p>会议由区长主持，研究部署近期重点工作。</p>"_s)
    {
        const QJsonObject input{{u"site"_s, m_siteId},
                                {u"type"_s, u"news"_s},
                                {u"title"_s, title},
                                {u"summary"_s, u"区政府召开常务会议。"_s},
                                {u"bodyHtml"_s, body},
                                {u"author"_s, u"办公室"_s},
                                {u"columns"_s, QJsonArray{m_columnId}}};
        const auto created = m_http.json("POST", api(u"/api/v1/items"_s), m_editorToken, QJsonDocument(input));
        if (created.status != 201)
            return 0;
        const qint64 id = created.json.object().value(u"id").toInteger();
        const auto submitted = m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), m_editorToken,
                                           QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}),
                                           {{"If-Match", created.headers.value("etag")}});
        return submitted.status == 200 ? id : 0;
    }

    QJsonObject item(qint64 id)
    {
        return m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken).json.object();
    }

    /// How often `action` appears in the item's audit log.
    int auditCount(qint64 id, const QString &action)
    {
        const auto audit = m_http.json("GET", api(u"/api/v1/items/%1/audit"_s.arg(id)), m_editorToken);
        int n = 0;
        for (const QJsonValue &e : audit.json.array())
            n += e.toObject().value(u"action").toString() == action ? 1 : 0;
        return n;
    }

    /// Types `text` (Chinese included) as committed key input, character by character.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    /// Narrows the page's queue to titles containing `term`, typed like a user: Ctrl+F, the term, Esc.
    static void searchFor(pd::ui::ReviewPage &page, const QString &term)
    {
        QTest::keyClick(page.queueView(), Qt::Key_F, Qt::ControlModifier);
        type(page.searchEdit(), term);
        QTest::keyClick(page.searchEdit(), Qt::Key_Escape);
    }

    /// Shows the page as the active window (shortcuts only reach an active window), the list focused.
    static bool showActive(pd::ui::ReviewPage &page)
    {
        page.resize(1400, 820);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        page.activateWindow();
        page.queueView()->setFocus();
        return QTest::qWaitForWindowActive(&page);
    }

    static bool currentLoaded(pd::ui::ReviewPage &page)
    {
        const QModelIndex current = page.queueView()->currentIndex();
        const auto &item = page.desk().loader().item();
        return current.isValid() && item && item->id == current.data(ReviewQueueModel::ItemIdRole).toLongLong();
    }

    /// `reviewer` signed in with the page shown active, its queue narrowed to `term` once item `id` is listed, and
    /// the first row chosen with J and loaded; false when a step did not happen in time.
    bool openFirstOf(Reviewer &reviewer, qint64 id, const QString &term)
    {
        if (!reviewer.signIn(m_portal))
            return false;
        pd::ui::ReviewPage &page = *reviewer.page;
        if (!showActive(page) || !QTest::qWaitFor([&] { return page.desk().queue().rowOf(id) >= 0; }, 10000))
            return false;
        searchFor(page, term);
        QTest::keyClick(page.queueView(), Qt::Key_J);
        return QTest::qWaitFor([&] { return currentLoaded(page); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_editorToken = m_portal.newToken(u"editor"_s);
        m_otherReviewerToken = m_portal.newToken(u"reviewer1"_s);
        QVERIFY(!m_editorToken.isEmpty() && !m_otherReviewerToken.isEmpty());
        const auto sites = m_http.json("GET", api(u"/api/v1/sites"_s), m_editorToken);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        const auto columns = m_http.json("GET", api(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), m_editorToken);
        for (const QJsonValue &c : columns.json.array())
            if (c.toObject().value(u"kind").toString() == u"news" && c.toObject().value(u"parentId").toInteger() != 0
                && m_columnId == 0)
                m_columnId = c.toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void newItemAppearsWithinASecond()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"reviewer1"_s), m_portal.failure());
        pd::api::EventStream stream(client);
        pd::ui::ReviewPage page(workspace, &stream);
        QAbstractItemModelTester tester(&page.desk().queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&page.desk().filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().isLoaded(), 10000);
        const int before = page.desk().queue().rowCount();
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), pd::api::EventStream::State::Connected, 10000);
        QSignalSpy arrived(&page.desk().notifier(), &pd::review::ReviewNotifier::itemArrived);

        const qint64 id = submitNews(u"关于做好今冬明春供暖保障工作的通知"_s);
        QVERIFY(id > 0);
        QElapsedTimer sinceSubmit;
        sinceSubmit.start();
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(id) >= 0, 1000);
        qInfo() << "item in the queue" << sinceSubmit.elapsed() << "ms after the submit answered";
        QCOMPARE(page.desk().queue().rowCount(), before + 1);
        QTRY_COMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(0).toLongLong(), id);
        QCOMPARE(page.desk().notifier().waitingCount(), before + 1);
        const int row = page.desk().queue().rowOf(id);
        QCOMPARE(page.desk().queue().index(row, ReviewQueueModel::LightSection).data(ReviewQueueModel::LightRole)
                     .toString(),
                 u"green"_s);
        // 作者 is the byline the preview shows (the submitting account is 周晓雯).
        QCOMPARE(page.desk().queue().index(row, ReviewQueueModel::AuthorSection).data().toString(), u"办公室"_s);
        // Titles keep their beginning when cut, and the tooltip has the whole of them.
        QCOMPARE(page.queueView()->textElideMode(), Qt::ElideRight);
        QCOMPARE(page.desk().queue().index(row, ReviewQueueModel::TitleSection).data(Qt::ToolTipRole).toString(),
                 u"关于做好今冬明春供暖保障工作的通知"_s);
        // 待办环节 holds its longest value (第 1 级审核) and its heading with the sort arrow.
        {
            const QHeaderView *header = page.queueView()->horizontalHeader();
            const QFontMetrics metrics = page.queueView()->fontMetrics();
            const int level = header->sectionSize(ReviewQueueModel::LevelSection);
            QVERIFY2(level >= metrics.horizontalAdvance(u"第 1 级审核"_s) + 12, qPrintable(QString::number(level)));
            QVERIFY(level >= metrics.horizontalAdvance(u"待办环节"_s) + 20);
        }
        QTRY_VERIFY(!page.desk().queue().index(row, ReviewQueueModel::ColumnSection).data().toString().startsWith(
            QString::number(m_columnId)));

        // Items taken by another reviewer leave without a refresh.
        const QJsonObject taken = item(id);
        const auto approved = m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), m_otherReviewerToken,
                                          QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                          {{"If-Match", '"' + QByteArray::number(taken.value(u"revision").toInteger()) + '"'}});
        QCOMPARE(approved.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(id) < 0, 1000);

        // The review pane: preview, diff (a new item: everything added), findings, audit trail.
        const qint64 shown = submitNews(u"市政府召开第十五次常务会议"_s,
                                        u"<p>会议研究了城市更新工作。</p><p>会议要求各部门抓好落实。</p>"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(shown) >= 0, 1000);
        const QModelIndex proxyRow = page.desk().filter().mapFromSource(
            page.desk().queue().index(page.desk().queue().rowOf(shown), ReviewQueueModel::TitleSection));
        QSignalSpy previewed(page.pane()->preview(), &pd::ui::PreviewView::loadFinished);
        page.queueView()->setCurrentIndex(proxyRow);
        QTRY_VERIFY(currentLoaded(page));
        QTRY_COMPARE(page.pane()->historyView()->topLevelItemCount(), 2);
        QCOMPARE(page.pane()->historyView()->topLevelItem(0)->text(2), u"创建"_s);
        QCOMPARE(page.pane()->historyView()->topLevelItem(1)->text(2), u"送审"_s);
        QCOMPARE(page.pane()->historyView()->topLevelItem(1)->text(1), u"周晓雯"_s);
        // The pane names the byline as 作者, like the queue and the preview, and the submitting account apart.
        const QString meta = page.pane()->metaLabel()->text();
        QVERIFY2(meta.contains(u"作者 办公室"_s) && meta.contains(u"提交人 周晓雯"_s) && !meta.contains(u"作者 周晓雯"_s),
                 qPrintable(meta));
        QTRY_VERIFY(page.pane()->diffView()->toPlainText().contains(u"会议要求各部门抓好落实。"_s));
        QCOMPARE(page.desk().loader().baseline(), pd::review::ReviewItemLoader::Baseline::None);
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 15000);
        QVERIFY(pd::test::PortaldFixture::screenshot(&page, u"review-queue"_s));
        page.pane()->showTab(pd::ui::ReviewPane::Tab::Diff);
        QVERIFY(pd::test::PortaldFixture::screenshot(page.pane(), u"review-pane"_s));
    }

    // A whole-site sweep's finding someone marked 忽略 stays in front of the item's reviewers: the 检查 tab lists it
    // with the reason and who ignored it.
    void ignoredSweepFindingsAreShownToReviewers()
    {
        const QString word = u"审核忽略测试词"_s;
        const QString reviewer2 = m_portal.newToken(u"reviewer2"_s);
        const QString reviewer3 = m_portal.newToken(u"reviewer3"_s);
        const qint64 id = submitNews(u"关于%1的通报"_s.arg(word));
        QVERIFY(id > 0);
        for (const auto &[token, action] : {std::pair{m_otherReviewerToken, u"approve"_s}, std::pair{reviewer2, u"approve"_s},
                                            std::pair{reviewer3, u"approve"_s}, std::pair{reviewer3, u"publish"_s}}) {
            const QJsonObject now = item(id);
            QCOMPARE(m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), token,
                                 QJsonDocument(QJsonObject{{u"action"_s, action}}),
                                 {{"If-Match", '"' + QByteArray::number(now.value(u"revision").toInteger()) + '"'}})
                         .status,
                     200);
        }
        QCOMPARE(m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_siteId), u"admin"_s,
                              QJsonDocument(QJsonObject{{u"pattern"_s, word}, {u"kind"_s, u"wording"_s},
                                                        {u"severity"_s, u"warn"_s}}))
                     .status,
                 201);
        const auto started = m_http.json("POST", api(u"/api/v1/sites/%1/sweeps"_s.arg(m_siteId)), m_editorToken);
        QCOMPARE(started.status, 202);
        const QString sweepPath = u"/api/v1/sweeps/%1"_s.arg(started.json.object().value(u"id").toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(m_http.json("GET", api(sweepPath), m_editorToken).json.object().value(u"state").toString(),
                                  u"done"_s, 60000);
        qint64 finding = 0;
        for (const QJsonValue &v :
             m_http.json("GET", api(sweepPath + u"/findings"_s), m_editorToken).json.object().value(u"items").toArray())
            if (v.toObject().value(u"item").toInteger() == id)
                finding = v.toObject().value(u"id").toInteger();
        QVERIFY(finding > 0);
        QCOMPARE(m_http.json("POST", api(u"/api/v1/sweep-findings/%1/transitions"_s.arg(finding)), m_editorToken,
                             QJsonDocument(QJsonObject{{u"action"_s, u"ignore"_s}, {u"reason"_s, u"通报标题引用文件原名"_s}}))
                     .status,
                 200);
        const QString editorName =
            m_http.json("GET", api(u"/api/v1/me"_s), m_editorToken).json.object().value(u"displayName").toString();
        QVERIFY(!editorName.isEmpty());

        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"reviewer1"_s), m_portal.failure());
        pd::review::ReviewItemLoader loader(client);
        pd::ui::ReviewPane pane(loader);
        loader.load(id);
        QTRY_COMPARE(pane.findingsView()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = pane.findingsView()->topLevelItem(0);
        QCOMPARE(row->text(0), u"已忽略"_s);
        QVERIFY2(row->text(2).contains(word), qPrintable(row->text(2)));
        QVERIFY2(row->text(4).contains(u"通报标题引用文件原名"_s) && row->text(4).contains(editorName),
                 qPrintable(row->text(4)));
        QVERIFY(pane.tabs()->tabText(int(pd::ui::ReviewPane::Tab::Findings)).contains(u"1"_s));
    }

    void publishedEditIsComparedWithThePublishedText()
    {
        // Setup over the API: a published item, then an edit of its title submitted by the editor.
        const QString reviewer2 = m_portal.newToken(u"reviewer2"_s);
        const QString reviewer3 = m_portal.newToken(u"reviewer3"_s);
        QVERIFY(!reviewer2.isEmpty() && !reviewer3.isEmpty());
        const QString oldTitle = u"修改审核测试：全市秋季植树活动启动"_s;
        const QString newTitle = u"修改审核测试：全市秋季义务植树活动启动"_s;
        const qint64 id = submitNews(oldTitle);
        QVERIFY(id > 0);
        const auto act = [&](const QString &token, const QString &action) {
            const QJsonObject now = item(id);
            return m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), token,
                               QJsonDocument(QJsonObject{{u"action"_s, action}}),
                               {{"If-Match", '"' + QByteArray::number(now.value(u"revision").toInteger()) + '"'}})
                .status;
        };
        QCOMPARE(act(m_otherReviewerToken, u"approve"_s), 200);
        QCOMPARE(act(reviewer2, u"approve"_s), 200);
        QCOMPARE(act(reviewer3, u"approve"_s), 200);
        QCOMPARE(act(reviewer3, u"publish"_s), 200);
        const auto published = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken);
        const qint64 publishedRevision = published.json.object().value(u"publishedRevision").toInteger();
        QVERIFY(publishedRevision > 0);
        QJsonObject edit = published.json.object();
        edit.insert(u"title"_s, newTitle);
        QCOMPARE(m_http.json("PUT", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken, QJsonDocument(edit),
                             {{"If-Match", published.headers.value("etag")}})
                     .status,
                 200);
        QCOMPARE(act(m_editorToken, u"submit"_s), 200);

        Reviewer reviewer;
        QVERIFY2(openFirstOf(reviewer, id, u"修改审核测试"_s), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        QCOMPARE(page.desk().filter().rowCount(), 1);

        // The reviewer sees the edit (not the public text) and what it changes against the published revision.
        QCOMPARE(page.desk().loader().item()->title, newTitle);
        QCOMPARE(page.desk().loader().baseline(), pd::review::ReviewItemLoader::Baseline::Published);
        QCOMPARE(page.desk().loader().baselineRevision(), publishedRevision);
        QTRY_VERIFY(page.pane()->diffView()->toPlainText().contains(newTitle));
        const QString diff = page.pane()->diffView()->toPlainText();
        QVERIFY2(diff.contains(oldTitle), qPrintable(diff));
        QVERIFY2(diff.contains(u"与已发布的第 %1 版对比。"_s.arg(publishedRevision)), qPrintable(diff));
        page.pane()->showTab(pd::ui::ReviewPane::Tab::Diff);
        QVERIFY(pd::test::PortaldFixture::screenshot(page.pane(), u"review-diff-published"_s));

        // Approving through the page moves the edit on; the public text stays as published meanwhile.
        QTest::keyClick(page.queueView(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(item(id).value(u"pendingRevision").toObject().value(u"level").toInt(), 2, 10000);
        const QJsonObject after = item(id);
        QCOMPARE(after.value(u"state").toString(), u"published"_s);
        QCOMPARE(after.value(u"title").toString(), oldTitle);
        QCOMPARE(after.value(u"pendingRevision").toObject().value(u"state").toString(), u"submitted"_s);
    }

    void keyboardOnlyApprovesFive()
    {
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids.append(submitNews(u"键盘审核稿件第%1篇"_s.arg(i)));
        QVERIFY(!ids.contains(0));

        Reviewer reviewer;
        QVERIFY2(reviewer.signIn(m_portal), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        QVERIFY(showActive(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowCount() >= 5, 10000);
        searchFor(page, u"键盘审核"_s);
        QCOMPARE(page.desk().filter().rowCount(), 5);
        QVERIFY(page.queueView()->hasFocus());
        QTest::keyClick(page.queueView(), Qt::Key_J); // the first row
        for (int left = 5; left > 0; --left) {
            QTRY_VERIFY_WITH_TIMEOUT(currentLoaded(page), 10000);
            QTest::keyClick(page.queueView(), Qt::Key_A);
            QTRY_COMPARE_WITH_TIMEOUT(page.desk().filter().rowCount(), left - 1, 10000);
        }
        // Each approval went out when the next one was made, the last one after its undo window.
        for (const qint64 id : std::as_const(ids)) {
            QTRY_COMPARE_WITH_TIMEOUT(item(id).value(u"level").toInt(), 2, 15000);
            QCOMPARE(item(id).value(u"state").toString(), u"submitted"_s);
            QCOMPARE(auditCount(id, u"approve"_s), 1);
        }
    }

    void undoneApprovalNeverReachesTheServer()
    {
        const qint64 wrong = submitNews(u"撤销测试：误按通过的稿件"_s);
        const qint64 right = submitNews(u"撤销测试：应当通过的稿件"_s);
        QVERIFY(wrong > 0 && right > 0);
        Reviewer reviewer;
        QVERIFY2(reviewer.signIn(m_portal), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        // Short, so that the approval sent below comes well after the taken-back one would have gone.
        page.desk().setUndoWindow(std::chrono::milliseconds(300));
        QVERIFY(showActive(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(right) >= 0, 10000);
        searchFor(page, u"撤销测试"_s);
        QCOMPARE(page.desk().filter().rowCount(), 2);
        // Selects the row of `id` alone, as a click would (the view's own choice follows held modifier keys).
        const auto choose = [&page](qint64 id) {
            const QModelIndex row = page.desk().filter().mapFromSource(
                page.desk().queue().index(page.desk().queue().rowOf(id), ReviewQueueModel::TitleSection));
            page.queueView()->selectionModel()->setCurrentIndex(
                row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        choose(wrong);
        QTRY_VERIFY(currentLoaded(page));
        QSignalSpy decided(&page.desk(), &pd::review::ReviewDesk::decided);

        // A: the item leaves the list at once and the bar offers to take it back; Ctrl+Z does.
        QTest::keyClick(page.queueView(), Qt::Key_A);
        QCOMPARE(page.desk().filter().rowCount(), 1);
        QVERIFY(page.undoBar()->isVisible());
        QVERIFY(page.undoButton()->text().startsWith(u"撤销"_s));
        QTest::keyClick(page.queueView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!page.undoBar()->isVisible());
        QCOMPARE(page.desk().filter().rowCount(), 2);
        QCOMPARE(page.queueView()->currentIndex().data(ReviewQueueModel::ItemIdRole).toLongLong(), wrong);
        QCOMPARE(page.pane()->messageLabel()->text(), u"已撤销，未发送任何决定。"_s);

        // The other one is approved for real; by the time it reached the server, the first one's window is long over.
        QCOMPARE(page.queueView()->selectionModel()->selectedRows().size(), 1);
        choose(right);
        QTRY_VERIFY(currentLoaded(page));
        // A message about one item (here: taken back) goes when the reviewer moves on, as 已完成。 does.
        QVERIFY(page.pane()->messageLabel()->isHidden());
        QTest::keyClick(page.queueView(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(auditCount(right, u"approve"_s), 1, 10000);
        QTRY_COMPARE(decided.size(), 1);
        QCOMPARE(decided.first().at(0).toLongLong(), right);
        QCOMPARE(auditCount(wrong, u"approve"_s), 0);
        QCOMPARE(item(wrong).value(u"level").toInt(), 1);
        QCOMPARE(item(wrong).value(u"state").toString(), u"submitted"_s);
    }

    void accountSwitchClearsThePane()
    {
        const qint64 id = submitNews(u"切换账户测试稿件"_s);
        QVERIFY(id > 0);
        Reviewer reviewer;
        QVERIFY2(openFirstOf(reviewer, id, u"切换账户测试"_s), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        auto *approve = page.pane()->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(approve && approve->isEnabled());

        // Another account, one that reviews nothing: the previous account's item and decisions are gone.
        reviewer.workspace.signOut();
        QVERIFY2(m_portal.signIn(reviewer.workspace, u"editor"_s), m_portal.failure());
        QVERIFY(!approve->isEnabled());
        QCOMPARE(page.desk().currentId(), 0);
        QVERIFY(!page.pane()->findChild<QLabel *>(u"reviewTitle"_s)->text().contains(u"切换账户测试"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.desk().queue().rowOf(id), -1, 10000);
        QTest::keyClick(page.queueView(), Qt::Key_A);
        QCOMPARE(auditCount(id, u"approve"_s), 0);
    }

    void rejectWithoutCommentIsRefused()
    {
        const qint64 id = submitNews(u"驳回测试：区县动态稿件"_s);
        QVERIFY(id > 0);
        Reviewer reviewer;
        QVERIFY2(openFirstOf(reviewer, id, u"驳回测试"_s), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;

        QTest::keyClick(page.queueView(), Qt::Key_R);
        QTRY_VERIFY(page.openDialog() && page.openDialog()->isVisible());
        pd::ui::DecisionDialog *dialog = page.openDialog();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog->errorText(), u"驳回必须填写意见：请告诉作者需要修改什么。"_s);
        QVERIFY(dialog->isVisible());
        QCOMPARE(item(id).value(u"state").toString(), u"submitted"_s);
        QCOMPARE(auditCount(id, u"reject"_s), 0);

        // The core refuses it as well, whoever calls it.
        QSignalSpy decided(&page.desk(), &pd::review::ReviewDesk::decided);
        page.desk().decide({pd::review::ReviewActions::Action::Reject, u"   "_s, {}});
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().at(1).toBool(), false);
        QCOMPARE(decided.first().at(2).toString(), u"驳回必须填写意见：请告诉作者需要修改什么。"_s);

        type(dialog->commentEdit(), u"标题与正文不符，请修改后重新送审。"_s);
        QTest::keyClick(dialog->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!page.openDialog());
        QTRY_COMPARE_WITH_TIMEOUT(item(id).value(u"state").toString(), u"rejected"_s, 10000);
        QCOMPARE(auditCount(id, u"reject"_s), 1);
    }

    void bulkApproveReportsStaleItems()
    {
        QList<qint64> ids;
        for (int i = 1; i <= 20; ++i)
            ids.append(submitNews(u"批量审核稿件%1号"_s.arg(i, 2, 10, QChar(u'0'))));
        QVERIFY(!ids.contains(0));
        // No event stream here: the page keeps the revisions it listed while two items change behind its back.
        Reviewer reviewer;
        QVERIFY2(reviewer.signIn(m_portal), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        QVERIFY(showActive(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(ids.last()) >= 0, 10000);
        searchFor(page, u"批量审核"_s);
        QCOMPARE(page.desk().filter().rowCount(), 20);
        page.queueView()->selectAll();

        // Another client acts on two of them first (another level-1 reviewer approves them).
        const QList<qint64> stale{ids.at(4), ids.at(11)};
        for (const qint64 id : stale) {
            const auto r = m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), m_otherReviewerToken,
                                       QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                       {{"If-Match", '"' + QByteArray::number(item(id).value(u"revision").toInteger()) + '"'}});
            QCOMPARE(r.status, 200);
        }

        QTest::keyClick(page.queueView(), Qt::Key_A);
        QTRY_VERIFY(page.openDialog() && page.openDialog()->isVisible());
        page.openDialog()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.openDialog()));
        type(page.openDialog()->commentEdit(), u"同意发布。"_s);
        QSignalSpy finished(&page.desk().bulk(), &pd::review::BulkReview::finished);
        QTest::keyClick(page.openDialog()->commentEdit(), Qt::Key_Enter, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        const auto &outcomes = page.desk().bulk().outcomes();
        QCOMPARE(outcomes.size(), 20);
        QCOMPARE(page.desk().bulk().succeeded(), 18);
        for (const auto &o : outcomes) {
            QCOMPARE(o.ok, !stale.contains(o.id));
            if (!o.ok)
                QCOMPARE(o.httpStatus, 412);
        }
        QCOMPARE(page.resultsView()->count(), 20);
        QCOMPARE(page.pane()->messageLabel()->text(), u"已通过 18 条，2 条未执行"_s);
        // Nothing applied twice: every item was approved at level 1 exactly once and now waits at level 2.
        for (const qint64 id : std::as_const(ids)) {
            QCOMPARE(auditCount(id, u"approve"_s), 1);
            QCOMPARE(item(id).value(u"level").toInt(), 2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.desk().filter().rowCount(), 0, 10000);
    }

    void overdueItemShowsRed()
    {
        const qint64 id = submitNews(u"超期提醒测试稿件"_s);
        Reviewer reviewer;
        QVERIFY2(reviewer.signIn(m_portal), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(id) >= 0, 10000);
        ReviewQueueModel &queue = page.desk().queue();
        const QModelIndex light = queue.index(queue.rowOf(id), ReviewQueueModel::LightSection);
        const QDateTime due = light.data(ReviewQueueModel::DueAtRole).toDateTime();
        QVERIFY(due.isValid());
        QCOMPARE(light.data(ReviewQueueModel::LightRole).toString(), u"green"_s);
        QSignalSpy overdue(&page.desk().notifier(), &pd::review::ReviewNotifier::itemOverdue);

        queue.setNow(due.addSecs(60)); // the clock passes dueAt
        QCOMPARE(light.data(ReviewQueueModel::LightRole).toString(), u"red"_s);
        QCOMPARE(light.data(Qt::DecorationRole).value<QColor>(), QColor(0xd9, 0x2d, 0x20));
        QCOMPARE(light.data().toString(), u"已超时"_s);
        QVERIFY(overdue.size() >= 1);
        QVERIFY(std::ranges::any_of(overdue, [id](const QList<QVariant> &args) { return args.at(0).toLongLong() == id; }));
        QVERIFY(page.countLabel()->text().contains(u"超时"_s));
        // The overdue filter keeps it.
        searchFor(page, u"超期提醒测试"_s);
        QCOMPARE(page.desk().filter().rowCount(), 1);
        page.desk().filter().setLightFilter(pd::review::ReviewQueueFilter::LightFilter::Overdue);
        QCOMPARE(page.desk().filter().rowCount(), 1);
        page.desk().filter().setLightFilter(pd::review::ReviewQueueFilter::LightFilter::OnTime);
        QCOMPARE(page.desk().filter().rowCount(), 0);
    }

    void lightsCountTheSitesOwnHours()
    {
        // The site keeps a summer timetable: portald sets its deadlines in it, and the page's lights count in it too.
        const QJsonObject summer{{u"days"_s, QJsonArray{1, 2, 3, 4, 5}},
                                 {u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"08:00"_s}, {u"end"_s, u"11:30"_s}},
                                                           QJsonObject{{u"start"_s, u"14:30"_s}, {u"end"_s, u"18:00"_s}}}},
                                 {u"holidays"_s, QJsonArray{u"2026-11-24"_s}},
                                 {u"utcOffsetMinutes"_s, 480}};
        const auto setHours = [&](const QJsonValue &hours) {
            const auto site = m_portal.api("GET", u"/api/v1/sites"_s, u"admin"_s).json.array().first().toObject();
            return m_portal.api("PUT", u"/api/v1/sites/%1"_s.arg(m_siteId), u"admin"_s,
                                QJsonDocument(QJsonObject{{u"workingHours"_s, hours}}),
                                {{"If-Match", "\"" + QByteArray::number(site.value(u"revision").toInteger()) + "\""}})
                .status;
        };
        QCOMPARE(setHours(summer), 200);
        const qint64 id = submitNews(u"夏季作息时间下的稿件"_s);
        QVERIFY(id > 0);

        Reviewer reviewer;
        QVERIFY2(reviewer.signIn(m_portal), m_portal.failure());
        pd::ui::ReviewPage &page = *reviewer.page;
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.desk().queue().rowOf(id) >= 0, 10000);
        const pd::domain::WorkingCalendar &calendar = page.desk().calendar();
        QCOMPARE(calendar.periods().size(), 2);
        QCOMPARE(calendar.periods().first().start, QTime(8, 0));
        QCOMPARE(calendar.periods().last().end, QTime(18, 0));
        QVERIFY(calendar.holidays().contains(QDate(2026, 11, 24)));

        // A moment at which the site's hours and the default office hours light the item differently: the queue
        // shows the site's light.
        ReviewQueueModel &queue = page.desk().queue();
        const QModelIndex light = queue.index(queue.rowOf(id), ReviewQueueModel::LightSection);
        const QDateTime due = light.data(ReviewQueueModel::DueAtRole).toDateTime();
        QVERIFY(due.isValid());
        const QDateTime start = QDateTime::fromString(item(id).value(u"updatedAt").toString(), Qt::ISODateWithMs);
        QVERIFY(start.isValid());
        const pd::domain::WorkingCalendar office;
        QDateTime apart;
        for (QDateTime at = start; at <= due && !apart.isValid(); at = at.addSecs(60))
            if (calendar.light(start, due, at) != office.light(start, due, at))
                apart = at;
        QVERIFY(apart.isValid());
        queue.setNow(apart);
        QCOMPARE(queue.light(queue.rowOf(id)), calendar.light(start, due, apart));
        QCOMPARE(setHours(QJsonValue::Null), 200);
    }
};

QTEST_MAIN(tst_ReviewUi)
#include "tst_review_ui.moc"
