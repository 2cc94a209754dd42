#pragma once

#include "api/ApiCredentials.h"
#include "api/ApiResult.h"
#include "api/CredentialRenewal.h"
#include "api/HelpdeskRequest.h"
#include "api/HelpdeskResponse.h"

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <optional>

class QIODevice;
class QNetworkReply;

// The HTTP client of one helpdesk account: its own network manager, the account's
// credentials, and the policy every request follows. TLS 1.2 or later, certificate errors never
// ignored (extra CAs are trusted by adding them, an optional public-key pin narrows trust),
// redirects only within the helpdesk's origin, the Authorization header only to that origin,
// timeouts, a size cap, and retries: 429 and 423 after Retry-After (both forms) or backoff,
// 503 and connection failures with backoff, other 5xx and resets only for repeatable requests.
// A POST/PUT/DELETE that failed after it may have reached the helpdesk is never sent again
// here: it comes back as ApiError::Kind::Ambiguous for the outbox to check.
class HelpdeskClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds transferTimeout{30000}; // no byte moved for this long
        std::chrono::milliseconds deadline{120000};       // one call, retries and waits included
        qint64 maxResponseBytes = qint64(32) << 20;
        qint64 maxDownloadBytes = qint64(512) << 20; // attachments
        int maxAttempts = 4;
        std::chrono::milliseconds backoffBase{500};
        std::chrono::milliseconds backoffCap{30000};
        // Retry-After longer than this is not waited for here: the error goes back to the caller
        // (sync, outbox) with retryAfter set, to be scheduled.
        std::chrono::milliseconds maxRetryAfter{60000};
        QList<QSslCertificate> extraCaCertificates; // the account's on-premises CA, the sandbox's CA
        QList<QByteArray> publicKeyPins;            // see PublicKeyPin; empty: no pin
    };

    explicit HelpdeskClient(const QUrl &helpdeskUrl, QObject *parent = nullptr);
    HelpdeskClient(const QUrl &helpdeskUrl, const ApiCredentials &credentials, const Options &options,
                   QObject *parent = nullptr);
    ~HelpdeskClient() override;

    QUrl helpdeskUrl() const { return m_helpdeskUrl; }
    QUrl apiUrl(const HelpdeskRequest &request) const; // request.url when set
    const Options &options() const { return m_options; }

    void setCredentials(const ApiCredentials &credentials) { m_credentials = credentials; }
    const ApiCredentials &credentials() const { return m_credentials; }
    // Consulted before every authenticated request to the helpdesk's origin and after a 401 to
    // one (see CredentialRenewal); null: the credentials are what they are. Not owned.
    void setRenewal(CredentialRenewal *renewal) { m_renewal = renewal; }

    // A 2xx answer, or why not. Error statuses come back mapped (DeskproJson::error).
    QCoro::Task<ApiResult<HelpdeskResponse>> send(HelpdeskRequest request);

    // Streams a file (an attachment's download_url) into `sink`, up to maxDownloadBytes; the
    // credentials go along only when the URL is on the helpdesk's origin. Gives the bytes written.
    // On failure `sink` may hold a part: the caller discards it.
    QCoro::Task<ApiResult<qint64>> download(QUrl url, QIODevice *sink);

    // The TLS settings every request uses; for tests and for the sign-in layer's own probes.
    QSslConfiguration tlsConfiguration() const { return tls(); }
    bool isSameOrigin(const QUrl &url) const;

signals:
    // The helpdesk refused the credentials (401), and a renewal (if any) could not help: the
    // sign-in layer asks the agent again.
    void credentialsNeeded();

private:
    struct Exchange;
    QCoro::Task<Exchange> exchange(const QUrl &url, const HelpdeskRequest &request,
                                   const ApiCredentials &credentials, QIODevice *sink, qint64 maxBytes,
                                   qint64 remainingMs);
    QNetworkRequest prepare(const QUrl &url, const ApiCredentials &credentials) const;
    const QSslConfiguration &tls() const;
    QCoro::Task<ApiResult<HelpdeskResponse>> perform(QUrl url, HelpdeskRequest request, QIODevice *sink,
                                                     qint64 maxBytes);

    QUrl m_helpdeskUrl;
    ApiCredentials m_credentials;
    CredentialRenewal *m_renewal = nullptr;
    Options m_options;
    // Made with the first request: the TLS backend's start (OpenSSL, ~20 ms) need not hold up
    // opening an account, and so the window's first paint.
    mutable std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager m_network;
    enum class PinState { Unverified, Verified, Failed };
    PinState m_pin = PinState::Unverified;
};
