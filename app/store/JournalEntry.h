#pragma once

#include <QDateTime>
#include <QString>

// One record of the local action journal. Records are never changed: a reply is recorded when
// the agent writes it ("reply queued") and again when the helpdesk confirms it ("reply sent",
// with sentAt and the result).
struct JournalEntry
{
    qint64 id = 0;       // set by Journal::append
    QDateTime writtenAt; // when the agent acted (now when unset)
    QDateTime sentAt;    // when the helpdesk confirmed; unset until then
    QString action;      // e.g. "reply", "note", "set status=resolved"; no message text
    qint64 ticketId = 0;
    QString result;   // e.g. "queued", "sent", "failed: …", "conflict: …"
    QString prevHash; // hex SHA-256 of the previous record; 64 zeros for the first
    QString hash;     // hex SHA-256 over prevHash and this record

    bool operator==(const JournalEntry &) const = default;
};
