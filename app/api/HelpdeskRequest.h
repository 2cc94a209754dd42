#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One request to a helpdesk's /api/v2, before the client adds the helpdesk's address,
// credentials and the rest of its policy.
struct HelpdeskRequest
{
    QByteArray method = "GET";
    QString endpoint; // below /api/v2/: "tickets/12", "tickets/ref:ABCD-1234"
    // When set, the request goes here instead of below /api/v2: the OAuth endpoints live outside
    // it (and, from RFC 8414 metadata, maybe on another origin, which never gets credentials).
    QUrl url;
    QList<QPair<QString, QString>> query; // in order; PHP-style names kept ("status[]")
    QByteArray body;
    QByteArray contentType;    // application/json when a body is set through json()
    bool authenticated = true; // false for discover, api_tokens, device links
    // Safe to send again after a failure that may have happened after it went out. Reads are;
    // POST/PUT/DELETE are not, so such failures become ApiError::Kind::Ambiguous.
    bool repeatable = true;

    static HelpdeskRequest get(const QString &endpoint, const QList<QPair<QString, QString>> &query = {});
    static HelpdeskRequest send(const QByteArray &method, const QString &endpoint, const QJsonObject &body);
    // An unauthenticated form POST (application/x-www-form-urlencoded) to `url`, sent at most once.
    static HelpdeskRequest postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);

    // The query string, each name and value percent-encoded ('+' and '>' included, which
    // Deskpro's date filters use).
    QByteArray encodedQuery() const;
};
