#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <deque>

// The requests the server received (never /_sandbox ones), so that tests can assert what a
// client sent and how often: method, path with query, auth scheme, status, body hash. Secrets
// never enter it: only the scheme word of Authorization is kept, and token-bearing parts of
// paths are redacted by the caller. Bounded to the most recent MaxEntries.
class RequestLog
{
public:
    static constexpr qsizetype MaxEntries = 100000;

    struct Entry
    {
        qint64 seq = 0;
        QDateTime time;
        QByteArray method;
        QString path;       // with query, redacted
        QString authScheme; // "key", "token", "bearer" or ""
        int status = 0;     // sent, or that would have been sent when dropped; 0 if none
        bool dropped = false;
        QString fault; // the fault kind that changed this exchange, if any
        QByteArray bodySha256;
        qint64 bodyLength = 0;
        bool finished = false;
    };

    // Records a request as it arrives and returns its sequence number.
    qint64 begin(const QByteArray &method, const QString &path, const QString &authScheme,
                 const QByteArray &body);
    // What became of it.
    void finish(qint64 seq, int status, const QString &fault = {}, bool dropped = false);

    // Entries with seq > `since`, oldest first.
    QJsonArray toJson(qint64 since = 0) const;
    void clear();

private:
    Entry *find(qint64 seq);

    std::deque<Entry> m_entries;
    qint64 m_nextSeq = 1;
};
