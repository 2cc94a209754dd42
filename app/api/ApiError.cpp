#include "ApiError.h"

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Maintenance:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

QString kindName(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::Network:
        return QStringLiteral("Network");
    case K::Tls:
        return QStringLiteral("Tls");
    case K::Timeout:
        return QStringLiteral("Timeout");
    case K::Ambiguous:
        return QStringLiteral("Ambiguous");
    case K::Unauthorized:
        return QStringLiteral("Unauthorized");
    case K::Forbidden:
        return QStringLiteral("Forbidden");
    case K::NotFound:
        return QStringLiteral("NotFound");
    case K::RateLimited:
        return QStringLiteral("RateLimited");
    case K::Maintenance:
        return QStringLiteral("Maintenance");
    case K::Server:
        return QStringLiteral("Server");
    case K::Invalid:
        return QStringLiteral("Invalid");
    case K::Malformed:
        return QStringLiteral("Malformed");
    case K::TooLarge:
        return QStringLiteral("TooLarge");
    case K::Redirected:
        return QStringLiteral("Redirected");
    }
    return QStringLiteral("Unknown");
}
