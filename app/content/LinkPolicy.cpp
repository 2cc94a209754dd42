#include "LinkPolicy.h"

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

std::optional<QUrl> LinkPolicy::openable(const QString &href)
{
    const QString trimmed = href.trimmed();
    // Backslashes make UNC paths (\\host\share) and confuse URL parsers across platforms.
    if (trimmed.isEmpty() || trimmed.size() > 8192 || trimmed.contains(QLatin1Char('\\')) ||
        hasControlCharacters(trimmed))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!isOpenable(url))
        return std::nullopt;
    return url;
}

bool LinkPolicy::isOpenable(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return false;
}

QString LinkPolicy::displayTarget(const QUrl &url)
{
    // User info is dropped: "https://yourbank.com@evil.example" goes to evil.example, so show that.
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    return shown.toDisplayString();
}
