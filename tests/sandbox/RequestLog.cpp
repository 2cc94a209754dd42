#include "RequestLog.h"

#include <QCryptographicHash>
#include <QJsonObject>

qint64 RequestLog::begin(const QByteArray &method, const QString &path, const QString &authScheme,
                         const QByteArray &body)
{
    Entry entry;
    entry.seq = m_nextSeq++;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = method;
    entry.path = path;
    entry.authScheme = authScheme;
    entry.bodySha256 = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    entry.bodyLength = body.size();
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > MaxEntries)
        m_entries.pop_front();
    return m_entries.back().seq;
}

RequestLog::Entry *RequestLog::find(qint64 seq)
{
    // Sequence numbers are consecutive within the deque, so the position is arithmetic.
    if (m_entries.empty() || seq < m_entries.front().seq || seq > m_entries.back().seq)
        return nullptr;
    Entry &entry = m_entries[std::size_t(seq - m_entries.front().seq)];
    return entry.seq == seq ? &entry : nullptr;
}

void RequestLog::finish(qint64 seq, int status, const QString &fault, bool dropped)
{
    Entry *entry = find(seq);
    if (!entry || entry->finished)
        return;
    entry->status = status;
    entry->fault = fault;
    entry->dropped = dropped;
    entry->finished = true;
}

QJsonArray RequestLog::toJson(qint64 since) const
{
    QJsonArray out;
    for (const Entry &entry : m_entries) {
        if (entry.seq <= since)
            continue;
        QJsonObject item{
            {QStringLiteral("seq"), entry.seq},
            {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(entry.method)},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("auth_scheme"), entry.authScheme},
            {QStringLiteral("status"), entry.status},
            {QStringLiteral("body_sha256"), QString::fromLatin1(entry.bodySha256)},
            {QStringLiteral("body_length"), entry.bodyLength},
        };
        if (entry.dropped)
            item.insert(QStringLiteral("dropped"), true);
        if (!entry.fault.isEmpty())
            item.insert(QStringLiteral("fault"), entry.fault);
        if (!entry.finished)
            item.insert(QStringLiteral("in_progress"), true);
        out.append(item);
    }
    return out;
}

void RequestLog::clear()
{
    m_entries.clear();
}
