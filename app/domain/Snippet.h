#pragma once

#include <QList>
#include <QString>

// A ticket snippet (Deskpro's text snippet): a canned reply the agent inserts in the composer,
// with its title and HTML content in each language the helpdesk has it in.
struct Snippet
{
    struct Text
    {
        QString locale; // "en_US", "de_DE", "fr_FR", …
        QString title;
        QString html; // as the helpdesk sent it: sanitized before it is shown or inserted
        bool operator==(const Text &) const = default;
    };

    qint64 id = 0;
    qint64 categoryId = 0;
    QString shortcutCode;
    QString title;        // in the helpdesk's default language
    bool isDraft = false; // the agent's own, not finished: not offered
    QList<Text> texts;

    // The text in `locale`; else in the same language ("de" for "de_CH"); else English; else the
    // first there is. An empty Text when there is none at all.
    Text text(const QString &locale) const
    {
        const auto language = [](const QString &name) {
            return name.section(QLatin1Char('_'), 0, 0).toLower();
        };
        for (const Text &t : texts)
            if (t.locale.compare(locale, Qt::CaseInsensitive) == 0)
                return t;
        for (const Text &t : texts)
            if (language(t.locale) == language(locale))
                return t;
        for (const Text &t : texts)
            if (language(t.locale) == QLatin1String("en"))
                return t;
        return texts.isEmpty() ? Text{QString(), title, QString()} : texts.constFirst();
    }

    bool operator==(const Snippet &) const = default;
};
