#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace pd::test {

/// Thousands of WebSocket readers of one live stream in one thread: non-blocking sockets on one epoll set, a
/// hand-written upgrade and frame parser and a few dozen bytes of state per reader — so that a benchmark measures
/// the server, not a QWebSocket per reader on the same two cores. Each text frame is searched for the marker
/// `[bench:N]` that the benchmark writes into post N; the moment a reader first sees post N is recorded.
class ReaderSwarm
{
public:
    struct Config {
        std::string host = "127.0.0.1"; ///< an IPv4 address on this machine
        int port = 0;
        std::string path;             ///< the stream's path and query
        std::string hostHeader;       ///< the Host header (default host:port)
        std::string subprotocol;      ///< Sec-WebSocket-Protocol to ask for, if any
        int readers = 0;
        int inFlight = 500;           ///< upgrades under way at once while opening
        int posts = 0;                ///< how many marked posts to keep times for
        /// Loopback addresses the readers connect from, in turn (127.0.0.F … 127.0.0.F+N-1, F being
        /// firstSourceAddress): one source address has only ~28,000 ephemeral ports towards one server port, and a
        /// server may cap the connections of one address.
        int sourceAddresses = 1;
        int firstSourceAddress = 1;
    };

    explicit ReaderSwarm(Config config);
    ~ReaderSwarm();
    ReaderSwarm(const ReaderSwarm &) = delete;
    ReaderSwarm &operator=(const ReaderSwarm &) = delete;

    /// Opens every reader (at most Config::inFlight upgrades at a time); true when all of them were upgraded
    /// within `timeoutMs`. A reader still waiting for its upgrade's answer then counts as refused.
    bool open(int timeoutMs);
    /// Handles whatever arrives for up to `timeoutMs` (less when something arrived); `extraFd` (if >= 0) is
    /// watched too, and the answer says whether it became readable.
    bool poll(int timeoutMs, int extraFd = -1);

    [[nodiscard]] int upgraded() const { return m_upgraded; }
    /// Readers refused, reset or closed by the server at any time.
    [[nodiscard]] int lost() const { return m_refused + m_reset; }
    /// Readers that never became readers: the connection failed, the upgrade was answered with anything but 101,
    /// the connection closed before the answer, or no answer came while opening.
    [[nodiscard]] int refused() const { return m_refused; }
    /// Readers that were upgraded and then lost their connection: reset, closed, or a close frame from the server.
    [[nodiscard]] int reset() const { return m_reset; }
    /// Readers that have seen post `index`.
    [[nodiscard]] int seen(int index) const { return m_seenCount.at(size_t(index)); }
    /// CLOCK_MONOTONIC nanoseconds at which each reader first saw post `index` (0: not seen).
    [[nodiscard]] const std::vector<int64_t> &timesOf(int index) const { return m_times.at(size_t(index)); }

    /// CLOCK_MONOTONIC now, in nanoseconds: the same clock in every process of this machine.
    static int64_t nowNs();
    /// Raises this process's open-file limit to its hard limit; the new soft limit.
    static long raiseFileLimit();

private:
    struct Reader;
    void start(int index);
    void handleReadable(Reader &reader);
    void handleFrames(Reader &reader);
    void fail(Reader &reader);
    void sendPong(Reader &reader, const char *payload, size_t length);

    Config m_config;
    int m_epoll = -1;
    std::vector<Reader> m_readers;
    std::string m_request;
    int m_started = 0;
    int m_pending = 0;
    int m_upgraded = 0;
    int m_refused = 0;
    int m_reset = 0;
    std::vector<int> m_seenCount;
    std::vector<std::vector<int64_t>> m_times;
    std::vector<char> m_scratch;
};

} // namespace pd::test
