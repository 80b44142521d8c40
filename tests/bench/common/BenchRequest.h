#pragma once
#include <QByteArray>
#include <QNetworkRequest>

#include <optional>

class QNetworkAccessManager;

namespace pd::bench {

/// One HTTP request of a benchmark, waited for and timed from the send to the whole answer.
class BenchRequest
{
public:
    struct Answer {
        int status = 0; ///< 0 when no HTTP answer arrived
        QByteArray body;
        QByteArray etag;
        double ms = 0.0;
    };

    /// Sends `verb` and waits for the whole answer; nothing (having said so on stderr) when 30 s passed.
    static std::optional<Answer> send(QNetworkAccessManager &nam, const QByteArray &verb,
                                      const QNetworkRequest &request, const QByteArray &body = {});
};

} // namespace pd::bench
