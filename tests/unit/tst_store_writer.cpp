// StoreWriter: one writer thread, awaited from coroutines on several threads; readers on their
// own connections see what was committed; failed work rolls back; the caller never blocks.

#include "StoreFixture.h"
#include "store/StoreQuery.h"
#include "store/TicketRepository.h"

#include <QCoroTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <stdexcept>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

class StoreWriterTest : public QObject
{
    Q_OBJECT

private:
    StoreFixture *f = nullptr;

    // One coroutine writing `count` tickets one transaction at a time, from `first` on.
    static QCoro::Task<int> writeTickets(StoreWriter &writer, qint64 first, int count)
    {
        int written = 0;
        for (qint64 id = first; id < first + count; ++id) {
            auto work = [id](QSqlDatabase &db) {
                return TicketRepository(db).upsert(sampleTicket(id, QStringLiteral("Ticket %1").arg(id)));
            };
            auto future = writer.submit(std::move(work));
            const auto saved = co_await future;
            if (saved.ok())
                ++written;
        }
        co_return written;
    }

private slots:
    void init()
    {
        f = new StoreFixture;
        QVERIFY(f->open());
    }

    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void concurrentWritersAllLand()
    {
        StoreWriter &writer = f->store->writer();
        QSignalSpy committed(&writer, &StoreWriter::committed);

        // Four coroutines on this thread, interleaving.
        std::vector<QCoro::Task<int>> tasks;
        for (int i = 0; i < 4; ++i)
            tasks.push_back(writeTickets(writer, 1 + i * 100, 25));

        // Two more threads, each with its own event loop, coroutines and reader connection.
        std::atomic<int> fromThreads = 0;
        std::atomic<int> seenByThreadReaders = 0;
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            QThread *thread = QThread::create([&, t] {
                const int written = QCoro::waitFor(writeTickets(writer, 1000 + t * 100, 25));
                fromThreads += written;
                auto reader = f->store->reader();
                if (reader.ok()) {
                    TicketListQuery all;
                    all.limit = -1;
                    seenByThreadReaders += TicketRepository(reader.value()).count(all).value();
                }
                f->store->releaseReader();
            });
            threads << thread;
            thread->start();
        }
        int fromHere = 0;
        for (auto &task : tasks)
            fromHere += QCoro::waitFor(task);
        for (QThread *thread : threads) {
            QVERIFY(QTest::qWaitFor([thread] { return thread->isFinished(); }, 60000));
            delete thread;
        }
        QCOMPARE(fromHere, 100);
        QCOMPARE(fromThreads.load(), 50);
        QVERIFY(seenByThreadReaders.load() >= 50); // each saw at least its own writes
        QCOMPARE(TicketRepository(f->reader()).count({}).value(), 150);
        // Work that queued up while the writer was busy shared commits.
        QTRY_VERIFY(committed.count() >= 1);
        QVERIFY2(committed.count() <= 150, qPrintable(QString::number(committed.count())));
    }

    // Work submitted while the writer is busy commits together, each piece atomic on its own:
    // the one that fails leaves nothing, its neighbours in the same transaction stay.
    void workQueuedMeanwhileCommitsTogetherAndFailsAlone()
    {
        StoreWriter &writer = f->store->writer();
        QSignalSpy committed(&writer, &StoreWriter::committed);
        auto slow = writer.submit([](QSqlDatabase &db) {
            QThread::msleep(300);
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("First, alone")));
        });
        QThread::msleep(50); // the writer has taken the slow work: what follows queues behind it
        auto second = writer.submit([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(2, QStringLiteral("Kept")));
        });
        auto third = writer.submit([](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(sampleTicket(3, QStringLiteral("Undone"))); !put)
                return put;
            return StoreResult<>::failure(QStringLiteral("changed my mind"));
        });
        auto fourth = writer.submit([](QSqlDatabase &db) -> StoreResult<qint64> {
            if (auto put = TicketRepository(db).upsert(sampleTicket(4, QStringLiteral("Kept too"))); !put)
                return StoreResult<qint64>::failure(put);
            // It sees what the work before it in the same transaction wrote, as it would alone.
            return TicketRepository(db).count({}).value();
        });
        QVERIFY(QTest::qWaitFor([&] { return fourth.isFinished(); }, 10000));
        QVERIFY(slow.result().ok());
        QVERIFY(second.result().ok());
        const auto failed = third.result();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("changed my mind"));
        const auto counted = fourth.result();
        QVERIFY(counted.ok());
        QCOMPARE(counted.value(), 3); // 1, 2 and 4: 3 was rolled back to its savepoint

        TicketRepository tickets(f->reader());
        QVERIFY(tickets.byId(1).value().has_value());
        QVERIFY(tickets.byId(2).value().has_value());
        QVERIFY(!tickets.byId(3).value().has_value());
        QVERIFY(tickets.byId(4).value().has_value());
        QTRY_COMPARE(committed.count(), 2); // the slow work, then the three behind it at once
    }

    void theCallerKeepsRunningWhileAWriteIsBusy()
    {
        // A slow write; the caller's event loop must keep turning meanwhile.
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();
        const auto done = f->write([](QSqlDatabase &db) {
            QThread::msleep(300);
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("Slow")));
        });
        QVERIFY(done.ok());
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    }

    void failedWorkRollsBack()
    {
        const auto failed = f->write([](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("Gone"))); !put)
                return put;
            return StoreResult<>::failure(QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("changed my mind"));
        QVERIFY(!TicketRepository(f->reader()).byId(1).value().has_value());

        const auto thrown = f->write([](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(sampleTicket(2, QStringLiteral("Gone too"))); !put)
                return put;
            throw std::runtime_error("boom");
        });
        QVERIFY(!thrown.ok());
        QVERIFY(!TicketRepository(f->reader()).byId(2).value().has_value());

        // The writer carries on afterwards.
        QVERIFY(f->write([](QSqlDatabase &db) {
                     return TicketRepository(db).upsert(sampleTicket(3, QStringLiteral("Kept")));
                 }).ok());
        QVERIFY(TicketRepository(f->reader()).byId(3).value().has_value());
    }

    void returnsValuesAndRunsBareWork()
    {
        const auto value = f->write([](QSqlDatabase &db) -> StoreResult<QString> {
            return StoreQuery::scalar(db, QStringLiteral("SELECT 'answer'")).value().toString();
        });
        QCOMPARE(value.value(), QStringLiteral("answer"));
        // A checkpoint cannot run inside a transaction.
        const auto checkpoint = QCoro::waitFor(f->store->writer().write(
            [](QSqlDatabase &db) {
                return StoreQuery::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            },
            StoreWriter::Mode::Bare));
        QVERIFY2(checkpoint.ok(), qPrintable(checkpoint.error()));
    }

    void theWriterRunsBelowTheUiThread()
    {
#ifdef Q_OS_LINUX
        errno = 0;
        const int mine = getpriority(PRIO_PROCESS, id_t(gettid()));
        QCOMPARE(errno, 0);
        const auto writers = f->write([](QSqlDatabase &) -> StoreResult<int> {
            errno = 0;
            const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
            return errno == 0 ? StoreResult<int>(nice)
                              : StoreResult<int>::failure(QStringLiteral("getpriority"));
        });
        QVERIFY2(writers.ok(), qPrintable(writers.error()));
        QCOMPARE(writers.value(), std::min(mine + StoreWriter::writerNiceness, 19));
#else
        QSKIP("Thread priorities are QThread's here (QThread::LowPriority), not observable portably");
#endif
    }

    void workQueuedBeforeCloseStillCompletes()
    {
        auto future = f->store->writer().submit([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(9, QStringLiteral("Last")));
        });
        f->close(); // the writer finishes what was queued, then stops
        QVERIFY(future.isFinished());
        QVERIFY(future.result().ok());
        QVERIFY(f->open());
        QVERIFY(TicketRepository(f->reader()).byId(9).value().has_value());
    }
};

QTEST_GUILESS_MAIN(StoreWriterTest)
#include "tst_store_writer.moc"
