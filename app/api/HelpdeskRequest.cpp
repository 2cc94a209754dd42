#include "HelpdeskRequest.h"

#include <QJsonDocument>
#include <QUrl>

HelpdeskRequest HelpdeskRequest::get(const QString &endpoint, const QList<QPair<QString, QString>> &query)
{
    HelpdeskRequest request;
    request.endpoint = endpoint;
    request.query = query;
    return request;
}

HelpdeskRequest HelpdeskRequest::send(const QByteArray &method, const QString &endpoint,
                                      const QJsonObject &body)
{
    HelpdeskRequest request;
    request.method = method;
    request.endpoint = endpoint;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.repeatable = false;
    return request;
}

HelpdeskRequest HelpdeskRequest::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HelpdeskRequest request;
    request.method = "POST";
    request.url = url;
    request.query = fields;
    request.body = request.encodedQuery();
    request.query.clear(); // the fields are the body, never the URL (logs, proxies)
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    request.repeatable = false;
    return request;
}

QByteArray HelpdeskRequest::encodedQuery() const
{
    QByteArray out;
    for (const auto &[name, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
