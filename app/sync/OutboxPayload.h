#pragma once

#include "domain/OutboxItem.h"
#include "domain/Ticket.h"
#include "store/VaultFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How an outbox item's payload is laid out. The payload is the request body as Deskpro wants it
// (POST tickets/{id}/messages, PUT tickets/{id}, POST tickets), plus one member only this client
// reads, "_deskhand", stripped before sending: files still to upload or already uploaded (their
// blob_auth kept so that a retry does not upload again), the agent's "send anyway" mark, and a
// change's previous values (to undo the optimistic change when the agent discards it).
class OutboxPayload
{
public:
    struct File
    {
        QString filename;
        QString contentType;
        VaultFile vault;  // the encrypted local copy
        QString blobAuth; // empty until uploaded
    };

    static QJsonObject requestBody(const QJsonObject &payload);

    static QList<File> files(const QJsonObject &payload);
    static QJsonObject withFiles(QJsonObject payload, const QList<File> &files);

    static bool skipsCheck(const QJsonObject &payload);
    static QJsonObject withSkipCheck(QJsonObject payload, bool skip);

    static QJsonObject previousValues(const QJsonObject &payload);
    static QJsonObject withPreviousValues(QJsonObject payload, const QJsonObject &values);

    // A reply's or note's HTML (POST tickets/{id}/messages), or a new ticket's first message.
    static QString messageHtml(const OutboxItem &item);
    static QJsonObject withMessageHtml(const OutboxItem &item, const QString &html);

    // The text of an HTML body as the agent reads it, whitespace folded: the same reply compares
    // equal however the helpdesk re-wrote its markup.
    static QString normalizedText(const QString &html);

    // A property change (PUT tickets/{id}) applied to the local copy of the ticket, and the
    // ticket's current values of the same properties (to undo it).
    static void applyChange(Ticket &ticket, const QJsonObject &changes);
    static QJsonObject currentValues(const Ticket &ticket, const QJsonObject &changes);

    // For the journal: what the agent did, never message text ("reply", "set status=resolved").
    static QString journalAction(const OutboxItem &item);
};
