#pragma once

#include <QString>

class QTextDocument;

// What the agent wrote in the composer, as the small, clean HTML a helpdesk message wants:
// paragraphs, line breaks, bold, italic, underline, links and lists. Qt's own toHtml() writes a
// whole document with CSS that the helpdesk would show as-is (and our sanitizer would strip,
// losing the formatting), so the document is written out here, fragment by fragment.
class DocumentHtml
{
public:
    static QString fromDocument(const QTextDocument &document);
};
