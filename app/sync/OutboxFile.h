#pragma once

#include <QByteArray>
#include <QString>

// A file the agent attaches to a reply, a note or a new ticket. The outbox keeps it encrypted in
// the account's attachment vault until the helpdesk has it (POST /blobs/temp).
struct OutboxFile
{
    QString filename;
    QString contentType;
    QByteArray bytes;
};
