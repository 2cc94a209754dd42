#include "FloorFetcher.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

FloorFetcher::FloorFetcher(QByteArray authorization, int concurrency)
    : m_authorization(std::move(authorization)), m_concurrency(std::max(1, concurrency))
{}

double FloorFetcher::run(const QList<QList<Request>> &groups)
{
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    for (const QList<Request> &group : groups) {
        QEventLoop loop;
        qsizetype next = 0;
        int inFlight = 0;
        std::function<void()> startMore = [&] {
            while (inFlight < m_concurrency && next < group.size()) {
                const Request &request = group.at(next++);
                QNetworkRequest wire(request.url);
                wire.setRawHeader("Authorization", m_authorization);
                wire.setRawHeader("Accept", "application/json");
                if (!request.body.isEmpty())
                    wire.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply *reply = request.body.isEmpty()
                                           ? network.sendCustomRequest(wire, request.method)
                                           : network.sendCustomRequest(wire, request.method, request.body);
                ++inFlight;
                QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] { reply->readAll(); });
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                    reply->readAll();
                    if (reply->error() != QNetworkReply::NoError)
                        ++m_failures;
                    reply->deleteLater();
                    --inFlight;
                    startMore();
                    if (inFlight == 0 && next >= group.size())
                        loop.quit();
                });
            }
        };
        startMore();
        if (inFlight > 0)
            loop.exec();
    }
    return double(clock.nsecsElapsed()) / 1e6;
}
