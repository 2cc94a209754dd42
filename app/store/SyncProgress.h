#pragma once

#include <QDateTime>
#include <QString>

// How far one part of a sync got, so that it resumes after a crash or a restart rather than
// starting over. The scope names the part ("reference", "filter:12", "messages:ticket:7", …);
// the cursor is whatever the sync needs to continue (a page number, an id).
struct SyncProgress
{
    QString scope;
    QString cursor;
    qint64 done = 0;  // items so far, for progress bars
    qint64 total = 0; // 0 when not known yet
    bool complete = false;
    qint64 pass = 0; // which full pass this is; see TicketRepository::addToFilter
    QDateTime updatedAt;

    bool operator==(const SyncProgress &) const = default;
};
