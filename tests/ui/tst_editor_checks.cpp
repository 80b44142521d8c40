// Content checks in the item editor, through the real ItemEditorWindow with the rich editor
// (CKEditor 5 in QtWebEngine, Xvfb) against a real portald --demo and its rule set: a typo typed into the rich
// editor shows in the findings panel by itself (how soon — ≤ 500 ms — is measured by pd_bench_editor), clicking
// the finding selects the typo in the rich editor (and, with the source view open, in the source), applying the
// suggestion fixes it in both; a submit with a `block` finding is refused with the list and the item stays a draft.
// Screenshot: editor-checks.png.
#include "tests/support/FindingRows.h"
#include "tests/support/ImeTyping.h"
#include "tests/support/PageScript.h"
#include "tests/support/EditorDriver.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/RichEditorCaret.h"
#include "app/api/PortalClient.h"
#include "app/checksclient/FindingsModel.h"
#include "ui/checks/FindingsPanel.h"
#include "app/editing/EditorBridge.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/RichEditorView.h"
#include "ui/editor/SourceView.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWindow>

#include <chrono>

using namespace Qt::StringLiterals;
using Status = pd::editing::DocumentSession::Status;
using pd::test::rowOfRule;

class tst_EditorChecks : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    pd::test::EditorDriver m_editor{m_portal};

    qint64 createNews(const QString &title, const QString &body) { return m_editor.createNews(title, body); }

    /// An editor on `id`, shown and active, its rich editor showing the body and the site's rules compiled.
    std::unique_ptr<pd::ui::ItemEditorWindow> openEditor(qint64 id)
    {
        return m_editor.openEditor(id, QSize(1400, 950), 20000, [](pd::ui::ItemEditorWindow &editor) {
            return !editor.checks().ruleSet().rules.isEmpty() && editor.checks().isUpToDate();
        });
    }

    /// Types `text` at the end of the rich editor's body, as an input method commits Chinese.
    static void typeAtEnd(pd::ui::ItemEditorWindow *editor, const QString &text)
    {
        QWebEngineView *view = editor->richEditor()->webView();
        QVERIFY(pd::test::RichEditorCaret::placeAtEnd(view));
        pd::test::ImeTyping::commit(pd::test::RichEditorCaret::keyboardTarget(view), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_editor.start(), m_editor.failure());
    }

    void typoFoundSelectedAndFixed()
    {
        const qint64 id = createNews(u"全市口袋公园建设进展"_s, u"<p>临江市持续推进城市更新。</p>"_s);
        QVERIFY(id > 0);
        auto editor = openEditor(id);
        QVERIFY(editor);
        pd::ui::FindingsPanel *panel = editor->findingsPanel();
        auto *model = qobject_cast<pd::checks::FindingsModel *>(panel->view()->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model);
        QCOMPARE(rowOfRule(*model, u"typo-001"_s), -1);

        // The page waits for a pause in typing before it reports a change; the checks then run at once instead of
        // pausing again (their own pause is for typing in the source view): with that pause made a minute long,
        // the finding still comes within the wait below.
        const std::chrono::milliseconds pause = editor->checks().debounce();
        editor->checks().setDebounce(std::chrono::minutes(1));
        typeAtEnd(editor.get(), u"截止目前，全市新建口袋公园十二个。"_s);
        // How soon (≤ 500 ms of the last keystroke) is a speed target, measured by pd_bench_editor's
        // editor.finding_latency figures rather than by a time limit here, which a loaded CI machine overran
        // (550 ms once).
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*model, u"typo-001"_s) >= 0, 10000);
        editor->checks().setDebounce(pause);
        const int row = rowOfRule(*model, u"typo-001"_s);
        QCOMPARE(model->finding(row).suggestion, u"截至目前"_s);
        // Typing went on undisturbed: the editor has all of it.
        QVERIFY(editor->sourceView()->html().contains(u"截止目前，全市新建口袋公园十二个。"_s));

        // Clicking the finding selects the typo in the rich editor.
        QSignalSpy selected(&editor->richEditor()->bridge(), &pd::editing::EditorBridge::selected);
        QTreeView *view = panel->view();
        const QRect rect = view->visualRect(model->index(row, pd::checks::FindingsModel::ExcerptColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!selected.isEmpty());
        QVERIFY(selected.first().first().toBool());
        const QString selection = pd::test::PageScript::run(editor->richEditor()->page(),
                                        u"Array.from(pdEditor.model.document.selection.getFirstRange().getItems())"
                                        u".map(i => i.data || '').join('')"_s).toString();
        QCOMPARE(selection, u"截止目前"_s);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-checks"_s));

        // With the source view open, the same click selects it there.
        auto *tabs = editor->findChild<QTabWidget *>(u"bodyTabs"_s);
        tabs->setCurrentIndex(1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(editor->sourceView()->textCursor().selectedText(), u"截止目前"_s);
        tabs->setCurrentIndex(0);

        // One click on "apply" fixes it in the source and in the rich editor; the finding goes away.
        QVERIFY(panel->applyButton()->isEnabled());
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->sourceView()->html().contains(u"截至目前，全市新建"_s));
        QTRY_VERIFY_WITH_TIMEOUT(pd::test::PageScript::run(editor->richEditor()->page(), u"pdEditor.getData()"_s).toString().contains(u"截至目前"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*model, u"typo-001"_s) < 0, 10000);
        QVERIFY(editor->session().item().bodyHtml.contains(u"截至目前"_s));
    }

    void blockingFindingRefusesSubmit()
    {
        const qint64 id = createNews(u"关于开展扫黑除恶宣传的通知"_s, u"<p>各街道办事处：</p>"_s);
        QVERIFY(id > 0);
        auto editor = openEditor(id);
        QVERIFY(editor);
        typeAtEnd(editor.get(), u"严厉打击时时彩等违法活动。"_s);
        QTRY_VERIFY_WITH_TIMEOUT(editor->checks().hasBlocking(), 10000);

        QSignalSpy submitted(&editor->session(), &pd::editing::DocumentSession::submitted);
        QTest::keySequence(editor.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        auto *message = editor->findChild<QLabel *>(u"editorMessage"_s);
        QTRY_VERIFY(message->isVisible() && message->text().contains(u"时时彩"_s));
        QVERIFY2(message->text().startsWith(u"未提交"_s), qPrintable(message->text()));
        // Refused means refused: no submit follows (any would fail the test at once).
        QVERIFY(!QTest::qWaitFor([&] { return !submitted.isEmpty(); }, 500));
        const auto stored = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_editor.token());
        QCOMPARE(stored.json.object().value(u"state"_s).toString(), u"draft"_s);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-checks-blocked"_s));
    }
};

QTEST_MAIN(tst_EditorChecks)
#include "tst_editor_checks.moc"
