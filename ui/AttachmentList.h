#pragma once

#include "sync/OutboxFile.h"

#include <QListWidget>
#include <QStringList>

class QImage;

// The files the agent attaches to a reply, a note or a new ticket, as the outbox takes them (read
// whole, up to maxBytes, with their type; an image from the clipboard as a PNG), listed by name
// and size. Delete (or the context menu) removes the selected one; the list hides while empty.
// chooseFiles() asks for files in a file dialog that does not block the window.
class AttachmentList : public QListWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(QWidget *parent = nullptr);

    static constexpr qint64 maxBytes = 25 * 1024 * 1024;

    // Adds the files that can be read; why the others cannot, for the agent.
    QStringList addFiles(const QStringList &paths);
    void addImage(const QImage &image);
    void clearFiles();
    QList<OutboxFile> files() const { return m_files; }
    QStringList names() const;
    bool isEmpty() const { return m_files.isEmpty(); }

    // The file dialog, owned by `parent`; the chosen files are added, problems are reported.
    void chooseFiles(QWidget *parent);

signals:
    void problems(const QStringList &messages); // from chooseFiles()

private:
    void showFiles();
    void removeSelected();

    QList<OutboxFile> m_files;
};
