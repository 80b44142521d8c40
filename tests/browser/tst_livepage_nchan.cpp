// The public live page in headless chromium against the production topology: nginx with Nchan (the shipped
// packaging/nginx files, two workers) in front of portald --demo publishing to it. Posts reach the page through
// Nchan; after the page's connection is cut and posts go out meanwhile, the page comes back with its last Nchan
// message id and catches up from Nchan's buffer — every post once, in seq order, none missing.
#include "tests/browser/DevToolsPage.h"
#include "tests/support/FlakyProxy.h"
#include "tests/support/NginxFront.h"
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::DevToolsPage;
using pd::test::FlakyProxy;
using pd::test::NginxFront;
using pd::test::PortaldFixture;

class tst_LivePageNchan : public QObject
{
    Q_OBJECT

private:
    PortaldFixture m_portal;
    std::unique_ptr<NginxFront> m_nginx;
    std::unique_ptr<FlakyProxy> m_proxy;
    std::unique_ptr<DevToolsPage> m_page;
    qint64 m_eventId = 0;
    int m_bufferedBefore = 0; ///< the event's own messages (started, …) in Nchan's buffer before the first post

    qint64 post(const QString &text)
    {
        const auto r = m_portal.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(m_eventId), u"reporter"_s,
                                    QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text}}));
        return r.status == 201 ? r.json.object().value(u"seq"_s).toInteger(-1) : 0;
    }
    QString js(const QString &expression) { return m_page->evaluate(expression).toString(); }
    /// How many of the page's posts contain `text`.
    int shown(const QString &text)
    {
        return m_page->evaluate(u"Array.from(document.querySelectorAll('#post-list li')).filter(function (li) "
                                "{ return li.textContent.indexOf(%1) >= 0; }).length"_s
                                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (DevToolsPage::browserPath().isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        if (const QString why = NginxFront::missingNchan(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_nginx = std::make_unique<NginxFront>();
        // portald first (nginx needs its port); it retries publishing until nginx is there.
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_nginx->configureNchan({m_portal.baseUrl()}, m_portal.process().dataDir() + u"/www"_s)
                     && m_nginx->start(),
                 qPrintable(m_nginx->failure()));
        m_portal.setArgs({u"--demo"_s, u"--nchan-publish"_s, m_nginx->publishUrl().toString()});
        QVERIFY2(m_portal.restart(), m_portal.failure());

        const auto started = m_portal.startLiveEvent({{u"title"_s, u"市长在线访谈"_s}});
        QVERIFY2(started.status == 200, m_portal.failure());
        m_eventId = started.json.object().value(u"id"_s).toInteger();

        // The browser reaches nginx through a link the test can cut.
        m_proxy = std::make_unique<FlakyProxy>(m_nginx->url());
        QVERIFY(m_proxy->listen());
        QUrl page = m_proxy->url();
        page.setPath(u"/live/%1/"_s.arg(m_eventId));
        QTRY_COMPARE_WITH_TIMEOUT(m_portal.http().request("GET", m_nginx->url().resolved(QUrl(page.path()))).status, 200, 20000);
        m_page = std::make_unique<DevToolsPage>();
        QVERIFY2(m_page->open(page), qPrintable(m_page->error()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_proxy.reset();
        if (m_nginx)
            m_nginx->stop();
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void postsArriveThroughNchan()
    {
        QTRY_COMPARE_WITH_TIMEOUT(js(u"location.pathname + ':' + document.readyState"_s),
                                  u"/live/%1/:complete"_s.arg(m_eventId), 20000);
        // The page found the Nchan endpoint in itself, as portald wrote it from its configuration.
        QCOMPARE(js(u"document.getElementById('live').getAttribute('data-stream-protocol')"_s), u"nchan"_s);
        QCOMPARE(js(u"document.getElementById('live').getAttribute('data-stream')"_s),
                 u"/public/live/%1/events"_s.arg(m_eventId));
        QTRY_COMPARE_WITH_TIMEOUT(js(u"document.getElementById('live-status').textContent"_s), u"实时更新中"_s, 20000);
        m_page->evaluate(u"window.__sameDocument = 'still-here'"_s);
        m_bufferedBefore = m_nginx->bufferedMessages(m_eventId);
        QVERIFY(m_bufferedBefore >= 0);

        QVERIFY(post(u"访谈开始：第一条"_s) > 0);
        QVERIFY(post(u"主持人介绍嘉宾：第二条"_s) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(u"第二条"_s), 1, 15000);
        QCOMPARE(shown(u"第一条"_s), 1);
        QCOMPARE(js(u"document.getElementById('live').getAttribute('data-received')"_s), u"2"_s);
        QCOMPARE(m_page->evaluate(u"window.__sameDocument"_s).toString(), u"still-here"_s);
        // Each message once in Nchan's buffer: published once by portald, delivered by nginx.
        QCOMPARE(m_nginx->bufferedMessages(m_eventId), m_bufferedBefore + 2);
    }

    void catchesUpAfterACut()
    {
        // The link goes down: the page's socket is reset and it cannot reconnect while posts go out.
        m_proxy->setDown(true);
        QList<qint64> seqs;
        for (const QString &text : {u"断线期间：第三条"_s, u"断线期间：第四条"_s, u"断线期间：第五条"_s})
            seqs.append(post(text));
        QVERIFY(!seqs.contains(0));
        QTRY_COMPARE_WITH_TIMEOUT(m_nginx->bufferedMessages(m_eventId), m_bufferedBefore + 5, 15000);
        QCOMPARE(shown(u"第三条"_s), 0);

        // Back up: the page resubscribes with its last Nchan message id and gets what it missed from the buffer.
        m_proxy->setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"document.getElementById('live-status').textContent"_s), u"实时更新中"_s, 40000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(u"第五条"_s), 1, 20000);
        for (const QString &text : {u"第一条"_s, u"第二条"_s, u"第三条"_s, u"第四条"_s, u"第五条"_s})
            QCOMPARE(shown(text), 1);
        // Newest first, as the page orders them: no post out of place.
        const QString order = js(u"Array.from(document.querySelectorAll('#post-list li')).map(function (li) "
                                 "{ return li.getAttribute('data-seq'); }).join(',')"_s);
        QStringList expected;
        for (qsizetype i = seqs.size() - 1; i >= 0; --i)
            expected << QString::number(seqs.at(i));
        QVERIFY2(order.startsWith(expected.join(u','), Qt::CaseSensitive), qPrintable(order));
        // It resumed from its last id (not from the start). nginx logs a WebSocket when it ends: end this one too.
        m_proxy->cutAll();
        static const QRegularExpression resumed(u"GET /public/live/%1/events\\?last_event_id=[^ ]+ HTTP/1.1\""_s.arg(m_eventId));
        QTRY_VERIFY2_WITH_TIMEOUT(resumed.match(m_nginx->accessLog()).hasMatch(), qPrintable(m_nginx->accessLog().split(u'\n').filter(u"/events"_s).join(u'\n')),
                                  15000);
        // Five messages reached the page in all: the two before the cut and the three from the buffer.
        QCOMPARE(js(u"document.getElementById('live').getAttribute('data-received')"_s), u"5"_s);
        QCOMPARE(m_nginx->bufferedMessages(m_eventId), m_bufferedBefore + 5);

        // And live again afterwards.
        QVERIFY(post(u"恢复之后：第六条"_s) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(u"第六条"_s), 1, 15000);
    }
};

QTEST_GUILESS_MAIN(tst_LivePageNchan)
#include "tst_livepage_nchan.moc"
