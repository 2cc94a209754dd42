#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// Turns ticket HTML (hostile input: it comes from the internet) into HTML that Qt's rich-text
// engine can show without loading anything, running anything or pointing anywhere unexpected.
//
// An allow-list, not a block-list: only plain formatting elements and a few attributes survive.
// No style attributes or <style> (CSS url(), @import), no scripts, frames, forms, SVG or MathML
// (their text content is dropped where it is code, kept where it is prose). Links survive only
// when LinkPolicy allows their target, and carry it as their title so the agent sees where a
// link really goes. Images never keep their source: remote ones become numbered placeholders
// ("remote-image:N") that the viewer may fetch on the agent's request; inline attachments
// ("cid:") become "attachment:<cid>". Nesting deeper than a limit is flattened; bidirectional
// override characters are removed. The output is always well-formed.
class HtmlSanitizer
{
public:
    struct Result
    {
        QString html;
        QList<QUrl> remoteImages; // placeholder N is remoteImages[N]
        int removedElements = 0;  // elements or attributes taken out, for "content was cleaned"
    };

    static Result sanitize(const QString &html);

    // The text an agent would read, for search indexes, previews and notifications.
    static QString toPlainText(const QString &html);

    static constexpr int maxDepth = 64;
    // Tables in tables beyond this depth are flattened to their text: Qt's layout time doubles
    // with each level (14 levels: half a second; 21: over a minute).
    static constexpr int maxTableDepth = 8;
};
