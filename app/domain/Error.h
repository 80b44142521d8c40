#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <expected>

namespace pd {

/// What kind of failure an Error is; callers branch on this, never on message text.
enum class ErrorCode {
    Network,              ///< host unreachable, connection refused or reset
    Timeout,
    Tls,                  ///< certificate problem; shown to the user, never ignored
    BadUrl,
    BadRequest,           ///< 400
    Unauthorized,         ///< 401: wrong password, expired or revoked token
    Forbidden,            ///< 403
    NotFound,             ///< 404
    Conflict,             ///< 409: transition not allowed in the current state
    PreconditionFailed,   ///< 412: stale If-Match; body() carries the current resource
    TooLarge,             ///< 413
    UnsupportedMedia,     ///< 415
    Validation,           ///< 422: fields() lists each problem
    PreconditionRequired, ///< 428
    RateLimited,          ///< 429: retryAfterSeconds
    Server,               ///< 5xx
    BadResponse,          ///< the peer sent something we cannot read
    Storage,              ///< local database or file system
    Cancelled,
    InvalidInput,         ///< caller-side validation
};

/// One field-level problem, as in problem+json `errors[]`.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/// A failure with a user-facing message (Chinese-ready) and, for HTTP, the problem+json details.
struct Error {
    ErrorCode code = ErrorCode::Server;
    QString message;          ///< user-facing text
    int httpStatus = 0;       ///< 0 when not an HTTP answer
    QString type;             ///< problem+json type URI
    QList<FieldError> fields; ///< 422 field errors
    QJsonObject body;         ///< the whole problem document (412 carries the current resource in `current`)
    int retryAfterSeconds = -1;

    static Error make(ErrorCode code, QString message)
    {
        Error e;
        e.code = code;
        e.message = std::move(message);
        return e;
    }

    /// A 422 whose `fields` name each bad field (every validator builds its refusal this way).
    static Error validation(QString detail, QList<FieldError> fields)
    {
        Error e = make(ErrorCode::Validation, std::move(detail));
        e.fields = std::move(fields);
        return e;
    }

    /// Whether a retry may succeed later (network trouble, 5xx, 429); permanent errors need a person.
    [[nodiscard]] bool isTransient() const;

    /// The HTTP status that represents this code (for portald's problem+json mapping).
    [[nodiscard]] static int statusFor(ErrorCode code);
    /// The code that an HTTP status maps to (for the client).
    [[nodiscard]] static ErrorCode codeForStatus(int status);
};

template <typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure from a function that returns Result<T>.
inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error::make(code, std::move(message)));
}

} // namespace pd
