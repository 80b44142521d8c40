#pragma once
#include <QObject>

class QSocketNotifier;

namespace pd::server {

/// Delivers SIGTERM / SIGINT as a Qt signal through a signalfd, so shutdown runs in the event loop (no handler
/// function, no global state). Call blockShutdownSignals() before any thread starts.
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    /// Blocks SIGTERM and SIGINT for the calling thread and every thread created after it.
    static bool blockShutdownSignals();

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    [[nodiscard]] bool isValid() const { return m_fd >= 0; }

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pd::server
