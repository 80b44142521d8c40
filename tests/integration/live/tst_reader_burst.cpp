// A live page shared on social media: thousands of readers open the public stream of one event at once. portald's
// listening socket must queue such a burst (not Qt's default backlog of 50), none of them may be refused or reset,
// and every one of them gets the next post.
#include "tests/support/PortaldFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kReaders = 2000;

/// The backlog the kernel gives the TCP listener on 127.0.0.1:`port` (what `ss -lt` shows as Send-Q), through
/// sock_diag; -1 when it cannot be asked.
int listenBacklogOf(quint16 port)
{
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return -1;
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } query{};
    query.header.nlmsg_len = sizeof(query);
    query.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    query.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    query.request.sdiag_family = AF_INET;
    query.request.sdiag_protocol = IPPROTO_TCP;
    query.request.idiag_states = 1U << TCP_LISTEN;
    int backlog = -1;
    if (::send(fd, &query, sizeof(query), 0) == ssize_t(sizeof(query))) {
        alignas(nlmsghdr) char buffer[16384];
        bool done = false;
        while (!done) {
            ssize_t length = ::recv(fd, buffer, sizeof(buffer), 0);
            if (length <= 0)
                break;
            for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, length); h = NLMSG_NEXT(h, length)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                    done = true;
                    break;
                }
                const auto *socket = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                if (ntohs(socket->id.idiag_sport) == port)
                    backlog = int(socket->idiag_wqueue); // a listener's write queue field is its backlog
            }
        }
    }
    ::close(fd);
    return backlog;
}

int somaxconn()
{
    QFile file(u"/proc/sys/net/core/somaxconn"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

/// Room for every reader's socket in this process and in portald (which inherits the limit).
bool raiseFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    if (limit.rlim_cur >= wanted)
        return true;
    limit.rlim_cur = std::min(wanted, limit.rlim_max);
    return ::setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= wanted;
}

} // namespace

class tst_ReaderBurst : public QObject
{
    Q_OBJECT

private:
    // Every reader from 127.0.0.1: the per-address cap would otherwise (rightly) stop them at 20.
    pd::test::PortaldFixture m_portal{{u"--demo"_s, u"--stream-connections-per-address"_s, u"0"_s}};

    /// Stream subscribers portald holds, from /metrics.
    int subscribers() { return int(m_portal.metric("portald_stream_subscribers")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(raiseFileLimit(2 * kReaders + 512), "the hard limit on open files is too low for the readers");
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void listenBacklogHoldsABurst()
    {
        const int backlog = listenBacklogOf(quint16(m_portal.baseUrl().port()));
        QVERIFY2(backlog > 0, "sock_diag did not report portald's listening socket");
        // The kernel cuts any backlog to somaxconn (the administrator's guide says how to raise it).
        const int cap = somaxconn();
        QVERIFY(cap > 0);
        QCOMPARE(backlog, std::min(4096, cap));
    }

    void thousandsOfReadersAtOnce()
    {
        const auto started = m_portal.startLiveEvent({{u"title"_s, u"市长在线访谈"_s}});
        QVERIFY2(started.status == 200, m_portal.failure());
        const qint64 eventId = started.json.object().value(u"id").toInteger();

        QUrl url = m_portal.url(u"/public/live/%1/stream"_s.arg(eventId));
        url.setScheme(u"ws"_s);
        int connected = 0;
        int failed = 0;
        int gotPost = 0;
        QStringList failures;
        std::vector<std::unique_ptr<QWebSocket>> readers;
        readers.reserve(kReaders);
        // All opened in one go, before any handshake can finish: the burst the listen backlog is for.
        for (int i = 0; i < kReaders; ++i) {
            auto reader = std::make_unique<QWebSocket>();
            QWebSocket *socket = reader.get();
            connect(socket, &QWebSocket::connected, this, [&connected] { ++connected; });
            connect(socket, &QWebSocket::errorOccurred, this, [&failed, &failures, socket](QAbstractSocket::SocketError) {
                ++failed;
                if (failures.size() < 10)
                    failures << socket->errorString();
            });
            // The event is new: the one post below is the only one its readers can get.
            connect(socket, &QWebSocket::textMessageReceived, this, [&gotPost](const QString &text) {
                if (QJsonDocument::fromJson(text.toUtf8()).object().value(u"type").toString() == u"live.post"_s)
                    ++gotPost;
            });
            socket->open(url);
            readers.push_back(std::move(reader));
        }
        QTRY_VERIFY_WITH_TIMEOUT(connected + failed == kReaders, 240'000);
        QVERIFY2(failed == 0, qPrintable(u"%1 readers failed, e.g. %2"_s.arg(failed).arg(failures.join(u"; "_s))));
        // A handshake answered is not yet a subscriber taken over: wait for portald to hold every one.
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(), kReaders, 60'000);

        const auto posted = m_portal.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(eventId), u"reporter"_s,
                                         QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"访谈开始"_s}}));
        QCOMPARE(posted.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(gotPost == kReaders || failed > 0, 240'000);
        QCOMPARE(failed, 0);
        QCOMPARE(gotPost, kReaders);
    }
};

QTEST_GUILESS_MAIN(tst_ReaderBurst)
#include "tst_reader_burst.moc"
