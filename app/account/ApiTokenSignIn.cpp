#include "ApiTokenSignIn.h"

#include "account/AccountRegistry.h"
#include "api/DeskproApi.h"
#include "api/HelpdeskAddress.h"

#include <QDir>

namespace {

const QLatin1String deviceSetupPath("/api/v2/api_tokens/device_setup/");

Account::Opening failed(Account::Problem problem, const QString &message)
{
    Account::Opening opening;
    opening.problem = problem;
    opening.message = message;
    return opening;
}

} // namespace

std::optional<ApiTokenSignIn::DeviceLink> ApiTokenSignIn::parseDeviceLink(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype at = path.indexOf(deviceSetupPath);
    const QString code = at < 0 ? QString() : path.mid(at + deviceSetupPath.size());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty() || code.isEmpty() || code.contains(QLatin1Char('/'))) {
        *error = tr("This is not a device link. It looks like https://yourcompany.deskpro.com/api/v2/"
                    "api_tokens/device_setup/…; copy it again from Preferences in the helpdesk's agent "
                    "interface.");
        return std::nullopt;
    }
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    base.setPath(path.left(at));
    const HelpdeskAddress address = HelpdeskAddress::parse(base.toString());
    if (!address.isValid()) {
        *error = address.error();
        return std::nullopt;
    }
    return DeviceLink{address.url(), code};
}

QCoro::Task<std::optional<QString>> ApiTokenSignIn::checkHelpdesk(AccountInfo info, QString folder)
{
    using K = ApiError::Kind;
    HelpdeskClient client(info.helpdeskUrl, ApiCredentials(), Account::clientOptions(info, folder));
    DeskproApi api(&client);
    ApiResult<HelpdeskInfo> found = co_await api.run(DeskproCalls::discover());
    if (found)
        co_return std::nullopt;
    const ApiError &error = found.error();
    if (error.kind == K::NotFound || error.kind == K::Malformed || error.kind == K::Invalid ||
        error.kind == K::Unauthorized || error.kind == K::Forbidden)
        co_return tr("%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one "
                     "you open the helpdesk's agent interface with.")
            .arg(info.helpdeskUrl.toDisplayString());
    co_return error.message;
}

QCoro::Task<Account::Opening> ApiTokenSignIn::finish(AccountInfo info, QString token,
                                                     AccountRegistry &registry, Purpose purpose)
{
    if (purpose == Purpose::SignInAgain)
        co_return co_await Account::signInAgain(std::move(info), ApiCredentials::apiToken(token), registry);
    co_return co_await Account::add(std::move(info), ApiCredentials::apiToken(token), registry);
}

QCoro::Task<Account::Opening> ApiTokenSignIn::withPassword(AccountInfo info, QString email, QString password,
                                                           AccountRegistry &registry, Purpose purpose)
{
    using K = ApiError::Kind;
    info.method = AccountInfo::SignInMethod::ApiToken;
    const QString folder = registry.dataFolder(info.id);
    // A failed new sign-in leaves nothing; a failed sign-in again leaves the account as it was.
    const auto discard = [purpose, folder] {
        if (purpose == Purpose::NewAccount)
            QDir(folder).removeRecursively();
    };
    const std::optional<QString> notHelpdesk = co_await checkHelpdesk(info, folder);
    if (notHelpdesk) {
        discard();
        co_return failed(Account::Problem::None, *notHelpdesk);
    }
    HelpdeskClient client(info.helpdeskUrl, ApiCredentials(), Account::clientOptions(info, folder));
    DeskproApi api(&client);
    ApiResult<IssuedToken> issued = co_await api.requestApiToken(email.trimmed(), password);
    if (!issued) {
        discard();
        const ApiError &error = issued.error();
        if (error.kind == K::Unauthorized || error.kind == K::Invalid)
            co_return failed(Account::Problem::CredentialsMissing,
                             tr("%1 did not accept this e-mail address and password. Check them; if you "
                                "sign in to the helpdesk through single sign-on, use that instead.")
                                 .arg(info.helpdeskUrl.host()));
        co_return failed(Account::Problem::None, error.message);
    }
    co_return co_await finish(std::move(info), issued->token, registry, purpose);
}

QCoro::Task<Account::Opening> ApiTokenSignIn::withDeviceLink(AccountInfo info, DeviceLink link,
                                                             AccountRegistry &registry, Purpose purpose)
{
    using K = ApiError::Kind;
    if (purpose == Purpose::SignInAgain && info.helpdeskUrl.adjusted(QUrl::StripTrailingSlash) !=
                                               link.helpdeskUrl.adjusted(QUrl::StripTrailingSlash))
        co_return failed(Account::Problem::None,
                         tr("This device link is for %1, not for %2.")
                             .arg(link.helpdeskUrl.toDisplayString(), info.helpdeskUrl.toDisplayString()));
    info.method = AccountInfo::SignInMethod::ApiToken;
    info.helpdeskUrl = link.helpdeskUrl;
    if (info.id.isEmpty())
        info.id = AccountRegistry::newId(link.helpdeskUrl);
    if (info.name.isEmpty())
        info.name = link.helpdeskUrl.host();
    const QString folder = registry.dataFolder(info.id);
    // A failed new sign-in leaves nothing; a failed sign-in again leaves the account as it was.
    const auto discard = [purpose, folder] {
        if (purpose == Purpose::NewAccount)
            QDir(folder).removeRecursively();
    };
    // Asked first, so that a link to something else is not "used or expired".
    const std::optional<QString> notHelpdesk = co_await checkHelpdesk(info, folder);
    if (notHelpdesk) {
        discard();
        co_return failed(Account::Problem::None, *notHelpdesk);
    }
    HelpdeskClient client(info.helpdeskUrl, ApiCredentials(), Account::clientOptions(info, folder));
    DeskproApi api(&client);
    ApiResult<IssuedToken> issued = co_await api.redeemDeviceSetup(link.code);
    if (!issued) {
        discard();
        const ApiError &error = issued.error();
        if (error.kind == K::NotFound || error.kind == K::Invalid || error.kind == K::Unauthorized ||
            error.kind == K::Forbidden)
            co_return failed(Account::Problem::CredentialsMissing,
                             tr("This device link was used already or has expired; each link works once. "
                                "Make a new one in Preferences in the helpdesk's agent interface."));
        if (error.kind == K::Ambiguous)
            co_return failed(Account::Problem::None,
                             tr("The connection to %1 broke while it was redeeming the device link, which "
                                "works only once. Make a new link and try again.")
                                 .arg(info.helpdeskUrl.host()));
        co_return failed(Account::Problem::None, error.message);
    }
    co_return co_await finish(std::move(info), issued->token, registry, purpose);
}
