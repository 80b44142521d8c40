// The preview renders hostile item HTML safely, in a real QtWebEngine under Xvfb: an item full of XSS vectors and
// remote resources (pointed at a local "tracker" server that counts connections) is previewed; no script runs
// (the title stays, no alert/onerror/javascript: effect), the tracker sees no connection, only the portal's
// /media/ file loads, the rest is recorded as blocked. Desktop and phone screenshots with demo content.
#include "tests/support/PortaldFixture.h"
#include "ui/editor/ItemEditorWindow.h"
#include "app/api/PortalClient.h"
#include "ui/preview/PreviewRequestInterceptor.h"
#include "ui/preview/PreviewView.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QScreen>
#include <QWindow>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

class tst_EditorPreview : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    QString m_token;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_token = m_portal.newToken(u"editor"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void hostileItemIsInert()
    {
        // A "remote" site that must never be contacted.
        QTcpServer tracker;
        QVERIFY(tracker.listen(QHostAddress::LocalHost, 0));
        int trackerConnections = 0;
        connect(&tracker, &QTcpServer::newConnection, this, [&] {
            ++trackerConnections;
            while (QTcpSocket *s = tracker.nextPendingConnection())
                s->close();
        });
        const QString remote = u"http://127.0.0.1:%1"_s.arg(tracker.serverPort());

        // A real image on the portal, which must load.
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(QColor(20, 90, 160));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const auto media = m_http.request("POST", m_portal.url(u"/api/v1/media"_s), png,
                                          {{"Authorization", "Bearer " + m_token.toUtf8()},
                                           {"Content-Type", "image/png"},
                                           {"X-Filename", "map.png"}});
        QVERIFY2(media.status == 201 || media.status == 200, media.body.constData());
        const QString mediaUrl = media.json.object().value(u"url").toString();

        pd::domain::Item item;
        item.title = u"预览安全测试"_s;
        item.source = u"临江市人民政府办公室"_s;
        item.author = u"综合科"_s;
        item.bodyHtml = u"<p>正文第一段。</p>"
                        u"<script>document.title='pwned-script'</script>"
                        u"<img src=\"x\" onerror=\"document.title='pwned-onerror'\">"
                        u"<svg onload=\"document.title='pwned-svg'\"></svg>"
                        u"<a id=\"js\" href=\"javascript:document.title='pwned-link'\">链接</a>"
                        u"<iframe src=\"%1/frame.html\"></iframe>"
                        u"<img src=\"%1/track.png\" alt=\"远程图片\">"
                        u"<link rel=\"stylesheet\" href=\"%1/style.css\">"
                        u"<div style=\"background:url(%1/bg.png)\">背景</div>"
                        u"<object data=\"%1/obj.swf\"></object>"
                        u"<meta http-equiv=\"refresh\" content=\"0;url=%1/refresh\">"
                        u"<form action=\"%1/form\"><input type=\"image\" src=\"%1/input.png\"></form>"
                        u"<video src=\"%1/video.mp4\" autoplay></video>"
                        u"<img src=\"%2\" alt=\"防汛示意图\">"
                        u"<p>正文最后一段。</p>"_s.arg(remote, mediaUrl);

        pd::ui::PreviewView view;
        view.resize(1200, 900);
        view.setServer(m_portal.baseUrl());
        QVERIFY(!view.profile()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(view.profile()->isOffTheRecord());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &pd::ui::PreviewView::loadFinished);
        view.showItem(item);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
        // The portal's image is fetched; give late subresources their chance to be attempted before judging.
        const QString mediaPath = QUrl(mediaUrl).path();
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(view.interceptor()->allowed(),
                                                     [&](const QUrl &u) { return u.path() == mediaPath; }),
                                 10000);
        // Late subresources (a frame, a video, a refresh) get their chance to reach the tracker: any connection
        // fails the test at once, none within the time means none was made.
        QVERIFY2(!QTest::qWaitFor([&] { return trackerConnections > 0; }, 1500), "the preview reached a remote host");

        QCOMPARE(view.webView()->page()->title(), u"预览安全测试"_s);
        QCOMPARE(trackerConnections, 0);
        const QList<QUrl> allowed = view.interceptor()->allowed();
        for (const QUrl &u : allowed)
            QVERIFY2(u.scheme() == u"data" || u.scheme() == u"qrc" || u.scheme() == u"about"
                         || (u.port() == m_portal.baseUrl().port() && (u.path().startsWith(u"/media/"_s) || u.path() == u"/")),
                     qPrintable(u.toString()));
        // The page's CSP stops most of it before the network layer; the interceptor is the wall behind it and
        // must refuse on its own whatever is not the portal's media.
        const pd::ui::PreviewRequestInterceptor *wall = view.interceptor();
        const QUrl portal = m_portal.baseUrl();
        QVERIFY(wall->isAllowed(portal.resolved(QUrl(mediaUrl))));
        QVERIFY(!wall->isAllowed(QUrl(remote + u"/track.png"_s)));
        QVERIFY(!wall->isAllowed(portal.resolved(QUrl(u"/api/v1/me"_s))));
        QVERIFY(!wall->isAllowed(portal.resolved(QUrl(u"/items/1.html"_s))));
        QVERIFY(!wall->isAllowed(QUrl(u"https://%1:%2/media/1/a.png"_s.arg(portal.host()).arg(portal.port()))));
        QVERIFY(!wall->isAllowed(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!wall->isAllowed(QUrl(u"ws://127.0.0.1:%1/"_s.arg(tracker.serverPort()))));
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(&view, u"editor-preview-hostile"_s));

        // A javascript: link clicked does nothing; the page and its title stay.
        QTest::mouseClick(view.webView()->focusProxy() ? view.webView()->focusProxy() : view.webView(), Qt::LeftButton,
                          {}, QPoint(10, 10));
        QCOMPARE(view.webView()->page()->title(), u"预览安全测试"_s);
        QCOMPARE(trackerConnections, 0);
    }

    void demoItemDesktopAndPhone()
    {
        // A published demo item, as the editor window previews it.
        const auto list = m_http.json("GET", m_portal.url(u"/api/v1/items?type=news&state=published&limit=1"_s), m_token);
        const qint64 id = list.json.object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
        QVERIFY(id > 0);
        pd::api::PortalClient client;
        QSignalSpy in(&client, &pd::api::PortalClient::sessionRefreshed);
        bool signedIn = false;
        client.login(m_portal.baseUrl(), u"editor"_s, u"portaldesk-demo"_s, this,
                     [&](pd::Result<pd::domain::User> r) { signedIn = r.has_value(); });
        QTRY_VERIFY(signedIn);
        QList<pd::domain::Column> columns;
        const auto tree = m_http.json("GET", m_portal.url(u"/api/v1/sites/1/columns"_s), m_token);
        for (const QJsonValue &v : tree.json.array())
            if (auto c = pd::domain::Column::fromJson(v.toObject()))
                columns.append(*c);
        QVERIFY(!columns.isEmpty());
        pd::ui::ItemEditorWindow editor(client, nullptr, columns);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.openItem(id);
        QTRY_COMPARE(editor.session().status(), pd::editing::DocumentSession::Status::Clean);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        pd::ui::PreviewView *preview = editor.showPreview();
        QSignalSpy loaded(preview, &pd::ui::PreviewView::loadFinished);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
        QCOMPARE(preview->webView()->page()->title(), editor.session().item().title);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(&editor, u"editor-preview-desktop"_s));
        preview->setWidth(pd::ui::PreviewView::Width::Phone);
        QTRY_COMPARE(preview->webView()->width(), 390);
        QVERIFY(pd::test::PortaldFixture::screenshotWindow(&editor, u"editor-preview-phone"_s));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_EditorPreview test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_editor_preview.moc"
