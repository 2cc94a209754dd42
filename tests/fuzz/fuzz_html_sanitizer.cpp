// libFuzzer target: hostile ticket HTML through HtmlSanitizer. Beyond "no crash": what comes out
// never loads anything, runs anything or links anywhere LinkPolicy refuses — checked here on
// every input, so a sanitizer regression is a finding, not only a crash.
// Built by tests/fuzz/CMakeLists.txt with clang and -fsanitize=fuzzer,address,undefined.

#include "content/HtmlSanitizer.h"
#include "content/LinkPolicy.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool holds, const char *what, const QString &html)
{
    if (holds)
        return;
    std::fprintf(stderr, "sanitizer invariant broken: %s\n%s\n", what, qPrintable(html.left(2000)));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
    const QString &out = result.html;

    static const QRegularExpression loads(
        QStringLiteral("<[^>]*\\s(src(?!=\"(remote-image|attachment):)|srcset|background|poster|data|action|"
                       "formaction|ping|style|codebase|on[a-z]+)\\s*="),
        QRegularExpression::CaseInsensitiveOption);
    require(!loads.match(out).hasMatch(), "an attribute that loads or runs something", out);
    static const QRegularExpression code(
        QStringLiteral("<\\s*/?\\s*(script|style|iframe|frame|object|embed|svg|"
                       "math|form|input|link|meta|base)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    require(!code.match(out).hasMatch(), "an element that must never survive", out);
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(out); it.hasNext();) {
        const QString target = it.next().captured(1);
        require(LinkPolicy::isOpenable(QUrl(target)), "a link LinkPolicy refuses", out);
    }
    require(!out.contains(QChar(0x202E)) && !out.contains(QChar(0x202D)), "a bidirectional override", out);

    // The plain-text form (search index, previews) must not crash either.
    (void)HtmlSanitizer::toPlainText(html);
    return 0;
}
