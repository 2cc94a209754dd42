#include "MessageText.h"

#include <QRegularExpression>
#include <QStringList>

bool MessageText::looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("<(p|div|br|b|i|a|ul|ol|li|table|blockquote|span|strong|em)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(text).hasMatch();
}

QString MessageText::toHtml(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (looksLikeHtml(trimmed))
        return trimmed;
    QString normalized = trimmed;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs;
    for (const QString &paragraph : normalized.split(blankLines, Qt::SkipEmptyParts))
        paragraphs << QStringLiteral("<p>") +
                          paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                      QLatin1String("<br>")) +
                          QStringLiteral("</p>");
    return paragraphs.join(QString());
}
