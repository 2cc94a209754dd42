#include "Batch.h"

#include "Envelope.h"
#include "QueryString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

Batch::Batch(Dispatch dispatch) : m_dispatch(std::move(dispatch)) {}

ApiReply Batch::run(const ApiRequest &batchRequest) const
{
    QList<QPair<QString, QJsonValue>> requests;
    if (batchRequest.method == "GET") {
        static const QRegularExpression getKey(QStringLiteral("^get\\[(.+)\\]$"));
        for (const auto &[name, value] : batchRequest.query) {
            const QRegularExpressionMatch match = getKey.match(name);
            if (match.hasMatch())
                requests.append(qMakePair(match.captured(1), QJsonValue(value)));
        }
    } else if (batchRequest.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(batchRequest.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Envelope::error(400, QStringLiteral("invalid_json_body"),
                                   QStringLiteral("The request body is not valid JSON."));
        const QJsonValue list = doc.object().value(QStringLiteral("requests"));
        if (!list.isObject())
            return Envelope::fieldError(QStringLiteral("requests"), QStringLiteral("required"),
                                        QStringLiteral("This value should not be blank."));
        const QJsonObject object = list.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            requests.append(qMakePair(it.key(), it.value()));
    } else {
        ApiReply reply =
            Envelope::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
        reply.headers.emplaceBack("Allow", "GET, POST");
        return reply;
    }

    if (requests.isEmpty())
        return Envelope::fieldError(QStringLiteral("requests"), QStringLiteral("required"),
                                    QStringLiteral("This value should not be blank."));
    if (requests.size() > MaxRequests)
        return Envelope::fieldError(QStringLiteral("requests"), QStringLiteral("out_of_range"),
                                    QStringLiteral("A batch may hold at most %1 requests.").arg(MaxRequests));

    QJsonObject responses;
    for (const auto &[key, spec] : requests) {
        if (spec.isString()) {
            responses.insert(key, runOne(batchRequest, QStringLiteral("GET"), spec.toString(), {}));
        } else if (spec.isObject()) {
            const QJsonObject object = spec.toObject();
            responses.insert(key,
                             runOne(batchRequest,
                                    object.value(QStringLiteral("method")).toString(QStringLiteral("GET")),
                                    object.value(QStringLiteral("url")).toString(),
                                    object.value(QStringLiteral("payload"))));
        } else {
            responses.insert(key, runOne(batchRequest, QStringLiteral("GET"), QString(), {}));
        }
    }
    ApiReply reply;
    reply.body = QJsonObject{{QStringLiteral("responses"), responses}};
    return reply;
}

QJsonObject Batch::runOne(const ApiRequest &batchRequest, const QString &method, const QString &url,
                          const QJsonValue &payload) const
{
    ApiReply reply;
    QString path = url;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    const QByteArray query = question < 0 ? QByteArray() : path.mid(question + 1).toUtf8();
    if (question >= 0)
        path.truncate(question);
    path = QueryString::decodePath(path.toUtf8());

    static const QRegularExpression versioned(QStringLiteral("^/api/v2(/\\d{8})?(?=/|$)"));
    const QRegularExpressionMatch match = versioned.match(path);
    if (match.hasMatch())
        path = path.mid(match.capturedLength());

    const QByteArray verb = method.toUpper().toLatin1();
    if (url.isEmpty() || !path.startsWith(QLatin1Char('/'))) {
        reply = Envelope::error(400, QStringLiteral("invalid_input"),
                                QStringLiteral("Each batch request needs a url such as /api/v2/me."));
    } else if (path == QLatin1String("/batch") || path.startsWith(QLatin1String("/batch/"))) {
        reply = Envelope::error(400, QStringLiteral("invalid_input"),
                                QStringLiteral("A batch cannot contain another batch."));
    } else if (!QList<QByteArray>{"GET", "POST", "PUT", "DELETE"}.contains(verb)) {
        reply =
            Envelope::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
    } else {
        ApiRequest sub;
        sub.method = verb;
        sub.path = path;
        sub.query = QueryString::parse(query);
        sub.headers = batchRequest.headers;
        sub.headers.remove("content-length");
        sub.headers.insert("content-type", "application/json");
        if (payload.isObject())
            sub.body = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        else if (payload.isArray())
            sub.body = QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
        sub.personId = batchRequest.personId;
        sub.authScheme = batchRequest.authScheme;
        sub.baseUrl = batchRequest.baseUrl;
        reply = m_dispatch(sub);
    }

    QJsonObject headers{{QStringLiteral("status-code"), reply.status},
                        {QStringLiteral("content-type"), QString::fromLatin1(reply.contentType)}};
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("location", Qt::CaseInsensitive) == 0)
            headers.insert(QStringLiteral("location"), QString::fromLatin1(value));
    }
    QJsonObject out = reply.body.isObject() ? reply.body.toObject() : QJsonObject();
    if (!reply.body.isObject() && !reply.body.isUndefined())
        out.insert(QStringLiteral("data"), reply.body);
    out.insert(QStringLiteral("headers"), headers);
    return out;
}
