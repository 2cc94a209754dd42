#include "account/AttachmentCopies.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

const QString folderPrefix = QStringLiteral("deskhand-opened-");
const QString lockName = QStringLiteral(".lock");
constexpr QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

QString randomName()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

bool isMine(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    return info.ownerId() == ::getuid();
#else
    Q_UNUSED(info)
    return true;
#endif
}

// True when `path` is a file in a folder directly inside `folder` (where temporaryCopy puts them).
bool isCopyIn(const QString &folder, const QString &path)
{
    if (folder.isEmpty())
        return false;
    const QFileInfo info(path);
    return QFileInfo(info.absolutePath()).absolutePath() == QFileInfo(folder).absoluteFilePath();
}

} // namespace

AttachmentCopies::AttachmentCopies() = default;

AttachmentCopies::~AttachmentCopies()
{
    if (m_folder.isEmpty())
        return;
    m_lock.reset();
    QDir(m_folder).removeRecursively();
}

QString AttachmentCopies::area()
{
    // The runtime folder is the user's own and in memory on most systems; else the temporary one.
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
    return QDir(base).absolutePath();
}

StoreResult<QString> AttachmentCopies::ensureFolder()
{
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        return m_folder;
    // mkdtemp: a new folder of our own, 0700, whatever else lives beside it.
    QTemporaryDir made(QDir(area()).filePath(folderPrefix + QStringLiteral("XXXXXX")));
    if (!made.isValid())
        return StoreResult<QString>::failure(
            tr("No private folder could be made for opened attachments: %1").arg(made.errorString()));
    made.setAutoRemove(false);
    QFile::setPermissions(made.path(), ownerOnlyFolder);
    auto lock = std::make_unique<QLockFile>(QDir(made.path()).filePath(lockName));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        QDir(made.path()).removeRecursively();
        return StoreResult<QString>::failure(tr("No private folder could be made for opened attachments."));
    }
    m_lock = std::move(lock);
    m_folder = made.path();
    return m_folder;
}

QCoro::Task<StoreResult<QString>> AttachmentCopies::temporaryCopy(AttachmentVault vault, VaultFile file,
                                                                  QString filename)
{
    using Result = StoreResult<QString>;
    const Result folder = ensureFolder();
    if (!folder)
        co_return folder;
    const QString name = safeFileName(filename);
    const auto write = [vault, file, name, folder = folder.value()]() -> Result {
        const StoreResult<QByteArray> bytes = vault.get(file);
        if (!bytes)
            return Result::failure(bytes);
        const QString place = QDir(folder).filePath(randomName());
        if (!QDir().mkdir(place) || !QFile::setPermissions(place, ownerOnlyFolder))
            return Result::failure(tr("The attachment could not be copied for opening."));
        const QString path = QDir(place).filePath(name);
        QFile out(path);
        // Created owner-only before a byte is written.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile) ||
            out.write(bytes.value()) != bytes.value().size() || !out.flush()) {
            const QString reason = out.errorString();
            out.close();
            QDir(place).removeRecursively();
            return Result::failure(tr("The attachment could not be copied for opening: %1").arg(reason));
        }
        out.close();
        return path;
    };
    QFuture<Result> running = QtConcurrent::run(write);
    const Result written = co_await running;
    co_return written;
}

void AttachmentCopies::remove(const QStringList &paths)
{
    QStringList places;
    for (const QString &path : paths) {
        if (isCopyIn(m_folder, path))
            places << QFileInfo(path).absolutePath();
    }
    if (places.isEmpty())
        return;
    const auto work = [places] {
        for (const QString &place : places)
            QDir(place).removeRecursively();
    };
    QFuture<void> removing = QtConcurrent::run(work);
    Q_UNUSED(removing)
}

QCoro::Task<StoreResult<>> AttachmentCopies::save(AttachmentVault vault, VaultFile file, QString path)
{
    const auto write = [vault, file, path]() -> StoreResult<> {
        const StoreResult<QByteArray> bytes = vault.get(file);
        if (!bytes)
            return StoreResult<>::failure(bytes);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes.value().size() ||
            !out.commit())
            return StoreResult<>::failure(tr("The attachment could not be saved to %1: %2")
                                              .arg(QDir::toNativeSeparators(path), out.errorString()));
        return {};
    };
    QFuture<StoreResult<>> running = QtConcurrent::run(write);
    const StoreResult<> saved = co_await running;
    co_return saved;
}

bool AttachmentCopies::mayOpen(const QString &filename)
{
    static const QStringList refused{
        // Windows programs, installers, scripts and shortcuts
        QStringLiteral("exe"),
        QStringLiteral("com"),
        QStringLiteral("bat"),
        QStringLiteral("cmd"),
        QStringLiteral("scr"),
        QStringLiteral("pif"),
        QStringLiteral("msi"),
        QStringLiteral("msp"),
        QStringLiteral("mst"),
        QStringLiteral("cpl"),
        QStringLiteral("hta"),
        QStringLiteral("js"),
        QStringLiteral("jse"),
        QStringLiteral("vbs"),
        QStringLiteral("vbe"),
        QStringLiteral("wsf"),
        QStringLiteral("wsh"),
        QStringLiteral("ps1"),
        QStringLiteral("psm1"),
        QStringLiteral("lnk"),
        QStringLiteral("url"),
        QStringLiteral("reg"),
        QStringLiteral("inf"),
        QStringLiteral("dll"),
        QStringLiteral("sys"),
        QStringLiteral("msc"),
        QStringLiteral("gadget"),
        QStringLiteral("appref-ms"),
        QStringLiteral("application"),
        QStringLiteral("settingcontent-ms"),
        // everywhere else
        QStringLiteral("jar"),
        QStringLiteral("app"),
        QStringLiteral("command"),
        QStringLiteral("sh"),
        QStringLiteral("bash"),
        QStringLiteral("csh"),
        QStringLiteral("zsh"),
        QStringLiteral("desktop"),
        QStringLiteral("run"),
        QStringLiteral("bin"),
        QStringLiteral("appimage"),
        QStringLiteral("deb"),
        QStringLiteral("rpm"),
        QStringLiteral("pkg"),
        QStringLiteral("mpkg"),
        QStringLiteral("dmg"),
        QStringLiteral("py"),
        QStringLiteral("pyw"),
        QStringLiteral("pl"),
        QStringLiteral("rb"),
        QStringLiteral("scpt"),
        QStringLiteral("workflow"),
        QStringLiteral("apk"),
        // documents that run code in the application that shows them
        QStringLiteral("html"),
        QStringLiteral("htm"),
        QStringLiteral("xhtml"),
        QStringLiteral("shtml"),
        QStringLiteral("mht"),
        QStringLiteral("mhtml"),
        QStringLiteral("svg"),
        QStringLiteral("xml"),
    };
    const QString safe = safeFileName(filename);
    const int dot = safe.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return true;
    return !refused.contains(safe.mid(dot + 1).toLower());
}

QString AttachmentCopies::safeFileName(const QString &filename)
{
    QString name;
    name.reserve(filename.size());
    for (const QChar c : filename) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
        name += control || unsafe.contains(c) ? QLatin1Char('_') : c;
    }
    // No hidden files, no trailing dots or spaces (Windows drops them, changing the type).
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    constexpr int maxLength = 120;
    if (name.size() > maxLength) {
        const int dot = name.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
        name = name.left(maxLength - extension.size()) + extension;
    }
    return name.isEmpty() ? QStringLiteral("attachment") : name;
}

void AttachmentCopies::sweepLeftovers()
{
    const QDir base(area());
    const QStringList folders = base.entryList({folderPrefix + QLatin1Char('*')},
                                               QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : folders) {
        const QString path = base.filePath(name);
        const QFileInfo info(path);
        if (!isMine(info))
            continue;
        const QString lockPath = QDir(path).filePath(lockName);
        // A folder just made by another process may not have its lock yet.
        if (!QFileInfo::exists(lockPath) && info.lastModified().secsTo(QDateTime::currentDateTime()) < 60)
            continue;
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0); // only a lock whose process is gone is stale
        if (!lock.tryLock(0))
            continue; // a running Deskhand's
        lock.unlock();
        QDir(path).removeRecursively();
    }
}
