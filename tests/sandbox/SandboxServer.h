#pragma once

#include "ApiReply.h"
#include "FaultPlan.h"
#include "HttpConnection.h"
#include "HttpRequest.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

class Gateway;
class RequestLog;

// The sandbox's HTTP/1.1 (and, with TLS, HTTPS) server. It accepts connections, lets the
// fault plan decide what happens to each request, asks the Gateway for the answer, delivers
// it (or deliberately does not), and records every non-/_sandbox exchange in the request log.
// Single-threaded: everything runs on the event loop.
class SandboxServer : public QTcpServer
{
    Q_OBJECT

public:
    SandboxServer(Gateway *gateway, FaultPlan *faults, RequestLog *log, QObject *parent = nullptr);

    void setTlsConfiguration(const QSslConfiguration &configuration);
    void setVerbose(bool verbose) { m_verbose = verbose; }

    bool start(const QHostAddress &address, quint16 port, QString *error);
    // "http://127.0.0.1:PORT" or "https://…": the helpdesk's URL as clients reach it.
    QString baseUrl() const;

    // Refuses connections for `durationMs` (the listening socket is closed and every open
    // connection dropped), then listens again on the same port.
    void goOffline(int durationMs);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void serve(HttpConnection *connection, const HttpRequest &request,
               const std::optional<FaultPlan::Fault> &fault, qint64 seq);
    void onRejected(const HttpRequest &partial, int status);
    void listenAgain(int attempt);
    void trace(const HttpRequest &request, int status, const QString &note) const;

    static HttpResponse toResponse(const ApiReply &reply);
    static ApiReply faultReply(const FaultPlan::Fault &fault);
    static QByteArray breakJson(const QByteArray &body);
    // The target with secrets (access tokens in queries, device codes) masked.
    static QString redactedTarget(const HttpRequest &request);

    Gateway *m_gateway;
    FaultPlan *m_faults;
    RequestLog *m_log;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    bool m_verbose = false;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<QPointer<HttpConnection>> m_connections;
};
