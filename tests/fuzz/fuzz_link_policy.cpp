// libFuzzer target: hrefs from ticket content through LinkPolicy. Whatever the input, an
// openable link is http, https or mailto, and its display target is not empty.
// Built by tests/fuzz/CMakeLists.txt with clang and -fsanitize=fuzzer,address,undefined.

#include "content/LinkPolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const QString href = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QUrl> url = LinkPolicy::openable(href)) {
        const QString scheme = url->scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
            scheme != QLatin1String("mailto"))
            std::abort();
        if (!LinkPolicy::isOpenable(*url) || LinkPolicy::displayTarget(*url).isEmpty())
            std::abort();
    }
    (void)LinkPolicy::isOpenable(QUrl(href));
    return 0;
}
