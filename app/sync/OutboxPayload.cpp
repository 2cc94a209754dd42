#include "sync/OutboxPayload.h"

#include "content/HtmlSanitizer.h"

#include <QJsonArray>

namespace {

const QString localKey = QStringLiteral("_deskhand");

QJsonObject local(const QJsonObject &payload)
{
    return payload.value(localKey).toObject();
}

QJsonObject withLocal(QJsonObject payload, const QString &key, const QJsonValue &value)
{
    QJsonObject own = local(payload);
    if (value.isUndefined() || value.isNull() || (value.isBool() && !value.toBool()))
        own.remove(key);
    else
        own.insert(key, value);
    if (own.isEmpty())
        payload.remove(localKey);
    else
        payload.insert(localKey, own);
    return payload;
}

qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    if (value.isObject())
        return qint64(value.toObject().value(QLatin1String("id")).toDouble());
    return 0;
}

// Which Ticket member a PUT tickets/{id} field names, for the id-valued ones.
qint64 *idMember(Ticket &ticket, const QString &field)
{
    if (field == u"agent")
        return &ticket.agentId;
    if (field == u"agent_team")
        return &ticket.teamId;
    if (field == u"department")
        return &ticket.departmentId;
    if (field == u"priority")
        return &ticket.priorityId;
    if (field == u"organization")
        return &ticket.organizationId;
    if (field == u"language")
        return &ticket.languageId;
    return nullptr;
}

} // namespace

QJsonObject OutboxPayload::requestBody(const QJsonObject &payload)
{
    QJsonObject body = payload;
    body.remove(localKey);
    return body;
}

QList<OutboxPayload::File> OutboxPayload::files(const QJsonObject &payload)
{
    QList<File> out;
    const QJsonArray list = local(payload).value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        File file;
        file.filename = object.value(QLatin1String("filename")).toString();
        file.contentType = object.value(QLatin1String("content_type")).toString();
        file.vault.fileName = object.value(QLatin1String("vault_file")).toString();
        file.vault.key =
            QByteArray::fromBase64(object.value(QLatin1String("vault_key")).toString().toLatin1());
        file.blobAuth = object.value(QLatin1String("blob_auth")).toString();
        out << file;
    }
    return out;
}

QJsonObject OutboxPayload::withFiles(QJsonObject payload, const QList<File> &files)
{
    QJsonArray list;
    for (const File &file : files) {
        QJsonObject object{{QStringLiteral("filename"), file.filename},
                           {QStringLiteral("content_type"), file.contentType},
                           {QStringLiteral("vault_file"), file.vault.fileName},
                           {QStringLiteral("vault_key"), QString::fromLatin1(file.vault.key.toBase64())}};
        if (!file.blobAuth.isEmpty())
            object.insert(QStringLiteral("blob_auth"), file.blobAuth);
        list.append(object);
    }
    return withLocal(std::move(payload), QStringLiteral("files"),
                     list.isEmpty() ? QJsonValue() : QJsonValue(list));
}

bool OutboxPayload::skipsCheck(const QJsonObject &payload)
{
    return local(payload).value(QLatin1String("skip_check")).toBool();
}

QJsonObject OutboxPayload::withSkipCheck(QJsonObject payload, bool skip)
{
    return withLocal(std::move(payload), QStringLiteral("skip_check"), skip);
}

QJsonObject OutboxPayload::previousValues(const QJsonObject &payload)
{
    return local(payload).value(QLatin1String("previous")).toObject();
}

QJsonObject OutboxPayload::withPreviousValues(QJsonObject payload, const QJsonObject &values)
{
    return withLocal(std::move(payload), QStringLiteral("previous"), values);
}

QString OutboxPayload::messageHtml(const OutboxItem &item)
{
    if (item.kind == OutboxItem::Kind::NewTicket)
        return item.payload.value(QLatin1String("message"))
            .toObject()
            .value(QLatin1String("message"))
            .toString();
    return item.payload.value(QLatin1String("message")).toString();
}

QJsonObject OutboxPayload::withMessageHtml(const OutboxItem &item, const QString &html)
{
    QJsonObject payload = item.payload;
    if (item.kind == OutboxItem::Kind::NewTicket) {
        QJsonObject message = payload.value(QLatin1String("message")).toObject();
        message.insert(QStringLiteral("message"), html);
        payload.insert(QStringLiteral("message"), message);
    } else {
        payload.insert(QStringLiteral("message"), html);
    }
    return payload;
}

QString OutboxPayload::normalizedText(const QString &html)
{
    return HtmlSanitizer::toPlainText(html).simplified();
}

void OutboxPayload::applyChange(Ticket &ticket, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString field = it.key();
        if (qint64 *member = idMember(ticket, field)) {
            // An agent given by e-mail stays as it is locally until the helpdesk answers.
            if (it.value().isNull() || idOf(it.value()) > 0)
                *member = it.value().isNull() ? 0 : idOf(it.value());
        } else if (field == u"status") {
            ticket.status = it.value().toString();
        } else if (field == u"urgency") {
            ticket.urgency = it.value().toInt(ticket.urgency);
        } else if (field == u"subject") {
            ticket.subject = it.value().toString();
        } else if (field == u"star") {
            ticket.starId = idOf(it.value());
        } else if (field == u"labels") {
            QStringList labels;
            const QJsonArray list = it.value().toArray();
            for (const QJsonValue &label : list)
                labels << label.toString();
            ticket.labels = labels;
        } else if (field == u"fields") {
            // Deskpro writes {"7": [9]} and reads {"7": {"value": [9], …}}.
            const QJsonObject written = it.value().toObject();
            for (auto f = written.begin(); f != written.end(); ++f) {
                QJsonObject value = ticket.fields.value(f.key()).toObject();
                value.insert(QStringLiteral("value"), f.value());
                ticket.fields.insert(f.key(), value);
            }
        }
    }
}

QJsonObject OutboxPayload::currentValues(const Ticket &ticket, const QJsonObject &changes)
{
    QJsonObject out;
    Ticket copy = ticket;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString field = it.key();
        if (qint64 *member = idMember(copy, field)) {
            out.insert(field, *member > 0 ? QJsonValue(*member) : QJsonValue(QJsonValue::Null));
        } else if (field == u"status") {
            out.insert(field, ticket.status);
        } else if (field == u"urgency") {
            out.insert(field, ticket.urgency);
        } else if (field == u"subject") {
            out.insert(field, ticket.subject);
        } else if (field == u"star") {
            out.insert(field, ticket.starId);
        } else if (field == u"labels") {
            out.insert(field, QJsonArray::fromStringList(ticket.labels));
        } else if (field == u"fields") {
            QJsonObject fields;
            const QJsonObject written = it.value().toObject();
            for (auto f = written.begin(); f != written.end(); ++f)
                fields.insert(f.key(), ticket.fields.value(f.key()).toObject().value(QLatin1String("value")));
            out.insert(field, fields);
        }
    }
    return out;
}

QString OutboxPayload::journalAction(const OutboxItem &item)
{
    const QString number = QStringLiteral(" (outbox %1)").arg(item.id);
    switch (item.kind) {
    case OutboxItem::Kind::Reply:
        return QStringLiteral("reply") + number;
    case OutboxItem::Kind::Note:
        return QStringLiteral("note") + number;
    case OutboxItem::Kind::NewTicket:
        return QStringLiteral("new ticket") + number;
    case OutboxItem::Kind::Change:
        break;
    }
    // Property names and ids only: labels and custom field values may be ticket text.
    QStringList parts;
    const QJsonObject body = requestBody(item.payload);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isDouble() || (it.key() == u"status" && it.value().isString()))
            parts << it.key() + u'=' + it.value().toVariant().toString();
        else
            parts << it.key();
    }
    return QStringLiteral("set ") + parts.join(u' ') + number;
}
