// libFuzzer target: the dates Deskhand reads from the wire — Deskpro's JSON dates
// (JsonFields::toDate) and HTTP's Retry-After in both forms (RetryAfter). A parsed date is valid
// and in UTC; a Retry-After wait is never negative.
// Built by tests/fuzz/CMakeLists.txt with clang and -fsanitize=fuzzer,address,undefined.

#include "api/JsonFields.h"
#include "api/RetryAfter.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QDateTime> date = JsonFields::toDate(QString::fromUtf8(bytes))) {
        if (!date->isValid() || date->offsetFromUtc() != 0)
            std::abort();
    }
    static const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    if (const auto wait = RetryAfter::parse(bytes, now)) {
        if (wait->count() < 0)
            std::abort();
    }
    (void)RetryAfter::parseHttpDate(bytes);
    return 0;
}
