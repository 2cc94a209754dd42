#pragma once

#include <QMap>
#include <QString>

#include <chrono>

// Why a call to the helpdesk did not give what was asked, in a form callers can act on: the
// sync retries later, the outbox checks the ticket after an ambiguous failure, the sign-in
// layer asks for credentials, the agent reads `message`.
struct ApiError
{
    enum class Kind {
        Network,      // no connection, refused, reset before anything could have been applied
        Tls,          // certificate refused, handshake failed, pin mismatch
        Timeout,      // no answer in time (for a GET; a POST/PUT that timed out is Ambiguous)
        Ambiguous,    // a POST/PUT/DELETE failed after it went out: it may have been applied
        Unauthorized, // 401: credentials missing, wrong, revoked or expired
        Forbidden,    // 403
        NotFound,     // 404 (and 410)
        RateLimited,  // 429, still after the allowed retries or asked to wait too long
        Maintenance,  // 423: the helpdesk is offline for maintenance
        Server,       // 5xx after the allowed retries
        Invalid,      // 400 and other 4xx: the helpdesk refused the input
        Malformed,    // the answer could not be read or has the wrong shape
        TooLarge,     // the answer is bigger than this client accepts
        Redirected,   // a redirect to another origin, never followed
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message;    // translated, says what to do
    QString code;       // Deskpro's machine code ("invalid_input", "dupe_ticket", …) when given
    // Deskpro's error tree flattened: "email" → "…", "emails.emails_0" → "…", "" for global ones.
    QMap<QString, QString> fieldErrors;
    std::chrono::milliseconds retryAfter{-1}; // when the helpdesk said when to come back; -1: not said

    // A later attempt may succeed without anyone changing anything.
    bool isTransient() const;

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
};

QString kindName(ApiError::Kind kind); // stable English name for logs and tests
