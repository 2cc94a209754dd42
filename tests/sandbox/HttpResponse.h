#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// What the server writes back for one request, before a fault may change how it is delivered.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers: Location, Retry-After …
    QByteArray body;
    bool hasBody = true; // false: no Content-Type and an empty body (204, 302)
    bool close = false;  // send "Connection: close" and close after the response
};
