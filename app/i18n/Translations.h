#pragma once

#include "Language.h"
#include "TextOrigins.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Deskhand's catalogue and Qt's own (qtbase) for one language, installed in the application, and
// the default locale for dates and numbers. apply() switches at runtime: the old translators go,
// the new ones come, and widgets get QEvent::LanguageChange (ui/Retranslation gives the texts
// already on screen in the new language). One per process: the application and deskhand-cli make
// it at start, before the first translated text.
//
// Deskhand's catalogues are built into the program (:/i18n); the folders given are searched
// first: an installed package's share/deskhand/translations, or a test's own catalogues.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QStringList folders = installedFolders(), QObject *parent = nullptr);
    ~Translations() override;

    // Where a package installs the catalogues, relative to the program (bin/../share/deskhand/…).
    static QStringList installedFolders();
    // The one made in this process, if any (the Settings dialog switches through it).
    static Translations *instance();

    // Speaks `language` from now on. False when Deskhand has no catalogue for it: the source
    // texts (English) show, and Qt's own catalogue still loads.
    bool apply(const Language &language);

    Language language() const { return m_language; }
    QString catalogue() const { return m_catalogue; }           // "de"; "en" for English
    QLocale previousLocale() const { return m_previousLocale; } // before the last apply()
    const TextOrigins &origins() const { return m_origins; }

signals:
    // After apply(); the LanguageChange events it caused are already posted.
    void changed();

private:
    QStringList m_folders;
    TextOrigins m_origins;
    std::unique_ptr<QTranslator> m_deskhand;
    std::unique_ptr<QTranslator> m_qt;
    bool m_installed = false;
    Language m_language;
    QString m_catalogue;
    QLocale m_previousLocale;
};
