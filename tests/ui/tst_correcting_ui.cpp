// Correcting published content through the real widgets against a real portald --demo. An editor opens a published
// item, chooses 修改, changes the title and submits: the public page keeps the old title while the edit goes
// through every review level, and shows the new one once it is published; the list says 已发布 · 修改审核中 meanwhile.
// The editor is not offered 紧急更正. The publisher opens an edit an editor saved; 紧急更正 says it bypasses review
// and is recorded, asks for a reason (refused in place without one) and republishes at once. Screenshot: urgent-correction-dialog.png.
#include "tests/support/DemoWorkflow.h"
#include "tests/support/DeskApplication.h"
#include "tests/support/KeyTyping.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/Workspace.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/UrgentCorrectionDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CorrectingUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    pd::test::DemoWorkflow::Accounts m_tokens;

    /// A news item in 要闻动态 written by the editor and taken through every review level to published, its public
    /// page already showing `title`; 0 when a step failed.
    qint64 publishedNews(const QString &title)
    {
        pd::test::DemoWorkflow workflow = m_portal.workflow();
        const qint64 id = workflow.publishNews(workflow.columnNamed(u"要闻动态"_s), title, u"更正测试用的新闻摘要。"_s);
        const bool shown = id > 0 && QTest::qWaitFor([&] { return m_portal.page(link(id)).contains(title); }, 10000);
        return shown ? id : 0;
    }

    static QString link(qint64 id) { return u"/items/%1.html"_s.arg(id); }

    QJsonObject item(qint64 id) { return m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.editor).json.object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(pd::test::DeskApplication::startDemo(u"tst_correcting_ui"_s, m_portal, m_tokens), m_portal.failure());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void editorEditsAPublishedItemThroughReview()
    {
        const QString oldTitle = u"修改验证：全市秋季植树活动启动"_s;
        const QString newTitle = u"修改验证：全市秋季义务植树活动启动"_s;
        const qint64 id = publishedNews(oldTitle);
        QVERIFY(id > 0);

        pd::test::MainWindowDriver desk;
        pd::ui::ItemEditorWindow *editor = desk.openAs(m_portal, u"editor"_s, id);
        QVERIFY2(editor, desk.failure());
        auto *correct = editor->findChild<QAction *>(u"correctAction"_s);
        auto *urgent = editor->findChild<QAction *>(u"urgentCorrectionAction"_s);
        auto *submit = editor->findChild<QAction *>(u"submitAction"_s);
        QVERIFY(correct && urgent && submit);
        QTRY_VERIFY(correct->isVisible());
        QVERIFY(!submit->isEnabled());
        QVERIFY(!urgent->isVisible()); // an editor is not a publisher

        correct->trigger();
        QVERIFY(!correct->isVisible());
        auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(title);
        title->setText(newTitle);
        QTRY_COMPARE(editor->session().status(), pd::editing::DocumentSession::Status::Modified);
        QTRY_VERIFY(submit->isEnabled());
        QSignalSpy submitted(&editor->session(), &pd::editing::DocumentSession::submitted);
        submit->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 20000);

        // The edit waits in review; the public page still has the published title.
        const QJsonObject inReview = item(id);
        QCOMPARE(inReview.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(inReview.value(u"pendingRevision"_s).toObject().value(u"title"_s).toString(), newTitle);
        QCOMPARE(inReview.value(u"pendingRevision"_s).toObject().value(u"state"_s).toString(), u"submitted"_s);
        QVERIFY(m_portal.page(link(id)).contains(oldTitle));
        QVERIFY(!m_portal.page(link(id)).contains(newTitle));
        QCOMPARE(editor->session().item().title, newTitle);
        QVERIFY(!submit->isEnabled());
        QCOMPARE(pd::editing::ItemListModel::stateText(pd::domain::Item::fromJson(inReview).value()),
                 u"已发布 · 修改审核中（第 1 级）"_s);

        for (const QString &reviewer : {m_tokens.reviewer1, m_tokens.reviewer2, m_tokens.reviewer3})
            QVERIFY(!m_portal.workflow().transition(reviewer, id, u"approve"_s).isEmpty());
        QVERIFY(m_portal.page(link(id)).contains(oldTitle));
        QVERIFY(!m_portal.workflow().transition(m_tokens.reviewer3, id, u"publish"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link(id)).contains(newTitle), 10000);
        QVERIFY(!m_portal.page(link(id)).contains(oldTitle));
        editor->close();
    }

    void publisherCorrectsUrgently()
    {
        const QString oldTitle = u"紧急更正验证：副市长出席活动"_s;
        const QString newTitle = u"紧急更正验证：副市长出席全市安全生产会议"_s;
        const qint64 id = publishedNews(oldTitle);
        QVERIFY(id > 0);
        // The editor has saved the fix (a pending revision); the publisher, who may not edit, republishes it.
        const auto current = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.editor);
        QJsonObject fix = current.json.object();
        fix.insert(u"title"_s, newTitle);
        QCOMPARE(m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.editor, QJsonDocument(fix),
                             {{"If-Match", current.headers.value("etag")}})
                     .status,
                 200);

        pd::test::MainWindowDriver desk;
        pd::ui::ItemEditorWindow *editor = desk.openAs(m_portal, u"reviewer3"_s, id);
        QVERIFY2(editor, desk.failure());
        auto *correct = editor->findChild<QAction *>(u"correctAction"_s);
        auto *urgent = editor->findChild<QAction *>(u"urgentCorrectionAction"_s);
        QVERIFY(correct && urgent);
        QTRY_VERIFY(urgent->isVisible() && urgent->isEnabled());
        QCOMPARE(editor->findChild<QLineEdit *>(u"titleEdit"_s)->text(), newTitle); // the edit, not the public text

        urgent->trigger();
        pd::ui::UrgentCorrectionDialog *dialog = editor->urgentDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // It says what it does before anything is sent; without a reason it stays open and sends nothing.
        const QString warning = dialog->findChild<QLabel *>(u"urgentWarning"_s)->text();
        QVERIFY2(warning.contains(u"不经过审核"_s) && warning.contains(u"审计日志"_s), qPrintable(warning));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(u"原因"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(item(id).value(u"title"_s).toString(), oldTitle);
        QVERIFY(m_portal.page(link(id)).contains(oldTitle));

        dialog->reasonEdit()->setFocus();
        pd::test::KeyTyping::type(dialog->reasonEdit(), u"领导职务有误，立即更正"_s);
        QVERIFY(dialog->errorText().isEmpty()); // a reason is being given: the refusal no longer applies
        pd::test::PortaldFixture::screenshot(dialog, u"urgent-correction-dialog"_s);
        QSignalSpy corrected(&editor->session(), &pd::editing::DocumentSession::corrected);
        QSignalSpy failed(&editor->session(), &pd::editing::DocumentSession::failed);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(corrected.size() == 1 || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<pd::Error>().message));
        const QJsonObject now = item(id);
        QCOMPARE(now.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(now.value(u"title"_s).toString(), newTitle);
        QVERIFY(now.value(u"pendingRevision"_s).isNull() || now.value(u"pendingRevision"_s).isUndefined());
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(link(id)).contains(newTitle), 10000);
        editor->close();
    }
};

QTEST_MAIN(tst_CorrectingUi)
#include "tst_correcting_ui.moc"
