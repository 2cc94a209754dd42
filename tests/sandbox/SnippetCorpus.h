#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The helpdesk's ticket snippets (Deskpro's "text snippets" in the ticket context): canned
// replies in categories, each with a shortcut code and its title and HTML content in English
// (en_US), German (de_DE) and French (fr_FR), as Deskpro keeps one translation per language.
// A few are an agent's own (Deskpro shows an agent the global ones and their own), one is a
// draft. The same for every seed.
class SnippetCorpus
{
public:
    struct Text
    {
        const char *locale;
        const char *title;
        const char *content; // HTML
    };
    struct Snippet
    {
        int id;
        int category;
        int person; // 0: global; else the agent whose own it is
        const char *shortcutCode;
        bool isDraft;
        QList<Text> texts;
    };
    struct Category
    {
        int id;
        const char *title;
    };

    static QList<Category> categories();
    static QList<Snippet> snippets();

    // Writes them into empty tables; true when done (or there was nothing to do).
    static bool seed(QSqlDatabase db, QString *error);
};
