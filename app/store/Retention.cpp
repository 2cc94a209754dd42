#include "store/Retention.h"

#include "store/ColumnValue.h"
#include "store/Store.h"
#include "store/StoreQuery.h"
#include "store/StoreSettings.h"
#include "store/StoreWriter.h"
#include "store/TicketRepository.h"

StoreResult<Retention::Dropped> Retention::dropResolved(QSqlDatabase &db, int days, const QDateTime &now)
{
    using Result = StoreResult<Dropped>;
    Dropped dropped;
    if (days <= 0)
        return dropped;
    // A resolved ticket without a resolution date counts from its last activity.
    StoreQuery old(
        db, QStringLiteral(
                "SELECT id FROM tickets t WHERE status = 'resolved' "
                "AND coalesce(date_resolved, last_activity, date_created, 0) < ? "
                "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.ticket_id = t.id AND o.state != 'sent') "
                "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.ticket_id = t.id)"));
    old.bind(ColumnValue::fromTime(now.addDays(-days)));
    if (auto ran = old.exec(); !ran)
        return Result::failure(ran);
    while (old.next())
        dropped.ticketIds << old.value(0).toLongLong();
    const auto files = TicketRepository(db).remove(dropped.ticketIds);
    if (!files)
        return Result::failure(files);
    dropped.files = files.value();
    return dropped;
}

QCoro::Task<StoreResult<int>> Retention::run(Store &store, QDateTime now)
{
    const AttachmentVault vault = store.vault();
    // A named lambda: see OutboxRepository::enqueue about GCC 12 and lambda temporaries.
    auto work = [now](QSqlDatabase &db) -> StoreResult<Dropped> {
        const auto days =
            StoreSettings(db).value(StoreSettings::retentionDaysKey(), StoreSettings::defaultRetentionDays);
        if (!days)
            return StoreResult<Dropped>::failure(days);
        return dropResolved(db, days.value().toInt(), now);
    };
    auto written = store.writer().submit(std::move(work));
    const auto dropped = co_await written;
    if (!dropped)
        co_return StoreResult<int>::failure(dropped);
    for (const QString &file : dropped.value().files)
        vault.remove(file);
    co_return int(dropped.value().ticketIds.size());
}
