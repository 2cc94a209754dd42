// Disk faults (issue 7): the store's file writes fail at the Nth write — disk full, or an I/O
// error — through a fault-injecting SQLite VFS under SQLCipher. Each failing change must come back
// as a clear error, leave the store uncorrupted (it reopens and passes its integrity checks),
// lose nothing committed before, and apply nothing half: a batch is all there or not at all.

#include "../unit/StoreFixture.h"
#include "HardeningReport.h"
#include "store/OutboxRepository.h"
#include "store/StoreQuery.h"
#include "store/TicketRepository.h"

#include <QTest>

#include <atomic>
#include <sqlite3.h>

namespace {

// A shim over the platform's VFS whose file writes fail once the countdown reaches zero.
namespace FaultyVfs {

std::atomic<int> writesUntilFault{-1}; // -1: never
std::atomic<int> faultCode{SQLITE_FULL};
std::atomic<int> faultsInjected{0};
sqlite3_vfs *real = nullptr;
sqlite3_vfs vfs;

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // lives right behind this struct
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

bool faultNow()
{
    int left = writesUntilFault.load();
    while (left > 0 && !writesUntilFault.compare_exchange_weak(left, left - 1)) {
    }
    if (left == 0) {
        ++faultsInjected;
        return true;
    }
    return false;
}

int xClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int xRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), data, amount, offset);
}
int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (faultNow())
        return faultCode.load() == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (faultNow())
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

const sqlite3_io_methods methods = {3,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    xFetch,
                                    xUnfetch};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<File *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->base.pMethods = nullptr;
    const int rc = real->xOpen(real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods)
        shim->base.pMethods = &methods;
    return rc;
}

// Becomes the default VFS, so every connection the store opens goes through it.
bool install()
{
    real = sqlite3_vfs_find(nullptr);
    if (!real || real->iVersion < 2)
        return false;
    vfs = *real;
    vfs.zName = "deskhand-faulty";
    vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
    vfs.xOpen = xOpen;
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

} // namespace FaultyVfs

} // namespace

class DiskFaultsTest : public QObject
{
    Q_OBJECT

    int m_attempts = 0;
    int m_failedClearly = 0;
    int m_failedUnclear = 0;
    int m_corrupt = 0;
    int m_lost = 0;
    int m_halfApplied = 0;
    int m_faults = 0;
    QStringList m_messages;

    static QString integrity(QSqlDatabase db)
    {
        const auto result = StoreQuery::scalar(db, QStringLiteral("PRAGMA integrity_check"));
        return result ? result.value().toString() : result.error();
    }

    static qint64 count(QSqlDatabase db, const QString &table)
    {
        // sql-safe: the table names are this test's own constants.
        const auto result = StoreQuery::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return result ? result.value().toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(FaultyVfs::install(), "the fault-injecting VFS could be installed"); }

    void writesFailAtTheNthFileWrite_data()
    {
        QTest::addColumn<int>("code");
        for (const auto &[name, code] :
             {std::pair{"disk full", SQLITE_FULL}, std::pair{"I/O error", SQLITE_IOERR}}) {
            for (int n : {0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40})
                QTest::newRow(qPrintable(QStringLiteral("%1 at write %2").arg(QLatin1String(name)).arg(n)))
                    << code;
        }
    }

    void writesFailAtTheNthFileWrite()
    {
        QFETCH(int, code);
        const int n = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), -1).toInt();
        FaultyVfs::writesUntilFault = -1;
        StoreFixture f;
        QVERIFY(f.open());
        // What the agent already has: 20 tickets and an outbox item, committed.
        QVERIFY(f.write([](QSqlDatabase &db) -> StoreResult<> {
            for (int i = 1; i <= 20; ++i) {
                if (auto put = TicketRepository(db).upsert(sampleTicket(i, QStringLiteral("Kept %1").arg(i)));
                    !put)
                    return put;
            }
            OutboxItem item;
            item.ticketId = 1;
            item.payload =
                QJsonObject{{QStringLiteral("message"), QStringLiteral("a reply the agent wrote")}};
            if (auto put = OutboxRepository(db).insert(item); !put)
                return StoreResult<>::failure(put);
            return {};
        }));

        // The change that meets the fault: 30 tickets and a reply, in one transaction, each
        // with a body large enough to need several pages.
        ++m_attempts;
        FaultyVfs::faultCode = code;
        const int before = FaultyVfs::faultsInjected;
        FaultyVfs::writesUntilFault = n;
        const auto written = f.write([](QSqlDatabase &db) -> StoreResult<> {
            for (int i = 100; i < 130; ++i) {
                if (auto put = TicketRepository(db).upsert(
                        sampleTicket(i, QStringLiteral("New %1 ").arg(i) + QString(2000, QLatin1Char('x'))));
                    !put)
                    return put;
            }
            OutboxItem item;
            item.ticketId = 2;
            item.payload = QJsonObject{{QStringLiteral("message"), QStringLiteral("the second reply")}};
            if (auto put = OutboxRepository(db).insert(item); !put)
                return StoreResult<>::failure(put);
            return {};
        });
        // A checkpoint writes the WAL back into the database file: faults there count too.
        const auto checkpoint = QCoro::waitFor(f.store->writer().write(
            [](QSqlDatabase &db) {
                return StoreQuery::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            },
            StoreWriter::Mode::Bare));
        FaultyVfs::writesUntilFault = -1;
        const bool faulted = FaultyVfs::faultsInjected > before;
        m_faults += FaultyVfs::faultsInjected - before;

        if (!written) {
            m_messages << written.error();
            const bool clear = written.error().contains(QStringLiteral("disk"), Qt::CaseInsensitive) ||
                               written.error().contains(QStringLiteral("space"), Qt::CaseInsensitive);
            (clear ? m_failedClearly : m_failedUnclear) += 1;
            QVERIFY2(clear, qPrintable(written.error()));
        } else if (!checkpoint) {
            m_messages << checkpoint.error();
        }

        // The same store takes the next change once the disk is fine again.
        const auto after = f.write([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(500, QStringLiteral("After the fault")));
        });
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error()));

        // Reopened: intact, nothing committed lost, the failed change all or nothing.
        f.close();
        QVERIFY(f.open());
        const QString check = integrity(f.reader());
        if (check != QLatin1String("ok"))
            ++m_corrupt;
        QCOMPARE(check, QStringLiteral("ok"));
        const qint64 tickets = count(f.reader(), QStringLiteral("tickets"));
        const qint64 outbox = count(f.reader(), QStringLiteral("outbox"));
        const qint64 expectedTickets = 20 + (written ? 30 : 0) + 1;
        const qint64 expectedOutbox = 1 + (written ? 1 : 0);
        if (tickets < 21 || outbox < 1)
            ++m_lost;
        else if (tickets != expectedTickets || outbox != expectedOutbox)
            ++m_halfApplied;
        QCOMPARE(tickets, expectedTickets);
        QCOMPARE(outbox, expectedOutbox);
        if (n > 0 && !faulted)
            QSKIP("the change needed fewer writes than the fault point");
    }

    void cleanupTestCase()
    {
        FaultyVfs::writesUntilFault = -1;
        for (const QString &message : std::as_const(m_messages))
            qInfo().noquote() << "error seen:" << message;
        HardeningReport::record(
            QStringLiteral("disk-faults"),
            QStringLiteral(
                "%1 store changes (30 tickets and a reply in one transaction, then a checkpoint) with a "
                "disk-full or I/O error injected at the Nth file write or sync (SQLite VFS under "
                "SQLCipher, %2 faults)")
                .arg(m_attempts)
                .arg(m_faults),
            QStringLiteral(
                "failed changes with a clear message %1 (unclear %2); corrupt stores after reopen %3; "
                "committed rows lost %4; half-applied changes %5")
                .arg(m_failedClearly)
                .arg(m_failedUnclear)
                .arg(m_corrupt)
                .arg(m_lost)
                .arg(m_halfApplied),
            m_attempts >= 20 && m_failedClearly > 0 && m_failedUnclear == 0 && m_corrupt == 0 &&
                m_lost == 0 && m_halfApplied == 0);
    }
};

QTEST_GUILESS_MAIN(DiskFaultsTest)
#include "tst_disk_faults.moc"
