// deskhand-cli: Deskhand's command-line client. It shares the account, store and keychain of
// the desktop application, so that agents and scripts can work a helpdesk from a terminal.

#include "BuildInfo.h"
#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskhand-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deskhand"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before the first text.
    Translations translations;
    translations.apply(Language());

    Cli cli(QCoreApplication::arguments());
    QTimer::singleShot(0, &app, [&cli] {
        QCoro::connect(cli.run(), qApp, [](ExitCode code) { QCoreApplication::exit(int(code)); });
    });
    return QCoreApplication::exec();
}
