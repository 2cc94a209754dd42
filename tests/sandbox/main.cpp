// deskhand-sandbox: a Deskpro-API-v2-compatible helpdesk for tests, benchmarks and the demo.
// Prints one JSON line on stdout once it listens; everything else goes to stderr.

#include "Credentials.h"
#include "FaultPlan.h"
#include "Gateway.h"
#include "Helpdesk.h"
#include "OAuthServer.h"
#include "RequestLog.h"
#include "SandboxControl.h"
#include "SandboxServer.h"
#include "ThrowawayCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#if __has_include("Activity.h")
#include "Activity.h"
#define DESKHAND_SANDBOX_HAS_ACTIVITY 1
#endif

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop through a self-pipe, so that destructors run and the
// database is closed cleanly.
void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        qInfo("stopping");
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

[[noreturn]] void fail(const QString &message)
{
    qCritical("%s", qPrintable(message));
    std::exit(1);
}

qint64 positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min,
                      qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(QStringLiteral("--%1 must be a number from %2 to %3")
                 .arg(option.names().constFirst())
                 .arg(min)
                 .arg(max));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskhand-sandbox"));
    qSetMessagePattern(QStringLiteral("deskhand-sandbox: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Deskpro-API-v2-compatible helpdesk for tests, benchmarks and the demo.\n"
                       "Prints one JSON line with url, api_key, admin_key, agents, oauth_client_id "
                       "(and ca with --tls) on stdout once it listens. See tests/sandbox/README.md."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("Data folder (created if needed)."), QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for data and fault rates."), QStringLiteral("n"),
                                        QStringLiteral("1"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets to seed."),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption activityOption(QStringLiteral("activity"),
                                            QStringLiteral("Simulated events per minute; 0 for none."),
                                            QStringLiteral("per-minute"), QStringLiteral("0"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
                                       QStringLiteral("Serve HTTPS with a throwaway CA."));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Server certificate: good, expired, wrong-host or self-signed."),
        QStringLiteral("kind"), QStringLiteral("good"));
    const QCommandLineOption accessLifetimeOption(QStringLiteral("access-token-lifetime"),
                                                  QStringLiteral("OAuth access token lifetime."),
                                                  QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption refreshLifetimeOption(
        QStringLiteral("refresh-token-lifetime"), QStringLiteral("OAuth refresh token lifetime."),
        QStringLiteral("seconds"), QString::number(30 * 24 * 3600));
    const QCommandLineOption apiTokenLifetimeOption(QStringLiteral("api-token-lifetime"),
                                                    QStringLiteral("API token lifetime; 0: never expire."),
                                                    QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption oauthSchemeOption(
        QStringLiteral("oauth-scheme"),
        QStringLiteral("How an OAuth access token is accepted: bearer, token or both."),
        QStringLiteral("scheme"), QStringLiteral("both"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log every request (without secrets) to stderr."));
    parser.addOptions({dataOption, portOption, hostOption, seedOption, ticketsOption, activityOption,
                       tlsOption, tlsCertOption, accessLifetimeOption, refreshLifetimeOption,
                       apiTokenLifetimeOption, oauthSchemeOption, verboseOption});
    parser.process(app);

    if (!parser.isSet(dataOption))
        fail(QStringLiteral("--data DIR is required (see --help)"));
    const QString dataDir = QDir(parser.value(dataOption)).absolutePath();
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    const auto port = quint16(positiveNumber(parser, portOption, 0, 65535));
    const auto seed = quint32(positiveNumber(parser, seedOption, 0, 0xffffffffLL));
    const int tickets = int(positiveNumber(parser, ticketsOption, 0, 10000000));
    const int activity = int(positiveNumber(parser, activityOption, 0, 1000000));
    const qint64 tenYears = 10LL * 365 * 24 * 3600;
    const qint64 accessLifetime = positiveNumber(parser, accessLifetimeOption, 1, tenYears);
    const qint64 refreshLifetime = positiveNumber(parser, refreshLifetimeOption, 1, tenYears);
    const qint64 apiTokenLifetime = positiveNumber(parser, apiTokenLifetimeOption, 0, tenYears);
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        fail(QStringLiteral("--host must be an IP address"));
    const std::optional<ThrowawayCa::ServerCertificate> certificate =
        ThrowawayCa::variantFromName(parser.value(tlsCertOption));
    if (!certificate)
        fail(QStringLiteral("--tls-cert must be good, expired, wrong-host or self-signed"));

    const std::optional<OAuthServer::Scheme> oauthScheme =
        OAuthServer::schemeFromName(parser.value(oauthSchemeOption));
    if (!oauthScheme)
        fail(QStringLiteral("--oauth-scheme must be bearer, token or both"));

    installSignalHandlers(&app);

    QString error;
    Helpdesk helpdesk;
    if (!helpdesk.open(dataDir, &error))
        fail(QStringLiteral("cannot open the helpdesk in %1: %2").arg(dataDir, error));
    if (!helpdesk.isSeeded()) {
        qInfo("seeding %d tickets with seed %u", tickets, seed);
        helpdesk.seed(seed, tickets);
    }
    const QJsonArray agents = helpdesk.agentsForStartLine();
    if (agents.isEmpty())
        fail(QStringLiteral("the helpdesk has no agents"));

    Credentials credentials(helpdesk.database());
    credentials.setApiTokenLifetime(apiTokenLifetime);
    OAuthServer oauth(helpdesk.database(), &helpdesk);
    oauth.setAccessTokenLifetime(accessLifetime);
    oauth.setRefreshTokenLifetime(refreshLifetime);
    oauth.setScheme(*oauthScheme);
    if (!credentials.init(&error) || !oauth.init(&error) ||
        !credentials.ensureKeys(agents.first().toObject().value(QStringLiteral("id")).toInt(), &error))
        fail(QStringLiteral("cannot prepare credentials: %1").arg(error));

    FaultPlan faults;
    faults.setSeed(seed);
    RequestLog log;
    SandboxControl control(&credentials, &faults, &log, &oauth);
    Gateway gateway(&helpdesk, &credentials, &oauth, &control);
    SandboxServer server(&gateway, &faults, &log);
    server.setVerbose(parser.isSet(verboseOption));

    ThrowawayCa ca;
    if (parser.isSet(tlsOption)) {
        if (!ca.prepare(dataDir, *certificate, &error))
            fail(QStringLiteral("cannot prepare TLS certificates: %1").arg(error));
        const QSslConfiguration configuration = ca.serverConfiguration(&error);
        if (configuration.isNull())
            fail(error);
        server.setTlsConfiguration(configuration);
    }
    if (!server.start(host, port, &error))
        fail(QStringLiteral("cannot listen on %1:%2: %3").arg(host.toString()).arg(port).arg(error));
    gateway.setBaseUrl(server.baseUrl());

#ifdef DESKHAND_SANDBOX_HAS_ACTIVITY
    std::unique_ptr<Activity> simulator;
    if (activity > 0) {
        simulator = std::make_unique<Activity>(&helpdesk, activity, seed);
        simulator->start();
    }
#else
    if (activity > 0)
        qWarning("--activity is not available in this build");
#endif

    QJsonObject startLine{{QStringLiteral("url"), server.baseUrl()},
                          {QStringLiteral("api_key"), credentials.apiKey()},
                          {QStringLiteral("admin_key"), credentials.adminKey()},
                          {QStringLiteral("agents"), agents},
                          {QStringLiteral("oauth_client_id"), OAuthServer::defaultClientId()}};
    if (parser.isSet(tlsOption))
        startLine.insert(QStringLiteral("ca"), ca.caPath());
    const QByteArray line = QJsonDocument(startLine).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
    qInfo("listening on %s", qPrintable(server.baseUrl()));

    const int status = QCoreApplication::exec();
    server.close();
    return status;
}
