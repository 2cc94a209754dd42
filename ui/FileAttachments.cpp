#include "FileAttachments.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeDatabase>

QList<OutboxFile> FileAttachments::read(const QStringList &paths, QStringList *problems)
{
    static const QMimeDatabase types;
    QList<OutboxFile> files;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > maxBytes) {
            *problems << tr("%1 is larger than %2 MB and was not attached.").arg(name).arg(maxBytes >> 20);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *problems << tr("%1 could not be read: %2").arg(name, file.errorString());
            continue;
        }
        files << OutboxFile{name, types.mimeTypeForFile(path).name(), file.readAll()};
    }
    return files;
}

OutboxFile FileAttachments::fromImage(const QImage &image, int number)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return OutboxFile{tr("pasted-image-%1.png").arg(number), QStringLiteral("image/png"), png};
}

QString FileAttachments::describe(const OutboxFile &file)
{
    return tr("%1 (%2)").arg(file.filename, QLocale().formattedDataSize(file.bytes.size()));
}
