#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// The floor the client's network work is measured against: the same requests sent with a bare
// QNetworkAccessManager, `concurrency` at a time, bodies read and thrown away, nothing parsed,
// nothing stored. Groups run one after another (a page of tickets, then its conversations).
class FloorFetcher
{
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body; // JSON when not empty
    };

    FloorFetcher(QByteArray authorization, int concurrency);

    // Milliseconds for all groups.
    double run(const QList<QList<Request>> &groups);
    int failures() const { return m_failures; }

private:
    QByteArray m_authorization;
    int m_concurrency;
    int m_failures = 0;
};
