#include "DocumentHtml.h"

#include "content/LinkPolicy.h"

#include <QFont>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace {

QString fragmentHtml(const QTextFragment &fragment)
{
    QString text = fragment.text();
    text.remove(QChar::ObjectReplacementCharacter); // inline objects are not sent
    QString html = text.toHtmlEscaped();
    html.replace(QChar::LineSeparator, QLatin1String("<br>"));
    html.replace(QChar::Nbsp, QLatin1String("&nbsp;"));
    if (html.isEmpty())
        return {};
    const QTextCharFormat format = fragment.charFormat();
    if (format.fontUnderline() && !format.isAnchor())
        html = QStringLiteral("<u>%1</u>").arg(html);
    if (format.fontItalic())
        html = QStringLiteral("<i>%1</i>").arg(html);
    if (format.fontWeight() > QFont::Normal)
        html = QStringLiteral("<b>%1</b>").arg(html);
    if (format.isAnchor()) {
        const QUrl target(format.anchorHref());
        if (LinkPolicy::isOpenable(target))
            html = QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(target.toString(QUrl::FullyEncoded).toHtmlEscaped(), html);
    }
    return html;
}

QString blockHtml(const QTextBlock &block)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        html += fragmentHtml(it.fragment());
    return html;
}

} // namespace

QString DocumentHtml::fromDocument(const QTextDocument &document)
{
    QStringList parts;
    QTextList *openList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        if (list != openList) {
            if (openList)
                parts << (openList->format().style() == QTextListFormat::ListDecimal
                              ? QStringLiteral("</ol>")
                              : QStringLiteral("</ul>"));
            if (list)
                parts << (list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("<ol>")
                                                                                 : QStringLiteral("<ul>"));
            openList = list;
        }
        const QString inner = blockHtml(block);
        if (list)
            parts << QStringLiteral("<li>%1</li>").arg(inner);
        else
            parts << (inner.isEmpty() ? QStringLiteral("<p><br></p>")
                                      : QStringLiteral("<p>%1</p>").arg(inner));
    }
    if (openList)
        parts << (openList->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("</ol>")
                                                                             : QStringLiteral("</ul>"));
    // Blank lines at either end are the editor's, not the agent's.
    while (!parts.isEmpty() && parts.constFirst() == QLatin1String("<p><br></p>"))
        parts.removeFirst();
    while (!parts.isEmpty() && parts.constLast() == QLatin1String("<p><br></p>"))
        parts.removeLast();
    return parts.join(QString());
}
