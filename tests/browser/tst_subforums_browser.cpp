// Three sub-forums live at once, as on the forum day in our sources: one event, three sessions, three reporters
// posting at the same time over a link that keeps being cut (FlakyProxy) and resending under the same
// Idempotency-Key. Every post must exist once, in its own sub-forum, in the order its reporter sent it; the public
// page (headless chromium) must show each on its sub-forum's tab — live over the stream while the tab is open, and
// from the tab's own static page and feed — and all of them on 全部.
#include "tests/browser/DevToolsPage.h"
#include "tests/support/FlakyProxy.h"
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::test::DevToolsPage;
using pd::test::FlakyProxy;
using pd::test::PortaldFixture;

namespace {

constexpr int kPostsEach = 8;

/// One reporter's desk reduced to its outbox: posts go out one after another, each under its own
/// Idempotency-Key, and a post whose request or answer was lost is sent again with the same key until portald
/// answers.
class Reporter
{
public:
    Reporter(QUrl base, QString token, qint64 event, qint64 session, QStringList texts)
        : m_base(std::move(base)), m_token(std::move(token)), m_event(event), m_session(session), m_texts(std::move(texts))
    {
        m_nam.setTransferTimeout(3000);
        for (qsizetype i = 0; i < m_texts.size(); ++i)
            m_keys.append(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    void start() { send(); }
    [[nodiscard]] bool done() const { return m_next == m_texts.size(); }
    [[nodiscard]] int resent() const { return m_resent; }
    [[nodiscard]] QString failure() const { return m_failure; }

private:
    void send()
    {
        if (done())
            return;
        QUrl url = m_base;
        url.setPath(u"/api/v1/live/events/%1/posts"_s.arg(m_event));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("Idempotency-Key", m_keys.at(m_next));
        const QJsonObject body{{u"kind"_s, u"text"_s}, {u"text"_s, m_texts.at(m_next)}, {u"session"_s, m_session}};
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201) {
                ++m_next;
                send();
            } else if (status == 0 || status >= 500) {
                ++m_resent; // cut on the way there or back: the same key again
                QTimer::singleShot(50, &m_nam, [this] { send(); });
            } else {
                m_failure = u"post %1 → %2 %3"_s.arg(m_next).arg(status).arg(QString::fromUtf8(reply->readAll()));
            }
        });
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    qint64 m_event;
    qint64 m_session;
    QStringList m_texts;
    QList<QByteArray> m_keys;
    qsizetype m_next = 0;
    int m_resent = 0;
    QString m_failure;
};

} // namespace

class tst_SubforumsBrowser : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path) const { return m_portal.url(path); }
    /// The texts of the page's post list, top to bottom.
    QStringList shownTexts()
    {
        const QJsonValue v = m_page->evaluate(
            u"JSON.stringify(Array.from(document.querySelectorAll('#post-list li.post')).map(function (li) {"
            u" return Array.from(li.querySelectorAll(':scope > p:not(.post-meta)')).map(function (p) { return p.textContent; }).join('\\n'); }))"_s);
        QStringList out;
        for (const QJsonValue &t : QJsonDocument::fromJson(v.toString().toUtf8()).array())
            out.append(t.toString());
        return out;
    }
    void open(const QString &path)
    {
        m_page->call(u"Page.navigate"_s, {{u"url"_s, url(path).toString()}});
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                  path + u":complete"_s, 20000);
    }
    static QStringList newestFirst(QStringList texts)
    {
        std::reverse(texts.begin(), texts.end());
        return texts;
    }

    PortaldFixture m_portal;
    std::unique_ptr<DevToolsPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        if (DevToolsPage::browserPath().isEmpty())
            QSKIP("chromium is not installed (Debian package chromium)");
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void threeSubforumsPostingThroughACutLink()
    {
        const QStringList users{u"reporter"_s, u"reporter2"_s, u"reporter3"_s};
        QHash<QString, QString> tokens;
        QHash<QString, qint64> ids;
        for (const QString &user : users) {
            tokens.insert(user, m_portal.token(user));
            QVERIFY2(!tokens.value(user).isEmpty(), qPrintable(user));
            ids.insert(user, m_portal.http().json("GET", url(u"/api/v1/me"_s), tokens.value(user)).json.object().value(u"id"_s).toInteger());
        }
        const QStringList titles{u"开幕式暨主论坛"_s, u"分论坛一：先进制造与产业创新"_s, u"分论坛二：港航物流与开放合作"_s};
        QJsonArray sessions;
        for (int i = 0; i < 3; ++i)
            sessions.append(QJsonObject{{u"title"_s, titles.at(i)}, {u"reporters"_s, QJsonArray{ids.value(users.at(i))}}});
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"2026临江发展论坛（分论坛直播测试）"_s}, {u"kind"_s, u"forum"_s}, {u"sessions"_s, sessions}});
        QVERIFY2(started.status == 200, m_portal.failure());
        const qint64 event = started.json.object().value(u"id"_s).toInteger();

        // A reader on 分论坛一's tab while the three teams post.
        const QString firstTab = u"/live/%1/sessions/2/"_s.arg(event);
        m_page = std::make_unique<DevToolsPage>();
        QVERIFY2(m_page->open(url(firstTab)), qPrintable(m_page->error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                  firstTab + u":complete"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"document.getElementById('live-status').textContent"_s).toString(),
                                  u"实时更新中"_s, 20000);

        FlakyProxy proxy(m_portal.baseUrl());
        QVERIFY(proxy.listen());
        QList<QStringList> texts;
        std::vector<std::unique_ptr<Reporter>> reporters;
        for (int s = 0; s < 3; ++s) {
            QStringList mine;
            for (int i = 1; i <= kPostsEach; ++i)
                mine.append(u"%1 第%2条：%3"_s.arg(titles.at(s).section(u'：', 0, 0)).arg(i).arg(u"现场报道"_s));
            texts.append(mine);
            reporters.push_back(std::make_unique<Reporter>(proxy.url(), tokens.value(users.at(s)), event, s + 1, mine));
        }
        // Cuts while the three post: requests that die before portald has them, answers lost after it stored them.
        // The next cut is armed as soon as the last one fired, not on a clock: on a quiet machine the 24 posts
        // take less time than a few ticks would, and the cuts have to land among them.
        int armed = 0;
        const auto armNext = [&] {
            if (proxy.cutPending() || armed >= 12)
                return;
            if (++armed % 2)
                proxy.cutNextRequest(30 + armed * 7);
            else
                proxy.cutNextResponse(10 + armed * 5);
        };
        QObject::connect(&proxy, &FlakyProxy::connectionCut, &proxy, armNext, Qt::QueuedConnection);
        armNext();
        for (auto &r : reporters)
            r->start();
        const auto allDone = [&] {
            return std::ranges::all_of(reporters, [](const auto &r) { return r->done() || !r->failure().isEmpty(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
        QObject::disconnect(&proxy, &FlakyProxy::connectionCut, &proxy, nullptr);
        for (const auto &r : reporters)
            QVERIFY2(r->failure().isEmpty(), qPrintable(r->failure()));
        QVERIFY2(proxy.faultsDone() >= 4, qPrintable(u"only %1 cuts hit traffic"_s.arg(proxy.faultsDone())));
        // (Qt itself sends a request again when a kept-alive connection died before any answer, so not every cut
        // comes back to a Reporter as a failure; those that do are sent again under their key.)
        int resent = 0;
        for (const auto &r : reporters)
            resent += r->resent();
        qInfo() << proxy.faultsDone() << "cuts," << resent << "posts sent again by the reporters";

        // Each post once, in its sub-forum, in the order its reporter sent it.
        for (int s = 0; s < 3; ++s) {
            const auto listed = m_portal.http().json("GET", url(u"/api/v1/live/events/%1/posts?session=%2"_s.arg(event).arg(s + 1)),
                                            tokens.value(users.at(s)));
            QStringList stored;
            for (const QJsonValue &p : listed.json.object().value(u"items"_s).toArray())
                stored.append(p.toObject().value(u"text"_s).toString());
            QCOMPARE(stored, texts.at(s));
        }

        // The open tab got 分论坛一's posts over the stream, and nothing of the other two.
        QTRY_COMPARE_WITH_TIMEOUT(shownTexts(), newestFirst(texts.at(1)), 20000);
        m_page->evaluate(u"document.querySelector('#live-tabs a[data-session=\"0\"]').click()"_s);
        const QString all = u"/live/%1/"_s.arg(event);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->evaluate(u"location.pathname + ':' + document.readyState"_s).toString(),
                                  all + u":complete"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownTexts().size(), 3 * kPostsEach, 20000);
        const QStringList everything = shownTexts();
        for (int s = 0; s < 3; ++s) {
            // In 全部 too, each sub-forum's posts keep their order.
            QStringList mine;
            for (const QString &t : everything)
                if (texts.at(s).contains(t))
                    mine.append(t);
            QCOMPARE(mine, newestFirst(texts.at(s)));
        }
        QCOMPARE(m_page->evaluate(u"document.querySelector('#live-tabs a[aria-current=\"page\"]').textContent"_s).toString(),
                 u"全部"_s);
        for (int s = 0; s < 3; ++s) {
            open(u"/live/%1/sessions/%2/"_s.arg(event).arg(s + 1));
            QTRY_COMPARE_WITH_TIMEOUT(shownTexts(), newestFirst(texts.at(s)), 20000);
            QCOMPARE(m_page->evaluate(u"document.querySelector('#live-tabs a[aria-current=\"page\"]').textContent"_s).toString(),
                     titles.at(s));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SubforumsBrowser)
#include "tst_subforums_browser.moc"
