// The editor workstation driven through its real widgets, offscreen, against a real portald --demo:
// the main window's item lists; a news item with a table and an image written in the editor, saved (POST with
// Idempotency-Key), submitted and found in reviewer1's queue; a source-view edit surviving save and reopen; the 412
// conflict dialog merging mine and theirs per field; a disclosure form refusing a missing 发布机构 and a 100+ character
// 内容概述 in Chinese; and crash recovery: a child process journals a draft and is killed, the next start offers it.
// Screenshots of each screen go to $PD_SCREENSHOT_DIR.
#include "tests/support/EditorDriver.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/conflict/ConflictDialog.h"
#include "ui/disclosure/DisclosureForm.h"
#include "app/editing/ItemListModel.h"
#include "ui/editor/DraftRecoveryDialog.h"
#include "app/editing/MediaUploadQueue.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/SourceView.h"
#include "ui/features/FeatureForm.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/revisions/RevisionsDialog.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "translations/Translations.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QStandardPaths>
#include <QInputDialog>
#include <QFileDialog>
#include <QScreen>
#include <QTimer>
#include <QPointer>
#include <QMessageBox>
#include <QMenuBar>

#include <csignal>

using namespace Qt::StringLiterals;
using Status = pd::editing::DocumentSession::Status;

class tst_EditorUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    QString m_editorToken;
    qint64 m_siteId = 0;
    pd::test::EditorDriver m_editor{m_portal};

    QUrl api(const QString &path) const { return m_portal.url(path); }

    qint64 createNewsViaApi(const QString &title)
    {
        return m_editor.createNews(title, u"<p>会议由区长主持。</p>"_s,
                                   {{u"summary"_s, u"区政府召开常务会议，研究部署近期重点工作。"_s}});
    }

    /// A news item made over the API, open in the editor's window of `desk` (signed in here) and loaded; null when
    /// any step failed.
    pd::ui::ItemEditorWindow *openNewsMadeOverApi(pd::test::MainWindowDriver &desk, const QString &title)
    {
        const qint64 id = createNewsViaApi(title);
        if (id <= 0 || !desk.signIn(m_portal, u"editor"_s))
            return nullptr;
        return desk.openLoaded(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        if (qEnvironmentVariableIsSet("PD_EDITOR_CRASH_CHILD"))
            return; // the child of crashRecovery() talks to the parent's portald
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_editorToken = m_portal.newToken(u"editor"_s);
        QVERIFY(!m_editorToken.isEmpty());
        const auto sites = m_http.json("GET", api(u"/api/v1/sites"_s), m_editorToken);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);
        QVERIFY2(m_editor.start(), m_editor.failure());
    }

    void newsItemToReviewQueue()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        QSignalSpy listFailed(window.itemModel(), &pd::editing::ItemListModel::errorOccurred);
        QVERIFY2(desk.show(), desk.failure());

        // The news list fills from the server with the demo's items.
        QTRY_VERIFY2_WITH_TIMEOUT(window.itemModel()->rowCount() > 20 || !listFailed.isEmpty(),
                                  qPrintable(u"rows %1, loading %2, site %3, type %4"_s.arg(window.itemModel()->rowCount())
                                                 .arg(window.itemModel()->isLoading())
                                                 .arg(window.itemModel()->filter().siteId)
                                                 .arg(window.itemModel()->filter().type)),
                                  15000);
        QVERIFY2(listFailed.isEmpty(), listFailed.isEmpty() ? "" : qPrintable(listFailed.first().first().value<pd::Error>().message));
        QCOMPARE(window.itemModel()->filter().type, u"news"_s);
        QVERIFY(!window.itemModel()->index(0, pd::editing::ItemListModel::TitleSection).data().toString().isEmpty());
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"editor-main-window-news"_s));

        // Search narrows the list to what the server's full-text search finds, shown in the same order.
        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        const QString term = window.itemModel()->itemAt(3).title.left(4);
        const auto expected = m_http.json(
            "GET",
            api(u"/api/v1/items?site=%1&type=news&limit=100&q="_s.arg(m_siteId)
                + QString::fromLatin1(QUrl::toPercentEncoding(term))),
            m_editorToken);
        QCOMPARE(expected.status, 200);
        const QJsonArray expectedItems = expected.json.object().value(u"items").toArray();
        search->setText(term);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(window.itemModel()->filter().text == term && !window.itemModel()->isLoading());
        QCOMPARE(window.itemModel()->rowCount(), int(expectedItems.size()));
        for (int r = 0; r < window.itemModel()->rowCount(); ++r)
            QCOMPARE(window.itemModel()->itemAt(r).id, expectedItems.at(r).toObject().value(u"id").toInteger());
        search->clear();

        // An image the body refers to, uploaded as the editor's image insert does.
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 30, 30));
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        const auto media = m_http.request("POST", api(u"/api/v1/media"_s), png,
                                          {{"Authorization", "Bearer " + m_editorToken.toUtf8()},
                                           {"Content-Type", "image/png"},
                                           {"X-Filename", "chart.png"}});
        QVERIFY2(media.status == 201 || media.status == 200, media.body.constData());
        const QString mediaUrl = media.json.object().value(u"url").toString();
        QVERIFY(!mediaUrl.isEmpty());

        // Ctrl+N opens a new news editor.
        QTest::keySequence(&window, QKeySequence::New);
        pd::ui::ItemEditorWindow *editor = nullptr;
        QTRY_VERIFY((editor = desk.latestEditor()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
        auto *author = editor->findChild<QLineEdit *>(u"authorEdit"_s);
        auto *keywords = editor->findChild<QLineEdit *>(u"keywordsEdit"_s);
        QVERIFY(title && author && keywords);
        title->setText(u"区政府召开2026年防汛工作部署会"_s);
        author->setText(u"区应急管理局"_s);
        keywords->setText(u"防汛 应急"_s);
        const QString body = u"<h2>会议要点</h2><p>会议部署了汛期各项工作。</p>"
                             u"<table><thead><tr><th>乡镇</th><th>责任人</th></tr></thead>"
                             u"<tbody><tr><td>城关镇</td><td>张明</td></tr><tr><td>河西乡</td><td>李华</td></tr>"
                             u"</tbody></table>"
                             u"<figure class=\"image\"><img src=\""_s
                             + mediaUrl + u"\" alt=\"汛期值班安排\"></figure>"_s;
        editor->sourceView()->setPlainText(body);
        QTRY_COMPARE(editor->session().status(), Status::Modified);
        QVERIFY(pd::test::PortaldFixture::screenshot(editor, u"editor-news-new"_s));

        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        QTest::keySequence(editor, QKeySequence::Save);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const qint64 id = editor->session().item().id;
        QVERIFY(id > 0);
        QCOMPARE(editor->session().status(), Status::Clean);

        // What the server stored: the table and the image survived its sanitiser.
        const auto stored = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken);
        QCOMPARE(stored.status, 200);
        const QString storedBody = stored.json.object().value(u"bodyHtml").toString();
        QVERIFY2(storedBody.contains(u"<table"_s) && storedBody.contains(u"<td>城关镇</td>"_s), qPrintable(storedBody));
        QVERIFY2(storedBody.contains(mediaUrl), qPrintable(storedBody));

        QSignalSpy submitted(&editor->session(), &pd::editing::DocumentSession::submitted);
        QSignalSpy failed(&editor->session(), &pd::editing::DocumentSession::failed);
        QTest::keySequence(editor, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QTRY_VERIFY_WITH_TIMEOUT(submitted.size() == 1 || failed.size() > 0, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<pd::Error>().message));
        QCOMPARE(editor->session().item().workflow.state, pd::domain::ItemState::Submitted);
        QVERIFY(pd::test::PortaldFixture::screenshot(editor, u"editor-news-submitted"_s));

        // Submitted means read-only, really: typing changes nothing, no "*", nothing to save, nothing to ask.
        QVERIFY(title->isReadOnly());
        QVERIFY(author->isReadOnly());
        QVERIFY(editor->sourceView()->isReadOnly());
        title->setFocus();
        QTest::keyClicks(title, u"abc"_s);
        QCOMPARE(title->text(), u"区政府召开2026年防汛工作部署会"_s);
        QCOMPARE(editor->session().status(), Status::Clean);
        QVERIFY(!editor->windowTitle().contains(u'*'));
        QVERIFY(!editor->findChild<QAction *>(u"saveAction"_s)->isEnabled());
        // A menu bar carries what the toolbar does, with the close keys.
        QVERIFY(editor->menuBar()->isVisible());
        QAction *closeAction = editor->findChild<QAction *>(u"closeAction"_s);
        QVERIFY(closeAction);
        QVERIFY(closeAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
        QVERIFY(closeAction->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
        // It fits the screen it opened on.
        QVERIFY(editor->frameGeometry().height() <= editor->screen()->availableGeometry().height());

        // reviewer1 sees it in the queue.
        const QString reviewer = m_portal.newToken(u"reviewer1"_s);
        const auto queue = m_http.json("GET", api(u"/api/v1/review/queue?site=%1"_s.arg(m_siteId)), reviewer);
        QCOMPARE(queue.status, 200);
        bool inQueue = false;
        for (const QJsonValue &v : queue.json.object().value(u"items").toArray())
            inQueue = inQueue || v.toObject().value(u"id").toInteger() == id;
        QVERIFY2(inQueue, queue.body.constData());

        // The 审核 navigation entry lists it too.
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        navigation->setCurrentRow(4);
        QTRY_VERIFY(!window.itemModel()->isLoading() && window.itemModel()->rowOf(id) >= 0);
        editor->close();
    }

    void closeKeysAskAboutUnsavedChanges()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        QPointer<pd::ui::ItemEditorWindow> editor = window.newItem(pd::domain::ItemType::News);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
        title->setFocus();
        QTest::keyClicks(title, u"close keys"_s);
        QTRY_COMPARE(editor->session().status(), Status::Modified);

        // Ctrl+W with unsaved changes asks first; Cancel keeps the window.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(title, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(editor && editor->isVisible());
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        title->setFocus();

        // Esc asks the same; Discard closes it.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(title, Qt::Key_Escape);
        QTRY_VERIFY(!editor);
    }

    void insertImageAsksForItsAltText()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::ItemEditorWindow *editor = window.newItem(pd::domain::ItemType::News);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTRY_VERIFY(editor->findChild<QAction *>(u"insertImageAction"_s)->isEnabled());
        QTemporaryDir dir;
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(QColor(30, 90, 200));
        const QString path = dir.filePath(u"IMG_2031.png"_s);
        QVERIFY(image.save(path));
        // Offscreen the rich editor's page never loads, so the insertion itself is the rich editor tests' to see;
        // here: the picture goes to the portal once its alternative text is given.
        QSignalSpy uploaded(&editor->uploads(), &pd::editing::MediaUploadQueue::finished);

        // The file dialog opens in the user's pictures (or home) folder, its columns in Chinese; then the
        // alternative text is asked for the chosen picture, and the picture goes in with it.
        QString startedIn;
        QStringList headings;
        QString question;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            startedIn = files->directory().absolutePath();
            if (auto *view = files->findChild<QTreeView *>())
                for (int s = 0; s < view->model()->columnCount(); ++s)
                    headings.append(view->model()->headerData(s, Qt::Horizontal).toString());
            files->selectFile(path);
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                question = ask->labelText();
                ask->setTextValue(u"汛期值班安排表"_s);
                ask->accept();
            });
            QMetaObject::invokeMethod(files, &QDialog::accept);
        });
        editor->findChild<QAction *>(u"insertImageAction"_s)->trigger();
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY2(startedIn == QDir(QDir(pictures).exists() ? pictures : QDir::homePath()).absolutePath(),
                 qPrintable(startedIn));
        QVERIFY2(headings.contains(u"名称"_s) && !headings.contains(u"Name"_s), qPrintable(headings.join(u", "_s)));
        QVERIFY2(question.contains(u"替代文字"_s) && question.contains(u"IMG_2031.png"_s), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 1, 15000);
        QCOMPARE(uploaded.constFirst().at(1).value<pd::editing::MediaUploadQueue::Media>().fileName,
                 u"IMG_2031.png"_s);
        // Qt's own type column names a folder in Chinese too.
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Folder"), u"文件夹"_s);
        editor->session().discardChanges();
        editor->close();
    }

    void sourceViewRoundTrip()
    {
        pd::test::MainWindowDriver desk;
        pd::ui::ItemEditorWindow *editor = openNewsMadeOverApi(desk, u"源代码视图往返测试"_s);
        QVERIFY2(editor, desk.failure());
        const qint64 id = editor->session().item().id;
        pd::ui::MainWindow &window = desk.window();
        QCOMPARE(editor->sourceView()->html(), u"<p>会议由区长主持。</p>"_s);
        QCOMPARE(editor->findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"源代码视图往返测试"_s);

        // Edit in the source view: add a list; the session sees the change, saving sends it.
        QTextCursor cursor = editor->sourceView()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->sourceView()->setTextCursor(cursor);
        editor->sourceView()->insertPlainText(u"\n<ul><li>一、防汛</li><li>二、安全生产</li></ul>"_s);
        QTRY_COMPARE(editor->session().status(), Status::Modified);
        QVERIFY(editor->session().item().bodyHtml.contains(u"<li>二、安全生产</li>"_s));

        // Broken HTML is pointed out with its line; fixing it clears the note.
        auto *problem = editor->findChild<QLabel *>(u"sourceProblem"_s);
        QVERIFY(problem);
        QVERIFY(problem->isHidden());
        editor->sourceView()->insertPlainText(u"\n<div><strong>未闭合"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"第 3 行"_s), qPrintable(problem->text()));
        QTextCursor undo = editor->sourceView()->textCursor();
        undo.movePosition(QTextCursor::End);
        undo.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        undo.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        undo.removeSelectedText();
        QVERIFY(problem->isHidden());
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const qint64 revision = editor->session().item().revision;
        editor->close();
        QTRY_VERIFY(window.findChildren<pd::ui::ItemEditorWindow *>().isEmpty());

        // Reopen: the source view shows what the server kept, list included, at the new revision.
        pd::ui::ItemEditorWindow *again = window.openItem(id);
        QTRY_COMPARE(again->session().status(), Status::Clean);
        QCOMPARE(again->session().item().revision, revision);
        QVERIFY2(again->sourceView()->html().contains(u"<li>二、安全生产</li>"_s), qPrintable(again->sourceView()->html()));
        QVERIFY(again->sourceView()->html().startsWith(u"<p>会议由区长主持。</p>"_s));
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QVERIFY(pd::test::PortaldFixture::screenshot(again, u"editor-source-view"_s));

        // Revisions: the diff of 1 → 2 shows the added list items; restoring 1 as a new draft and saving makes
        // revision 3 with the old body, history kept.
        pd::ui::RevisionsDialog *revisions = again->showRevisions();
        QVERIFY(revisions);
        QSignalSpy listed(revisions, &pd::ui::RevisionsDialog::revisionsLoaded);
        QTRY_VERIFY(listed.size() == 1);
        QCOMPARE(revisions->list()->count(), 2);
        QSignalSpy compared(revisions, &pd::ui::RevisionsDialog::compared);
        revisions->compare(revision - 1, revision);
        QTRY_VERIFY(compared.size() >= 1);
        bool addedShown = false;
        for (int r = 0; r < revisions->diffTable()->rowCount(); ++r)
            addedShown = addedShown
                         || (revisions->diffTable()->item(r, 1)->text().isEmpty()
                             && revisions->diffTable()->item(r, 2)->text() == u"<li>二、安全生产</li>"_s);
        QVERIFY(addedShown);
        QVERIFY(pd::test::PortaldFixture::screenshot(revisions, u"editor-revisions-diff"_s));
        QTest::mouseClick(revisions->findChild<QPushButton *>(u"restoreRevisionButton"_s), Qt::LeftButton);
        QTRY_COMPARE(again->session().status(), Status::Modified);
        QCOMPARE(again->sourceView()->html(), u"<p>会议由区长主持。</p>"_s);
        QSignalSpy savedAgain(&again->session(), &pd::editing::DocumentSession::saved);
        again->save();
        QTRY_COMPARE_WITH_TIMEOUT(savedAgain.size(), 1, 15000);
        QCOMPARE(again->session().item().revision, revision + 1);
        QCOMPARE(again->session().item().bodyHtml, u"<p>会议由区长主持。</p>"_s);
        again->close();
    }

    void traditionalVersionOpensTheLinkedCopy()
    {
        pd::test::MainWindowDriver desk;
        pd::ui::ItemEditorWindow *editor = openNewsMadeOverApi(desk, u"区长主持召开防汛工作会议"_s);
        QVERIFY2(editor, desk.failure());
        const qint64 id = editor->session().item().id;
        pd::ui::MainWindow &window = desk.window();
        auto *action = editor->findChild<QAction *>(u"traditionalAction"_s);
        QVERIFY(action && action->isEnabled());

        // The toolbar action asks portald for the copy; the main window opens it in a second editor.
        QSignalSpy ready(editor, &pd::ui::ItemEditorWindow::traditionalVersionReady);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
        const qint64 copyId = ready.first().first().toLongLong();
        QVERIFY(copyId > 0 && copyId != id);
        pd::ui::ItemEditorWindow *copy = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((copy = [&]() -> pd::ui::ItemEditorWindow * {
                                     for (auto *e : window.findChildren<pd::ui::ItemEditorWindow *>())
                                         if (e->session().item().id == copyId
                                             && e->session().status() == Status::Clean)
                                             return e;
                                     return nullptr;
                                 }()) != nullptr,
                                 15000);
        QCOMPARE(copy->session().item().title, u"區長主持召開防汛工作會議"_s);
        QVERIFY2(copy->session().item().bodyHtml.contains(u"會議由區長主持"_s), qPrintable(copy->session().item().bodyHtml));
        copy->close();
        editor->close();
    }

    void conflictMerge()
    {
        pd::test::MainWindowDriver desk;
        pd::ui::ItemEditorWindow *editor = openNewsMadeOverApi(desk, u"冲突合并测试"_s);
        QVERIFY2(editor, desk.failure());
        const qint64 id = editor->session().item().id;
        const qint64 base = editor->session().item().revision;

        // Mine: a new title. Theirs (saved first, by someone else): a new summary and another title.
        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"冲突合并测试（我的标题）"_s);
        auto current = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken);
        QJsonObject theirs = current.json.object();
        theirs.insert(u"title"_s, u"冲突合并测试（对方的标题）"_s);
        theirs.insert(u"summary"_s, u"对方补充的摘要：会议还研究了安全生产工作。"_s);
        const auto put = m_http.json("PUT", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken, QJsonDocument(theirs),
                                     {{"If-Match", '"' + QByteArray::number(base) + '"'}});
        QCOMPARE(put.status, 200);

        QSignalSpy conflict(&editor->session(), &pd::editing::DocumentSession::conflict);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 15000);
        QCOMPARE(editor->session().status(), Status::Conflict);
        pd::ui::ConflictDialog *dialog = editor->conflictDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Both fields that differ are offered, labelled in Chinese.
        QStringList labels;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            labels.append(dialog->table()->item(r, 0)->text());
        QVERIFY2(labels.contains(u"标题"_s) && labels.contains(u"摘要"_s), qPrintable(labels.join(u',')));

        // Keep my title, take their summary, through the row's own combo box.
        auto *summaryChoice = dialog->findChild<QComboBox *>(u"choice_summary"_s);
        QVERIFY(summaryChoice);
        summaryChoice->setCurrentIndex(summaryChoice->findData(int(pd::editing::ConflictMerge::Side::Theirs)));
        const QString merged = dialog->findChild<QPlainTextEdit *>(u"mergedResult"_s)->toPlainText();
        QVERIFY2(merged.contains(u"冲突合并测试（我的标题）"_s) && merged.contains(u"对方补充的摘要"_s), qPrintable(merged));
        QVERIFY(pd::test::PortaldFixture::screenshot(dialog, u"editor-conflict-dialog"_s));

        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveMergedButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QCOMPARE(editor->session().item().revision, base + 2);

        const auto after = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken);
        QCOMPARE(after.json.object().value(u"title").toString(), u"冲突合并测试（我的标题）"_s);
        QCOMPARE(after.json.object().value(u"summary").toString(), u"对方补充的摘要：会议还研究了安全生产工作。"_s);
        QCOMPARE(editor->findChild<QPlainTextEdit *>(u"summaryEdit"_s)->toPlainText(),
                 u"对方补充的摘要：会议还研究了安全生产工作。"_s);
        editor->close();
    }

    void disclosureValidation()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::ItemEditorWindow *editor = window.newItem(pd::domain::ItemType::Disclosure);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *form = editor->findChild<pd::ui::DisclosureForm *>();
        QVERIFY(form && form->isVisible());
        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"关于做好2026年汛期安全工作的通知"_s);
        auto pick = [&](const QString &name, const QString &value) {
            auto *combo = form->findChild<QComboBox *>(name);
            QVERIFY2(combo && combo->findData(value) >= 0, qPrintable(name));
            combo->setCurrentIndex(combo->findData(value));
        };
        pick(u"genreCombo"_s, u"通知"_s);
        pick(u"modeCombo"_s, u"主动公开"_s);
        pick(u"termCombo"_s, u"长期"_s);
        pick(u"scopeCombo"_s, u"面向社会"_s);
        pick(u"validityCombo"_s, u"有效"_s);
        auto *topic = form->findChild<QComboBox *>(u"topicCategoryCombo"_s);
        topic->setCurrentIndex(2);
        // 内容概述 of 120 characters: refused as the user types, in Chinese.
        auto *abstract = form->findChild<QPlainTextEdit *>(u"abstractEdit"_s);
        abstract->setPlainText(QString(120, QChar(u'汛')));
        auto *abstractError = form->findChild<QLabel *>(u"abstractError"_s);
        QTRY_VERIFY(abstractError->isVisible());
        QVERIFY2(abstractError->text().contains(u"100"_s), qPrintable(abstractError->text()));
        QVERIFY2(abstractError->text().contains(u"内容概述"_s) || abstractError->text().contains(u"字"_s),
                 qPrintable(abstractError->text()));

        // Saving with no 发布机构: nothing is sent, the field says why in Chinese.
        QSignalSpy failed(&editor->session(), &pd::editing::DocumentSession::failed);
        editor->save();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(editor->session().isNew());
        auto *publisherError = form->findChild<QLabel *>(u"publisherError"_s);
        QVERIFY(publisherError->isVisible());
        QCOMPARE(publisherError->text(), u"请填写发布机构。"_s);
        const QString message = editor->findChild<QLabel *>(u"editorMessage"_s)->text();
        QVERIFY2(message.contains(u"发布机构"_s), qPrintable(message));
        QVERIFY(pd::test::PortaldFixture::screenshot(editor, u"editor-disclosure-validation"_s));

        // Fixing both lets it save; the server assigns the 索引号, shown read-only.
        form->findChild<QLineEdit *>(u"publisherEdit"_s)->setText(u"临江市人民政府办公室"_s);
        abstract->setPlainText(u"部署2026年汛期安全防范工作。"_s);
        QTRY_VERIFY(!publisherError->isVisible() && !abstractError->isVisible());
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1 || failed.size() > 1, 15000);
        QVERIFY2(saved.size() == 1, failed.size() > 1 ? qPrintable(failed.last().first().value<pd::Error>().message) : "");
        auto *indexNo = form->findChild<QLineEdit *>(u"indexNoEdit"_s);
        QVERIFY2(indexNo->text().contains(u'/'), qPrintable(indexNo->text()));
        QVERIFY(indexNo->isReadOnly());
        QVERIFY(pd::test::PortaldFixture::screenshot(editor, u"editor-disclosure-saved"_s));
        editor->close();
    }

    void findingSelectsItsField()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::ItemEditorWindow *editor = window.newItem(pd::domain::ItemType::Disclosure);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
        title->setText(u"关于截止目前汛期工作的通报"_s);
        auto *abstract = editor->findChild<QPlainTextEdit *>(u"abstractEdit"_s);
        abstract->setPlainText(u"通报截止目前全市汛期安全工作情况。"_s);

        // A finding names its field as the item does; the form's own field is selected, also the 内容概述 of a
        // disclosure item ("disclosure.abstract"), which no widget is named after.
        pd::checks::Finding inAbstract;
        inAbstract.field = u"disclosure.abstract"_s;
        inAbstract.start = 2;
        inAbstract.length = 4;
        inAbstract.suggestion = u"截至目前"_s;
        editor->showFinding(inAbstract);
        QCOMPARE(abstract->textCursor().selectedText(), u"截止目前"_s);
        pd::checks::Finding inTitle = inAbstract;
        inTitle.field = u"title"_s;
        editor->showFinding(inTitle);
        QCOMPARE(title->selectedText(), u"截止目前"_s);

        // Applying a suggestion replaces the text the finding was made on.
        QTRY_COMPARE_WITH_TIMEOUT(editor->checks().checkedText(u"disclosure.abstract"_s), abstract->toPlainText(),
                                  10000);
        editor->applySuggestion(inAbstract);
        QCOMPARE(abstract->toPlainText(), u"通报截至目前全市汛期安全工作情况。"_s);
    }

    void featureSectionsReorder()
    {
        // A feature draft referencing three published news items, in one section.
        const auto news = m_http.json(
            "GET", api(u"/api/v1/items?site=%1&type=news&state=published&limit=3"_s.arg(m_siteId)), m_editorToken);
        QJsonArray refs;
        for (const QJsonValue &v : news.json.object().value(u"items").toArray())
            refs.append(v.toObject().value(u"id").toInteger());
        QCOMPARE(refs.size(), 3);
        const auto columns = m_http.json("GET", api(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), m_editorToken);
        qint64 column = 0;
        for (const QJsonValue &c : columns.json.array())
            if (c.toObject().value(u"kind").toString() == u"feature" && column == 0)
                column = c.toObject().value(u"id").toInteger();
        QJsonObject feature{{u"slug"_s, u"flood-season-2026"_s},
                            {u"sections"_s, QJsonArray{QJsonObject{{u"title"_s, u"工作部署"_s}, {u"itemIds"_s, refs}},
                                                       QJsonObject{{u"title"_s, u"各地动态"_s},
                                                                   {u"itemIds"_s, QJsonArray{refs.at(0)}}}}}};
        const auto created = m_http.json("POST", api(u"/api/v1/items"_s), m_editorToken,
                                         QJsonDocument(QJsonObject{{u"site"_s, m_siteId},
                                                                   {u"type"_s, u"feature"_s},
                                                                   {u"title"_s, u"2026年防汛专题"_s},
                                                                   {u"columns"_s, QJsonArray{column}},
                                                                   {u"feature"_s, feature}}));
        QVERIFY2(created.status == 201, created.body.constData());
        const qint64 id = created.json.object().value(u"id").toInteger();
        feature = created.json.object().value(u"feature").toObject();
        const QJsonArray firstIds = feature.value(u"sections").toArray().first().toObject().value(u"itemIds").toArray();

        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::ui::ItemEditorWindow *editor = desk.openLoaded(id);
        QVERIFY(editor);
        auto *form = editor->findChild<pd::ui::FeatureForm *>();
        QVERIFY(form && form->isVisible());
        QTreeWidget *tree = form->sectionTree();
        QCOMPARE(tree->topLevelItemCount(), feature.value(u"sections").toArray().size());
        // Referenced items are shown by their titles once those arrive.
        QTRY_VERIFY(!tree->topLevelItem(0)->child(0)->text(0).startsWith(u"条目"_s));
        QVERIFY(pd::test::PortaldFixture::screenshot(editor, u"editor-feature-sections"_s));

        // Move the first item of the first section to its end, as a drag does, and save.
        const int last = tree->topLevelItem(0)->childCount() - 1;
        form->moveItem(0, 0, last);
        QTRY_COMPARE(editor->session().status(), Status::Modified);
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        QSignalSpy saveFailed(&editor->session(), &pd::editing::DocumentSession::failed);
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1 || !saveFailed.isEmpty(), 15000);
        if (!saveFailed.isEmpty()) {
            const pd::Error e = saveFailed.first().first().value<pd::Error>();
            QStringList fields;
            for (const pd::FieldError &f : e.fields)
                fields.append(f.field + u": "_s + f.message);
            QFAIL(qPrintable(e.message + u" | "_s + fields.join(u"; "_s)));
        }
        const auto after = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editorToken);
        const QJsonArray ids = after.json.object().value(u"feature").toObject().value(u"sections").toArray().first()
                                   .toObject().value(u"itemIds").toArray();
        QCOMPARE(ids.size(), firstIds.size());
        QCOMPARE(ids.last().toInteger(), firstIds.first().toInteger());
        QCOMPARE(ids.first().toInteger(), firstIds.at(1).toInteger());
        editor->close();
    }

    /// Run as a child process by crashRecovery(): edits a new item until the journal has it, then dies.
    void crashChild()
    {
        if (!qEnvironmentVariableIsSet("PD_EDITOR_CRASH_CHILD"))
            QSKIP("only as the child of crashRecovery");
        pd::store::LocalStore store;
        QVERIFY(store.open(qEnvironmentVariable("PD_EDITOR_STORE")).has_value());
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        // The parent's portald: this process has none of its own.
        QSignalSpy in(&workspace, &pd::models::Workspace::signedIn);
        workspace.signIn(qEnvironmentVariable("PD_EDITOR_SERVER"), u"editor"_s, pd::test::PortaldFixture::password());
        QVERIFY(in.wait(15000) || in.size() == 1);
        pd::ui::MainWindow window(workspace);
        window.setDraftStore(&store);
        pd::ui::ItemEditorWindow *editor = window.newItem(pd::domain::ItemType::News);
        QSignalSpy autosaved(&editor->session(), &pd::editing::DocumentSession::autosaved);
        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"断电前未保存的稿件"_s);
        editor->sourceView()->setPlainText(u"<p>这段文字只在本机的自动保存日志里。</p>"_s);
        QTRY_VERIFY(autosaved.size() >= 1);
        QTRY_VERIFY(editor->session().draftId() > 0);
        // Make sure the latest keystrokes are journaled too, then die without any clean-up.
        QTRY_VERIFY(!autosaved.isEmpty() && editor->session().status() == Status::Modified);
        QCoreApplication::processEvents();
        ::raise(SIGKILL);
    }

    void crashRecovery()
    {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(u"editor.sqlite"_s);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PD_EDITOR_CRASH_CHILD"_s, u"1"_s);
        env.insert(u"PD_EDITOR_STORE"_s, storePath);
        env.insert(u"PD_EDITOR_SERVER"_s, m_portal.baseUrl().toString());
        env.remove(u"PD_SCREENSHOT_DIR"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"crashChild"_s});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Next start: the draft is there and offered; restoring reopens it with the text typed before the crash.
        pd::store::LocalStore store;
        QVERIFY(store.open(storePath).has_value());
        auto drafts = store.drafts();
        QVERIFY(drafts.has_value());
        QCOMPARE(drafts->size(), 1);

        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        window.setDraftStore(&store);
        QVERIFY2(desk.show(), desk.failure());
        window.offerDraftRecovery();
        pd::ui::DraftRecoveryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<pd::ui::DraftRecoveryDialog *>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY(dialog->list()->item(0)->text().contains(u"断电前未保存的稿件"_s));
        QVERIFY(pd::test::PortaldFixture::screenshot(dialog, u"editor-crash-recovery"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);

        pd::ui::ItemEditorWindow *editor = nullptr;
        QTRY_VERIFY((editor = desk.latestEditor()) != nullptr);
        QCOMPARE(editor->findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"断电前未保存的稿件"_s);
        QCOMPARE(editor->sourceView()->html(), u"<p>这段文字只在本机的自动保存日志里。</p>"_s);
        QCOMPARE(editor->session().status(), Status::Modified);

        // Saving it puts it on the server and clears the local draft.
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QVERIFY(editor->session().item().id > 0);
        QCOMPARE(store.drafts()->size(), 0);
        editor->close();
    }
};

QTEST_MAIN(tst_EditorUi)
#include "tst_editor_ui.moc"
