// TicketListModel over a real store: rows listed a page at a time, only a few pages of tickets
// kept, pages read again by their ids when shown again, refresh keeping or resetting the rows.

#include "../unit/StoreFixture.h"
#include "TicketListModel.h"
#include "store/TicketRepository.h"

#include <QSignalSpy>
#include <QTest>

class TicketListModelTest : public QObject
{
    Q_OBJECT

private:
    StoreFixture *f = nullptr;
    static constexpr int ticketCount = TicketListModel::pageSize * (TicketListModel::keptPages + 4) + 17;

    static QString subjectOf(qint64 id) { return QStringLiteral("Printer %1 jams").arg(id); }

    void listAll(TicketListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void init()
    {
        f = new StoreFixture;
        QVERIFY(f->open());
        QList<Ticket> tickets;
        for (qint64 id = 1; id <= ticketCount; ++id)
            tickets << sampleTicket(id, subjectOf(id));
        QVERIFY(f->write([tickets](QSqlDatabase &db) { return TicketRepository(db).upsert(tickets); }).ok());
    }

    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    // Scrolled to the end, every row still reads right, the early ones read again from the store.
    void everyRowReadsRightAfterItsPageWasDropped()
    {
        TicketListModel model;
        model.setStore(f->store.get());
        TicketListQuery all;
        model.setQuery(all);
        model.sort(TicketListModel::Ref, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), TicketListModel::firstRows);
        // The first fetch completes the first page, the rows read before and after it alike.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), TicketListModel::pageSize);
        for (const int row :
             {0, TicketListModel::firstRows - 1, TicketListModel::firstRows, TicketListModel::pageSize - 1})
            QCOMPARE(model.index(row, TicketListModel::Subject).data().toString(), subjectOf(row + 1));
        listAll(model);
        QCOMPARE(model.rowCount(), ticketCount);
        for (int row = 0; row < ticketCount; row += 37) {
            QCOMPARE(model.ticketAt(row).id, qint64(row + 1));
            QCOMPARE(model.index(row, TicketListModel::Subject).data().toString(), subjectOf(row + 1));
        }
        // Back to the top after the end: the first page was dropped from the cache meanwhile.
        QCOMPARE(model.index(0, TicketListModel::Subject).data().toString(), subjectOf(1));
        QCOMPARE(model.rowOf(ticketCount), ticketCount - 1);
        QCOMPARE(model.index(ticketCount - 1, 0).data(Qt::UserRole).toLongLong(), qint64(ticketCount));
    }

    // The same rows in the same order: updated in place (no reset), new texts shown, the rows kept.
    void refreshUpdatesInPlaceWhenTheRowsStay()
    {
        TicketListModel model;
        model.setStore(f->store.get());
        model.setQuery(TicketListQuery{});
        model.sort(TicketListModel::Ref, Qt::AscendingOrder);
        listAll(model);
        QVERIFY(model.index(5, TicketListModel::Subject).data().isValid());
        QVERIFY(f->write([](QSqlDatabase &db) {
                     return TicketRepository(db).upsert(sampleTicket(6, QStringLiteral("Toner low")));
                 }).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.refresh());
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), ticketCount);
        QCOMPARE(model.index(5, TicketListModel::Subject).data().toString(), QStringLiteral("Toner low"));
    }

    // Only the first rows listed (a queue just opened): a refresh with the same rows keeps them as
    // they are and lists no more.
    void refreshOfTheFirstRowsKeepsThem()
    {
        TicketListModel model;
        model.setStore(f->store.get());
        model.setQuery(TicketListQuery{});
        model.sort(TicketListModel::Ref, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), TicketListModel::firstRows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!model.refresh());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), TicketListModel::firstRows);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(TicketListModel::firstRows - 1, TicketListModel::Subject).data().toString(),
                 subjectOf(TicketListModel::firstRows));
    }

    // A ticket gone: the rows change, the model resets with the rows as the store has them.
    void refreshResetsWhenRowsGo()
    {
        TicketListModel model;
        model.setStore(f->store.get());
        model.setQuery(TicketListQuery{});
        model.sort(TicketListModel::Ref, Qt::AscendingOrder);
        listAll(model);
        QVERIFY(f->write([](QSqlDatabase &db) -> StoreResult<> {
                     const auto removed = TicketRepository(db).remove({3});
                     return removed ? StoreResult<>() : StoreResult<>::failure(removed);
                 }).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.refresh());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), ticketCount - 1);
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.ticketAt(2).id, qint64(4));
        QCOMPARE(model.index(ticketCount - 2, TicketListModel::Subject).data().toString(),
                 subjectOf(ticketCount));
    }
};

QTEST_MAIN(TicketListModelTest)
#include "tst_ticket_list_model.moc"
