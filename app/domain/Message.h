#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One message of a ticket's conversation: a reply (customer's or agent's) or an internal note.
struct Message
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 personId = 0;
    bool isNote = false; // Deskpro's is_agent_note
    QString html;        // as the helpdesk sent it: hostile until sanitized
    QString previewText; // plain text
    QDateTime dateCreated;
    QList<qint64> attachmentIds;

    bool operator==(const Message &) const = default;
};
