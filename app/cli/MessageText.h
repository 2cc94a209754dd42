#pragma once

#include <QString>

// What an agent types into a file or a pipe, made into the HTML a reply carries: HTML stays as
// written (the helpdesk sanitizes what it stores), plain text is escaped, with blank lines as
// paragraphs and line breaks kept.
class MessageText
{
public:
    static bool looksLikeHtml(const QString &text);
    static QString toHtml(const QString &text); // empty for blank input
};
