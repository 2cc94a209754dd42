#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Which links from ticket content Deskhand will ever open, and how their real target is shown.
// Only http, https and mailto open; everything else (javascript:, data:, file:, UNC paths,
// custom schemes, relative links) is inert text.
class LinkPolicy
{
public:
    // The URL to open for an href found in ticket content, or nothing when it must not open.
    static std::optional<QUrl> openable(const QString &href);
    static bool isOpenable(const QUrl &url);

    // The real target as the agent should read it before opening, e.g. "https://evil.example/login".
    static QString displayTarget(const QUrl &url);
};
