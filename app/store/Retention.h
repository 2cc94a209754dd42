#pragma once

#include "store/StoreResult.h"

#include <QCoroTask>
#include <QDateTime>
#include <QSqlDatabase>

class Store;

// Drops resolved tickets the agent no longer needs offline: resolved more than N days ago
// (StoreSettings::retentionDaysKey(), default 90; 0 keeps everything), with their messages,
// attachments (rows and files) and index rows. A ticket with unsent outbox items or a draft is
// kept, whatever its age.
class Retention
{
public:
    struct Dropped
    {
        QList<qint64> ticketIds;
        QStringList files; // vault files to remove once the transaction is committed
    };

    // Inside a writer transaction.
    static StoreResult<Dropped> dropResolved(QSqlDatabase &db, int days, const QDateTime &now);

    // Reads the setting, drops in one write transaction, then removes the vault files. Returns
    // how many tickets were dropped.
    static QCoro::Task<StoreResult<int>> run(Store &store, QDateTime now = QDateTime::currentDateTimeUtc());
};
