// deskhand-cli: Deskhand's command-line client. It shares the account, store and keychain of
// the desktop application, so that agents and scripts can work a helpdesk from a terminal.

#include "BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

// Documented in --help; scripts rely on them.
enum ExitCode {
    Done = 0,
    OtherError = 1,
    Usage = 2,
    QueuedOffline = 3,
    CredentialsNeeded = 4,
    ConflictHeld = 5,
};

QString exitCodesHelp()
{
    return QCoreApplication::translate("cli",
                                       "Exit codes:\n"
                                       "  0  done\n"
                                       "  1  other error\n"
                                       "  2  usage error\n"
                                       "  3  queued offline: will be sent when the helpdesk is reachable\n"
                                       "  4  credentials needed, or the keychain is unavailable\n"
                                       "  5  conflict held for the agent to decide\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskhand-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deskhand"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Work a Deskpro helpdesk from the terminal.") + QLatin1Char('\n') +
        exitCodesHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("cli", "What to do (more commands are coming)."));

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Done;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "deskhand-cli " << BuildInfo::version << '\n';
        return Done;
    }
    const QStringList commands = parser.positionalArguments();
    if (commands.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("cli", "Name a command; see deskhand-cli --help.")
                            << '\n';
        return Usage;
    }
    QTextStream(stderr) << QCoreApplication::translate("cli",
                                                       "Unknown command “%1”; see deskhand-cli --help.")
                               .arg(commands.constFirst())
                        << '\n';
    return Usage;
}
