#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// The language Deskhand speaks: the system's, or one the agent chose in Settings. Kept in the
// settings file by its code ("" for the system's, "en", "de", "fr"); nothing secret.
class Language
{
public:
    Language() = default; // the system's
    // An unknown code (a language this build does not have) is the system's.
    static Language fromCode(const QString &code);
    static Language english() { return fromCode(QStringLiteral("en")); }
    // The languages Deskhand is translated into, by code; English is the source language.
    static const QStringList &codes();
    // What Settings offers: the system's first, then every language in its own name.
    static QList<Language> choices();

    // The agent's choice from the settings file, and storing it there.
    static QString settingsKey() { return QStringLiteral("language"); }
    static Language stored();
    void store() const;

    QString code() const { return m_code; }
    bool followsSystem() const { return m_code.isEmpty(); }
    // "Deutsch", "Français", "English": each in its own words, whatever the current language is;
    // empty for the system's.
    QString nativeName() const;
    // The catalogue to load: the code, or for the system's the first of the system's languages
    // that Deskhand has (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix), else English.
    QString catalogue() const;
    // Dates and numbers: the system's locale when it speaks this language (so that de_CH keeps
    // Swiss formats), else the language's own.
    QLocale locale() const;

    bool operator==(const Language &other) const { return m_code == other.m_code; }
    bool operator!=(const Language &other) const { return !(*this == other); }

private:
    explicit Language(QString code) : m_code(std::move(code)) {}

    QString m_code;
};
