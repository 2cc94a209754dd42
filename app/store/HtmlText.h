#pragma once

#include <QString>

// The words of an HTML message body, for the search index: tags dropped, script and style
// content dropped, entities decoded, whitespace folded. Not a sanitizer and never rendered.
class HtmlText
{
public:
    static QString toPlainText(const QString &html);
};
