#include "Cli.h"

#include "BuildInfo.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "account/ApiTokenSignIn.h"
#include "account/SignOut.h"
#include "api/HelpdeskAddress.h"
#include "api/HelpdeskClient.h"
#include "auth/OAuthMetadata.h"
#include "auth/SsoSignIn.h"
#include "cli/MessageText.h"
#include "cli/OutboxView.h"
#include "cli/Terminal.h"
#include "cli/TicketChanges.h"
#include "cli/TicketView.h"
#include "content/HtmlSanitizer.h"
#include "store/BuiltInQueue.h"
#include "store/Journal.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/TicketRepository.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSet>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

// The platform's URL handler, as QDesktopServices would use it (which needs a GUI application).
// On Windows through url.dll rather than cmd's start, which would split the URL at '&'.
bool openInBrowser(const QUrl &url)
{
    const QString link = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), link});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {link});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {link});
#endif
}

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        return ExitCode::CredentialsNeeded;
    default:
        return ExitCode::OtherError;
    }
}

} // namespace

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments)), m_registry(std::make_unique<AccountRegistry>())
{
    m_parser.setApplicationDescription(helpText());
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("account"), tr("The account to use, by name, host or id."), QStringLiteral("name")},
        {QStringLiteral("url"), tr("The helpdesk's address (account add)."), QStringLiteral("url")},
        {QStringLiteral("api-key-file"), tr("Read the API key from <file>, or from stdin with -."),
         QStringLiteral("file")},
        {QStringLiteral("email"), tr("Sign in with this e-mail address and a password (account add)."),
         QStringLiteral("address")},
        {QStringLiteral("password-file"), tr("Read the password from <file>, or from stdin with -."),
         QStringLiteral("file")},
        {QStringLiteral("device-link-file"),
         tr("Sign in with a device link read from <file>, or from stdin with - (account add)."),
         QStringLiteral("file")},
        {QStringLiteral("issuer"),
         tr("With --sso: the authorization server's issuer, when it is not the helpdesk (RFC 8414)."),
         QStringLiteral("url")},
        {QStringLiteral("export"), tr("Write the unsent outbox items to <file> as JSON (account remove)."),
         QStringLiteral("file")},
        {QStringLiteral("discard-outbox"), tr("Sign out even though the outbox holds unsent items.")},
        {QStringLiteral("sso"),
         tr("Sign in through the helpdesk's single sign-on in a browser (account add).")},
        {QStringLiteral("client-id"), tr("The OAuth client id for --sso (default: deskhand)."),
         QStringLiteral("id")},
        {QStringLiteral("no-browser"),
         tr("With --sso: print the sign-in address instead of opening a browser.")},
        {QStringLiteral("sso-timeout"),
         tr("With --sso: how long to wait for the sign-in in the browser, in seconds (default: 300)."),
         QStringLiteral("seconds")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in <pem> for this account."),
         QStringLiteral("pem")},
        {QStringLiteral("name"), tr("What to call the account."), QStringLiteral("name")},
        {QStringLiteral("queue"), tr("The queue to list or sync (see “queues”)."), QStringLiteral("queue")},
        {QStringLiteral("file"), tr("Read the message from <file>, or from stdin with -."),
         QStringLiteral("file")},
        {QStringLiteral("person"), tr("The customer's e-mail address (new)."), QStringLiteral("email")},
        {QStringLiteral("subject"), tr("The new ticket's subject."), QStringLiteral("text")},
        {QStringLiteral("department"), tr("The new ticket's department, by id or title."),
         QStringLiteral("department")},
        {QStringLiteral("limit"), tr("Show at most <n> tickets (list, search)."), QStringLiteral("n")},
        {QStringLiteral("json"), tr("Print JSON instead of text.")},
        {QStringLiteral("yes"), tr("Confirm what cannot be undone (wipe).")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do; see the list above."));
}

Cli::~Cli() = default;

QString Cli::helpText()
{
    return tr(
        "Work a Deskpro helpdesk from the terminal, with the same account, encrypted store and keychain "
        "as the Deskhand application.\n"
        "\n"
        "Commands:\n"
        "  account add --url URL --api-key-file FILE|-   sign in with an API key (never on the command "
        "line)\n"
        "  account add --url URL --sso [--client-id ID] [--issuer URL] [--no-browser]\n"
        "                                                sign in through single sign-on in a browser\n"
        "  account add --url URL --email ADDRESS --password-file FILE|-\n"
        "                                                sign in with e-mail and password (not stored)\n"
        "  account add --device-link-file FILE|-         sign in with a device link (Preferences in the\n"
        "                                                agent interface; works once)\n"
        "  account sign-in NAME [--sso | --email ADDRESS --password-file FILE|- | --device-link-file "
        "FILE|-]\n"
        "                                                sign an account in again; its outbox and drafts "
        "stay\n"
        "  account remove NAME [--export FILE | --discard-outbox]\n"
        "                                                sign out: revoke what can be revoked, then wipe\n"
        "  accounts                                      the signed-in helpdesks\n"
        "  sync [--queue Q]                              bring the store up to date\n"
        "  queues                                        the queues with their counts\n"
        "  list [--queue Q] [--json]                     tickets of a queue (default: mine)\n"
        "  show ID|REF [--json]                          a ticket with its conversation\n"
        "  reply ID --file F|-                           reply to the customer (HTML or plain text)\n"
        "  note ID --file F|-                            add an internal note\n"
        "  set ID status=… agent=… team=… department=… priority=… urgency=… labels=a,b\n"
        "  new --person EMAIL --subject TEXT --file F|- [--department D]\n"
        "  search TEXT [--json]                          search the store; works offline\n"
        "  outbox [--json] | outbox send                 what is waiting to be sent; send it now\n"
        "  journal export                                the record of your actions, as JSON\n"
        "  wipe --yes                                    remove this account's data and keychain items\n"
        "\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  other error\n"
        "  2  usage error\n"
        "  3  queued offline: will be sent when the helpdesk is reachable\n"
        "  4  credentials needed, or the keychain is unavailable\n"
        "  5  conflict held for the agent to decide\n"
        "\n"
        "DESKHAND_HOME, when set, is where accounts and their stores live.");
}

QString Cli::option(const QString &name) const
{
    return m_parser.value(name);
}

bool Cli::flag(const QString &name) const
{
    return m_parser.isSet(name);
}

QStringList Cli::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

ExitCode Cli::usage(const QString &message)
{
    Terminal::error(message + QLatin1Char(' ') + tr("See deskhand-cli --help."));
    return ExitCode::Usage;
}

QCoro::Task<ExitCode> Cli::run()
{
    if (!m_parser.parse(m_arguments))
        co_return usage(m_parser.errorText());
    if (flag(QStringLiteral("help"))) {
        Terminal::print(m_parser.helpText());
        co_return ExitCode::Done;
    }
    if (flag(QStringLiteral("version"))) {
        Terminal::print(QStringLiteral("deskhand-cli %1").arg(QLatin1String(BuildInfo::version)));
        co_return ExitCode::Done;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        co_return usage(tr("Name a command."));
    const QString command = positional.constFirst();

    if (command == QLatin1String("account")) {
        const QString action = arguments().value(0);
        if (action == QLatin1String("add"))
            co_return co_await addAccount();
        if (action == QLatin1String("remove") || action == QLatin1String("sign-out")) {
            if (arguments().size() != 2)
                co_return usage(tr("account remove needs the account's name (see “accounts”)."));
            QString error;
            const std::optional<AccountInfo> info = m_registry->pick(arguments().at(1), &error);
            if (!info || arguments().at(1).isEmpty()) {
                Terminal::error(error.isEmpty() ? tr("There is no account “%1”.").arg(arguments().at(1))
                                                : error);
                co_return ExitCode::Usage;
            }
            co_return co_await signOut(*info, false);
        }
        if (action == QLatin1String("sign-in")) {
            if (arguments().size() != 2)
                co_return usage(tr("account sign-in needs the account's name (see “accounts”)."));
            const std::optional<AccountInfo> info = m_registry->find(arguments().at(1));
            if (!info) {
                Terminal::error(tr("There is no account “%1”.").arg(arguments().at(1)));
                co_return ExitCode::Usage;
            }
            co_return co_await signInAgain(*info);
        }
        co_return usage(tr("“account” takes “add”, “sign-in” or “remove”."));
    }
    if (command == QLatin1String("accounts"))
        co_return listAccounts();
    if (command == QLatin1String("sync"))
        co_return co_await sync();
    if (command == QLatin1String("queues"))
        co_return co_await queues();
    if (command == QLatin1String("list"))
        co_return co_await list();
    if (command == QLatin1String("show"))
        co_return co_await show();
    if (command == QLatin1String("search"))
        co_return co_await search();
    if (command == QLatin1String("reply"))
        co_return co_await reply(false);
    if (command == QLatin1String("note"))
        co_return co_await reply(true);
    if (command == QLatin1String("set"))
        co_return co_await set();
    if (command == QLatin1String("new"))
        co_return co_await newTicket();
    if (command == QLatin1String("outbox"))
        co_return co_await outbox();
    if (command == QLatin1String("journal"))
        co_return co_await journal();
    if (command == QLatin1String("wipe"))
        co_return co_await wipe();
    co_return usage(tr("Unknown command “%1”.").arg(command));
}

QCoro::Task<std::unique_ptr<Account>> Cli::openAccount(ExitCode *failure)
{
    QString error;
    const std::optional<AccountInfo> info = m_registry->pick(option(QStringLiteral("account")), &error);
    if (!info) {
        Terminal::error(error);
        *failure = ExitCode::Usage;
        co_return std::unique_ptr<Account>();
    }
    Account::Opening opening = co_await Account::open(*info, *m_registry);
    if (!opening.account) {
        Terminal::error(opening.message);
        *failure = (opening.problem == Account::Problem::KeychainUnavailable ||
                    opening.problem == Account::Problem::CredentialsMissing)
                       ? ExitCode::CredentialsNeeded
                       : ExitCode::OtherError;
        co_return std::unique_ptr<Account>();
    }
    co_return std::move(opening.account);
}

QCoro::Task<ExitCode> Cli::addAccount()
{
    const bool sso = flag(QStringLiteral("sso"));
    const bool apiKeyFile = flag(QStringLiteral("api-key-file"));
    const bool password = flag(QStringLiteral("email")) || flag(QStringLiteral("password-file"));
    const bool deviceLink = flag(QStringLiteral("device-link-file"));
    const int methods = int(sso) + int(apiKeyFile) + int(password) + int(deviceLink);
    if (methods == 0)
        co_return usage(tr("account add needs a way to sign in: --sso, --api-key-file FILE, --email ADDRESS "
                           "with --password-file FILE, or --device-link-file FILE (- reads stdin). Keys, "
                           "passwords and links are never taken from the command line, where other users "
                           "could read them."));
    if (methods > 1)
        co_return usage(tr("account add takes one way to sign in: --sso, --api-key-file, --email with "
                           "--password-file, or --device-link-file."));
    if (!sso && (flag(QStringLiteral("client-id")) || flag(QStringLiteral("no-browser")) ||
                 flag(QStringLiteral("issuer")) || flag(QStringLiteral("sso-timeout"))))
        co_return usage(tr("--client-id, --issuer, --no-browser and --sso-timeout go with --sso."));
    if (flag(QStringLiteral("sso-timeout")) && option(QStringLiteral("sso-timeout")).toInt() <= 0)
        co_return usage(tr("--sso-timeout needs a number of seconds."));
    if (password && !(flag(QStringLiteral("email")) && flag(QStringLiteral("password-file"))))
        co_return usage(tr("--email and --password-file go together."));
    if (sso && flag(QStringLiteral("client-id")) && option(QStringLiteral("client-id")).trimmed().isEmpty())
        co_return usage(tr("--client-id needs a value."));

    std::optional<ApiTokenSignIn::DeviceLink> link;
    HelpdeskAddress address;
    if (deviceLink) {
        ExitCode failure = ExitCode::OtherError;
        link = readDeviceLink(&failure);
        if (!link)
            co_return failure;
        address = HelpdeskAddress::parse(link->helpdeskUrl.toString());
        if (flag(QStringLiteral("url")) &&
            HelpdeskAddress::parse(option(QStringLiteral("url"))).url() != address.url())
            co_return usage(tr("The device link is for %1, not for the helpdesk given with --url.")
                                .arg(address.url().toDisplayString()));
    } else {
        address = HelpdeskAddress::parse(option(QStringLiteral("url")));
        if (!flag(QStringLiteral("url")))
            co_return usage(tr("account add needs --url."));
        if (!address.isValid())
            co_return usage(address.error());
    }
    ExitCode unreadable = ExitCode::OtherError;
    const std::optional<QString> apiKey = apiKeyFile ? readApiKey(&unreadable) : QString();
    if (!apiKey)
        co_return unreadable;
    std::optional<QString> secretPassword = password ? readPassword(&unreadable) : QString();
    if (!secretPassword)
        co_return unreadable;

    AccountInfo info;
    info.id = AccountRegistry::newId(address.url());
    info.name = flag(QStringLiteral("name")) ? option(QStringLiteral("name")) : address.url().host();
    info.helpdeskUrl = address.url();
    info.method =
        sso ? AccountInfo::SignInMethod::OAuth
            : (apiKeyFile ? AccountInfo::SignInMethod::ApiKey : AccountInfo::SignInMethod::ApiToken);
    if (sso) {
        info.oauthClientId = flag(QStringLiteral("client-id")) ? option(QStringLiteral("client-id")).trimmed()
                                                               : QStringLiteral("deskhand");
    }
    info.added = QDateTime::currentDateTimeUtc();
    if (m_registry->find(info.name)) {
        Terminal::error(
            tr("An account named “%1” exists already; choose another with --name.").arg(info.name));
        co_return ExitCode::Usage;
    }
    const QString folder = m_registry->dataFolder(info.id);
    if (flag(QStringLiteral("ca-file"))) {
        const QString pem = option(QStringLiteral("ca-file"));
        if (QSslCertificate::fromPath(pem, QSsl::Pem).isEmpty()) {
            Terminal::error(tr("%1 holds no PEM certificate.").arg(pem));
            co_return ExitCode::Usage;
        }
        const QString target = Account::caFile(folder);
        QFile::remove(target);
        if (!QFile::copy(pem, target)) {
            Terminal::error(tr("Could not copy %1 into Deskhand's folder.").arg(pem));
            co_return ExitCode::OtherError;
        }
    }

    Account::Opening opening;
    if (sso) {
        ExitCode failure = ExitCode::OtherError;
        std::optional<OAuthTokens> tokens = co_await signInWithBrowser(info, &failure);
        if (!tokens) {
            QDir(folder).removeRecursively(); // the copied CA: nothing of a failed sign-in stays
            co_return failure;
        }
        opening = co_await Account::add(info, std::move(*tokens), *m_registry);
    } else if (password) {
        opening = co_await ApiTokenSignIn::withPassword(info, option(QStringLiteral("email")),
                                                        std::move(*secretPassword), *m_registry);
    } else if (deviceLink) {
        opening = co_await ApiTokenSignIn::withDeviceLink(info, *link, *m_registry);
    } else {
        opening = co_await Account::add(info, ApiCredentials::apiKey(*apiKey), *m_registry);
    }
    co_return reportOpening(opening, tr("Signed in to %1 as %2 (account “%3”)."));
}

std::optional<QString> Cli::readApiKey(ExitCode *failure)
{
    QString error;
    const std::optional<QByteArray> key =
        Terminal::readInput(option(QStringLiteral("api-key-file")), &error, 4096);
    if (!key) {
        Terminal::error(error);
        *failure = ExitCode::OtherError;
        return std::nullopt;
    }
    const QString apiKey = QString::fromUtf8(key->trimmed());
    if (apiKey.isEmpty() || apiKey.contains(QLatin1Char(' ')) || apiKey.contains(QLatin1Char('\n'))) {
        Terminal::error(tr("The API key file must hold one key, like 12:ABCDEFGHIJ."));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    return apiKey;
}

std::optional<QString> Cli::readPassword(ExitCode *failure)
{
    QString error;
    std::optional<QByteArray> text =
        Terminal::readInput(option(QStringLiteral("password-file")), &error, 4096);
    if (!text) {
        Terminal::error(error);
        *failure = ExitCode::OtherError;
        return std::nullopt;
    }
    // One line; blanks inside or around a password are part of it.
    if (text->endsWith('\n'))
        text->chop(1);
    if (text->endsWith('\r'))
        text->chop(1);
    const QString password = QString::fromUtf8(*text);
    if (password.isEmpty() || password.contains(QLatin1Char('\n'))) {
        Terminal::error(tr("The password file must hold the password on one line."));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    return password;
}

std::optional<ApiTokenSignIn::DeviceLink> Cli::readDeviceLink(ExitCode *failure)
{
    QString error;
    const std::optional<QByteArray> text =
        Terminal::readInput(option(QStringLiteral("device-link-file")), &error, 4096);
    if (!text) {
        Terminal::error(error);
        *failure = ExitCode::OtherError;
        return std::nullopt;
    }
    std::optional<ApiTokenSignIn::DeviceLink> link =
        ApiTokenSignIn::parseDeviceLink(QString::fromUtf8(*text), &error);
    if (!link) {
        Terminal::error(error);
        *failure = ExitCode::Usage;
    }
    return link;
}

ExitCode Cli::reportOpening(const Account::Opening &opening, const QString &done)
{
    if (!opening.account) {
        Terminal::error(opening.message);
        return opening.problem == Account::Problem::KeychainUnavailable ||
                       opening.problem == Account::Problem::CredentialsMissing
                   ? ExitCode::CredentialsNeeded
                   : ExitCode::OtherError;
    }
    const AccountInfo &info = opening.account->info();
    Terminal::print(done.arg(info.helpdeskUrl.toDisplayString(), info.agentName, info.name));
    return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::signInAgain(AccountInfo info)
{
    const bool sso = flag(QStringLiteral("sso"));
    const bool apiKeyFile = flag(QStringLiteral("api-key-file"));
    const bool password = flag(QStringLiteral("email")) || flag(QStringLiteral("password-file"));
    const bool deviceLink = flag(QStringLiteral("device-link-file"));
    const int methods = int(sso) + int(apiKeyFile) + int(password) + int(deviceLink);
    if (methods > 1)
        co_return usage(tr("account sign-in takes one way to sign in: --sso, --api-key-file, --email with "
                           "--password-file, or --device-link-file."));
    if (password && !(flag(QStringLiteral("email")) && flag(QStringLiteral("password-file"))))
        co_return usage(tr("--email and --password-file go together."));
    if (methods == 0 && info.method != AccountInfo::SignInMethod::OAuth)
        co_return usage(
            tr("account sign-in needs a way to sign in: --api-key-file FILE, --email ADDRESS with "
               "--password-file FILE, or --device-link-file FILE (- reads stdin)."));

    Account::Opening opening;
    ExitCode failure = ExitCode::OtherError;
    if (sso || methods == 0) {
        info.method = AccountInfo::SignInMethod::OAuth;
        if (info.oauthClientId.isEmpty() || flag(QStringLiteral("client-id")))
            info.oauthClientId = flag(QStringLiteral("client-id"))
                                     ? option(QStringLiteral("client-id")).trimmed()
                                     : QStringLiteral("deskhand");
        std::optional<OAuthTokens> tokens = co_await signInWithBrowser(info, &failure);
        if (!tokens)
            co_return failure;
        opening = co_await Account::signInAgain(info, std::move(*tokens), *m_registry);
    } else if (password) {
        std::optional<QString> secret = readPassword(&failure);
        if (!secret)
            co_return failure;
        opening =
            co_await ApiTokenSignIn::withPassword(info, option(QStringLiteral("email")), std::move(*secret),
                                                  *m_registry, ApiTokenSignIn::Purpose::SignInAgain);
    } else if (deviceLink) {
        const std::optional<ApiTokenSignIn::DeviceLink> link = readDeviceLink(&failure);
        if (!link)
            co_return failure;
        opening = co_await ApiTokenSignIn::withDeviceLink(info, *link, *m_registry,
                                                          ApiTokenSignIn::Purpose::SignInAgain);
    } else {
        const std::optional<QString> key = readApiKey(&failure);
        if (!key)
            co_return failure;
        info.method = AccountInfo::SignInMethod::ApiKey;
        opening = co_await Account::signInAgain(info, ApiCredentials::apiKey(*key), *m_registry);
    }
    co_return reportOpening(opening, tr("Signed in again to %1 as %2 (account “%3”); the outbox and drafts "
                                        "were kept."));
}

QCoro::Task<std::optional<OAuthTokens>> Cli::signInWithBrowser(AccountInfo &info, ExitCode *failure)
{
    // No credentials yet: the client only carries the account's TLS rules (its CA, its pin).
    HelpdeskClient client(info.helpdeskUrl, ApiCredentials(),
                          Account::clientOptions(info, m_registry->dataFolder(info.id)));
    SsoSignIn::Endpoints endpoints = SsoSignIn::Endpoints::forHelpdesk(info.helpdeskUrl);
    if (flag(QStringLiteral("issuer")) || !info.oauthIssuer.isEmpty()) {
        // The authorization server lives elsewhere: its endpoints come from its metadata.
        const QUrl issuer(flag(QStringLiteral("issuer")) ? option(QStringLiteral("issuer")).trimmed()
                                                         : info.oauthIssuer,
                          QUrl::StrictMode);
        ApiResult<OAuthMetadata> metadata = co_await OAuthMetadata::discover(&client, issuer);
        if (!metadata) {
            Terminal::error(metadata.error().message);
            *failure = ExitCode::OtherError;
            co_return std::nullopt;
        }
        endpoints = {metadata->authorizationEndpoint, metadata->tokenEndpoint};
        info.oauthIssuer = metadata->issuer;
        info.oauthTokenEndpoint = metadata->tokenEndpoint;
        info.oauthRevocationEndpoint = metadata->revocationEndpoint;
    }
    const bool noBrowser = flag(QStringLiteral("no-browser"));
    // The authorization URL holds no secret (the PKCE challenge and state are public), so it may
    // be printed; stdout gets it as one line for scripts, the explanation goes to stderr.
    SsoSignIn::Opener opener = [noBrowser](const QUrl &url) {
        const QString link = url.toString(QUrl::FullyEncoded);
        if (noBrowser) {
            Terminal::print(link);
            Terminal::error(tr("Open the address above in a browser and sign in; waiting for it."));
        } else if (openInBrowser(url)) {
            Terminal::error(tr("Sign in in the browser that opened; waiting for it. If none opened, open "
                               "this address: %1")
                                .arg(link));
        } else {
            Terminal::print(link);
            Terminal::error(tr("No browser could be opened: open the address above and sign in; waiting "
                               "for it."));
        }
        return true;
    };
    SsoSignIn signIn(&client, info.oauthClientId, std::move(opener));
    signIn.setEndpoints(endpoints);
    if (flag(QStringLiteral("sso-timeout")))
        signIn.setTimeout(std::chrono::seconds(option(QStringLiteral("sso-timeout")).toInt()));
    const SsoSignIn::Outcome outcome = co_await signIn.run();
    if (outcome.ok())
        co_return outcome.tokens;

    Terminal::error(outcome.message);
    using K = SsoSignIn::Outcome::Kind;
    switch (outcome.kind) {
    case K::ListenFailed:
        *failure = ExitCode::OtherError;
        break;
    case K::TokenRefused:
        *failure = outcome.error.kind == ApiError::Kind::Invalid ? ExitCode::CredentialsNeeded
                                                                 : exitCodeFor(outcome.error);
        break;
    default: // refused, timed out, cancelled: the agent has to sign in again
        *failure = ExitCode::CredentialsNeeded;
        break;
    }
    co_return std::nullopt;
}

ExitCode Cli::listAccounts()
{
    const QList<AccountInfo> accounts = m_registry->accounts();
    if (flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccountInfo &info : accounts)
            array.append(info.toJson());
        Terminal::printJson(array);
        return ExitCode::Done;
    }
    if (accounts.isEmpty())
        Terminal::print(tr("No accounts yet: add one with “deskhand-cli account add”."));
    for (const AccountInfo &info : accounts)
        Terminal::print(
            QStringLiteral("%1\t%2\t%3").arg(info.name, info.helpdeskUrl.toDisplayString(), info.agentName));
    return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::sync()
{
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    // A queue syncs on its own (its own progress); without one, every open ticket does.
    std::optional<TicketSync::Options> part;
    if (flag(QStringLiteral("queue"))) {
        const QString name = option(QStringLiteral("queue"));
        const BuiltInQueue *queue = BuiltInQueue::find(name);
        if (!queue || queue->name == QLatin1String("starred"))
            co_return usage(tr("“%1” cannot be synced on its own; see “deskhand-cli queues”.").arg(name));
        const TicketListQuery local = queue->query(account->info().personId);
        TicketSync::Options options;
        options.scope = QStringLiteral("tickets:") + name;
        if (!local.statuses.isEmpty())
            options.statuses = local.statuses;
        if (local.agentId)
            options.agents = {*local.agentId};
        part = options;
    }
    const auto showProgress = [](qint64 done, qint64 total) {
        Terminal::progress(tr("Syncing tickets"), done, total);
    };
    const SyncReport report = co_await account->sync(showProgress, part);
    Terminal::endProgress();
    if (report.error) {
        Terminal::error(tr("Sync stopped: %1 What was synced so far is kept; run sync again to go on.")
                            .arg(report.error->message));
        co_return exitCodeFor(*report.error);
    }
    if (!report.storeError.isEmpty()) {
        Terminal::error(report.storeError);
        co_return ExitCode::OtherError;
    }
    // Counts in the agent's locale (1.234 in German), through the same message.
    const QLocale locale;
    Terminal::print(tr("Synced: %1 tickets, %2 messages, %3 removed.")
                        .arg(locale.toString(report.tickets), locale.toString(report.messages),
                             locale.toString(report.removed)));
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::queues()
{
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    if (!reader) {
        Terminal::error(reader.error());
        co_return ExitCode::OtherError;
    }
    TicketRepository tickets(reader.value());
    QJsonArray json;
    for (const BuiltInQueue &queue : BuiltInQueue::all()) {
        const StoreResult<int> count = tickets.count(queue.query(account->info().personId));
        if (!count) {
            Terminal::error(count.error());
            co_return ExitCode::OtherError;
        }
        const QString title = queue.displayTitle();
        json.append(QJsonObject{{QStringLiteral("queue"), queue.name},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("count"), count.value()}});
        if (!flag(QStringLiteral("json")))
            Terminal::print(
                QStringLiteral("%1\t%2\t%3").arg(queue.name, -16).arg(count.value(), 6).arg(title));
    }
    if (flag(QStringLiteral("json")))
        Terminal::printJson(json);
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::list()
{
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    const QString name =
        flag(QStringLiteral("queue")) ? option(QStringLiteral("queue")) : QStringLiteral("mine");
    const BuiltInQueue *queue = BuiltInQueue::find(name);
    if (!queue)
        co_return usage(tr("There is no queue “%1”; see “deskhand-cli queues”.").arg(name));
    TicketListQuery query = queue->query(account->info().personId);
    query.limit = flag(QStringLiteral("limit")) ? option(QStringLiteral("limit")).toInt() : 200;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    const StoreResult<QList<Ticket>> tickets =
        reader ? TicketRepository(reader.value()).list(query) : StoreResult<QList<Ticket>>::failure(reader);
    if (!tickets) {
        Terminal::error(tickets.error());
        co_return ExitCode::OtherError;
    }
    const TicketView view(reader.value());
    if (flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Ticket &ticket : tickets.value())
            array.append(view.json(ticket));
        Terminal::printJson(array);
    } else {
        for (const Ticket &ticket : tickets.value())
            Terminal::print(view.line(ticket));
    }
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::show()
{
    if (arguments().isEmpty())
        co_return usage(tr("show needs a ticket id or ref."));
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    if (!reader) {
        Terminal::error(reader.error());
        co_return ExitCode::OtherError;
    }
    const std::optional<Ticket> ticket = TicketView::find(reader.value(), arguments().constFirst());
    if (!ticket) {
        Terminal::error(
            tr("Ticket %1 is not in the store; run sync, or check the id.").arg(arguments().constFirst()));
        co_return ExitCode::OtherError;
    }
    const StoreResult<QList<Message>> messages = MessageRepository(reader.value()).byTicket(ticket->id);
    if (!messages) {
        Terminal::error(messages.error());
        co_return ExitCode::OtherError;
    }
    const TicketView view(reader.value());
    if (flag(QStringLiteral("json"))) {
        QJsonObject json = view.json(*ticket);
        QJsonArray conversation;
        for (const Message &message : messages.value())
            conversation.append(view.json(message));
        json.insert(QStringLiteral("messages"), conversation);
        Terminal::printJson(json);
    } else {
        Terminal::print(view.details(*ticket));
        for (const Message &message : messages.value())
            Terminal::print(view.text(message));
    }
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::search()
{
    const QString text = arguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        co_return usage(tr("search needs words to look for."));
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    if (!reader) {
        Terminal::error(reader.error());
        co_return ExitCode::OtherError;
    }
    const int limit = flag(QStringLiteral("limit")) ? option(QStringLiteral("limit")).toInt() : 50;
    const StoreResult<QList<SearchHit>> hits = SearchIndex(reader.value()).search(text, limit);
    if (!hits) {
        Terminal::error(hits.error());
        co_return ExitCode::OtherError;
    }
    const TicketView view(reader.value());
    TicketRepository tickets(reader.value());
    QJsonArray json;
    QSet<qint64> shown;
    for (const SearchHit &hit : hits.value()) {
        if (shown.contains(hit.ticketId))
            continue;
        shown.insert(hit.ticketId);
        const auto ticket = tickets.byId(hit.ticketId);
        if (!ticket || !ticket.value())
            continue;
        if (flag(QStringLiteral("json"))) {
            QJsonObject entry = view.json(*ticket.value());
            entry.insert(QStringLiteral("snippet"), hit.snippet);
            json.append(entry);
        } else {
            Terminal::print(view.line(*ticket.value()) + QStringLiteral("\n    ") + hit.snippet);
        }
    }
    if (flag(QStringLiteral("json")))
        Terminal::printJson(json);
    else if (shown.isEmpty())
        Terminal::print(tr("Nothing found for “%1”.").arg(text));
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::journal()
{
    if (arguments().value(0) != QLatin1String("export"))
        co_return usage(tr("“journal” takes “export”."));
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    const StoreResult<QJsonArray> exported =
        reader ? Journal(reader.value()).exportJson() : StoreResult<QJsonArray>::failure(reader);
    if (!exported) {
        Terminal::error(exported.error());
        co_return ExitCode::OtherError;
    }
    Terminal::printJson(exported.value());
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::wipe()
{
    if (!flag(QStringLiteral("yes")))
        co_return usage(tr("wipe removes this account's store, attachments and keychain items for good: "
                           "add --yes to confirm."));
    QString error;
    const std::optional<AccountInfo> info = m_registry->pick(option(QStringLiteral("account")), &error);
    if (!info) {
        Terminal::error(error);
        co_return ExitCode::Usage;
    }
    // --yes is the agent's word that everything goes, unsent items included (unless exported).
    co_return co_await signOut(*info, true);
}

QCoro::Task<ExitCode> Cli::signOut(AccountInfo info, bool discardConfirmed)
{
    const bool exporting = flag(QStringLiteral("export"));
    if (exporting && flag(QStringLiteral("discard-outbox")))
        co_return usage(tr("Choose either --export FILE or --discard-outbox."));
    if (exporting && option(QStringLiteral("export")).isEmpty())
        co_return usage(tr("--export needs a file name."));
    SignOut::Unsent unsent = SignOut::Unsent::Keep;
    if (exporting)
        unsent = SignOut::Unsent::Export;
    else if (discardConfirmed || flag(QStringLiteral("discard-outbox")))
        unsent = SignOut::Unsent::Discard;

    Account::Opening opening = co_await Account::open(info, *m_registry);
    // A locked keychain is fixed by the agent; nothing is removed meanwhile.
    if (!opening.account && opening.problem == Account::Problem::KeychainUnavailable) {
        Terminal::error(opening.message);
        co_return ExitCode::CredentialsNeeded;
    }
    SignOut::Result result;
    if (opening.account) {
        result = co_await SignOut::run(std::move(opening.account), *m_registry, unsent,
                                       option(QStringLiteral("export")));
    } else {
        Terminal::error(opening.message);
        result = co_await SignOut::runUnopened(info, *m_registry, unsent);
        if (result.kind == SignOut::Result::Kind::OutboxNotEmpty) {
            Terminal::error(result.message + QLatin1Char(' ') + tr("Add --discard-outbox to remove it."));
            co_return ExitCode::OtherError;
        }
    }
    if (result.kind == SignOut::Result::Kind::OutboxNotEmpty) {
        Terminal::error(result.message + QLatin1Char(' ') +
                        tr("Use “outbox send”, or add --export FILE or --discard-outbox."));
        co_return ExitCode::OtherError;
    }
    if (!result.ok()) {
        Terminal::error(result.message);
        co_return ExitCode::OtherError;
    }
    if (!result.revocation.isEmpty())
        Terminal::error(result.revocation);
    if (unsent == SignOut::Unsent::Export && result.unsent > 0)
        Terminal::error(tr("The %n unsent item(s) are in %1.", nullptr, result.unsent)
                            .arg(QDir::toNativeSeparators(option(QStringLiteral("export")))));
    Terminal::print(
        tr("Account “%1” and everything Deskhand kept of it are gone from this computer.").arg(info.name));
    co_return ExitCode::Done;
}

QCoro::Task<ExitCode> Cli::reply(bool isNote)
{
    if (arguments().isEmpty() || !flag(QStringLiteral("file")))
        co_return usage(isNote ? tr("note needs a ticket id and --file F (or - for stdin).")
                               : tr("reply needs a ticket id and --file F (or - for stdin)."));
    ExitCode unread = ExitCode::OtherError;
    const QString html = readMessage(&unread);
    if (html.isEmpty())
        co_return unread;
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    const std::optional<Ticket> ticket =
        reader ? TicketView::find(reader.value(), arguments().constFirst()) : std::nullopt;
    if (!ticket) {
        Terminal::error(
            tr("Ticket %1 is not in the store; run sync, or check the id.").arg(arguments().constFirst()));
        co_return ExitCode::OtherError;
    }
    Outbox outbox(*account->store(), *account->api());
    outbox.setAgentPersonId(account->info().personId);
    const StoreResult<qint64> queued =
        isNote ? co_await outbox.queueNote(ticket->id, html) : co_await outbox.queueReply(ticket->id, html);
    if (!queued) {
        Terminal::error(queued.error());
        co_return ExitCode::OtherError;
    }
    co_return co_await sendAndReport(*account, outbox, queued.value());
}

QCoro::Task<ExitCode> Cli::set()
{
    const QStringList args = arguments();
    if (args.size() < 2)
        co_return usage(tr("set needs a ticket id and at least one change, like status=resolved."));
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    StoreResult<QSqlDatabase> reader = account->store()->reader();
    if (!reader) {
        Terminal::error(reader.error());
        co_return ExitCode::OtherError;
    }
    const std::optional<Ticket> ticket = TicketView::find(reader.value(), args.constFirst());
    if (!ticket) {
        Terminal::error(
            tr("Ticket %1 is not in the store; run sync, or check the id.").arg(args.constFirst()));
        co_return ExitCode::OtherError;
    }
    QString error;
    const std::optional<QJsonObject> changes =
        TicketChanges::parse(args.mid(1), reader.value(), account->info().personId, &error);
    if (!changes)
        co_return usage(error);
    Outbox outbox(*account->store(), *account->api());
    outbox.setAgentPersonId(account->info().personId);
    const StoreResult<qint64> queued = co_await outbox.queueChange(ticket->id, *changes);
    if (!queued) {
        Terminal::error(queued.error());
        co_return ExitCode::OtherError;
    }
    co_return co_await sendAndReport(*account, outbox, queued.value());
}

QCoro::Task<ExitCode> Cli::newTicket()
{
    if (!flag(QStringLiteral("person")) || !flag(QStringLiteral("subject")) || !flag(QStringLiteral("file")))
        co_return usage(tr("new needs --person EMAIL, --subject TEXT and --file F (or - for stdin)."));
    const QString person = option(QStringLiteral("person")).trimmed();
    if (!person.contains(QLatin1Char('@')))
        co_return usage(tr("--person takes the customer's e-mail address."));
    const QString subject = option(QStringLiteral("subject")).trimmed();
    if (subject.isEmpty())
        co_return usage(tr("The subject is empty."));
    ExitCode unread = ExitCode::OtherError;
    const QString html = readMessage(&unread);
    if (html.isEmpty())
        co_return unread;
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    QJsonObject ticket{
        {QStringLiteral("person"), person},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("message"), html}, {QStringLiteral("format"), QStringLiteral("html")}}}};
    if (flag(QStringLiteral("department"))) {
        StoreResult<QSqlDatabase> reader = account->store()->reader();
        const std::optional<qint64> department =
            reader ? TicketChanges::department(reader.value(), option(QStringLiteral("department")))
                   : std::nullopt;
        if (!department)
            co_return usage(tr("There is no department “%1”.").arg(option(QStringLiteral("department"))));
        ticket.insert(QStringLiteral("department"), *department);
    }
    Outbox outbox(*account->store(), *account->api());
    outbox.setAgentPersonId(account->info().personId);
    const StoreResult<qint64> queued = co_await outbox.queueNewTicket(ticket);
    if (!queued) {
        Terminal::error(queued.error());
        co_return ExitCode::OtherError;
    }
    co_return co_await sendAndReport(*account, outbox, queued.value());
}

QCoro::Task<ExitCode> Cli::outbox()
{
    const QString action = arguments().value(0);
    ExitCode failure = ExitCode::OtherError;
    std::unique_ptr<Account> account = co_await openAccount(&failure);
    if (!account)
        co_return failure;
    Outbox outbox(*account->store(), *account->api());
    outbox.setAgentPersonId(account->info().personId);

    if (action.isEmpty()) {
        const StoreResult<QList<OutboxItem>> items = outbox.unsent();
        if (!items) {
            Terminal::error(items.error());
            co_return ExitCode::OtherError;
        }
        QJsonArray json;
        for (const OutboxItem &item : items.value()) {
            json.append(OutboxView::json(item));
            if (!flag(QStringLiteral("json")))
                Terminal::print(OutboxView::line(item));
        }
        if (flag(QStringLiteral("json")))
            Terminal::printJson(json);
        else if (items->isEmpty())
            Terminal::print(tr("The outbox is empty: everything was sent."));
        co_return ExitCode::Done;
    }
    if (action == QLatin1String("send")) {
        const OutboxSummary summary = co_await outbox.sendAll();
        Terminal::print(OutboxView::summary(summary));
        if (summary.credentialsNeeded)
            co_return ExitCode::CredentialsNeeded;
        if (summary.held > 0) {
            const StoreResult<QList<OutboxItem>> items = outbox.unsent();
            const bool conflicts =
                items && std::any_of(items->cbegin(), items->cend(), [](const OutboxItem &i) {
                    return i.state == OutboxItem::State::Conflict;
                });
            co_return conflicts ? ExitCode::ConflictHeld : ExitCode::OtherError;
        }
        co_return summary.pending > 0 ? ExitCode::QueuedOffline : ExitCode::Done;
    }
    // The agent's decisions on a held item.
    bool isNumber = false;
    const qint64 itemId = arguments().value(1).toLongLong(&isNumber);
    if (!isNumber)
        co_return usage(tr("outbox %1 needs the item's number (see “outbox”).").arg(action));
    StoreResult<> decided;
    if (action == QLatin1String("retry"))
        decided = co_await outbox.retry(itemId);
    else if (action == QLatin1String("send-anyway"))
        decided = co_await outbox.sendAnyway(itemId);
    else if (action == QLatin1String("keep-as-draft"))
        decided = co_await outbox.keepAsDraft(itemId);
    else if (action == QLatin1String("discard")) {
        if (!flag(QStringLiteral("yes")))
            co_return usage(tr("discard throws the item away for good: add --yes to confirm."));
        decided = co_await outbox.discard(itemId);
    } else {
        co_return usage(tr("Unknown outbox action “%1”.").arg(action));
    }
    if (!decided) {
        Terminal::error(decided.error());
        co_return ExitCode::OtherError;
    }
    if (action == QLatin1String("retry") || action == QLatin1String("send-anyway"))
        co_return co_await sendAndReport(*account, outbox, itemId);
    co_return ExitCode::Done;
}

QString Cli::readMessage(ExitCode *failure)
{
    QString error;
    const std::optional<QByteArray> text = Terminal::readInput(option(QStringLiteral("file")), &error);
    if (!text) {
        Terminal::error(error);
        *failure = ExitCode::OtherError;
        return {};
    }
    const QString html = MessageText::toHtml(QString::fromUtf8(*text));
    if (html.isEmpty())
        *failure = usage(tr("The message is empty."));
    return html;
}

QCoro::Task<ExitCode> Cli::sendAndReport(Account &account, Outbox &outbox, qint64 itemId)
{
    const OutboxSummary summary = co_await outbox.sendAll();
    StoreResult<QSqlDatabase> reader = account.store()->reader();
    const StoreResult<std::optional<OutboxItem>> item =
        reader ? OutboxRepository(reader.value()).byId(itemId)
               : StoreResult<std::optional<OutboxItem>>::failure(reader);
    if (!item || !item.value()) {
        Terminal::error(item ? tr("The outbox item is gone.") : item.error());
        co_return ExitCode::OtherError;
    }
    const OutboxItem &state = *item.value();
    switch (state.state) {
    case OutboxItem::State::Sent:
        Terminal::print(OutboxView::sentLine(state));
        co_return ExitCode::Done;
    case OutboxItem::State::Conflict:
        Terminal::error(tr("Held, not sent (outbox item %1): %2 Decide with “outbox send-anyway %1”, "
                           "“outbox keep-as-draft %1” or “outbox discard %1 --yes”.")
                            .arg(state.id)
                            .arg(state.conflictReason));
        co_return ExitCode::ConflictHeld;
    case OutboxItem::State::Failed:
        Terminal::error(
            tr("The helpdesk refused it (outbox item %1): %2").arg(state.id).arg(state.lastError));
        co_return ExitCode::OtherError;
    case OutboxItem::State::Pending:
    case OutboxItem::State::Sending:
        break;
    }
    if (summary.credentialsNeeded) {
        Terminal::error(tr("Kept in the outbox (item %1): the helpdesk wants you to sign in again. %2")
                            .arg(state.id)
                            .arg(summary.lastError));
        co_return ExitCode::CredentialsNeeded;
    }
    Terminal::error(tr("Kept in the outbox (item %1); it is sent with the next “outbox send”. %2")
                        .arg(state.id)
                        .arg(summary.lastError));
    co_return ExitCode::QueuedOffline;
}
