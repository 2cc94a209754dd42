#include "Account.h"

#include "account/AccountRegistry.h"
#include "store/Retention.h"
#include "store/Store.h"
#include "store/StoreConnection.h"
#include "store/StoreKey.h"
#include "store/StoreWipe.h"
#include "store/SyncState.h"
#include "sync/ReferenceSync.h"
#include "sync/TicketSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The keychain item that holds the account's credentials, by sign-in method.
QString credentialItem(AccountInfo::SignInMethod method)
{
    return method == AccountInfo::SignInMethod::ApiKey ? QStringLiteral("api-key")
                                                       : QStringLiteral("access-token");
}

ApiCredentials credentialsFrom(AccountInfo::SignInMethod method, const QByteArray &secret)
{
    const QString value = QString::fromUtf8(secret);
    switch (method) {
    case AccountInfo::SignInMethod::ApiKey:
        return ApiCredentials::apiKey(value);
    case AccountInfo::SignInMethod::ApiToken:
        return ApiCredentials::apiToken(value);
    case AccountInfo::SignInMethod::OAuth:
        return ApiCredentials::oauth(OAuthTokens::fromItems(secret, {}).accessToken);
    }
    return {};
}

bool presentsAsBearer(const AccountInfo &info)
{
    return info.oauthScheme != QLatin1String("token");
}

QString schemeName(bool bearer)
{
    return bearer ? QStringLiteral("bearer") : QStringLiteral("token");
}

Account::Opening problem(Account::Problem kind, const QString &message)
{
    Account::Opening opening;
    opening.problem = kind;
    opening.message = message;
    return opening;
}

} // namespace

Account::Account(AccountInfo info, QString dataFolder, ApiCredentials credentials)
    : m_info(std::move(info))
    , m_dataFolder(std::move(dataFolder))
    , m_client(std::make_unique<HelpdeskClient>(m_info.helpdeskUrl, credentials,
                                                clientOptions(m_info, m_dataFolder)))
    , m_api(std::make_unique<DeskproApi>(m_client.get()))
{}

Account::~Account() = default;

QString Account::caFile(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("ca.pem"));
}

HelpdeskClient::Options Account::clientOptions(const AccountInfo &info, const QString &dataFolder)
{
    HelpdeskClient::Options options;
    // Read as a file, and only when there is one: QSslCertificate::fromPath() of a missing file
    // searches the whole data folder (thousands of stored attachments) for a name that matches.
    QFile ca(caFile(dataFolder));
    if (ca.open(QIODevice::ReadOnly))
        options.extraCaCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
    if (!info.spkiPin.isEmpty())
        options.publicKeyPins = {info.spkiPin.toLatin1()};
    return options;
}

QCoro::Task<Account::Opening> Account::open(AccountInfo info, const AccountRegistry &registry)
{
    const QString folder = registry.dataFolder(info.id);
    const Keychain keychain(info.id);

    // OpenSSL gets ready for the store while the keychain answers.
    QFuture<void> crypto = QtConcurrent::run(&StoreConnection::prepareCrypto);
    Q_UNUSED(crypto)

    const QString item = credentialItem(info.method);
    // Both items asked for at once; the Secret Service answers them in turn, the store key first.
    QCoro::Task<KeychainResult> readingKey = keychain.read(Keychain::storeKeyItem());
    QCoro::Task<KeychainResult> readingSecret = keychain.read(item);
    KeychainResult storedKey = co_await readingKey;
    // An existing store opens on its writer's thread while the credentials are still read (a key is
    // only ever made for a new store once the credentials are known to be there).
    using StoreOpening = StoreResult<std::unique_ptr<Store>>;
    std::optional<QCoro::Task<StoreOpening>> openingEarly;
    if (StoreKey::decide(storedKey, Store::exists(folder)).action == StoreKey::Action::Open)
        openingEarly.emplace(Store::open(folder, storedKey.value(), Store::OpenMode::OpenExisting));
    // An early opening not wanted after all: closed once it is done, never left running.
    const auto dropEarly = [&openingEarly]() -> QCoro::Task<> {
        if (openingEarly) {
            StoreOpening dropped = co_await std::move(*openingEarly);
            openingEarly.reset();
        }
    };

    const KeychainResult secret = co_await readingSecret;
    if (secret.isUnavailable() || secret.isNotFound())
        co_await dropEarly();
    if (secret.isUnavailable())
        co_return problem(Problem::KeychainUnavailable, secret.message());
    if (secret.isNotFound())
        co_return problem(Problem::CredentialsMissing,
                          tr("The credentials for %1 are not in the keychain any more: sign in again.")
                              .arg(info.helpdeskUrl.host()));

    const StoreKey::Decision key = co_await StoreKey::obtain(keychain, folder, std::move(storedKey));
    // The same reading of the same key: Open again, unless the store went meanwhile.
    if (key.action != StoreKey::Action::Open)
        co_await dropEarly();
    if (key.action == StoreKey::Action::Refuse)
        co_return problem(key.keychainUnavailable ? Problem::KeychainUnavailable : Problem::StoreRefused,
                          key.reason);

    auto opened = openingEarly ? co_await std::move(*openingEarly)
                               : co_await Store::open(folder, key.key,
                                                      key.action == StoreKey::Action::Create
                                                          ? Store::OpenMode::CreateNew
                                                          : Store::OpenMode::OpenExisting);
    if (!opened)
        co_return problem(Problem::StoreRefused, opened.error());

    ApiCredentials credentials = credentialsFrom(info.method, secret.value());
    OAuthTokens tokens;
    if (info.method == AccountInfo::SignInMethod::OAuth) {
        const KeychainResult refresh = co_await keychain.read(QStringLiteral("refresh-token"));
        if (refresh.isUnavailable())
            co_return problem(Problem::KeychainUnavailable, refresh.message());
        tokens = OAuthTokens::fromItems(secret.value(), refresh.value());
        credentials = ApiCredentials::oauth(tokens.accessToken, presentsAsBearer(info));
    }
    Opening opening;
    opening.account.reset(new Account(std::move(info), folder, credentials));
    opening.account->m_store = std::move(opened).value();
    if (opening.account->m_info.method == AccountInfo::SignInMethod::OAuth)
        opening.account->watchTokens(std::move(tokens), registry.home());
    co_return opening;
}

QUrl Account::tokenEndpoint(const AccountInfo &info)
{
    if (info.oauthTokenEndpoint.isValid())
        return info.oauthTokenEndpoint;
    QUrl token =
        info.helpdeskUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    token.setPath(token.path() + QStringLiteral("/oauth/token"));
    return token;
}

void Account::watchTokens(OAuthTokens tokens, const QString &registryHome)
{
    TokenRefresh::Settings settings;
    settings.accountId = m_info.id;
    settings.dataFolder = m_dataFolder;
    settings.tokenEndpoint = tokenEndpoint(m_info);
    settings.clientId = m_info.oauthClientId.isEmpty() ? QStringLiteral("deskhand") : m_info.oauthClientId;
    settings.bearer = presentsAsBearer(m_info);
    m_tokenRefresh = std::make_unique<TokenRefresh>(m_client.get(), settings, std::move(tokens));
    m_client->setRenewal(m_tokenRefresh.get());
    // How the helpdesk takes the token is worth remembering (nothing secret): the next start
    // presents it right away.
    connect(m_tokenRefresh.get(), &TokenRefresh::schemeLearned, this, [this, registryHome](bool bearer) {
        m_info.oauthScheme = schemeName(bearer);
        AccountRegistry registry(registryHome);
        std::optional<AccountInfo> stored = registry.find(m_info.id);
        if (!stored)
            return;
        stored->oauthScheme = m_info.oauthScheme;
        QString ignored; // a registry that cannot be written only costs one 401 next time
        registry.save(*stored, &ignored);
    });
}

QCoro::Task<Account::Opening> Account::add(AccountInfo info, ApiCredentials credentials,
                                           AccountRegistry &registry)
{
    const QByteArray header = credentials.authorization();
    QList<QPair<QString, QByteArray>> items{
        {credentialItem(info.method), header.mid(header.indexOf(' ') + 1)}};
    co_return co_await addWith(std::move(info), {std::move(credentials)}, std::move(items), registry);
}

QCoro::Task<Account::Opening> Account::add(AccountInfo info, OAuthTokens tokens, AccountRegistry &registry)
{
    info.method = AccountInfo::SignInMethod::OAuth;
    const bool bearer = presentsAsBearer(info);
    QList<ApiCredentials> candidates{ApiCredentials::oauth(tokens.accessToken, bearer),
                                     ApiCredentials::oauth(tokens.accessToken, !bearer)};
    QList<QPair<QString, QByteArray>> items{{credentialItem(info.method), tokens.accessItem()}};
    if (!tokens.refreshToken.isEmpty())
        items.append({QStringLiteral("refresh-token"), tokens.refreshItem()});
    co_return co_await addWith(std::move(info), std::move(candidates), std::move(items), registry);
}

QCoro::Task<ApiResult<Identity>> Account::probe(AccountInfo *info, QList<ApiCredentials> candidates,
                                                QString folder)
{
    ApiResult<Identity> me;
    for (const ApiCredentials &credentials : candidates) {
        HelpdeskClient client(info->helpdeskUrl, credentials, clientOptions(*info, folder));
        DeskproApi api(&client);
        me = co_await api.me();
        if (credentials.isOAuth() && (me || me.error().kind != ApiError::Kind::Unauthorized))
            info->oauthScheme = schemeName(credentials.kind() == ApiCredentials::Kind::OAuthBearer);
        // Only a scheme the helpdesk does not know is worth the next candidate.
        if (me ||
            me.error().code.compare(QLatin1String("INVALID_AUTHORIZATION_HEADER"), Qt::CaseInsensitive) != 0)
            break;
    }
    co_return me;
}

QCoro::Task<Account::Opening> Account::addWith(AccountInfo info, QList<ApiCredentials> candidates,
                                               QList<QPair<QString, QByteArray>> items,
                                               AccountRegistry &registry)
{
    const QString folder = registry.dataFolder(info.id);
    const ApiResult<Identity> me = co_await probe(&info, std::move(candidates), folder);
    if (!me) {
        QDir(folder).removeRecursively();
        co_return problem(me.error().kind == ApiError::Kind::Unauthorized ? Problem::CredentialsMissing
                                                                          : Problem::None,
                          me.error().message);
    }
    info.personId = me->personId;
    info.agentName = me->person.name;

    const Keychain keychain(info.id);
    for (const auto &[item, secret] : items) {
        const KeychainResult written = co_await keychain.write(item, secret);
        if (written.isUnavailable()) {
            co_await keychain.removeAll(); // an earlier item may have been written
            QDir(folder).removeRecursively();
            co_return problem(Problem::KeychainUnavailable, written.message());
        }
    }
    QString error;
    if (!registry.save(info, &error)) {
        co_await keychain.removeAll();
        QDir(folder).removeRecursively();
        co_return problem(Problem::None, error);
    }
    Opening opening = co_await open(info, registry);
    if (!opening.account) {
        // Leave nothing half-made behind: the agent simply tries again.
        co_await StoreWipe::wipe(folder, keychain);
        QString ignored;
        registry.remove(info.id, &ignored);
    }
    co_return opening;
}

QCoro::Task<Account::Opening> Account::signInAgain(AccountInfo info, ApiCredentials credentials,
                                                   AccountRegistry &registry)
{
    const QByteArray header = credentials.authorization();
    // An API key or token replaces an OAuth sign-in whole: its refresh token goes.
    QList<QPair<QString, QByteArray>> items{
        {credentialItem(info.method), header.mid(header.indexOf(' ') + 1)},
        {QStringLiteral("refresh-token"), QByteArray()}};
    co_return co_await signInAgainWith(std::move(info), {std::move(credentials)}, std::move(items), registry);
}

QCoro::Task<Account::Opening> Account::signInAgain(AccountInfo info, OAuthTokens tokens,
                                                   AccountRegistry &registry)
{
    const bool bearer = presentsAsBearer(info);
    QList<ApiCredentials> candidates{ApiCredentials::oauth(tokens.accessToken, bearer),
                                     ApiCredentials::oauth(tokens.accessToken, !bearer)};
    // The refresh token first, as a refresh writes them (see TokenRefresh); an empty one goes.
    QList<QPair<QString, QByteArray>> items{{QStringLiteral("refresh-token"), tokens.refreshItem()},
                                            {credentialItem(info.method), tokens.accessItem()}};
    co_return co_await signInAgainWith(std::move(info), std::move(candidates), std::move(items), registry);
}

QCoro::Task<Account::Opening> Account::signInAgainWith(AccountInfo info, QList<ApiCredentials> candidates,
                                                       QList<QPair<QString, QByteArray>> items,
                                                       AccountRegistry &registry)
{
    const QString folder = registry.dataFolder(info.id);
    const ApiResult<Identity> me = co_await probe(&info, std::move(candidates), folder);
    if (!me)
        co_return problem(me.error().kind == ApiError::Kind::Unauthorized ? Problem::CredentialsMissing
                                                                          : Problem::None,
                          me.error().message);
    // The store holds this agent's work: another agent's sign-in never takes it over.
    if (info.personId != 0 && me->personId != info.personId)
        co_return problem(Problem::CredentialsMissing,
                          tr("This sign-in is %1's, but the account “%2” belongs to %3. Sign in as %3, or "
                             "add %1 as another account.")
                              .arg(me->person.name, info.name, info.agentName));
    const Keychain keychain(info.id);
    for (const auto &[item, secret] : items) {
        KeychainResult written;
        if (secret.isEmpty())
            written = co_await keychain.remove(item);
        else
            written = co_await keychain.write(item, secret);
        if (written.isUnavailable())
            co_return problem(Problem::KeychainUnavailable, written.message());
    }
    QString error;
    if (!registry.save(info, &error))
        co_return problem(Problem::None, error);
    co_return co_await open(info, registry);
}

QCoro::Task<SyncReport> Account::sync(std::function<void(qint64 done, qint64 total)> progress,
                                      std::optional<TicketSync::Options> tickets)
{
    StoreResult<QSqlDatabase> reader = m_store->reader();
    bool referenceDone = false;
    if (reader) {
        const auto saved = SyncState(reader.value()).progress(QStringLiteral("reference"));
        referenceDone = saved && saved.value() && saved.value()->complete;
    }
    if (!referenceDone) {
        ReferenceSync referenceSync(m_api.get(), m_store.get());
        SyncReport reference = co_await referenceSync.run();
        if (!reference.ok())
            co_return reference;
    }
    TicketSync ticketSync(m_api.get(), m_store.get(), tickets.value_or(TicketSync::Options{}));
    if (progress)
        connect(&ticketSync, &TicketSync::progress, this, progress);
    SyncReport report = co_await ticketSync.run();
    if (!report.ok())
        co_return report;
    StoreResult<int> dropped = co_await Retention::run(*m_store);
    if (!dropped)
        report.storeError = dropped.error();
    else
        report.removed += dropped.value();
    co_return report;
}

QCoro::Task<StoreResult<>> Account::wipe(AccountRegistry &registry)
{
    m_api.reset();
    m_tokenRefresh.reset();
    m_client.reset();
    m_store.reset(); // closed before its files go
    StoreResult<> wiped = co_await StoreWipe::wipe(m_dataFolder, keychain());
    if (!wiped)
        co_return wiped;
    QFile::remove(caFile(m_dataFolder));
    QDir(m_dataFolder).removeRecursively();
    QString error;
    if (!registry.remove(m_info.id, &error))
        co_return StoreResult<>::failure(error);
    co_return StoreResult<>();
}
