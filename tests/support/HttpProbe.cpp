#include "HttpProbe.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpProbe::Result::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue HttpProbe::Result::data() const
{
    return json().object().value(QStringLiteral("data"));
}

HttpProbe::HttpProbe()
{
    // Tests see exactly what the server sent: no redirects followed, no cache, no proxy.
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

HttpProbe::Result HttpProbe::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", url, {}, headers, {});
}

HttpProbe::Result HttpProbe::sendJson(const QByteArray &method, const QUrl &url, const QJsonValue &json)
{
    const QByteArray body = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                           : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    return send(method, url, body);
}

HttpProbe::Result HttpProbe::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!contentType.isEmpty() && !body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_hasSsl)
        request.setSslConfiguration(m_ssl);

    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    loop.exec();

    Result result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        result.errorString = QStringLiteral("timed out after %1 ms").arg(m_timeoutMs);
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}
