#include "tests/support/ReaderSwarm.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string_view>
#include <cstdlib>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pd::test {

namespace {
constexpr char kMarker[] = "[bench:";
constexpr size_t kMarkerLength = sizeof(kMarker) - 1;
/// Fixed key: the server only checks that the answer matches it, and every reader may send the same.
constexpr char kKey[] = "dGhlIHNhbXBsZSBub25jZQ==";
constexpr char kAccept[] = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
} // namespace

struct ReaderSwarm::Reader {
    int fd = -1;
    enum class State : unsigned char { Idle, Connecting, Upgrading, Open, Dead } state = State::Idle;
    std::string in; ///< bytes received but not parsed yet (only while a frame or the answer is incomplete)
};

int64_t ReaderSwarm::nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

long ReaderSwarm::raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return long(limit.rlim_cur);
}

ReaderSwarm::ReaderSwarm(Config config)
    : m_config(std::move(config)), m_readers(size_t(m_config.readers)), m_seenCount(size_t(m_config.posts), 0),
      m_times(size_t(m_config.posts), std::vector<int64_t>(size_t(m_config.readers), 0)), m_scratch(64 * 1024)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    const std::string host = m_config.hostHeader.empty()
                                 ? m_config.host + ':' + std::to_string(m_config.port)
                                 : m_config.hostHeader;
    m_request = "GET " + m_config.path + " HTTP/1.1\r\nHost: " + host +
                "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + kKey +
                "\r\nSec-WebSocket-Version: 13\r\n";
    if (!m_config.subprotocol.empty())
        m_request += "Sec-WebSocket-Protocol: " + m_config.subprotocol + "\r\n";
    m_request += "\r\n";
}

ReaderSwarm::~ReaderSwarm()
{
    for (Reader &r : m_readers) {
        if (r.fd >= 0)
            ::close(r.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void ReaderSwarm::start(int index)
{
    Reader &r = m_readers[size_t(index)];
    ++m_started;
    r.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (r.fd < 0) {
        r.state = Reader::State::Dead;
        ++m_refused;
        return;
    }
    // Small buffers: a reader holds a few posts at most, and 34,000 default-sized ones would hold the machine's memory.
    const int buffer = 16 * 1024;
    setsockopt(r.fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    if (m_config.sourceAddresses > 1 || m_config.firstSourceAddress != 1) {
        // The port is chosen at connect(), per destination, not reserved at bind() for every destination.
        const int on = 1;
        setsockopt(r.fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &on, sizeof on);
        sockaddr_in source{};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl(INADDR_LOOPBACK + uint32_t(m_config.firstSourceAddress - 1) +
                                       uint32_t(index % std::max(1, m_config.sourceAddresses)));
        if (::bind(r.fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0) {
            fail(r);
            return;
        }
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(m_config.port));
    inet_pton(AF_INET, m_config.host.c_str(), &address.sin_addr);
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
    ev.data.u32 = uint32_t(index);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, r.fd, &ev);
    r.state = Reader::State::Connecting;
    ++m_pending;
    if (::connect(r.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS)
        fail(r);
}

void ReaderSwarm::fail(Reader &r)
{
    if (r.state == Reader::State::Dead)
        return;
    if (r.state == Reader::State::Connecting || r.state == Reader::State::Upgrading) {
        --m_pending;
        ++m_refused;
    } else if (r.state == Reader::State::Open) {
        --m_upgraded;
        ++m_reset;
    } else if (r.state == Reader::State::Idle) {
        ++m_refused; // never started before opening gave up
    }
    r.state = Reader::State::Dead;
    if (r.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, r.fd, nullptr);
        ::close(r.fd);
        r.fd = -1;
    }
    std::string().swap(r.in);
}

bool ReaderSwarm::open(int timeoutMs)
{
    const int64_t deadline = nowNs() + int64_t(timeoutMs) * 1'000'000;
    while (m_upgraded + lost() < m_config.readers && nowNs() < deadline) {
        while (m_started < m_config.readers && m_pending < m_config.inFlight)
            start(m_started);
        poll(10);
    }
    // A reader left waiting for the answer to its upgrade is as refused as one turned away: it never reads.
    for (Reader &r : m_readers) {
        if (r.state == Reader::State::Connecting || r.state == Reader::State::Upgrading || r.state == Reader::State::Idle)
            fail(r);
    }
    return m_upgraded == m_config.readers;
}

bool ReaderSwarm::poll(int timeoutMs, int extraFd)
{
    if (extraFd >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u32 = UINT32_MAX;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, extraFd, &ev);
    }
    bool extraReady = false;
    epoll_event events[512];
    const int n = epoll_wait(m_epoll, events, 512, timeoutMs);
    for (int i = 0; i < n; ++i) {
        if (events[i].data.u32 == UINT32_MAX) {
            extraReady = true;
            continue;
        }
        Reader &r = m_readers[events[i].data.u32];
        if (r.state == Reader::State::Dead)
            continue;
        if (events[i].events & EPOLLERR) {
            fail(r);
            continue;
        }
        if (r.state == Reader::State::Connecting && (events[i].events & EPOLLOUT)) {
            // Connected: send the upgrade (it fits any socket buffer) and watch for input only.
            if (::send(r.fd, m_request.data(), m_request.size(), MSG_NOSIGNAL) != ssize_t(m_request.size())) {
                fail(r);
                continue;
            }
            r.state = Reader::State::Upgrading;
            epoll_event ev{};
            ev.events = EPOLLIN | EPOLLRDHUP;
            ev.data.u32 = events[i].data.u32;
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, r.fd, &ev);
        }
        if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP))
            handleReadable(r);
    }
    if (extraFd >= 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, extraFd, nullptr);
    return extraReady;
}

void ReaderSwarm::handleReadable(Reader &r)
{
    for (;;) {
        const ssize_t got = ::recv(r.fd, m_scratch.data(), m_scratch.size(), 0);
        if (got == 0) {
            fail(r);
            return;
        }
        if (got < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(r);
            break;
        }
        r.in.append(m_scratch.data(), size_t(got));
        if (size_t(got) < m_scratch.size())
            break;
    }
    if (r.state == Reader::State::Upgrading) {
        const size_t end = r.in.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        const std::string head = r.in.substr(0, end);
        if (head.compare(0, 12, "HTTP/1.1 101") != 0 || head.find(kAccept) == std::string::npos) {
            fail(r);
            return;
        }
        r.in.erase(0, end + 4);
        r.state = Reader::State::Open;
        --m_pending;
        ++m_upgraded;
    }
    if (r.state == Reader::State::Open)
        handleFrames(r);
}

void ReaderSwarm::handleFrames(Reader &r)
{
    const int index = int(&r - m_readers.data());
    size_t at = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(r.in.data());
    while (r.in.size() - at >= 2) {
        const unsigned opcode = bytes[at] & 0x0f;
        uint64_t length = bytes[at + 1] & 0x7f;
        size_t header = 2;
        if (length == 126) {
            if (r.in.size() - at < 4)
                break;
            length = (uint64_t(bytes[at + 2]) << 8) | bytes[at + 3];
            header = 4;
        } else if (length == 127) {
            if (r.in.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | bytes[at + 2 + size_t(i)];
            header = 10;
        }
        if (r.in.size() - at - header < length)
            break;
        const char *payload = r.in.data() + at + header;
        if (opcode == 0x1 || opcode == 0x2 || opcode == 0x0) {
            const std::string_view text(payload, size_t(length));
            for (size_t m = text.find(kMarker); m != std::string_view::npos; m = text.find(kMarker, m + 1)) {
                const int post = std::atoi(text.data() + m + kMarkerLength);
                if (post >= 0 && post < m_config.posts && m_times[size_t(post)][size_t(index)] == 0) {
                    m_times[size_t(post)][size_t(index)] = nowNs();
                    ++m_seenCount[size_t(post)];
                }
            }
        } else if (opcode == 0x9) {
            sendPong(r, payload, size_t(length));
        } else if (opcode == 0x8) {
            fail(r);
            return;
        }
        at += header + size_t(length);
    }
    r.in.erase(0, at);
    if (r.in.capacity() > 4096 && r.in.size() < 1024)
        r.in.shrink_to_fit();
}

void ReaderSwarm::sendPong(Reader &r, const char *payload, size_t length)
{
    if (length > 125)
        return;
    // A client's frames are masked; a zero mask leaves the payload as it is.
    std::string frame;
    frame.push_back(char(0x8a));
    frame.push_back(char(0x80 | length));
    frame.append(4, '\0');
    frame.append(payload, length);
    ::send(r.fd, frame.data(), frame.size(), MSG_NOSIGNAL);
}

} // namespace pd::test
