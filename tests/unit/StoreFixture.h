#pragma once

// Shared by the store tests: a store in a temporary folder, opened and written synchronously
// (QCoro::waitFor runs the event loop while the writer thread works), and sample domain values.

#include "domain/Message.h"
#include "domain/Person.h"
#include "domain/Ticket.h"
#include "store/Store.h"
#include "store/StoreKey.h"
#include "store/StoreWriter.h"

#include <QCoroTask>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class StoreFixture
{
public:
    StoreFixture() : key(StoreKey::generate()) {}

    QString directory() const { return folder.path() + QStringLiteral("/account"); }
    QString databasePath() const { return Store::databasePath(directory()); }

    StoreResult<std::unique_ptr<Store>> tryOpen(Store::OpenMode mode,
                                                const QByteArray &withKey = QByteArray())
    {
        return QCoro::waitFor(Store::open(directory(), withKey.isEmpty() ? key : withKey, mode));
    }

    // Opens (creating when missing); fails the test on error.
    bool open()
    {
        auto opened =
            tryOpen(Store::exists(directory()) ? Store::OpenMode::OpenExisting : Store::OpenMode::CreateNew);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        store = std::move(opened).value();
        return true;
    }

    void close() { store.reset(); }

    template <typename Work>
    auto write(Work work)
    {
        return QCoro::waitFor(store->writer().write(std::move(work)));
    }

    QSqlDatabase reader() { return store->reader().value(); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir folder;
    QByteArray key;
    std::unique_ptr<Store> store;
};

inline Ticket sampleTicket(qint64 id, const QString &subject,
                           const QString &status = QStringLiteral("awaiting_agent"))
{
    Ticket t;
    t.id = id;
    t.ref = QStringLiteral("ABCD-%1-WXYZ").arg(id, 4, 10, QLatin1Char('0'));
    t.subject = subject;
    t.status = status;
    t.personId = 500 + id % 7;
    t.agentId = id % 3;
    t.teamId = 2;
    t.departmentId = 1 + id % 2;
    t.priorityId = 3;
    t.urgency = int(1 + id % 10);
    t.labels = {QStringLiteral("billing"), QStringLiteral("vip")};
    t.fields = QJsonObject{{QStringLiteral("7"), QStringLiteral("blue")}};
    t.ticketHash = QStringLiteral("hash-%1").arg(id);
    t.dateCreated = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(id * 60);
    t.dateLastUserReply = t.dateCreated.addSecs(3600);
    return t;
}

inline Message sampleMessage(qint64 id, qint64 ticketId, const QString &html)
{
    Message m;
    m.id = id;
    m.ticketId = ticketId;
    m.personId = 500;
    m.html = html;
    m.previewText = html.left(20);
    m.dateCreated = QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC).addSecs(id);
    return m;
}
