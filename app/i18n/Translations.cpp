#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace {

Translations *current = nullptr;

} // namespace

Translations::Translations(QStringList folders, QObject *parent)
    : QObject(parent), m_folders(std::move(folders))
{
    m_folders << QStringLiteral(":/i18n");
    if (!current)
        current = this;
}

Translations::~Translations()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_origins);
    if (current == this)
        current = nullptr;
}

QStringList Translations::installedFolders()
{
    if (!QCoreApplication::instance())
        return {};
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/deskhand/translations"))};
}

Translations *Translations::instance()
{
    return current;
}

bool Translations::apply(const Language &language)
{
    const QString code = language.catalogue();
    auto deskhand = std::make_unique<QTranslator>();
    bool found = false;
    for (const QString &folder : std::as_const(m_folders)) {
        if (deskhand->load(QStringLiteral("deskhand_") + code, folder)) {
            found = true;
            break;
        }
    }
    // Qt's own texts (standard buttons, file dialogs, context menus); English needs none.
    auto qt = std::make_unique<QTranslator>();
    const bool qtFound =
        code != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The locale first, so that widgets answering LanguageChange write dates the new way.
    m_previousLocale = QLocale();
    QLocale::setDefault(language.locale());
    // One translator in and out: it consults both catalogues and remembers where texts came from.
    if (m_installed)
        QCoreApplication::removeTranslator(&m_origins);
    QList<const QTranslator *> catalogues;
    if (found)
        catalogues << deskhand.get();
    if (qtFound)
        catalogues << qt.get();
    m_origins.setCatalogues(catalogues);
    m_deskhand = std::move(deskhand);
    m_qt = std::move(qt);
    m_installed = QCoreApplication::installTranslator(&m_origins);
    m_language = language;
    m_catalogue = code;
    emit changed();
    return found;
}
