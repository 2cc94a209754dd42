#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// One request to /api/v2 as the sandbox's endpoints see it, after the server has parsed the
// HTTP message and authenticated the caller.
struct ApiRequest
{
    QByteArray method;                      // "GET", "POST", "PUT", "DELETE"
    QString path;                           // decoded, below /api/v2 and any date segment: "/tickets/12"
    QList<QPair<QString, QString>> query;   // decoded items in order; PHP-style keys kept ("status[]")
    QHash<QByteArray, QByteArray> headers;  // names lower-cased
    QByteArray body;
    int personId = 0;    // the authenticated agent, 0 for unauthenticated endpoints
    QString authScheme;  // "key", "token", "bearer" or empty
    QString baseUrl;     // the helpdesk's own URL as clients reach it: "http://127.0.0.1:8080"

    // All values of a query parameter, accepting both "name" and PHP's "name[]".
    QStringList values(const QString &name) const
    {
        QStringList out;
        for (const auto &[key, value] : query) {
            if (key == name || key == name + QStringLiteral("[]"))
                out << value;
        }
        return out;
    }
    bool has(const QString &name) const { return !values(name).isEmpty(); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QStringList all = values(name);
        return all.isEmpty() ? fallback : all.constFirst();
    }
};
