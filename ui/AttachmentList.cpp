#include "AttachmentList.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeDatabase>

AttachmentList::AttachmentList(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Attached files"));
    setMaximumHeight(64);
    hide();
    auto *remove = new QAction(tr("Remove Attachment"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AttachmentList::removeSelected);
    addAction(remove);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    static const QMimeDatabase types;
    QStringList problems;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > maxBytes) {
            problems << tr("%1 is larger than %2 MB and was not attached.").arg(name).arg(maxBytes >> 20);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1 could not be read: %2").arg(name, file.errorString());
            continue;
        }
        m_files << OutboxFile{name, types.mimeTypeForFile(path).name(), file.readAll()};
    }
    showFiles();
    return problems;
}

void AttachmentList::addImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_files << OutboxFile{tr("pasted-image-%1.png").arg(m_files.size() + 1), QStringLiteral("image/png"),
                          png};
    showFiles();
}

void AttachmentList::clearFiles()
{
    m_files.clear();
    showFiles();
}

QStringList AttachmentList::names() const
{
    QStringList names;
    for (const OutboxFile &file : m_files)
        names << file.filename;
    return names;
}

void AttachmentList::chooseFiles(QWidget *parent)
{
    // Not exec(): the window keeps running (and tests are not blocked) while the dialog is open.
    auto *dialog = new QFileDialog(parent, tr("Attach Files"));
    dialog->setObjectName(QStringLiteral("attachDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        const QStringList found = addFiles(paths);
        if (!found.isEmpty())
            emit problems(found);
    });
    dialog->open();
}

void AttachmentList::showFiles()
{
    clear();
    for (const OutboxFile &file : std::as_const(m_files))
        addItem(tr("%1 (%2)").arg(file.filename, QLocale().formattedDataSize(file.bytes.size())));
    setVisible(!m_files.isEmpty());
}

void AttachmentList::removeSelected()
{
    const int row = currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    showFiles();
}
