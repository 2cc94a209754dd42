#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Deskpro's common collection parameters: page, count (1..200, default 10), offset, limit,
// ids (up to 200), order_by (a whitelist) and order_dir (asc|desc).
class ListParams
{
public:
    struct Options
    {
        QStringList sortable; // accepted order_by values; "id" is always allowed
        QString defaultSort = QStringLiteral("id");
        bool defaultDescending = false;
        QString sortKey = QStringLiteral("order_by"); // "sort" on /ticket_filters/{id}/tickets
        QStringList directionKeys{QStringLiteral("order_dir")};
    };

    // Nothing on success, else the 400 reply to send.
    std::optional<ApiReply> parse(const ApiRequest &request, const Options &options);

    int page = 1;
    int count = 10;
    int offset = 0; // rows to skip: from offset or from page
    int limit = -1; // cap on the total, -1 for none
    bool hasIds = false;
    QList<qint64> ids;
    QString orderBy;
    bool descending = false;

    // total capped by limit, as Deskpro reports it.
    int cappedTotal(int total) const { return limit >= 0 ? qMin(total, limit) : total; }
    // Rows of this page once the limit is applied.
    int rowsOnPage(int total) const { return qBound(0, cappedTotal(total) - offset, count); }

    static ApiReply badRequest(const QString &message);
};
