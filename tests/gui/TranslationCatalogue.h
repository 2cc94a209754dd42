#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// A .ts file read for tests: which English source texts a language translates differently, so
// that a test can tell an English text left on screen from a translated one or from data.
class TranslationCatalogue
{
public:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or the plural forms
        bool numerus = false;
    };

    static TranslationCatalogue read(const QString &path, QString *error = nullptr);

    const QList<Message> &messages() const { return m_messages; }
    // Texts (from VisibleTexts) that are an English source text, or one filled in (its %1 and %n
    // matched), whose translation differs, and that are no translation themselves; not one or two
    // characters, which could be a key or a letter of any language. `data` are
    // texts that come from the helpdesk (status, agent, department names) and may read like one.
    QStringList englishLeftovers(const QStringList &texts, const QSet<QString> &data = {}) const;

private:
    struct Pattern
    {
        QRegularExpression english;
        bool usable = false; // enough words around the placeholders to mean something
    };
    static Pattern patternOf(const QString &text);

    QList<Message> m_messages;
};
