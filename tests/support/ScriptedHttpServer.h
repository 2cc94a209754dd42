#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A tiny HTTP server on 127.0.0.1 whose answers a test scripts: it records every request (and
// how many carried an Authorization header) and answers with answer(request), then closes the
// connection. With a TLS configuration it speaks HTTPS. For what the sandbox does not offer on
// purpose: redirects to other origins, broken servers.
//
//   ScriptedHttpServer elsewhere;
//   elsewhere.answer = [](const QByteArray &) { return ScriptedHttpServer::reply("200 OK", {}, "{}"); };
//   ... QCOMPARE(elsewhere.authorizations, 0);
class ScriptedHttpServer : public QTcpServer
{
public:
    explicit ScriptedHttpServer(const QSslConfiguration &tls = {});

    std::function<QByteArray(const QByteArray &request)> answer;
    int requests = 0;
    int authorizations = 0;
    QList<QByteArray> seen;

    QUrl url(const QString &path = {}) const;

    // A whole HTTP/1.1 answer with Connection: close and the body's length.
    static QByteArray reply(const QByteArray &status, const QByteArray &headers, const QByteArray &body);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket *socket);

    QSslConfiguration m_tls;
};
