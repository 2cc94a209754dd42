#pragma once

#include "BenchContext.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The sandbox's request log (/_sandbox/requests, under the admin key): what a client sent.
namespace SandboxLog {

struct Entry
{
    qint64 seq = 0;
    QByteArray method;
    QByteArray path; // with the query, as sent
    int status = 0;
    QByteArray bodySha256; // hex
    qint64 bodyLength = 0;
};

bool clear(const BenchContext &context);
QList<Entry> entries(const BenchContext &context, bool *ok);

} // namespace SandboxLog
