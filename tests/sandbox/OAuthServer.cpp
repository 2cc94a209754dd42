#include "OAuthServer.h"

#include "Credentials.h"
#include "Helpdesk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(Credentials::sha256(secret));
}

bool isBase64Url(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

// RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
bool isVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        u == '-' || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiReply html(int status, const QString &page)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.raw = page.toUtf8();
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

} // namespace

OAuthServer::OAuthServer(const QSqlDatabase &database, Helpdesk *helpdesk)
    : m_db(database), m_helpdesk(helpdesk)
{}

QString OAuthServer::defaultClientId()
{
    return QStringLiteral("deskhand");
}

bool OAuthServer::init(QString *error)
{
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS sandbox_oauth_clients (client_id TEXT PRIMARY KEY, name TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sandbox_oauth_codes (code_hash TEXT PRIMARY KEY,"
        " client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL,"
        " person_id INTEGER NOT NULL, scope TEXT, expires INTEGER NOT NULL,"
        " used INTEGER NOT NULL DEFAULT 0)",
        // `origin` is the code a token descends from, so that a replayed code revokes them all.
        "CREATE TABLE IF NOT EXISTS sandbox_oauth_tokens (token_hash TEXT PRIMARY KEY,"
        " kind TEXT NOT NULL, client_id TEXT NOT NULL, person_id INTEGER NOT NULL,"
        " scope TEXT, expires INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0,"
        " origin TEXT NOT NULL)",
        "INSERT OR IGNORE INTO sandbox_oauth_clients (client_id, name) VALUES ('deskhand', 'Deskhand')",
    };
    for (const char *statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

ApiReply OAuthServer::handle(const QByteArray &method, const QString &path, const QByteArray &query,
                             const QByteArray &body, const QByteArray &contentType)
{
    const bool isForm =
        contentType.split(';').constFirst().trimmed().toLower() == "application/x-www-form-urlencoded";
    if (path == QLatin1String("/oauth/authorize")) {
        if (method == "GET" || method == "HEAD")
            return authorizePage(QueryString::parse(query));
        if (method == "POST") {
            if (!isForm)
                return errorPage(
                    QStringLiteral("The sign-in form must be sent as application/x-www-form-urlencoded."));
            return authorizeSubmit(QueryString::parse(body));
        }
        ApiReply reply = errorPage(QStringLiteral("Method not allowed."));
        reply.status = 405;
        reply.headers.emplaceBack("Allow", "GET, POST");
        return reply;
    }
    if (path == QLatin1String("/oauth/token")) {
        if (method != "POST") {
            ApiReply reply = oauthError(405, QStringLiteral("invalid_request"),
                                        QStringLiteral("The token endpoint only accepts POST."));
            reply.headers.emplaceBack("Allow", "POST");
            return reply;
        }
        if (!isForm)
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The body must be application/x-www-form-urlencoded."));
        return token(QueryString::parse(body));
    }
    return errorPage(QStringLiteral("Not found."));
}

bool OAuthServer::isClient(const QString &clientId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sandbox_oauth_clients WHERE client_id = ?"));
    query.addBindValue(clientId);
    return query.exec() && query.next();
}

bool OAuthServer::isLoopbackRedirect(const QString &uri)
{
    // RFC 8252 §7.3: http on the loopback IP literal, any port. "localhost" is refused, as
    // the RFC advises against it (it may resolve elsewhere).
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() ||
        url.hasFragment())
        return false;
    if (url.host() != QLatin1String("127.0.0.1"))
        return false;
    return uri.startsWith(QLatin1String("http://127.0.0.1:")) ||
           uri.startsWith(QLatin1String("http://127.0.0.1/"));
}

QString OAuthServer::validate(const QueryString::Items &params, Authorization *out) const
{
    out->clientId = QueryString::value(params, QStringLiteral("client_id"));
    out->redirectUri = QueryString::value(params, QStringLiteral("redirect_uri"));
    out->hasState = QueryString::has(params, QStringLiteral("state"));
    out->state = QueryString::value(params, QStringLiteral("state"));
    out->challenge = QueryString::value(params, QStringLiteral("code_challenge"));
    out->challengeMethod = QueryString::value(params, QStringLiteral("code_challenge_method"));
    out->scope = QueryString::value(params, QStringLiteral("scope"));

    if (out->clientId.isEmpty() || !isClient(out->clientId))
        return QStringLiteral("Unknown client_id.");
    if (!isLoopbackRedirect(out->redirectUri))
        return QStringLiteral("redirect_uri must be a loopback address: http://127.0.0.1:<port>/<path>.");
    if (QueryString::value(params, QStringLiteral("response_type")) != QLatin1String("code"))
        return QStringLiteral("response_type must be \"code\".");
    if (out->challenge.isEmpty())
        return QStringLiteral("PKCE is required: code_challenge is missing.");
    if (out->challengeMethod != QLatin1String("S256"))
        return QStringLiteral("PKCE code_challenge_method must be S256.");
    if (out->challenge.size() != 43 || !isBase64Url(out->challenge))
        return QStringLiteral("code_challenge must be a base64url SHA-256 digest (43 characters).");
    return {};
}

ApiReply OAuthServer::authorizePage(const QueryString::Items &params)
{
    Authorization request;
    const QString problem = validate(params, &request);
    if (!problem.isEmpty())
        return errorPage(problem);
    return loginForm(request, {}, 200);
}

ApiReply OAuthServer::authorizeSubmit(const QueryString::Items &form)
{
    Authorization request;
    const QString problem = validate(form, &request);
    if (!problem.isEmpty())
        return errorPage(problem);

    const QString email = QueryString::value(form, QStringLiteral("email")).trimmed();
    const QString password = QueryString::value(form, QStringLiteral("password"));
    const std::optional<int> agent = m_helpdesk->agentForLogin(email, password);
    if (!agent)
        return loginForm(request, QStringLiteral("The e-mail address or password is not correct."), 401);

    const QString code = randomToken();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO sandbox_oauth_codes (code_hash, client_id, redirect_uri,"
                                  " challenge, person_id, scope, expires) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(hashOf(code));
    insert.addBindValue(request.clientId);
    insert.addBindValue(request.redirectUri);
    insert.addBindValue(request.challenge);
    insert.addBindValue(*agent);
    insert.addBindValue(request.scope);
    insert.addBindValue(now() + CodeLifetime);
    if (!insert.exec())
        return errorPage(QStringLiteral("The helpdesk could not store the authorization."));

    QByteArray location = request.redirectUri.toUtf8();
    location += location.contains('?') ? '&' : '?';
    location += "code=" + QueryString::encode(code);
    if (request.hasState)
        location += "&state=" + QueryString::encode(request.state);
    ApiReply reply;
    reply.status = 302;
    reply.headers.emplaceBack("Location", location);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

ApiReply OAuthServer::token(const QueryString::Items &form)
{
    const QString clientId = QueryString::value(form, QStringLiteral("client_id"));
    if (clientId.isEmpty() || !isClient(clientId))
        return oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
    const QString grantType = QueryString::value(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(form, clientId);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(form, clientId);
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing."));
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Supported grant types: authorization_code, refresh_token."));
}

ApiReply OAuthServer::exchangeCode(const QueryString::Items &form, const QString &clientId)
{
    const QString code = QueryString::value(form, QStringLiteral("code"));
    const QString redirectUri = QueryString::value(form, QStringLiteral("redirect_uri"));
    const QString verifier = QueryString::value(form, QStringLiteral("code_verifier"));
    if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code, redirect_uri and code_verifier are required."));

    const QString codeHash = hashOf(code);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT client_id, redirect_uri, challenge, person_id, scope, expires, used"
                                 " FROM sandbox_oauth_codes WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec() || !query.next())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Unknown authorization code."));
    const QString codeClient = query.value(0).toString();
    const QString codeRedirect = query.value(1).toString();
    const QString challenge = query.value(2).toString();
    const int personId = query.value(3).toInt();
    const QString scope = query.value(4).toString();
    const qint64 expires = query.value(5).toLongLong();
    const bool used = query.value(6).toBool();
    query.finish();

    if (used) {
        // RFC 6749 §4.1.2: a replayed code revokes what was issued for it.
        QSqlQuery revoke(m_db);
        revoke.prepare(QStringLiteral("DELETE FROM sandbox_oauth_tokens WHERE origin = ?"));
        revoke.addBindValue(codeHash);
        revoke.exec();
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code was already used."));
    }
    // Any attempt consumes the code, so that a wrong verifier cannot be retried.
    QSqlQuery consume(m_db);
    consume.prepare(QStringLiteral("UPDATE sandbox_oauth_codes SET used = 1 WHERE code_hash = ?"));
    consume.addBindValue(codeHash);
    consume.exec();

    if (expires <= now())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code expired."));
    if (codeClient != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code was issued to another client."));
    if (codeRedirect != redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the one in the authorization request."));
    if (!isVerifier(verifier) || s256(verifier) != challenge)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("code_verifier does not match the code_challenge."));
    return issueTokens(personId, clientId, scope, codeHash);
}

ApiReply OAuthServer::refresh(const QueryString::Items &form, const QString &clientId)
{
    const QString refreshToken = QueryString::value(form, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is missing."));
    const QString hash = hashOf(refreshToken);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT client_id, person_id, scope, expires, used, origin"
                                 " FROM sandbox_oauth_tokens WHERE token_hash = ? AND kind = 'refresh'"));
    query.addBindValue(hash);
    if (!query.exec() || !query.next())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token."));
    const QString tokenClient = query.value(0).toString();
    const int personId = query.value(1).toInt();
    const QString scope = query.value(2).toString();
    const qint64 expires = query.value(3).toLongLong();
    const bool used = query.value(4).toBool();
    const QString origin = query.value(5).toString();
    query.finish();

    if (used)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was already used (tokens rotate)."));
    if (expires <= now())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token expired."));
    if (tokenClient != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to another client."));
    QSqlQuery consume(m_db);
    consume.prepare(QStringLiteral("UPDATE sandbox_oauth_tokens SET used = 1 WHERE token_hash = ?"));
    consume.addBindValue(hash);
    consume.exec();
    return issueTokens(personId, clientId, scope, origin);
}

ApiReply OAuthServer::issueTokens(int personId, const QString &clientId, const QString &scope,
                                  const QString &origin)
{
    const QString access = randomToken();
    const QString refreshToken = randomToken();
    auto store = [&](const QString &tokenValue, const char *kind, qint64 lifetime) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO sandbox_oauth_tokens (token_hash, kind, client_id,"
                                      " person_id, scope, expires, origin) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(hashOf(tokenValue));
        insert.addBindValue(QString::fromLatin1(kind));
        insert.addBindValue(clientId);
        insert.addBindValue(personId);
        insert.addBindValue(scope);
        insert.addBindValue(now() + lifetime);
        insert.addBindValue(origin);
        return insert.exec();
    };
    if (!store(access, "access", m_accessLifetime) || !store(refreshToken, "refresh", m_refreshLifetime))
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("Could not store the tokens."));

    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_accessLifetime},
                     {QStringLiteral("refresh_token"), refreshToken}};
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    ApiReply reply;
    reply.body = body;
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("Pragma", "no-cache");
    return reply;
}

std::optional<OAuthServer::Scheme> OAuthServer::schemeFromName(const QString &name)
{
    if (name == QLatin1String("bearer"))
        return Scheme::Bearer;
    if (name == QLatin1String("token"))
        return Scheme::Token;
    if (name == QLatin1String("both"))
        return Scheme::Both;
    return std::nullopt;
}

QString OAuthServer::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Bearer:
        return QStringLiteral("bearer");
    case Scheme::Token:
        return QStringLiteral("token");
    case Scheme::Both:
        break;
    }
    return QStringLiteral("both");
}

int OAuthServer::expireTokens(bool access, bool refresh)
{
    QStringList kinds;
    if (access)
        kinds << QStringLiteral("'access'");
    if (refresh)
        kinds << QStringLiteral("'refresh'");
    if (kinds.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    // The kinds are the two literals above, never input.
    query.prepare(
        QStringLiteral("UPDATE sandbox_oauth_tokens SET expires = ? WHERE expires > ? AND kind IN (%1)")
            .arg(kinds.join(QLatin1Char(','))));
    query.addBindValue(now());
    query.addBindValue(now());
    if (!query.exec())
        return 0;
    return query.numRowsAffected();
}

std::optional<int> OAuthServer::personForAccessToken(const QString &token) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT person_id, expires FROM sandbox_oauth_tokens"
                                 " WHERE token_hash = ? AND kind = 'access'"));
    query.addBindValue(hashOf(token));
    if (!query.exec() || !query.next() || query.value(1).toLongLong() <= now())
        return std::nullopt;
    return query.value(0).toInt();
}

ApiReply OAuthServer::oauthError(int status, const QString &error, const QString &description)
{
    ApiReply reply;
    reply.status = status;
    reply.body =
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("Pragma", "no-cache");
    return reply;
}

ApiReply OAuthServer::errorPage(const QString &message) const
{
    // Never redirected: the redirect_uri of a bad request cannot be trusted (RFC 6749 §4.1.2.1).
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                        "<title>Sign-in error</title></head><body>"
                                        "<h1>This sign-in request cannot be completed</h1>"
                                        "<p class=\"error\" id=\"error\">%1</p></body></html>\n")
                             .arg(message.toHtmlEscaped());
    return html(400, page);
}

ApiReply OAuthServer::loginForm(const Authorization &request, const QString &error, int status) const
{
    auto hidden = [](const char *name, const QString &value) {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
            .arg(QString::fromLatin1(name), value.toHtmlEscaped());
    };
    QString fields = hidden("response_type", QStringLiteral("code")) + hidden("client_id", request.clientId) +
                     hidden("redirect_uri", request.redirectUri) +
                     hidden("code_challenge", request.challenge) +
                     hidden("code_challenge_method", request.challengeMethod);
    if (request.hasState)
        fields += hidden("state", request.state);
    if (!request.scope.isEmpty())
        fields += hidden("scope", request.scope);

    const QString errorHtml =
        error.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"error\" id=\"error\">%1</p>\n").arg(error.toHtmlEscaped());
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>Sign in to %1</title></head><body>\n"
                       "<h1>Sign in to %1</h1>\n%2"
                       "<form method=\"post\" action=\"/oauth/authorize\" id=\"login\">\n%3"
                       "<label>E-mail <input type=\"email\" name=\"email\" id=\"email\" "
                       "autocomplete=\"username\" required></label>\n"
                       "<label>Password <input type=\"password\" name=\"password\" id=\"password\" "
                       "autocomplete=\"current-password\" required></label>\n"
                       "<button type=\"submit\" id=\"submit\">Sign in</button>\n"
                       "</form></body></html>\n")
            .arg(m_helpdesk->helpdeskName().toHtmlEscaped(), errorHtml, fields);
    return html(status, page);
}
