#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

// What an endpoint answers: a status, a JSON body (undefined for an empty body such as 204)
// and any extra headers (Location, WWW-Authenticate, Retry-After …). The server serialises it.
struct ApiReply
{
    int status = 200;
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";  // for non-JSON bodies (blob downloads, HTML)
    QByteArray raw;  // used instead of body when non-empty (blob downloads, HTML pages)
};
