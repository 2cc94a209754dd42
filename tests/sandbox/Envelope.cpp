#include "Envelope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Envelope {

namespace {

// Every third empty object goes out as [] so that clients must accept both forms.
QJsonValue emptyQuirk(const QJsonObject &object)
{
    static unsigned counter = 0;
    if (!object.isEmpty())
        return object;
    return (++counter % 3 == 0) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
}

}  // namespace

ApiReply ok(const QJsonValue &data, const QJsonObject &meta, const QJsonObject &linked, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonObject{{QStringLiteral("data"), data},
                             {QStringLiteral("meta"), emptyQuirk(meta)},
                             {QStringLiteral("linked"), emptyQuirk(linked)}};
    return reply;
}

ApiReply page(const QJsonArray &items, int total, int perPage, int currentPage,
              const QJsonObject &extraMeta, const QJsonObject &linked)
{
    QJsonObject meta = extraMeta;
    const int totalPages = perPage > 0 ? (total + perPage - 1) / perPage : 0;
    meta.insert(QStringLiteral("pagination"),
                QJsonObject{{QStringLiteral("total"), total},
                            {QStringLiteral("count"), items.size()},
                            {QStringLiteral("per_page"), perPage},
                            {QStringLiteral("current_page"), currentPage},
                            {QStringLiteral("total_pages"), totalPages}});
    return ok(items, meta, linked);
}

ApiReply error(int status, const QString &code, const QString &message, const QJsonValue &errors)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonObject{{QStringLiteral("status"), status},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("errors"), errors}};
    return reply;
}

ApiReply fieldError(const QString &field, const QString &code, const QString &message)
{
    const QJsonObject one{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    const QJsonObject fields{{field, QJsonObject{{QStringLiteral("errors"), QJsonArray{one}}}}};
    return error(400, QStringLiteral("invalid_input"), QStringLiteral("Request input is invalid."),
                 QJsonObject{{QStringLiteral("fields"), fields}});
}

ApiReply notFound(const QString &id)
{
    const QString text = QStringLiteral("#%1 Not Found").arg(id);
    return error(404, text, text);
}

QString date(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
           + QStringLiteral("+0000");
}

QJsonValue dateOrNull(qint64 unixSeconds)
{
    return unixSeconds > 0 ? QJsonValue(date(unixSeconds)) : QJsonValue(QJsonValue::Null);
}

}  // namespace Envelope
