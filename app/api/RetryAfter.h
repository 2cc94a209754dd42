#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

// The Retry-After header (RFC 9110 §10.2.3): delay seconds or an HTTP-date (IMF-fixdate, and
// the obsolete RFC 850 and asctime forms). Gives how long to wait from `now`, never negative.
namespace RetryAfter {
std::optional<std::chrono::milliseconds> parse(const QByteArray &value, const QDateTime &now);
std::optional<QDateTime> parseHttpDate(const QByteArray &value);
} // namespace RetryAfter
