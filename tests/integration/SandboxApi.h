#pragma once

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

// The helpdesk tests' view of a running sandbox: /api/v2 requests under the API key (agent 1),
// and whole ticket lists gathered page by page.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxProcess *sandbox) : m_sandbox(sandbox) { m_probe.setKey(sandbox->apiKey()); }

    HttpProbe &probe() { return m_probe; }

    // "/tickets?count=5" -> http://127.0.0.1:PORT/api/v2/tickets?count=5
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_sandbox->url().toString() + QStringLiteral("/api/v2") + pathAndQuery);
    }
    HttpProbe::Result get(const QString &pathAndQuery) { return m_probe.get(url(pathAndQuery)); }
    HttpProbe::Result send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
    {
        return m_probe.sendJson(method, url(pathAndQuery), body);
    }
    HttpProbe::Result sendRaw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
    {
        return m_probe.send(method, url(pathAndQuery), body);
    }

    // Every ticket matching `query` (without paging parameters), in id order; empty on failure.
    QJsonArray allTickets(const QString &query, bool *ok = nullptr)
    {
        QJsonArray out;
        const QString separator = query.isEmpty() ? QStringLiteral("?") : QStringLiteral("&");
        for (int page = 1; page < 1000; ++page) {
            const HttpProbe::Result result = get(QStringLiteral("/tickets") + query + separator +
                                                 QStringLiteral("count=200&page=%1").arg(page));
            if (result.status != 200) {
                if (ok)
                    *ok = false;
                return {};
            }
            const QJsonArray data = result.data().toArray();
            for (const QJsonValue &ticket : data)
                out.append(ticket);
            const QJsonObject pagination = result.json()
                                               .object()
                                               .value(QStringLiteral("meta"))
                                               .toObject()
                                               .value(QStringLiteral("pagination"))
                                               .toObject();
            if (page >= pagination.value(QStringLiteral("total_pages")).toInt())
                break;
        }
        if (ok)
            *ok = true;
        return out;
    }

    // Every status, hidden ones included.
    static QString everyStatus()
    {
        return QStringLiteral(
            "?status[]=awaiting_agent&status[]=awaiting_user&status[]=pending&status[]=resolved"
            "&status[]=closed&status[]=hidden");
    }

    static bool isDeskproDate(const QJsonValue &value)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"));
        return value.isString() && pattern.match(value.toString()).hasMatch();
    }

private:
    SandboxProcess *m_sandbox;
    HttpProbe m_probe;
};
