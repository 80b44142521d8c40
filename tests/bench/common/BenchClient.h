#pragma once
#include "tests/bench/common/BenchRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace pd::bench {

/// One JSON request at a time on kept-alive connections, the way one desktop client talks to portald; each request
/// timed by BenchRequest.
class BenchClient
{
public:
    /// A timed answer with its body read as a JSON object.
    struct Answer : BenchRequest::Answer {
        [[nodiscard]] QJsonObject object() const;
    };

    explicit BenchClient(QUrl base);

    /// `verb` on `path` (with `query`) as the session `token`, `body` as JSON; nothing when no answer came.
    std::optional<Answer> send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                               const QString &token = {}, const QJsonObject &body = {}, const QByteArray &ifMatch = {});
    /// send() that insists on one status; says on stderr what came instead.
    std::optional<Answer> expect(int status, const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                                 const QString &token = {}, const QJsonObject &body = {},
                                 const QByteArray &ifMatch = {});

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace pd::bench
