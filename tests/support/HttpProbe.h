#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

// A blocking HTTP client for tests: sends one request through a real QNetworkAccessManager,
// spins an event loop until the answer (or the timeout) and returns what came back.
class HttpProbe
{
public:
    struct Result
    {
        int status = 0; // 0 when no HTTP answer arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonValue data() const; // json()["data"]
    };

    HttpProbe();

    // Sent as "Authorization: <value>" on every request until changed; empty for none.
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setKey(const QByteArray &apiKey) { m_authorization = "key " + apiKey; }
    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
        m_hasSsl = true;
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Result get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &contentType = "application/json");
    Result sendJson(const QByteArray &method, const QUrl &url, const QJsonValue &json);

private:
    QNetworkAccessManager m_manager;
    QByteArray m_authorization;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
    int m_timeoutMs = 30000;
};
