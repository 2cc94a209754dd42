// libFuzzer target: Deskpro JSON → domain values (DeskproJson), error trees and batch answers.
// Built by tests/fuzz/CMakeLists.txt with clang and -fsanitize=fuzzer,address,undefined.

#include "JsonMappingTarget.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The client refuses answers above its cap long before this; keep runs fast.
    if (size > (1 << 20))
        return 0;
    JsonMappingTarget::run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
