#include "store/Journal.h"

#include "store/ColumnValue.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

Journal::Journal(const QSqlDatabase &db) : m_db(db) {}

QString Journal::genesisHash()
{
    return QString(64, u'0');
}

QString Journal::hashOf(const JournalEntry &entry)
{
    // A JSON array fixes field order and escaping, so equal records always hash alike.
    const QJsonArray record = {entry.id,
                               entry.writtenAt.isValid() ? entry.writtenAt.toMSecsSinceEpoch() : QJsonValue(),
                               entry.sentAt.isValid() ? entry.sentAt.toMSecsSinceEpoch() : QJsonValue(),
                               entry.action,
                               entry.ticketId,
                               entry.result};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(entry.prevHash.toLatin1());
    hash.addData(QJsonDocument(record).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

StoreResult<JournalEntry> Journal::append(JournalEntry entry)
{
    using Result = StoreResult<JournalEntry>;
    StoreQuery last(m_db, QStringLiteral("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1"));
    if (auto ran = last.exec(); !ran)
        return Result::failure(ran);
    const bool first = !last.next();
    entry.id = first ? 1 : last.value(0).toLongLong() + 1;
    entry.prevHash = first ? genesisHash() : last.value(1).toString();
    if (!entry.writtenAt.isValid())
        entry.writtenAt = QDateTime::currentDateTimeUtc();
    // Times are kept to the millisecond; hash what is stored.
    entry.writtenAt = ColumnValue::toTime(ColumnValue::fromTime(entry.writtenAt));
    entry.sentAt = ColumnValue::toTime(ColumnValue::fromTime(entry.sentAt));
    entry.hash = hashOf(entry);
    if (auto ran = StoreQuery::run(
            m_db,
            QStringLiteral("INSERT INTO journal (id, written_at, sent_at, action, ticket_id, "
                           "result, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.id, ColumnValue::fromTime(entry.writtenAt), ColumnValue::fromTime(entry.sentAt),
             entry.action, entry.ticketId, entry.result, entry.prevHash, entry.hash});
        !ran)
        return Result::failure(ran);
    return entry;
}

StoreResult<QList<JournalEntry>> Journal::entries() const
{
    StoreQuery query(
        m_db, QStringLiteral("SELECT id, written_at, sent_at, action, ticket_id, result, prev_hash, hash "
                             "FROM journal ORDER BY id"));
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<JournalEntry>>::failure(ran);
    QList<JournalEntry> entries;
    while (query.next()) {
        entries << JournalEntry{query.value(0).toLongLong(),         ColumnValue::toTime(query.value(1)),
                                ColumnValue::toTime(query.value(2)), query.value(3).toString(),
                                query.value(4).toLongLong(),         query.value(5).toString(),
                                query.value(6).toString(),           query.value(7).toString()};
    }
    return entries;
}

StoreResult<> Journal::verify() const
{
    const auto all = entries();
    if (!all)
        return StoreResult<>::failure(all);
    QString previous = genesisHash();
    for (const JournalEntry &entry : all.value()) {
        if (entry.prevHash != previous || hashOf(entry) != entry.hash)
            return StoreResult<>::failure(
                QCoreApplication::translate("Journal",
                                            "The journal was changed at record %1: its hash chain does not "
                                            "match.")
                    .arg(entry.id));
        previous = entry.hash;
    }
    return {};
}

StoreResult<QJsonArray> Journal::exportJson() const
{
    const auto all = entries();
    if (!all)
        return StoreResult<QJsonArray>::failure(all);
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonArray records;
    for (const JournalEntry &entry : all.value()) {
        records.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                   {QStringLiteral("written_at"), time(entry.writtenAt)},
                                   {QStringLiteral("sent_at"), time(entry.sentAt)},
                                   {QStringLiteral("action"), entry.action},
                                   {QStringLiteral("ticket_id"), entry.ticketId},
                                   {QStringLiteral("result"), entry.result},
                                   {QStringLiteral("prev_hash"), entry.prevHash},
                                   {QStringLiteral("hash"), entry.hash}});
    }
    return records;
}
