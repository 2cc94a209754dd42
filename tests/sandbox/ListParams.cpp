#include "ListParams.h"

#include "Envelope.h"

namespace {

constexpr int maximumCount = 200;

} // namespace

ApiReply ListParams::badRequest(const QString &message)
{
    return Envelope::error(400, QStringLiteral("bad_request"), message);
}

std::optional<ApiReply> ListParams::parse(const ApiRequest &request, const Options &options)
{
    bool ok = true;
    if (request.has(QStringLiteral("count"))) {
        count = request.value(QStringLiteral("count")).trimmed().toInt(&ok);
        if (!ok || count <= 0)
            return badRequest(QStringLiteral("You must select at least 1 entity"));
        if (count > maximumCount)
            return badRequest(QStringLiteral("You can select maximum 200 entities"));
    }
    if (request.has(QStringLiteral("page"))) {
        page = request.value(QStringLiteral("page")).trimmed().toInt(&ok);
        if (!ok || page < 1)
            return badRequest(QStringLiteral("Page must be a positive number"));
    }
    offset = (page - 1) * count;
    if (request.has(QStringLiteral("offset"))) {
        offset = request.value(QStringLiteral("offset")).trimmed().toInt(&ok);
        if (!ok || offset < 0)
            return badRequest(QStringLiteral("Offset must be zero or a positive number"));
        page = offset / count + 1;
    }
    if (request.has(QStringLiteral("limit"))) {
        limit = request.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 0)
            return badRequest(QStringLiteral("Limit must be zero or a positive number"));
    }
    if (request.has(QStringLiteral("ids"))) {
        hasIds = true;
        for (const QString &value : request.values(QStringLiteral("ids"))) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok)
                    return badRequest(QStringLiteral("Invalid id in ids: %1").arg(part.trimmed()));
                ids.append(id);
            }
        }
        if (ids.size() > maximumCount)
            return badRequest(QStringLiteral("You can select maximum 200 entities"));
    }

    orderBy = options.defaultSort;
    if (request.has(options.sortKey)) {
        orderBy = request.value(options.sortKey).trimmed();
        if (orderBy != QLatin1String("id") && !options.sortable.contains(orderBy))
            return badRequest(QStringLiteral("Unknown sort field: %1").arg(orderBy));
    }
    descending = options.defaultDescending;
    for (const QString &key : options.directionKeys) {
        if (!request.has(key))
            continue;
        const QString direction = request.value(key).trimmed().toLower();
        if (direction == QLatin1String("asc"))
            descending = false;
        else if (direction == QLatin1String("desc"))
            descending = true;
        else
            return badRequest(QStringLiteral("Unknown order value: %1").arg(request.value(key)));
    }
    return std::nullopt;
}
