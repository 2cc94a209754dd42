#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// What a helpdesk answered to one request, after retries: a 2xx status, headers and the body.
struct HelpdeskResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
