#pragma once

#include <QDateTime>
#include <QString>

// A reply or note the agent is still writing, kept in the store as they type so that a crash
// or a restart loses nothing.
struct Draft
{
    qint64 ticketId = 0;
    bool isNote = false;
    QString html;
    QDateTime updatedAt;
    qint64 seenLastMessageId = 0; // the newest message when the draft began

    bool operator==(const Draft &) const = default;
};
