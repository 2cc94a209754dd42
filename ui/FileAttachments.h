#pragma once

#include "sync/OutboxFile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QImage;

// Files the agent attaches (to a reply, a note or a new ticket) as the outbox takes them: read
// whole, up to a size, with their type; an image from the clipboard as a PNG.
class FileAttachments
{
    Q_DECLARE_TR_FUNCTIONS(FileAttachments)

public:
    static constexpr qint64 maxBytes = 25 * 1024 * 1024;

    // The files that could be read; why the others could not, for the agent, in `problems`.
    static QList<OutboxFile> read(const QStringList &paths, QStringList *problems);
    // `number`: the how-manyth attachment it is, for its name.
    static OutboxFile fromImage(const QImage &image, int number);
    // "name (size)", as the lists of attached files show them.
    static QString describe(const OutboxFile &file);
};
