#include "Language.h"

#include <QSettings>

namespace {

QString languageOf(const QString &name)
{
    // "de-CH", "de_CH.UTF-8", "de" → "de"
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

Language Language::fromCode(const QString &code)
{
    const QString language = languageOf(code.trimmed());
    return codes().contains(language) ? Language(language) : Language();
}

const QStringList &Language::codes()
{
    static const QStringList all{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    return all;
}

QList<Language> Language::choices()
{
    QList<Language> all{Language()};
    for (const QString &code : codes())
        all << Language(code);
    return all;
}

Language Language::stored()
{
    return fromCode(QSettings().value(settingsKey()).toString());
}

void Language::store() const
{
    QSettings().setValue(settingsKey(), m_code);
}

QString Language::nativeName() const
{
    if (followsSystem())
        return {};
    if (m_code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (m_code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Language::catalogue() const
{
    if (!followsSystem())
        return m_code;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = languageOf(name);
        if (codes().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale Language::locale() const
{
    const QLocale system = QLocale::system();
    if (followsSystem())
        return system;
    const QLocale chosen(m_code);
    return system.language() == chosen.language() ? system : chosen;
}
