#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.x request as it came off the wire, before any routing or authentication.
struct HttpRequest
{
    QByteArray method; // as sent, e.g. "GET"
    QByteArray target; // the request target as sent: "/api/v2/tickets?page=2"
    QByteArray path;   // target before '?', still percent-encoded
    QByteArray query;  // target after '?', still percent-encoded
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;

    // The value of a header (name lower-cased); repeated headers are joined with ", ".
    QByteArray header(const QByteArray &name) const
    {
        QByteArray out;
        for (const auto &[key, value] : headers) {
            if (key != name)
                continue;
            if (!out.isEmpty())
                out += ", ";
            out += value;
        }
        return out;
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first == name)
                return true;
        }
        return false;
    }

    // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep.
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        if (versionMinor == 0)
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};
