#pragma once

#include <QString>
#include <QUrl>

// A file attached to a ticket message. The bytes live in the helpdesk until downloaded; the
// local copy is encrypted (see store/).
struct Attachment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 messageId = 0;
    qint64 blobId = 0;
    QString blobAuth;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QUrl downloadUrl;
    bool isInline = false;
    bool isNote = false;

    bool operator==(const Attachment &) const = default;
};
