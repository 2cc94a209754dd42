#include "Batch.h"

#include <QJsonDocument>

void Batch::addRequest(const QString &name, const HelpdeskRequest &request)
{
    QString url = QStringLiteral("/api/v2/") + request.endpoint;
    const QByteArray query = request.encodedQuery();
    if (!query.isEmpty())
        url += u'?' + QString::fromLatin1(query);
    QJsonObject sub{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                    {QStringLiteral("url"), url}};
    if (!request.body.isEmpty())
        sub.insert(QStringLiteral("payload"), QJsonDocument::fromJson(request.body).object());
    m_requests.insert(name, sub);
    m_repeatable = m_repeatable && request.repeatable;
}

HelpdeskRequest Batch::request() const
{
    HelpdeskRequest out =
        HelpdeskRequest::send("POST", QStringLiteral("batch"), {{QStringLiteral("requests"), m_requests}});
    out.repeatable = m_repeatable;
    return out;
}
