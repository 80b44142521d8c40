#include "app/domain/Error.h"

namespace pd {

bool Error::isTransient() const
{
    switch (code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Server:
    case ErrorCode::RateLimited:
        return true;
    default:
        return false;
    }
}

int Error::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
    case ErrorCode::BadUrl:
    case ErrorCode::InvalidInput: return 400;
    case ErrorCode::Unauthorized: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::PreconditionFailed: return 412;
    case ErrorCode::TooLarge: return 413;
    case ErrorCode::UnsupportedMedia: return 415;
    case ErrorCode::Validation: return 422;
    case ErrorCode::PreconditionRequired: return 428;
    case ErrorCode::RateLimited: return 429;
    case ErrorCode::Timeout: return 504;
    case ErrorCode::Network:
    case ErrorCode::Tls:
    case ErrorCode::BadResponse: return 502;
    case ErrorCode::Storage:
    case ErrorCode::Server:
    case ErrorCode::Cancelled: return 500;
    }
    return 500;
}

ErrorCode Error::codeForStatus(int status)
{
    switch (status) {
    case 400: return ErrorCode::BadRequest;
    case 401: return ErrorCode::Unauthorized;
    case 403: return ErrorCode::Forbidden;
    case 404: return ErrorCode::NotFound;
    case 409: return ErrorCode::Conflict;
    case 412: return ErrorCode::PreconditionFailed;
    case 413: return ErrorCode::TooLarge;
    case 415: return ErrorCode::UnsupportedMedia;
    case 422: return ErrorCode::Validation;
    case 428: return ErrorCode::PreconditionRequired;
    case 429: return ErrorCode::RateLimited;
    case 408:
    case 504: return ErrorCode::Timeout;
    default: return status >= 500 ? ErrorCode::Server : ErrorCode::BadRequest;
    }
}

} // namespace pd
