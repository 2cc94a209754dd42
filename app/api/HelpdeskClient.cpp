#include "HelpdeskClient.h"

#include "BuildInfo.h"
#include "api/Backoff.h"
#include "api/DeskproJson.h"
#include "api/OneShotBody.h"
#include "api/PublicKeyPin.h"
#include "api/RetryAfter.h"

#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QIODevice>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTimer>

#include <memory>
#include <mutex>

using namespace std::chrono_literals;

namespace {

// Errors Qt reports before a request could have reached the helpdesk.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// Qt sets an error for HTTP error statuses too (2xx–4xx codes of NetworkError); these are the
// ones where the connection itself failed, even if a status line had arrived.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

bool isRedirectRefusal(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError;
}

// A coarse timer may fire up to 5% early; Retry-After is a promise not to come back sooner.
QCoro::Task<> sleepPrecisely(std::chrono::milliseconds wait)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(wait);
    co_await timer;
}

} // namespace

struct HelpdeskClient::Exchange
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;    // the answer, or the error body of a download
    qint64 written = 0; // into the sink (downloads)
    bool tooLarge = false;
    bool pinMismatch = false;
    bool deadlineHit = false;
    bool sinkFailed = false;
    QUrl redirect;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

HelpdeskClient::HelpdeskClient(const QUrl &helpdeskUrl, QObject *parent)
    : HelpdeskClient(helpdeskUrl, ApiCredentials(), Options(), parent)
{}

HelpdeskClient::HelpdeskClient(const QUrl &helpdeskUrl, const ApiCredentials &credentials,
                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_helpdeskUrl(helpdeskUrl.adjusted(QUrl::StripTrailingSlash))
    , m_credentials(credentials)
    , m_options(options)
{
    // The agent's proxy settings (PAC, environment, OS) are honoured; once per process.
    static std::once_flag proxyOnce;
    std::call_once(proxyOnce, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });

    m_network.setAutoDeleteReplies(false);
    m_network.setStrictTransportSecurityEnabled(true);
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HelpdeskClient::~HelpdeskClient() = default;

const QSslConfiguration &HelpdeskClient::tls() const
{
    if (!m_tls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_options.extraCaCertificates.isEmpty())
            tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_options.extraCaCertificates);
        m_tls = tls;
    }
    return *m_tls;
}

bool HelpdeskClient::isSameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_helpdeskUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_helpdeskUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_helpdeskUrl.port(m_helpdeskUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

QUrl HelpdeskClient::apiUrl(const HelpdeskRequest &request) const
{
    if (request.url.isValid())
        return request.url;
    QUrl url = m_helpdeskUrl;
    // The endpoint is percent-encoded where needed (a ticket ref stays one segment).
    url.setPath(m_helpdeskUrl.path(QUrl::FullyEncoded) + QStringLiteral("/api/v2/") + request.endpoint,
                QUrl::TolerantMode);
    const QByteArray query = request.encodedQuery();
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QNetworkRequest HelpdeskClient::prepare(const QUrl &url, const ApiCredentials &credentials) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(BuildInfo::userAgent));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // Credentials only: a helpdesk session cookie must not sign requests behind their back.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    request.setSslConfiguration(tls());
    // The one place the Authorization header is set; never for another origin.
    if (!credentials.isEmpty() && isSameOrigin(url)) {
        request.setRawHeader("Authorization", credentials.authorization());
        if (credentials.actingAgentId() > 0)
            request.setRawHeader("X-DeskPRO-Agent-ID", QByteArray::number(credentials.actingAgentId()));
    }
    return request;
}

QCoro::Task<HelpdeskClient::Exchange>
HelpdeskClient::exchange(const QUrl &url, const HelpdeskRequest &request, const ApiCredentials &credentials,
                         QIODevice *sink, qint64 maxBytes, qint64 remainingMs)
{
    QNetworkRequest networkRequest = prepare(url, request.authenticated ? credentials : ApiCredentials());
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    QNetworkReply *reply = nullptr;
    if (!request.repeatable && !request.body.isEmpty()) {
        // Never sent twice by Qt behind our back (see OneShotBody).
        auto *body = new OneShotBody(request.body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network.sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    } else if (!request.body.isEmpty()) {
        reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        // Not the overload with an (empty) body: Qt 6.4 then ignores the read buffer limit below.
        reply = m_network.sendCustomRequest(networkRequest, request.method);
    }
    // Qt's HTTP thread reads ahead of this (UI) thread without limit unless told: a server that
    // streams faster than the handlers below drain grew the buffer by hundreds of MiB.
    reply->setReadBufferSize(qint64(1) << 20);
    // Shared with the handlers below: a handler that aborts may resume this coroutine, and
    // everything it touches must outlive that.
    auto state = std::make_shared<Exchange>();
    const qint64 errorBodyCap = std::min(maxBytes, m_options.maxResponseBytes);
    const QList<QByteArray> pins = isSameOrigin(url) ? m_options.publicKeyPins : QList<QByteArray>();

    if (!pins.isEmpty()) {
        // Emitted after the handshake and before any request byte is written.
        connect(reply, &QNetworkReply::encrypted, reply, [reply, state, pins] {
            if (!PublicKeyPin::matches(reply->sslConfiguration().peerCertificateChain(), pins)) {
                state->pinMismatch = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, maxBytes] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, sink, maxBytes, errorBodyCap] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        if (sink && status >= 200 && status < 300) {
            if (state->written + chunk.size() > maxBytes) {
                state->tooLarge = true;
                reply->abort();
                return;
            }
            if (sink->write(chunk) != chunk.size()) {
                state->sinkFailed = true;
                reply->abort();
                return;
            }
            state->written += chunk.size();
            return;
        }
        // Counts decompressed bytes: a small gzip body cannot inflate past the cap.
        if (state->body.size() + chunk.size() > (sink ? errorBodyCap : maxBytes)) {
            state->tooLarge = true;
            reply->abort();
            return;
        }
        state->body += chunk;
    });
    // The call's overall deadline; a slow drip of bytes never trips the transfer timeout.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->deadlineHit = true;
        reply->abort();
    });
    deadline->start(int(std::clamp<qint64>(remainingMs, 1, INT_MAX)));

    co_await reply;

    deadline->stop();
    if (!state->tooLarge && !state->pinMismatch && !state->deadlineHit && !state->sinkFailed) {
        const QByteArray rest = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (sink && status >= 200 && status < 300) {
            if (state->written + rest.size() > maxBytes)
                state->tooLarge = true;
            else if (sink->write(rest) != rest.size())
                state->sinkFailed = true;
            else
                state->written += rest.size();
        } else if (state->body.size() + rest.size() > maxBytes) {
            state->tooLarge = true;
        } else {
            state->body += rest;
        }
    }
    state->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    state->error = reply->error();
    state->errorString = reply->errorString();
    state->headers = reply->rawHeaderPairs();
    state->redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    reply->disconnect();
    reply->deleteLater();
    co_return *state;
}

QCoro::Task<ApiResult<HelpdeskResponse>> HelpdeskClient::send(HelpdeskRequest request)
{
    co_return co_await perform(apiUrl(request), std::move(request), nullptr, m_options.maxResponseBytes);
}

QCoro::Task<ApiResult<qint64>> HelpdeskClient::download(QUrl url, QIODevice *sink)
{
    HelpdeskRequest request;
    request.authenticated = true; // prepare() drops it for other origins
    ApiResult<HelpdeskResponse> result = co_await perform(url, request, sink, m_options.maxDownloadBytes);
    if (!result)
        co_return result.error();
    co_return result->body.toLongLong();
}

QCoro::Task<ApiResult<HelpdeskResponse>> HelpdeskClient::perform(QUrl url, HelpdeskRequest request,
                                                                 QIODevice *sink, qint64 maxBytes)
{
    using K = ApiError::Kind;
    const QDeadlineTimer deadline(m_options.deadline);
    const Backoff backoff(m_options.backoffBase, m_options.backoffCap);
    const QString host = url.host();

    // A pin is checked when the handshake is done (QNetworkReply::encrypted), but Qt runs HTTP in
    // its own thread and may have written the request before the abort lands. So a pinned
    // client first proves the connection with a request that carries no credentials, and once a
    // pin failed it sends nothing more at all.
    if (!m_options.publicKeyPins.isEmpty() && isSameOrigin(url) && m_pin != PinState::Verified) {
        if (m_pin == PinState::Unverified) {
            HelpdeskRequest probe = HelpdeskRequest::get(QStringLiteral("helpdesk/discover"));
            probe.authenticated = false;
            const QUrl probeUrl = apiUrl(probe);
            const Exchange checked = co_await exchange(probeUrl, probe, ApiCredentials(), nullptr, 1 << 20,
                                                       deadline.remainingTime());
            if (checked.pinMismatch)
                m_pin = PinState::Failed;
            else if (checked.status != 0)
                m_pin = PinState::Verified;
        }
        if (m_pin == PinState::Failed) {
            co_return ApiError::make(
                K::Tls, tr("The certificate of %1 does not match the one pinned for this account, "
                           "so nothing was sent. Someone may be intercepting the connection; ask "
                           "your administrator whether the helpdesk's certificate changed.")
                            .arg(host));
        }
    }

    // Renewable credentials (an OAuth access token) are asked for before the request, and again
    // after a 401: the helpdesk refused before handling, so the request goes once more (twice at
    // most: one scheme change, one refresh), each time as a new request with a one-shot body.
    CredentialRenewal *renewal = request.authenticated && isSameOrigin(url) ? m_renewal : nullptr;
    ApiCredentials credentials = m_credentials;
    if (renewal) {
        ApiResult<ApiCredentials> current = co_await renewal->beforeRequest();
        if (!current)
            co_return current.error();
        credentials = std::move(current).value();
    }
    int renewals = 0;

    for (int attempt = 1;; ++attempt) {
        if (deadline.hasExpired()) {
            co_return ApiError::make(K::Timeout,
                                     tr("%1 did not answer in time. Check your connection; Deskhand "
                                        "tries again later.")
                                         .arg(host));
        }
        const Exchange ex =
            co_await exchange(url, request, credentials, sink, maxBytes, deadline.remainingTime());

        const bool answered = ex.status != 0 && !isTransportError(ex.error) && !isRedirectRefusal(ex.error) &&
                              !ex.tooLarge && !ex.pinMismatch && !ex.deadlineHit && !ex.sinkFailed;
        // Qt reports content errors (a body that would not decompress, a decompression bomb) on a
        // 2xx status: such an answer is not used, whatever part of it arrived.
        const bool contentFailed = answered && ex.error != QNetworkReply::NoError;
        if (answered && !contentFailed && ex.status >= 200 && ex.status < 300) {
            HelpdeskResponse response;
            response.status = ex.status;
            response.headers = ex.headers;
            // Downloads give the byte count; the bytes are in the sink.
            response.body = sink ? QByteArray::number(ex.written) : ex.body;
            co_return response;
        }

        ApiError error;
        bool retry = false;
        std::optional<std::chrono::milliseconds> retryAfter;
        // Before the request could have been applied, or for requests that may be repeated.
        const auto failedInFlight = [&](K kind, const QString &message) {
            if (request.repeatable) {
                error = ApiError::make(kind, message);
                retry = !ex.deadlineHit;
            } else {
                error = ApiError::make(
                    K::Ambiguous,
                    tr("The connection to %1 broke while the helpdesk was handling the request, "
                       "so it is not known whether it was applied. Deskhand checks before "
                       "sending it again.")
                        .arg(host),
                    ex.status);
            }
        };

        if (ex.pinMismatch) {
            m_pin = PinState::Failed;
            error = ApiError::make(K::Tls,
                                   tr("The certificate of %1 does not match the one pinned for this account, "
                                      "so nothing was sent. Someone may be intercepting the connection; ask "
                                      "your administrator whether the helpdesk's certificate changed.")
                                       .arg(host));
        } else if (ex.tooLarge) {
            error = ApiError::make(K::TooLarge,
                                   tr("%1 sent more data than Deskhand accepts for one answer (%2 MiB), "
                                      "so it was stopped.")
                                       .arg(host)
                                       .arg(maxBytes >> 20),
                                   ex.status);
        } else if (ex.sinkFailed) {
            error = ApiError::make(K::Network,
                                   tr("The file from %1 could not be saved on this computer. Check the "
                                      "free disk space.")
                                       .arg(host));
        } else if (isRedirectRefusal(ex.error)) {
            error = ApiError::make(
                K::Redirected,
                tr("%1 sent Deskhand to another address (%2), which it does not follow with your "
                   "credentials. Check the helpdesk address with your administrator.")
                    .arg(host, ex.redirect.isValid() ? ex.redirect.host() : QString()),
                ex.status);
        } else if (ex.error == QNetworkReply::SslHandshakeFailedError) {
            error = ApiError::make(K::Tls,
                                   tr("The secure connection to %1 was refused: %2. Ask your administrator "
                                      "whether the helpdesk's certificate is trusted on this computer.")
                                       .arg(host, ex.errorString));
        } else if (contentFailed && ex.status >= 200 && ex.status < 300) {
            error =
                ApiError::make(K::Malformed,
                               tr("The answer from %1 could not be read (%2), so none of it was used. Tell "
                                  "your administrator if it keeps happening.")
                                   .arg(host, ex.errorString),
                               ex.status);
        } else if (answered) {
            error = DeskproJson::error(ex.status, ex.body);
            const int status = ex.status;
            if (status == 401 && renewal && renewals < 2) {
                ApiResult<ApiCredentials> renewed = co_await renewal->afterRefusal(credentials, error);
                if (renewed && !(renewed.value() == credentials)) {
                    credentials = std::move(renewed).value();
                    ++renewals;
                    --attempt; // not a failed attempt: the helpdesk handled nothing
                    continue;
                }
                if (!renewed)
                    error = renewed.error();
            }
            if (status == 401 && request.authenticated && error.kind == K::Unauthorized)
                emit credentialsNeeded();
            if (status == 429 || status == 423 || status == 503) {
                retryAfter = RetryAfter::parse(ex.header("Retry-After"), QDateTime::currentDateTimeUtc());
                if (retryAfter)
                    error.retryAfter = *retryAfter;
                retry = true; // refused before being handled: safe for every method
            } else if (status >= 500) {
                failedInFlight(K::Server, error.message);
                error.httpStatus = status;
            }
        } else if (neverSent(ex.error)) {
            error = ApiError::make(K::Network,
                                   tr("%1 could not be reached: %2. Check your connection; Deskhand keeps "
                                      "your work and tries again.")
                                       .arg(host, ex.errorString));
            retry = ex.error != QNetworkReply::HostNotFoundError;
        } else if (ex.error == QNetworkReply::ProxyAuthenticationRequiredError) {
            error = ApiError::make(K::Network,
                                   tr("The network proxy wants credentials before it lets Deskhand reach "
                                      "%1. Check the proxy settings of this computer.")
                                       .arg(host));
        } else if (ex.deadlineHit || ex.error == QNetworkReply::TimeoutError ||
                   ex.error == QNetworkReply::OperationCanceledError) {
            failedInFlight(K::Timeout,
                           tr("%1 did not answer in time. Check your connection; Deskhand tries again "
                              "later.")
                               .arg(host));
        } else if (ex.status >= 200 && ex.status < 300) {
            // The answer began and was cut off: what arrived is never used.
            failedInFlight(K::Malformed,
                           tr("The answer from %1 was cut off before its end, so none of it was "
                              "used. Try again later.")
                               .arg(host));
        } else {
            failedInFlight(
                K::Network,
                tr("The connection to %1 broke: %2. Deskhand tries again.").arg(host, ex.errorString));
        }

        if (!retry || attempt >= m_options.maxAttempts || (sink && ex.written > 0))
            co_return error;
        if (retryAfter && *retryAfter > m_options.maxRetryAfter)
            co_return error;
        const std::chrono::milliseconds wait = retryAfter ? *retryAfter : backoff.delay(attempt);
        if (wait.count() >= deadline.remainingTime())
            co_return error;
        if (wait > 0ms)
            co_await sleepPrecisely(wait);
    }
}
