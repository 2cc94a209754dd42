#include "TranslationCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

TranslationCatalogue TranslationCatalogue::read(const QString &path, QString *error)
{
    TranslationCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            if (!message.numerus) {
                message.translations << xml.readElementText();
                catalogue.m_messages << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
            if (message.translations.size() == 2)
                catalogue.m_messages << message;
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return catalogue;
}

TranslationCatalogue::Pattern TranslationCatalogue::patternOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QString regex = QStringLiteral("^");
    QString letters;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString piece = text.mid(at, match.capturedStart() - at);
        regex += QRegularExpression::escape(piece) + QStringLiteral(".+?");
        letters += piece;
        at = match.capturedEnd();
    }
    regex += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
    letters += text.mid(at);
    letters.remove(QRegularExpression(QStringLiteral("[^\\p{L}]")));
    return {QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption), letters.size() >= 4};
}

QStringList TranslationCatalogue::englishLeftovers(const QStringList &texts, const QSet<QString> &data) const
{
    QSet<QString> translated;
    QList<Pattern> translatedPatterns;
    QSet<QString> english;          // sources translated differently
    QList<Pattern> englishPatterns; // … those with placeholders
    for (const Message &message : m_messages) {
        for (const QString &translation : message.translations) {
            translated << translation;
            if (translation.contains(QLatin1Char('%')))
                translatedPatterns << patternOf(translation);
        }
        if (message.translations.contains(message.source))
            continue;
        english << message.source;
        if (message.source.contains(QLatin1Char('%')))
            englishPatterns << patternOf(message.source);
    }
    const auto matches = [](const QList<Pattern> &patterns, const QString &text) {
        return std::any_of(patterns.cbegin(), patterns.cend(), [&text](const Pattern &p) {
            return p.usable && p.english.match(text).hasMatch();
        });
    };
    QStringList leftovers;
    for (const QString &text : texts) {
        // A letter or two ("B", "OK") says nothing of its language: a key, a button's letter.
        if (text.trimmed().size() <= 2 || data.contains(text) || translated.contains(text) ||
            matches(translatedPatterns, text))
            continue;
        if (english.contains(text) || matches(englishPatterns, text))
            leftovers << text;
    }
    return leftovers;
}
