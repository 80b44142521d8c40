// The rich editor (CKEditor 5 bundled into the application, in QtWebEngine under Xvfb) driven through the real
// ItemEditorWindow against a real portald --demo: the page comes from qrc: only; Word and WPS clipboard HTML pasted
// through the real editor keeps headings, lists, tables and bold and loses the styling noise; a news item with a
// pasted table and a pasted image (uploaded to /api/v1/media with progress) is saved with Ctrl+S, submitted with
// Ctrl+Shift+S and found in reviewer1's queue; source-view edits reach the rich editor and rich edits the source;
// attachments are uploaded and saved with the item. Screenshots of the editor screens go to $PD_SCREENSHOT_DIR.
#include "tests/support/PageScript.h"
#include "tests/support/EditorDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/conflict/ConflictDialog.h"
#include "app/editing/EditorBridge.h"
#include "app/editing/MediaUploadQueue.h"
#include "ui/editor/AttachmentsPanel.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/RichEditorPool.h"
#include "ui/editor/RichEditorView.h"
#include "ui/editor/SourceView.h"
#include "ui/preview/PreviewRequestInterceptor.h"
#include "ui/revisions/RevisionsDialog.h"
#include "app/store/LocalStore.h"
#include "app/store/OutboxEntry.h"
#include "app/sync/OutboxSync.h"
#include "translations/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMetaEnum>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextCursor>
#include <QTreeWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWindow>

using namespace Qt::StringLiterals;
using Status = pd::editing::DocumentSession::Status;

namespace {

QString editorData(pd::ui::ItemEditorWindow *editor)
{
    // As the item would store it (CKEditor's list item ids dropped, media links relative).
    return editor->richEditor()->bridge().fromEditor(
        pd::test::PageScript::run(editor->richEditor()->page(), u"window.pdEditor.getData()"_s).toString());
}

// What Word 2016 on Windows puts on the clipboard for a heading, a paragraph with bold, a numbered list, a table
// and a <font> paragraph (trimmed, structure as Word writes it).
const auto kWordHtml = uR"(<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<style><!--
p.MsoNormal {mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}
@list l0 {mso-list-id:1466586542;mso-list-type:hybrid;}
@list l0:level1 {mso-level-tab-stop:none;mso-level-number-position:left;margin-left:18.0pt;text-indent:-18.0pt;}
--></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;word-wrap:break-word;text-justify-trim:punctuation'>
<!--StartFragment-->
<h1><span style='font-family:黑体;mso-ascii-font-family:Arial;mso-font-kerning:22.0pt'>临江市防汛工作方案<span lang=EN-US><o:p></o:p></span></span></h1>
<p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>为做好今年汛期各项工作，<b style='mso-bidi-font-weight:normal'>确保人民群众生命财产安全</b>，现将有关事项通知如下。<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='mso-fareast-font-family:等线'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:仿宋'>加强组织领导<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='mso-fareast-font-family:等线'><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:仿宋'>落实值班制度<span lang=EN-US><o:p></o:p></span></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=184 valign=top style='width:138.25pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b><span style='font-family:宋体'>乡镇<span lang=EN-US><o:p></o:p></span></span></b></p></td><td width=184 valign=top style='width:138.25pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b><span style='font-family:宋体'>责任人<span lang=EN-US><o:p></o:p></span></span></b></p></td></tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=184 valign=top style='width:138.25pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span style='font-family:宋体'>城关镇<span lang=EN-US><o:p></o:p></span></span></p></td><td width=184 valign=top style='width:138.25pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span style='font-family:宋体'>张明<span lang=EN-US><o:p></o:p></span></span></p></td></tr>
</table>
<p class=MsoNormal><font face="仿宋" size=4 color="#333333">以上请认真贯彻执行。</font><span lang=EN-US><o:p></o:p></span></p>
<!--EndFragment-->
</body></html>)"_s;

// What WPS 文字 puts on the clipboard: Word's namespaces and class names, its own generator, font tags and
// a table full of mso-* layout noise.
const auto kWpsHtml = uR"(<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="WPS Office WWO_wpscloud_20240513101521-2c1c7bc2b5"><meta name=Originator content="WPS Office WWO_wpscloud_20240513101521-2c1c7bc2b5"><style>
p.MsoNormal{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;font-size:10.5000pt;mso-font-kerning:1.0000pt;}
</style></head><body style="tab-interval:21pt;text-justify-trim:punctuation;"><!--StartFragment--><h2 style="margin-top:13.0000pt;margin-bottom:13.0000pt;mso-para-margin-top:0.0000gd;page-break-after:avoid;mso-pagination:lines-together;mso-outline-level:2;"><b><span style="mso-spacerun:'yes';font-family:黑体;mso-ascii-font-family:Arial;font-size:16.0000pt;mso-font-kerning:1.0000pt;"><font face="黑体">一、总体要求</font></span></b><b><span style="mso-spacerun:'yes';font-family:黑体;font-size:16.0000pt;"><o:p></o:p></span></b></h2><p class=MsoNormal style="text-indent:32.0000pt;mso-char-indent-count:2.0000;"><span style="mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">坚持人民至上、生命至上，</font></span><b><span style="mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">压实防汛责任</font></span></b><span style="mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">。</font><o:p></o:p></span></p><ul style="list-style-type:disc;"><li class=MsoNormal style="mso-list:l0 level1 lfo1;"><span style="font-family:仿宋_GB2312;"><font face="仿宋_GB2312">汛前检查</font></span></li><li class=MsoNormal style="mso-list:l0 level1 lfo1;"><span style="font-family:仿宋_GB2312;"><font face="仿宋_GB2312">应急演练</font></span></li></ul><table class=MsoNormalTable border=1 cellspacing=0 style="border-collapse:collapse;width:414.8000pt;mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;"><tr><td width=276 valign=top style="width:207.4000pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;"><p class=MsoNormal><span style="font-family:宋体;"><font face="宋体">水库</font></span></p></td><td width=276 valign=top style="width:207.4000pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;"><p class=MsoNormal><span style="font-family:宋体;"><font face="宋体">蓄水量（万立方米）</font></span></p></td></tr><tr><td width=276 valign=top style="width:207.4000pt;"><p class=MsoNormal><span style="font-family:宋体;"><font face="宋体">青龙水库</font></span></p></td><td width=276 valign=top style="width:207.4000pt;"><p class=MsoNormal><span style="font-family:宋体;"><font face="宋体">1250</font></span></p></td></tr></table><!--EndFragment--></body></html>)"_s;

/// No Office styling noise is left in `html`.
bool isClean(const QString &html)
{
    return !html.contains(u"mso-"_s) && !html.contains(u"<span"_s) && !html.contains(u"class=\"Mso"_s)
           && !html.contains(u"o:p"_s) && !html.contains(u"<font"_s) && !html.contains(u"style="_s)
           && !html.contains(u"font-family"_s) && !html.contains(u"data-list-item-id"_s);
}

} // namespace

class tst_EditorRich : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    pd::test::EditorDriver m_editor{m_portal};

    QUrl api(const QString &path) const { return m_portal.url(path); }

    /// An editor window signed in as the demo editor, shown, with its rich editor page up.
    std::unique_ptr<pd::ui::ItemEditorWindow> makeEditor() { return m_editor.makeEditor(QSize(1400, 900)); }

    /// Puts `html` (and plain text) on the clipboard and pastes it into the rich editor like Ctrl+V does.
    void paste(pd::ui::ItemEditorWindow *editor, QMimeData *data)
    {
        QApplication::clipboard()->setMimeData(data);
        pd::ui::RichEditorView *rich = editor->richEditor();
        rich->webView()->setFocus();
        rich->bridge().focusEditor();
        // The paste command goes to whatever has the page's focus: the editable body, once the request arrived.
        QVERIFY(QTest::qWaitFor([rich] {
            return pd::test::PageScript::run(rich->page(), u"document.activeElement !== null && "
                                                           u"document.activeElement.closest('.ck-editor__editable') !== null"_s)
                .toBool();
        }, 5000));
        rich->page()->triggerAction(QWebEnginePage::Paste);
    }

    qint64 firstItem(const QString &type)
    {
        const auto list = m_http.json("GET", api(u"/api/v1/items?site=%1&type=%2&limit=1"_s.arg(m_editor.siteId()).arg(type)),
                                      m_editor.token());
        return list.json.object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
    }

    qint64 createNewsViaApi(const QString &title, const QString &body)
    {
        return m_editor.createNews(title, body, {{u"summary"_s, u"区政府召开常务会议，研究部署近期重点工作。"_s}});
    }

    /// Opens `id` in a new editor window and waits until the rich editor shows its body.
    std::unique_ptr<pd::ui::ItemEditorWindow> openInEditor(qint64 id)
    {
        return m_editor.openEditor(id, QSize(1400, 900), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_editor.start(), m_editor.failure());
    }

    void bundledPageShowsItem()
    {
        const qint64 id = firstItem(u"news"_s);
        QVERIFY(id > 0);
        auto editor = makeEditor();
        QVERIFY(editor);
        pd::ui::RichEditorView *rich = editor->richEditor();
        QVERIFY(rich->profile()->isOffTheRecord());
        editor->openItem(id);
        QTRY_VERIFY_WITH_TIMEOUT(editor->session().status() == Status::Clean && rich->bridge().isBodyLoaded(), 15000);
        // The body is in the editor, in Chinese, and setting it was not an edit.
        const QString data = editorData(editor.get());
        const QString firstText = editor->session().item().bodyHtml.section(u'>', 1, 1).section(u'<', 0, 0).left(6);
        QVERIFY2(!firstText.isEmpty() && data.contains(firstText), qPrintable(data));
        // Whatever the page still held back (its short change delay) is collected: there is nothing.
        bool flushed = false;
        rich->flush([&flushed] { flushed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(flushed, 5000);
        QCOMPARE(editor->session().status(), Status::Clean);
        // The zh-cn interface (the heading drop-down's label), and nothing loaded from anywhere but qrc:.
        const QString toolbar = pd::test::PageScript::run(rich->page(), u"document.querySelector('.ck-toolbar').innerText"_s).toString();
        QVERIFY2(toolbar.contains(u"正文"_s), qPrintable(toolbar));
        for (const QUrl &u : rich->interceptor()->allowed())
            QVERIFY2(u.scheme() == u"qrc" || u.scheme() == u"data" || u.scheme() == u"blob"
                         || (u.port() == m_portal.baseUrl().port() && u.path().startsWith(u"/media/"_s)),
                     qPrintable(u.toString()));
        const QList<QUrl> blocked = rich->interceptor()->blocked();
        QVERIFY2(blocked.isEmpty(), blocked.isEmpty() ? "" : qPrintable(blocked.first().toString()));
        QVERIFY(!rich->interceptor()->isAllowed(QUrl(u"https://cdn.ckeditor.com/ckeditor5/data/emoji/en.json"_s)));
        QVERIFY(!rich->interceptor()->isAllowed(api(u"/api/v1/me"_s)));
    }

    // A window from the pool gets an editor page that is already up: opening an item only shows it. The pool
    // starts the next page on its own, in the editors' shared profile (not the preview's).
    void pooledEditorStartsReady()
    {
        pd::ui::RichEditorPool pool;
        pool.setServer(m_portal.baseUrl());
        QSignalSpy spare(&pool, &pd::ui::RichEditorPool::spareReady);
        QTRY_VERIFY_WITH_TIMEOUT(pool.isSpareReady(), 30000);
        const qint64 id = firstItem(u"news"_s);
        {
            pd::ui::ItemEditorWindow editor(m_editor.client(), nullptr, m_editor.columns(), nullptr, &pool);
            editor.setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(editor.richEditor()->bridge().isPageReady());
            QVERIFY(!pool.isSpareReady());
            editor.show();
            editor.openItem(id);
            QTRY_VERIFY_WITH_TIMEOUT(editor.session().status() == Status::Clean
                                         && editor.richEditor()->bridge().isBodyLoaded(), 15000);
            QVERIFY(editor.richEditor()->profile()->isOffTheRecord());
            QVERIFY(!editorData(&editor).isEmpty());
            // The next one comes up by itself, in the same profile.
            QTRY_VERIFY_WITH_TIMEOUT(pool.isSpareReady(), 30000);
            pd::ui::ItemEditorWindow second(m_editor.client(), nullptr, m_editor.columns(), nullptr, &pool);
            second.setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(second.richEditor()->bridge().isPageReady());
            QCOMPARE(second.richEditor()->profile(), editor.richEditor()->profile());
        }
        QVERIFY(spare.size() >= 2);
    }

    void pasteFromWordAndWps_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("word") << QString(kWordHtml)
                              << QStringList{u"<h2>临江市防汛工作方案</h2>"_s, u"<strong>确保人民群众生命财产安全</strong>"_s,
                                             u"<ol><li>加强组织领导</li><li>落实值班制度</li></ol>"_s, u"<table>"_s,
                                             u"<strong>乡镇</strong>"_s, u"城关镇"_s, u"<p>以上请认真贯彻执行。</p>"_s};
        QTest::newRow("wps") << QString(kWpsHtml)
                             << QStringList{u"<h2><strong>一、总体要求</strong></h2>"_s, u"<strong>压实防汛责任</strong>"_s,
                                            u"<ul><li>汛前检查</li><li>应急演练</li></ul>"_s, u"<table>"_s,
                                            u"青龙水库"_s, u"蓄水量（万立方米）"_s};
    }

    void pasteFromWordAndWps()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, kept);
        auto editor = makeEditor();
        QVERIFY(editor);
        editor->newItem(pd::domain::ItemType::News, m_editor.siteId(), m_editor.newsColumn());
        QTRY_VERIFY(editor->richEditor()->bridge().isBodyLoaded());
        auto *data = new QMimeData;
        data->setHtml(html);
        data->setText(u"临江市防汛工作方案"_s);
        paste(editor.get(), data);
        // The change arrives through the bridge (debounced) in the source view and the document.
        QTRY_VERIFY_WITH_TIMEOUT(editor->sourceView()->html().contains(u"<table"_s), 10000);
        const QString body = editor->sourceView()->html();
        for (const QString &k : kept)
            QVERIFY2(body.contains(k), qPrintable(k + u"\n--- in ---\n"_s + body));
        QVERIFY2(isClean(body), qPrintable(body));
        QCOMPARE(editor->session().item().bodyHtml, body);
        QCOMPARE(editor->session().status(), Status::Modified);
    }

    // Through the rich editor: a news item with a table pasted from Word and a pasted picture
    // (uploaded with progress) is saved (Ctrl+S), submitted (Ctrl+Shift+S) and lands in reviewer1's queue.
    void newsWithTableAndImageToReviewQueue()
    {
        auto editor = makeEditor();
        QVERIFY(editor);
        editor->newItem(pd::domain::ItemType::News, m_editor.siteId(), m_editor.newsColumn());
        QTRY_VERIFY(editor->richEditor()->bridge().isBodyLoaded());
        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"临江市召开2026年防汛工作部署会"_s);
        editor->findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"市应急管理局"_s);
        editor->findChild<QLineEdit *>(u"keywordsEdit"_s)->setText(u"防汛 应急"_s);

        auto *table = new QMimeData;
        table->setHtml(kWordHtml);
        paste(editor.get(), table);
        QTRY_VERIFY_WITH_TIMEOUT(editor->sourceView()->html().contains(u"<td>城关镇</td>"_s), 10000);

        // A picture on the clipboard (a screenshot, a photo copied from a viewer) becomes an uploaded image.
        QImage picture(480, 270, QImage::Format_RGB32);
        picture.fill(QColor(30, 110, 170));
        QSignalSpy progress(&editor->uploads(), &pd::editing::MediaUploadQueue::progress);
        QSignalSpy uploaded(&editor->uploads(), &pd::editing::MediaUploadQueue::finished);
        auto *image = new QMimeData;
        image->setImageData(picture);
        paste(editor.get(), image);
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.size() == 1, 20000);
        QVERIFY(!progress.isEmpty());
        const auto media = uploaded.first().at(1).value<pd::editing::MediaUploadQueue::Media>();
        QVERIFY2(media.url.startsWith(u"/media/"_s), qPrintable(media.url));
        // The item keeps the portal's relative link; the page showed the absolute one.
        QTRY_VERIFY_WITH_TIMEOUT(editor->sourceView()->html().contains(u"src=\""_s + media.url + u'"'), 10000);
        QVERIFY(pd::test::PageScript::run(editor->richEditor()->page(), u"window.pdEditor.getData()"_s)
                    .toString()
                    .contains(m_portal.baseUrl().toString(QUrl::StripTrailingSlash) + media.url));
        // The item is a draft, so the picture is not public: the page shows it because its request for /media/
        // carries the editor's token.
        const QString shown = u"Array.from(document.querySelectorAll('img')).some(i => i.complete && i.naturalWidth > 0"
                              u" && i.src.indexOf('%1') >= 0)"_s.arg(media.url);
        QTRY_VERIFY_WITH_TIMEOUT(pd::test::PageScript::run(editor->richEditor()->page(), shown).toBool(), 15000);
        const auto *row = editor->findChild<QTreeWidget *>(u"uploadList"_s);
        QVERIFY(row && row->topLevelItemCount() == 1);
        // The upload's placeholder and progress bar are gone from the picture.
        QTRY_VERIFY_WITH_TIMEOUT(!pd::test::PageScript::run(editor->richEditor()->page(),
                                                            u"document.querySelector('.ck-image-upload-placeholder, "
                                                            u".ck-upload-placeholder-loader, .ck-progress-bar') !== null"_s)
                                      .toBool(),
                                 5000);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-news"_s));

        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        QSignalSpy failed(&editor->session(), &pd::editing::DocumentSession::failed);
        auto *saveAction = editor->findChild<QAction *>(u"saveAction"_s);
        QVERIFY2(saveAction->isEnabled(), QMetaEnum::fromType<Status>().valueToKey(int(editor->session().status())));
        QSignalSpy triggered(saveAction, &QAction::triggered);
        // Ctrl+S typed where the user types: in the rich editor.
        QWidget *typing = QApplication::focusWidget();
        QVERIFY2(typing && editor->richEditor()->isAncestorOf(typing), typing ? typing->metaObject()->className() : "none");
        QTest::keySequence(typing, QKeySequence::Save);
        QTRY_VERIFY2(triggered.size() == 1, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
        QTRY_VERIFY2_WITH_TIMEOUT(saved.size() == 1 || !failed.isEmpty(),
                                  QMetaEnum::fromType<Status>().valueToKey(int(editor->session().status())), 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<pd::Error>().message));
        const qint64 id = editor->session().item().id;
        QVERIFY(id > 0);
        const auto stored = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editor.token());
        const QString storedBody = stored.json.object().value(u"bodyHtml").toString();
        QVERIFY2(storedBody.contains(u"<table"_s) && storedBody.contains(u"城关镇"_s), qPrintable(storedBody));
        QVERIFY2(storedBody.contains(media.url), qPrintable(storedBody));
        QVERIFY2(storedBody.contains(u"<ol>"_s) && storedBody.contains(u"<h2>"_s), qPrintable(storedBody));

        QSignalSpy submitted(&editor->session(), &pd::editing::DocumentSession::submitted);
        QTest::keySequence(editor.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QTRY_VERIFY_WITH_TIMEOUT(submitted.size() == 1 || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<pd::Error>().message));
        QCOMPARE(editor->session().item().workflow.state, pd::domain::ItemState::Submitted);

        // reviewer1, with a client of their own, finds it in the review queue.
        pd::api::PortalClient reviewer;
        bool signedIn = false;
        reviewer.login(m_portal.baseUrl(), u"reviewer1"_s, pd::test::PortaldFixture::password(), this,
                       [&](pd::Result<pd::domain::User> r) { signedIn = r.has_value(); });
        QTRY_VERIFY(signedIn);
        std::optional<pd::Result<pd::api::ApiReply>> queue;
        reviewer.call("GET", u"/api/v1/review/queue?site=%1"_s.arg(m_editor.siteId()), {}, {}, this,
                      [&](pd::Result<pd::api::ApiReply> r) { queue = std::move(r); });
        QTRY_VERIFY(queue.has_value());
        QVERIFY2(*queue, *queue ? "" : qPrintable(queue->error().message));
        bool inQueue = false;
        for (const QJsonValue &v : (*queue)->json.object().value(u"items").toArray())
            inQueue = inQueue || v.toObject().value(u"id").toInteger() == id;
        QVERIFY(inQueue);
        // Submitted: the rich editor is read-only now.
        QTRY_VERIFY(pd::test::PageScript::run(editor->richEditor()->page(), u"window.pdEditor.isReadOnly"_s).toBool());
    }

    // Source view → rich editor and rich editor → source view, saved and seen again after reopening.
    void sourceRoundTrip()
    {
        const qint64 id = createNewsViaApi(u"富文本与源代码往返测试"_s, u"<p>会议由市长主持。</p>"_s);
        QVERIFY(id > 0);
        auto editor = openInEditor(id);
        QVERIFY(editor);
        auto *tabs = editor->findChild<QTabWidget *>(u"bodyTabs"_s);
        tabs->setCurrentIndex(1);
        QTextCursor cursor = editor->sourceView()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->sourceView()->setTextCursor(cursor);
        editor->sourceView()->insertPlainText(u"\n<h2>会议议程</h2>\n<ul><li>汛期值班安排</li><li>应急物资储备</li></ul>"_s);
        QTRY_COMPARE(editor->session().status(), Status::Modified);
        QTRY_VERIFY_WITH_TIMEOUT(editorData(editor.get()).contains(u"<li>应急物资储备</li>"_s), 5000);
        // Half-typed HTML is not sent over; once it parses again it is. The pushes are watched where they leave C++
        // (the page may take longer than the wait to show one on a busy machine, which would hide a wrong push).
        QSignalSpy pushed(&editor->richEditor()->bridge(), &pd::editing::EditorBridge::htmlPushed);
        editor->sourceView()->insertPlainText(u"\n<p><strong>请各单位"_s);
        auto *problem = editor->findChild<QLabel *>(u"sourceProblem"_s);
        QVERIFY(problem && problem->isVisible() && !problem->text().isEmpty());
        // The source view's pause runs out and the half-typed HTML stays where it is.
        auto *sourceSync = editor->findChild<QTimer *>(u"sourceSyncTimer"_s);
        QVERIFY(sourceSync && sourceSync->isActive());
        QSignalSpy paused(sourceSync, &QTimer::timeout);
        QVERIFY(paused.wait(5000));
        QCOMPARE(pushed.size(), 0);
        QVERIFY(!editorData(editor.get()).contains(u"请各单位"_s));
        editor->sourceView()->insertPlainText(u"认真落实。</strong></p>"_s);
        QVERIFY(problem->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 5000);
        QVERIFY(pushed.constFirst().constFirst().toString().contains(u"<strong>请各单位认真落实。</strong>"_s));
        QTRY_VERIFY_WITH_TIMEOUT(editorData(editor.get()).contains(u"<strong>请各单位认真落实。</strong>"_s), 5000);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-source"_s));

        // Typing in the rich editor comes back to the source view (as the editor writes HTML).
        tabs->setCurrentIndex(0);
        pd::test::PageScript::run(editor->richEditor()->page(),
              u"pdEditor.model.change(w => w.insertText('（市政府办公室供稿）', "
              u"pdEditor.model.document.getRoot().getChild(0), 'end'))"_s);
        QTRY_VERIFY_WITH_TIMEOUT(editor->sourceView()->html().contains(u"<p>会议由市长主持。（市政府办公室供稿）</p>"_s), 5000);
        QVERIFY(editor->sourceView()->html().contains(u"<h2>会议议程</h2>"_s));
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        editor.reset();

        auto again = openInEditor(id);
        QVERIFY(again);
        const QString data = editorData(again.get());
        QVERIFY2(data.contains(u"（市政府办公室供稿）"_s) && data.contains(u"<li>汛期值班安排</li>"_s)
                     && data.contains(u"<strong>请各单位认真落实。</strong>"_s),
                 qPrintable(data));
        QCOMPARE(again->session().status(), Status::Clean);
    }

    // Attachments (PDF, DOCX) are uploaded with progress, listed, and saved as the item's attachments.
    void attachments()
    {
        const qint64 id = createNewsViaApi(u"附件上传测试"_s, u"<p>附件见下。</p>"_s);
        auto editor = openInEditor(id);
        QVERIFY(editor);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"防汛应急预案.pdf"_s);
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                    "trailer<</Root 1 0 R>>\n%%EOF\n");
            f.write(QByteArray(200 * 1024, ' ')); // big enough for progress to be reported along the way
        }
        QSignalSpy uploaded(&editor->uploads(), &pd::editing::MediaUploadQueue::finished);
        QSignalSpy failedUpload(&editor->uploads(), &pd::editing::MediaUploadQueue::failed);
        editor->attachFiles({pdf, dir.filePath(u"missing.docx"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.size() == 1 || !failedUpload.isEmpty(), 15000);
        QVERIFY2(failedUpload.isEmpty(), failedUpload.isEmpty() ? "" : qPrintable(failedUpload.first().at(1).value<pd::Error>().message));
        QCOMPARE(editor->attachmentsPanel()->list()->count(), 1);
        QCOMPARE(editor->attachmentsPanel()->list()->item(0)->text(), u"防汛应急预案"_s);
        // The unreadable file is reported, not uploaded.
        QVERIFY(editor->findChild<QLabel *>(u"editorMessage"_s)->text().contains(u"missing.docx"_s));
        QCOMPARE(editor->session().status(), Status::Modified);
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const auto stored = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editor.token());
        const QJsonArray list = stored.json.object().value(u"attachments"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"title"_s).toString(), u"防汛应急预案"_s);
        QCOMPARE(list.first().toObject().value(u"mediaId"_s).toInteger(),
                 uploaded.first().at(1).value<pd::editing::MediaUploadQueue::Media>().id);
    }

    // The other editor screens with real demo content in the rich editor, for the user guide.
    void screens()
    {
        const qint64 disclosure = firstItem(u"disclosure"_s);
        QVERIFY(disclosure > 0);
        {
            auto editor = openInEditor(disclosure);
            QVERIFY(editor);
            QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-disclosure"_s));
        }
        const qint64 feature = firstItem(u"feature"_s);
        QVERIFY(feature > 0);
        {
            auto editor = openInEditor(feature);
            QVERIFY(editor);
            QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor.get(), u"editor-feature"_s));
        }

        // A conflict: someone else saves first.
        const qint64 id = createNewsViaApi(u"防汛物资储备情况通报"_s,
                                           u"<p>截至6月底，全市共储备防汛物资价值1200万元。</p>"_s);
        auto editor = openInEditor(id);
        QVERIFY(editor);
        const qint64 base = editor->session().item().revision;
        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"防汛物资储备情况通报（第二期）"_s);
        auto current = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editor.token());
        QJsonObject theirs = current.json.object();
        theirs.insert(u"summary"_s, u"各区县物资储备均已达标。"_s);
        theirs.insert(u"title"_s, u"防汛物资储备情况通报（修订）"_s);
        const auto put = m_http.json("PUT", api(u"/api/v1/items/%1"_s.arg(id)), m_editor.token(), QJsonDocument(theirs),
                                     {{"If-Match", '"' + QByteArray::number(base) + '"'}});
        QCOMPARE(put.status, 200);
        QSignalSpy conflict(&editor->session(), &pd::editing::DocumentSession::conflict);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 15000);
        QTRY_VERIFY(editor->conflictDialog() && editor->conflictDialog()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(editor->conflictDialog()));
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(editor->conflictDialog(), u"editor-conflict"_s));
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        editor->conflictDialog()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);

        pd::ui::RevisionsDialog *revisions = editor->showRevisions();
        QVERIFY(revisions);
        QSignalSpy listed(revisions, &pd::ui::RevisionsDialog::revisionsLoaded);
        QTRY_VERIFY(listed.size() == 1);
        QSignalSpy compared(revisions, &pd::ui::RevisionsDialog::compared);
        revisions->compare(base, editor->session().item().revision);
        QTRY_VERIFY(compared.size() >= 1);
        QVERIFY(QTest::qWaitForWindowExposed(revisions));
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(revisions, u"editor-revisions"_s));
        revisions->close();
    }

    // Last, as it stops portald: a save while the portal is unreachable goes into the account's outbox and
    // OutboxSync delivers it once portald is back.
    void saveWhileUnreachableIsQueued()
    {
        const qint64 id = createNewsViaApi(u"离线保存测试"_s, u"<p>网络中断时的修改。</p>"_s);
        QVERIFY(id > 0);
        QTemporaryDir dir;
        pd::store::LocalStore store;
        const auto opened = store.open(dir.filePath(u"account.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        pd::ui::ItemEditorWindow editor(m_editor.client(), &store, m_editor.columns());
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.show();
        editor.openItem(id);
        QTRY_VERIFY_WITH_TIMEOUT(editor.session().status() == Status::Clean
                                     && editor.richEditor()->bridge().isBodyLoaded(), 15000);
        editor.findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"离线保存测试（断网后修改）"_s);
        QTRY_COMPARE(editor.session().status(), Status::Modified);

        QVERIFY(m_portal.process().stop());
        QSignalSpy queued(&editor.session(), &pd::editing::DocumentSession::queuedOffline);
        QSignalSpy failed(&editor.session(), &pd::editing::DocumentSession::failed);
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<pd::Error>().message));
        const auto outbox = store.outbox();
        QVERIFY(outbox && outbox->size() == 1);
        QCOMPARE(outbox->first().path, u"/api/v1/items/%1"_s.arg(id));
        QVERIFY(editor.findChild<QLabel *>(u"editorMessage"_s)->isVisible());

        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QCOMPARE(m_portal.baseUrl(), m_portal.baseUrl());
        pd::sync::OutboxSync sync(store, m_editor.client());
        QSignalSpy sent(&sync, &pd::sync::OutboxSync::entrySent);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 30000);
        const auto stored = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), m_editor.token());
        QCOMPARE(stored.json.object().value(u"title"_s).toString(), u"离线保存测试（断网后修改）"_s);
    }
};

QTEST_MAIN(tst_EditorRich)
#include "tst_editor_rich.moc"
