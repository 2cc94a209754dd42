#include "SandboxLog.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QByteArray adminCall(const BenchContext &context, const QByteArray &verb, const QString &path, bool *ok)
{
    QNetworkAccessManager network;
    QNetworkRequest request(context.url.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "key " + context.adminKey);
    QNetworkReply *reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *ok = reply->error() == QNetworkReply::NoError;
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

namespace SandboxLog {

bool clear(const BenchContext &context)
{
    bool ok = false;
    adminCall(context, "DELETE", QStringLiteral("/_sandbox/requests"), &ok);
    return ok;
}

QList<Entry> entries(const BenchContext &context, bool *ok)
{
    const QByteArray body = adminCall(context, "GET", QStringLiteral("/_sandbox/requests?since=0"), ok);
    QList<Entry> result;
    const QJsonArray requests =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.seq = object.value(QStringLiteral("seq")).toInteger();
        entry.method = object.value(QStringLiteral("method")).toString().toLatin1();
        entry.path = object.value(QStringLiteral("path")).toString().toUtf8();
        entry.status = object.value(QStringLiteral("status")).toInt();
        entry.bodySha256 = object.value(QStringLiteral("body_sha256")).toString().toLatin1().toLower();
        entry.bodyLength = object.value(QStringLiteral("body_length")).toInteger();
        result.append(entry);
    }
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
    return result;
}

} // namespace SandboxLog
