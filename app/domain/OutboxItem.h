#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Something the agent did that the helpdesk has not confirmed yet: a reply, a note, a change of
// properties or a new ticket. Written to the store together with its optimistic local effect
// in one transaction, then sent in order per ticket, exactly once.
struct OutboxItem
{
    enum class Kind { Reply, Note, Change, NewTicket };
    enum class State {
        Pending,  // waiting to be sent
        Sending,  // a request is (or was, before a crash) on the wire: outcome unknown
        Sent,     // confirmed by the helpdesk
        Failed,   // refused by the helpdesk; the agent decides (edit, discard)
        Conflict, // the ticket changed since the agent began; held for the agent
    };

    qint64 id = 0;
    qint64 ticketId = 0; // 0 for a new ticket until the helpdesk assigns one
    Kind kind = Kind::Reply;
    State state = State::Pending;
    QJsonObject payload; // the request body as it will be sent
    QDateTime createdAt;
    QDateTime sentAt;
    int attempts = 0;
    QString lastError;      // why the last attempt failed, for the agent
    QString conflictReason; // what changed, for the agent

    // What the agent saw when they began: a newer customer message, another assignee or a
    // resolved ticket at send time is a conflict.
    qint64 seenLastMessageId = 0;
    qint64 seenAgentId = 0;
    QString seenStatus;

    qint64 remoteId = 0; // the message or ticket id the helpdesk gave it, once sent

    bool operator==(const OutboxItem &) const = default;

    // Stable names, as the store keeps them and scripts read them: "reply", "new_ticket", "conflict" …
    static QString name(Kind kind)
    {
        switch (kind) {
        case Kind::Reply:
            return QStringLiteral("reply");
        case Kind::Note:
            return QStringLiteral("note");
        case Kind::Change:
            return QStringLiteral("change");
        case Kind::NewTicket:
            return QStringLiteral("new_ticket");
        }
        return QStringLiteral("reply");
    }
    static QString name(State state)
    {
        switch (state) {
        case State::Pending:
            return QStringLiteral("pending");
        case State::Sending:
            return QStringLiteral("sending");
        case State::Sent:
            return QStringLiteral("sent");
        case State::Failed:
            return QStringLiteral("failed");
        case State::Conflict:
            return QStringLiteral("conflict");
        }
        return QStringLiteral("pending");
    }
};
