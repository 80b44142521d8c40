// The public live page in a real browser (headless chromium over the DevTools protocol) against a real portald
// --demo: a post created and approved through the API appears without a reload, first over the public WebSocket,
// then — with WebSockets unavailable — through the feed.json polling fallback; a correction shows as 更正.
#include "tests/browser/DevToolsPage.h"
#include "tests/support/PortaldFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::test::DevToolsPage;
using pd::test::PortaldFixture;

namespace {
}

class tst_LivePageBrowser : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path) const { return m_portal.url(path); }
    QString pageText() { return m_page->evaluate(u"document.getElementById('post-list').innerText"_s).toString(); }

    /// A reporter's post in the reviewed demo event, approved by the moderator; returns {id, etag} of the approved post.
    QPair<qint64, QByteArray> postAndApprove(const QString &text)
    {
        const auto created = m_portal.http().json("POST", url(u"/api/v1/live/events/%1/posts"_s.arg(m_eventId)), m_reporter,
                                         QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text},
                                                                   {u"speaker"_s, u"主持人"_s}}),
                                         {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        if (created.status != 201) {
            qWarning().noquote() << "post ->" << created.status << created.body;
            return {};
        }
        const qint64 id = created.json.object().value(u"id"_s).toInteger();
        const auto approved = m_portal.http().json("POST", url(u"/api/v1/live/posts/%1/transitions"_s.arg(id)), m_moderator,
                                          QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                          {{"If-Match", created.headers.value("etag")}});
        if (approved.status != 200) {
            qWarning().noquote() << "approve ->" << approved.status << approved.body;
            return {};
        }
        return {id, approved.headers.value("etag")};
    }

    PortaldFixture m_portal;
    std::unique_ptr<DevToolsPage> m_page;
    QString m_reporter, m_moderator;
    qint64 m_eventId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (DevToolsPage::browserPath().isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_reporter = m_portal.token(u"reporter"_s);
        m_moderator = m_portal.token(u"moderator"_s);
        QVERIFY(!m_reporter.isEmpty() && !m_moderator.isEmpty());

        // The demo's reviewed event that is on air.
        const auto events = m_portal.http().json("GET", url(u"/api/v1/live/events"_s), m_moderator);
        QCOMPARE(events.status, 200);
        const QJsonArray list = events.json.isArray() ? events.json.array()
                                                      : events.json.object().value(u"items"_s).toArray();
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"state"_s).toString() == u"live"_s && v.toObject().value(u"mode"_s).toString() == u"reviewed"_s)
                m_eventId = v.toObject().value(u"id"_s).toInteger();
        QVERIFY2(m_eventId > 0, events.body.constData());

        m_page = std::make_unique<DevToolsPage>();
        QVERIFY2(m_page->open(url(u"/live/%1/"_s.arg(m_eventId))), qPrintable(m_page->error()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void postAppearsOverWebSocket()
    {
        // The tab starts on about:blank; wait for the live page itself to have loaded.
        const QString loaded = u"/live/%1/:complete"_s.arg(m_eventId);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(), loaded, 20000);
        QVERIFY(m_page->evaluate(u"document.documentElement.lang"_s).toString() == u"zh-CN"_s);
        // The page's script says so once its socket to /public/live/{event}/stream is open.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"document.getElementById('live-status').textContent"_s).toString(),
                                  u"实时更新中"_s, 20000);
        m_page->evaluate(u"window.__sameDocument = 'still-here'"_s);

        const QString text = u"浏览器测试：主持人宣布进入嘉宾交流环节"_s;
        QVERIFY(!pageText().contains(text));
        const auto [id, etag] = postAndApprove(text);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(text), 10000);
        QCOMPARE(m_page->evaluate(u"window.__sameDocument"_s).toString(), u"still-here"_s); // no reload happened
        QVERIFY(pageText().contains(u"主持人"_s));

        // A visible correction.
        const auto corrected = m_portal.http().json("PATCH", url(u"/api/v1/live/posts/%1"_s.arg(id)), m_moderator,
                                           QJsonDocument(QJsonObject{{u"text"_s, text + u"（已更正）"_s},
                                                                     {u"correctionNote"_s, u"环节名称有误"_s}}),
                                           {{"If-Match", etag}});
        QVERIFY2(corrected.status == 200, corrected.body.constData());
        // The event is reviewed: the correction goes out once someone other than the moderator who wrote it approves.
        const QString admin = m_portal.token(u"admin"_s);
        const auto approved = m_portal.http().json("POST", url(u"/api/v1/live/posts/%1/transitions"_s.arg(id)), admin,
                                          QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                          {{"If-Match", corrected.headers.value("etag")}});
        QVERIFY2(approved.status == 200, approved.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(u"更正：环节名称有误"_s), 10000);
        QCOMPARE(m_page->evaluate(u"window.__sameDocument"_s).toString(), u"still-here"_s);
    }

    void readableAtDoubleZoomAndByKeyboard()
    {
        // 200 % zoom of a 1280-pixel window: 640 CSS pixels wide at device scale 2. Nothing may need sideways scrolling.
        const QJsonObject metrics = m_page->call(u"Emulation.setDeviceMetricsOverride"_s,
                                                 {{u"width"_s, 640}, {u"height"_s, 900}, {u"deviceScaleFactor"_s, 2},
                                                  {u"mobile"_s, false}});
        QVERIFY2(!metrics.contains(u"error"_s), QJsonDocument(metrics).toJson().constData());
        const QString catalogue = u"/disclosure/"_s;
        for (const QString &path : {u"/"_s, catalogue, u"/live/%1/"_s.arg(m_eventId)}) {
            m_page->call(u"Page.navigate"_s, {{u"url"_s, url(path).toString()}});
            QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                      path + u":complete"_s, 20000);
            const int scrollWidth = m_page->evaluate(u"document.documentElement.scrollWidth"_s).toInt();
            const int viewport = m_page->evaluate(u"document.documentElement.clientWidth"_s).toInt();
            QVERIFY2(scrollWidth <= viewport, qPrintable(u"%1 needs sideways scrolling at 200 %%: %2 > %3"_s.arg(path).arg(scrollWidth).arg(viewport)));

            // The first Tab lands on the skip link, which becomes visible and has a focus outline.
            m_page->evaluate(u"document.activeElement && document.activeElement.blur()"_s);
            for (const QString &type : {u"keyDown"_s, u"keyUp"_s})
                m_page->call(u"Input.dispatchKeyEvent"_s, {{u"type"_s, type}, {u"key"_s, u"Tab"_s}, {u"code"_s, u"Tab"_s},
                                                            {u"windowsVirtualKeyCode"_s, 9}});
            QTRY_COMPARE(m_page->evaluate(u"document.activeElement.className"_s).toString(), u"skip-link"_s);
            QVERIFY(m_page->evaluate(u"document.activeElement.getBoundingClientRect().top >= 0"_s).toBool());
            QVERIFY(m_page->evaluate(u"getComputedStyle(document.activeElement).outlineStyle"_s).toString() != u"none"_s);

            const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR");
            if (!shots.isEmpty() && QDir().mkpath(shots)) {
                const QJsonObject shot = m_page->call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
                QFile file(shots + u"/public-site-200pct"_s + QString(path).replace(u'/', u'-') + u".png"_s);
                if (file.open(QIODevice::WriteOnly))
                    file.write(QByteArray::fromBase64(shot.value(u"data"_s).toString().toLatin1()));
            }
        }
        m_page->call(u"Emulation.clearDeviceMetricsOverride"_s);
    }

    void pollingFallbackWithoutWebSockets()
    {
        // Every document from now on finds no WebSocket: the page must fall back to polling feed.json.
        m_page->call(u"Page.enable"_s);
        const QJsonObject added = m_page->call(u"Page.addScriptToEvaluateOnNewDocument"_s,
                                               {{u"source"_s, u"Object.defineProperty(window, 'WebSocket', {value: undefined});"_s}});
        QVERIFY2(!added.contains(u"error"_s), QJsonDocument(added).toJson().constData());
        m_page->evaluate(u"window.__sameDocument = 'before-reload'"_s);
        const QJsonObject reloaded = m_page->call(u"Page.reload"_s, {{u"ignoreCache"_s, true}});
        QVERIFY2(!reloaded.contains(u"error"_s), QJsonDocument(reloaded).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->evaluate(u"window.__sameDocument"_s).isUndefined()
                                     || m_page->evaluate(u"window.__sameDocument"_s).isNull(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"typeof window.WebSocket"_s).toString(), u"undefined"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"document.getElementById('live-status').textContent"_s).toString(),
                                  u"自动刷新中"_s, 20000);
        m_page->evaluate(u"window.__sameDocument = 'polling'"_s);

        const QString text = u"浏览器测试：轮询模式下的新稿件"_s;
        QVERIFY(postAndApprove(text).first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(text), 15000);
        QCOMPARE(m_page->evaluate(u"window.__sameDocument"_s).toString(), u"polling"_s);
    }
};

QTEST_GUILESS_MAIN(tst_LivePageBrowser)
#include "tst_livepage_browser.moc"
