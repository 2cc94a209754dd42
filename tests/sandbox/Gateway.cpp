#include "Gateway.h"

#include "Credentials.h"
#include "Envelope.h"
#include "Helpdesk.h"
#include "OAuthServer.h"
#include "QueryString.h"
#include "SandboxControl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QByteArray WwwAuthenticate = "session,token,key realm=\"DeskPRO API\"";

ApiReply unauthorized(const QString &code, const QString &message)
{
    ApiReply reply = Envelope::error(401, code, message);
    reply.headers.emplaceBack("WWW-Authenticate", WwwAuthenticate);
    return reply;
}

ApiReply methodNotAllowed(const QByteArray &allow)
{
    ApiReply reply =
        Envelope::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
    reply.headers.emplaceBack("Allow", allow);
    return reply;
}

ApiReply routeNotFound(const QByteArray &method, const QString &path)
{
    const QString message =
        QStringLiteral("No route found for \"%1 %2\"").arg(QString::fromLatin1(method), path);
    return Envelope::error(404, QStringLiteral("not_found"), message);
}

} // namespace

Gateway::Gateway(Helpdesk *helpdesk, Credentials *credentials, OAuthServer *oauth, SandboxControl *control)
    : m_helpdesk(helpdesk)
    , m_credentials(credentials)
    , m_oauth(oauth)
    , m_control(control)
    , m_batch([this](const ApiRequest &request) {
        if (std::optional<ApiReply> reply = publicEndpoint(request))
            return *reply;
        return dispatch(request);
    })
{}

std::optional<QString> Gateway::apiPath(const QString &decodedPath)
{
    static const QRegularExpression prefix(QStringLiteral("^/api/v2(/\\d{8})?(?=/|$)"));
    const QRegularExpressionMatch match = prefix.match(decodedPath);
    if (!match.hasMatch())
        return std::nullopt;
    const QString rest = decodedPath.mid(match.capturedLength());
    return rest.isEmpty() ? QStringLiteral("/") : rest;
}

QString Gateway::schemeOf(const QByteArray &authorization)
{
    const QByteArray scheme =
        authorization.trimmed().split(' ').constFirst().split(',').constFirst().toLower();
    if (scheme == "key" || scheme == "token" || scheme == "bearer")
        return QString::fromLatin1(scheme);
    return {};
}

ApiReply Gateway::handle(const HttpRequest &request)
{
    const QString path = QueryString::decodePath(request.path);
    if (path == QLatin1String("/_sandbox") || path.startsWith(QLatin1String("/_sandbox/")))
        return m_control->handle(request, path);
    if (path == QLatin1String("/oauth/authorize") || path == QLatin1String("/oauth/token"))
        return m_oauth->handle(request.method, path, request.query, request.body,
                               request.header("content-type"));
    if (path.startsWith(QLatin1String("/file.php/")))
        return handleFile(request, path);
    if (const std::optional<QString> api = apiPath(path))
        return handleApi(request, *api);
    return routeNotFound(request.method, path);
}

ApiRequest Gateway::toApiRequest(const HttpRequest &request, const QString &path) const
{
    ApiRequest out;
    // HEAD is answered as GET; the connection leaves out the body.
    out.method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    out.path = path;
    out.query = QueryString::parse(request.query);
    for (const auto &[name, value] : request.headers) {
        if (out.headers.contains(name))
            out.headers[name] += ", " + value;
        else
            out.headers.insert(name, value);
    }
    out.body = request.body;
    out.baseUrl = m_baseUrl;
    return out;
}

ApiReply Gateway::handleApi(const HttpRequest &request, const QString &path)
{
    ApiRequest api = toApiRequest(request, path);
    if (std::optional<ApiReply> reply = publicEndpoint(api))
        return *reply;
    ApiReply failure;
    const std::optional<Identity> identity = authenticate(request.header("authorization"), &failure);
    if (!identity)
        return failure;
    api.personId = identity->personId;
    api.authScheme = identity->scheme;
    return dispatch(api);
}

ApiReply Gateway::handleFile(const HttpRequest &request, const QString &path)
{
    ApiRequest api = toApiRequest(request, path);
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        ApiReply failure;
        const std::optional<Identity> identity = authenticate(authorization, &failure);
        if (!identity)
            return failure;
        api.personId = identity->personId;
        api.authScheme = identity->scheme;
    } else if (api.has(QStringLiteral("access_token"))) {
        // Download links carry their own access token; when it is not an API or OAuth token
        // the helpdesk checks it as a blob token of its own.
        if (const std::optional<int> person =
                personForToken(api.value(QStringLiteral("access_token")), true, true)) {
            api.personId = *person;
            api.authScheme = QStringLiteral("token");
        }
    } else {
        return unauthorized(QStringLiteral("UNAUTHORIZED"),
                            QStringLiteral("You must be authenticated to access this resource."));
    }
    return m_helpdesk->handle(api);
}

std::optional<int> Gateway::personForToken(const QString &token, bool apiTokens, bool oauthTokens) const
{
    if (apiTokens) {
        if (const std::optional<int> person = m_credentials->personForApiToken(token))
            return person;
    }
    if (!oauthTokens)
        return std::nullopt;
    return m_oauth->personForAccessToken(token);
}

std::optional<Gateway::Identity> Gateway::authenticate(const QByteArray &authorization,
                                                       ApiReply *failure) const
{
    // As Deskpro's ApiAuthenticator: trim, split on whitespace and commas, exactly two parts.
    if (authorization.isEmpty()) {
        *failure = unauthorized(QStringLiteral("UNAUTHORIZED"),
                                QStringLiteral("You must be authenticated to access this resource."));
        return std::nullopt;
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts =
        QString::fromLatin1(authorization).trimmed().split(separators, Qt::SkipEmptyParts);
    if (parts.size() != 2) {
        *failure = unauthorized(
            QStringLiteral("MALFORMED_AUTHORIZATION_HEADER"),
            QStringLiteral("The Authorization header is malformed: expected \"<scheme> <credential>\"."));
        return std::nullopt;
    }
    const QString scheme = parts[0].toLower();
    const QString &credential = parts[1];
    if (scheme == QLatin1String("key")) {
        const Credentials::KeyMatch match = m_credentials->checkKey(credential);
        // The admin key is for /_sandbox only; to the API it is no key at all.
        if (match.kind != Credentials::KeyKind::Agent) {
            *failure = unauthorized(QStringLiteral("INVALID_API_KEY"), QStringLiteral("Invalid API key."));
            return std::nullopt;
        }
        return Identity{match.personId, scheme};
    }
    using OAuthScheme = OAuthServer::Scheme;
    const bool bearer = scheme == QLatin1String("bearer");
    if (scheme == QLatin1String("token") || (bearer && m_oauth->scheme() != OAuthScheme::Token)) {
        // Which header carries an OAuth token on Deskpro is not public: by default both forms
        // work; --oauth-scheme narrows it to one (see OAuthServer::Scheme).
        const std::optional<int> person =
            bearer ? m_oauth->personForAccessToken(credential)
                   : personForToken(credential, true, m_oauth->scheme() != OAuthScheme::Bearer);
        if (!person) {
            *failure = unauthorized(QStringLiteral("INVALID_API_TOKEN"),
                                    QStringLiteral("Invalid or expired API token."));
            return std::nullopt;
        }
        return Identity{*person, scheme};
    }
    *failure = unauthorized(QStringLiteral("INVALID_AUTHORIZATION_HEADER"),
                            QStringLiteral("Unsupported authorization scheme; use \"key\" or \"token\"."));
    return std::nullopt;
}

std::optional<ApiReply> Gateway::publicEndpoint(const ApiRequest &request)
{
    if (request.path == QLatin1String("/helpdesk/discover")) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return discover();
    }
    if (request.path == QLatin1String("/api_tokens")) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        return passwordExchange(request);
    }
    static const QRegularExpression deviceSetup(QStringLiteral("^/api_tokens/device_setup/([^/]+)$"));
    const QRegularExpressionMatch match = deviceSetup.match(request.path);
    if (match.hasMatch()) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return redeemDeviceCode(match.captured(1));
    }
    return std::nullopt;
}

ApiReply Gateway::dispatch(const ApiRequest &request)
{
    if (request.path == QLatin1String("/me")) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return me(request);
    }
    if (request.path == QLatin1String("/me/device-setup-token")) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return deviceSetupToken(request);
    }
    if (request.path == QLatin1String("/batch"))
        return m_batch.run(request);
    return m_helpdesk->handle(request);
}

QJsonObject Gateway::discoverData() const
{
    return QJsonObject{
        {QStringLiteral("is_deskpro"), true},
        {QStringLiteral("helpdesk_url"), QString(m_baseUrl + QLatin1Char('/'))},
        {QStringLiteral("base_api_url"), QString(m_baseUrl + QStringLiteral("/api/v2/"))},
        {QStringLiteral("build"), QStringLiteral("1727049600")},
        {QStringLiteral("build_id"), 20240300},
        {QStringLiteral("build_name"), QStringLiteral("2024.3.0")},
        {QStringLiteral("helpdesk_uuid"), m_credentials->helpdeskUuid()},
        {QStringLiteral("is_cloud"), false},
    };
}

ApiReply Gateway::discover() const
{
    return Envelope::ok(discoverData());
}

ApiReply Gateway::me(const ApiRequest &request) const
{
    const QString method =
        request.authScheme == QLatin1String("key") ? QStringLiteral("api_key") : QStringLiteral("api_token");
    return Envelope::ok(QJsonObject{{QStringLiteral("auth_method"), method},
                                    {QStringLiteral("app_id"), QJsonValue::Null},
                                    {QStringLiteral("person_id"), request.personId},
                                    {QStringLiteral("person"), m_helpdesk->person(request.personId)}});
}

ApiReply Gateway::deviceSetupToken(const ApiRequest &request)
{
    const QString code = m_credentials->issueDeviceCode(request.personId);
    if (code.isEmpty())
        return Envelope::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("Could not create a device code."));
    return Envelope::ok(QJsonObject{
        {QStringLiteral("token"), code},
        {QStringLiteral("url"),
         QString(m_baseUrl + QStringLiteral("/api/v2/api_tokens/device_setup/") + code)},
    });
}

ApiReply Gateway::redeemDeviceCode(const QString &code)
{
    const std::optional<int> person = m_credentials->redeemDeviceCode(code);
    if (!person)
        return Envelope::error(404, QStringLiteral("not_found"),
                               QStringLiteral("The device set-up code is unknown, expired or already used."));
    return Envelope::ok(QJsonObject{{QStringLiteral("person_id"), *person},
                                    {QStringLiteral("token"), m_credentials->issueApiToken(*person)},
                                    {QStringLiteral("discover"), discoverData()}},
                        {}, {}, 201);
}

ApiReply Gateway::passwordExchange(const ApiRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Envelope::error(400, QStringLiteral("invalid_json_body"),
                               QStringLiteral("The request body is not a valid JSON object."));
    const QJsonObject body = doc.object();
    const QJsonValue email = body.value(QStringLiteral("email"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!email.isString() || email.toString().trimmed().isEmpty())
        return Envelope::fieldError(QStringLiteral("email"), QStringLiteral("required"),
                                    QStringLiteral("This value should not be blank."));
    if (!password.isString() || password.toString().isEmpty())
        return Envelope::fieldError(QStringLiteral("password"), QStringLiteral("required"),
                                    QStringLiteral("This value should not be blank."));
    const std::optional<int> agent =
        m_helpdesk->agentForLogin(email.toString().trimmed(), password.toString());
    if (!agent)
        return unauthorized(QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid credentials."));
    return Envelope::ok(QJsonObject{{QStringLiteral("person_id"), *agent},
                                    {QStringLiteral("token"), m_credentials->issueApiToken(*agent)}},
                        {}, {}, 201);
}
