// deskhand: the agent's desktop application.

#include "AccountController.h"
#include "BuildInfo.h"
#include "ConnectionIndicator.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "Retranslation.h"
#include "SignInDialog.h"
#include "WindowLayout.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "account/AttachmentCopies.h"
#include "api/HelpdeskAddress.h"
#include "api/HelpdeskDiscovery.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Writes the window to `path` once it has painted, then quits: for docs, the demo and tests.
void screenshotAndQuit(MainWindow *window, const QString &path)
{
    QTimer::singleShot(0, window, [window, path] {
        window->repaint();
        const bool saved = window->grab().save(path, "PNG");
        if (!saved)
            QTextStream(stderr)
                << QApplication::translate("main", "Could not write the screenshot to %1.").arg(path) << '\n';
        QApplication::exit(saved ? 0 : 1);
    });
}

// The end of a scripted run, once the window shows what it came for. --report-painted (for the
// start-up benchmark, bench/WindowBench.cpp; not in --help) prints when the window had painted,
// on the monotonic clock, and its size as a JSON line. With an account shown, that is when the
// window had painted its queue (MainWindow::accountPainted), and the screenshot waits for the
// queue counts, which are read after that.
void finishScriptedRun(MainWindow *window, const QString &screenshot, bool reportPainted, bool accountShown)
{
    const auto report = [window, screenshot](qint64 paintedNs) {
        QTextStream(stdout) << QStringLiteral("{\"painted_ns\":%1,\"width\":%2,\"height\":%3}")
                                   .arg(paintedNs)
                                   .arg(window->width())
                                   .arg(window->height())
                            << Qt::endl;
        if (screenshot.isEmpty())
            QApplication::exit(0);
    };
    if (accountShown) {
        if (reportPainted)
            QObject::connect(window, &MainWindow::accountPainted, window, report, Qt::SingleShotConnection);
        if (!screenshot.isEmpty())
            QObject::connect(
                window, &MainWindow::queueCountsShown, window,
                [window, screenshot] { screenshotAndQuit(window, screenshot); }, Qt::SingleShotConnection);
        return;
    }
    if (!reportPainted) {
        screenshotAndQuit(window, screenshot);
        return;
    }
    FirstPaint::whenPainted(window, [window, screenshot, report](qint64 paintedNs) {
        report(paintedNs);
        if (!screenshot.isEmpty())
            screenshotAndQuit(window, screenshot);
    });
}

// The value of --language, read before the parser so that --help speaks it; null when not given.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(int(qstrlen("--language=")));
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

// How long the window waits for the account's queue before it shows without it.
constexpr std::chrono::milliseconds showAtLatest{300};

bool isLanguageCode(const QString &code)
{
    return code == QLatin1String("system") || Language::codes().contains(code);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Deskhand"));
    QApplication::setOrganizationName(QStringLiteral("Deskhand"));
    QApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
    QApplication::setDesktopFileName(QStringLiteral("deskhand"));

    // --language for this run, else the one chosen in Settings, else the system's: before the
    // first text. Retranslation gives the window's texts again when Settings switches.
    Translations translations;
    const QString languageCode = languageArgument(QApplication::arguments());
    translations.apply(languageCode.isNull() ? Language::stored() : Language::fromCode(languageCode));
    Retranslation retranslation(translations);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop client for helpdesk agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption helpdeskOption(
        QStringLiteral("helpdesk"), QApplication::translate("main", "Check the helpdesk at <url> on start."),
        QStringLiteral("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Write a PNG of the window to <file> once it has loaded, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        QApplication::translate("main", "Open the account <name> (by default the only one there is)."),
        QStringLiteral("name"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QApplication::translate("main", "Open the ticket <id> or <ref> once the account is open."),
        QStringLiteral("ticket"));
    parser.addOption(helpdeskOption);
    parser.addOption(screenshotOption);
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QApplication::translate(
            "main", "Add a helpdesk in the sign-in dialog before the window opens (it comes by itself when "
                    "there is none yet)."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Speak <language> in this run: de, en, fr, or system (by default the "
                                        "language chosen in Settings)."),
        QStringLiteral("language"));
    parser.addOption(accountOption);
    parser.addOption(openOption);
    parser.addOption(signInOption);
    parser.addOption(languageOption);
    // The start-up benchmark's: hidden, so that its help needs no translation.
    QCommandLineOption reportPaintedOption(QStringLiteral("report-painted"));
    reportPaintedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportPaintedOption);
    parser.process(app);
    if (parser.isSet(languageOption) && !isLanguageCode(parser.value(languageOption))) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "Unknown language “%1”: choose de, en, fr or system.")
                                   .arg(parser.value(languageOption))
                            << '\n';
        return 2;
    }

    // Private copies of attachments a crashed run left behind go now, off the UI thread.
    QFuture<void> sweep = QtConcurrent::run(&AttachmentCopies::sweepLeftovers);
    Q_UNUSED(sweep)

    AccountRegistry registry;
    std::unique_ptr<Account> account; // from the sign-in dialog, before the window exists
    const QString screenshot = parser.value(screenshotOption);
    const bool reportPainted = parser.isSet(reportPaintedOption);
    // A run that ends by itself once the window has painted (a screenshot, the benchmark).
    const bool scripted = !screenshot.isEmpty() || reportPainted;

    // No helpdesk yet (or --sign-in): the sign-in dialog comes before the window. Not for a
    // scripted run or a --helpdesk check, which run without an agent.
    const bool firstRun = registry.accounts().isEmpty() && !parser.isSet(accountOption) &&
                          !parser.isSet(helpdeskOption) && !scripted;
    if (parser.isSet(signInOption) || firstRun) {
        SignInDialog dialog(registry);
        if (parser.isSet(helpdeskOption))
            dialog.setAddress(parser.value(helpdeskOption));
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        account = dialog.takeAccount();
    }

    const QString ticketToOpen = parser.value(openOption);
    bool openFailed = false; // --open named a ticket the store does not have: a scripted run fails

    QString pickError;
    const bool hasAccounts = !registry.accounts().isEmpty();
    const std::optional<AccountInfo> info = !account && (hasAccounts || parser.isSet(accountOption))
                                                ? registry.pick(parser.value(accountOption), &pickError)
                                                : std::nullopt;
    // The account opens while the window is built: the keychain answers on a thread of its own
    // (KeychainThread) and the store opens on its writer's, so the UI thread only builds.
    std::optional<QCoro::Task<Account::Opening>> opened;
    if (info)
        opened.emplace(Account::open(*info, registry));

    MainWindow window;
    // Scripted runs shoot the window as it is built, not as the agent last arranged it.
    if (!scripted) {
        WindowLayout::restore(&window);
        QObject::connect(&app, &QApplication::aboutToQuit, &window,
                         [&window] { WindowLayout::save(&window); });
    }
    // The accounts shown in the window: the switcher, adding one, signing out.
    AccountController accounts(registry, window);
    if (account) { // just signed in through the dialog
        window.show();
        accounts.adopt(std::move(account));
        return QApplication::exec();
    }
    if (info) {
        window.connectionIndicator()->setState(ConnectionIndicator::State::Checking,
                                               info->helpdeskUrl.toDisplayString());
        // The window shows once it has the account's queue to show: painted once, with the queue,
        // rather than empty first (that first paint would hold up the opening's later steps, which
        // resume on this thread). A keychain that takes longer, e.g. one waiting to be unlocked,
        // does not keep it hidden.
        QTimer::singleShot(showAtLatest, &window, [&window] { window.show(); });
        QCoro::connect(std::move(*opened), &window,
                       [&window, &accounts, &openFailed, scripted, screenshot, reportPainted,
                        ticketToOpen](Account::Opening opening) {
                           if (opening.account) {
                               AccountSession::Options options;
                               // A scripted run shows the store as it is; no sync races the shot.
                               if (scripted) {
                                   options.syncOnStart = false;
                                   options.syncInterval = std::chrono::milliseconds(0);
                               }
                               accounts.adopt(std::move(opening.account), options);
                               if (!ticketToOpen.isEmpty() && !window.openTicketByKey(ticketToOpen)) {
                                   QTextStream(stderr) << window.statusBar()->currentMessage() << '\n';
                                   openFailed = true;
                               }
                           } else {
                               // E.g. no keychain: what is missing and how to get it, nothing made up.
                               window.connectionIndicator()->setState(ConnectionIndicator::State::Unreachable,
                                                                      opening.message);
                               window.statusBar()->showMessage(opening.message);
                               if (scripted) { // a scripted run says why, and fails
                                   QTextStream(stderr) << opening.message << '\n';
                                   openFailed = true;
                               }
                           }
                           window.show();
                           if (scripted)
                               finishScriptedRun(&window, screenshot, reportPainted,
                                                 window.session() != nullptr);
                       });
        const int code = QApplication::exec();
        return openFailed && code == 0 ? 1 : code;
    }
    window.show();
    if (!pickError.isEmpty())
        window.statusBar()->showMessage(pickError);

    QNetworkAccessManager network;
    HelpdeskDiscovery discovery(&network);
    if (parser.isSet(helpdeskOption)) {
        const HelpdeskAddress address = HelpdeskAddress::parse(parser.value(helpdeskOption));
        window.connectionIndicator()->setState(ConnectionIndicator::State::Checking,
                                               address.url().toDisplayString());
        QCoro::connect(
            discovery.discover(address), &window,
            [&window, address, scripted, screenshot, reportPainted](const HelpdeskDiscovery::Result &result) {
                if (result.ok()) {
                    const QString build =
                        result.info.buildName.isEmpty() ? result.info.build : result.info.buildName;
                    window.setHelpdeskTitle(address.url().host());
                    window.connectionIndicator()->setState(
                        ConnectionIndicator::State::Online,
                        MainWindow::tr("%1, Deskpro %2").arg(address.url().toDisplayString(), build));
                } else {
                    window.connectionIndicator()->setState(ConnectionIndicator::State::Unreachable,
                                                           result.message);
                }
                if (scripted)
                    finishScriptedRun(&window, screenshot, reportPainted, false);
            });
    } else if (scripted) {
        finishScriptedRun(&window, screenshot, reportPainted, false);
    }
    return QApplication::exec();
}
