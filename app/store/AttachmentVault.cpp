#include "store/AttachmentVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttachmentVault", text);
}

// File layout: magic, nonce, ciphertext, tag. The magic is also the authenticated data, so a
// file of another format or version is refused.
const QByteArray magic("DHV1", 4);
constexpr int nonceSize = 12;
constexpr int tagSize = 16;
constexpr int keySize = 32;

using Cipher = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return QByteArray();
    return bytes;
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    // The rename is only durable once the folder entry is on disk.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

} // namespace

AttachmentVault::AttachmentVault(const QString &folder) : m_folder(folder) {}

bool AttachmentVault::isVaultFileName(const QString &fileName)
{
    if (fileName.size() != 32)
        return false;
    for (const QChar c : fileName) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

StoreResult<VaultFile> AttachmentVault::put(const QByteArray &bytes) const
{
    using Result = StoreResult<VaultFile>;
    VaultFile file;
    file.key = randomBytes(keySize);
    const QByteArray nonce = randomBytes(nonceSize);
    const QByteArray name = randomBytes(16);
    if (file.key.isEmpty() || nonce.isEmpty() || name.isEmpty())
        return Result::failure(tr("No random numbers are available to protect the attachment."));
    file.fileName = QString::fromLatin1(name.toHex());

    QByteArray sealed;
    sealed.reserve(magic.size() + nonceSize + bytes.size() + tagSize);
    sealed.append(magic).append(nonce);
    sealed.resize(magic.size() + nonceSize + bytes.size());
    Cipher ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    unsigned char tag[tagSize];
    auto *out = reinterpret_cast<unsigned char *>(sealed.data()) + magic.size() + nonceSize;
    const bool encrypted =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(file.key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &written,
                          reinterpret_cast<const unsigned char *>(magic.constData()),
                          int(magic.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), out, &written,
                          reinterpret_cast<const unsigned char *>(bytes.constData()),
                          int(bytes.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), out + written, &finalWritten) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagSize, tag) == 1;
    if (!encrypted)
        return Result::failure(tr("The attachment could not be encrypted."));
    sealed.append(reinterpret_cast<const char *>(tag), tagSize);

    if (!QDir().mkpath(m_folder))
        return Result::failure(tr("The attachment folder %1 could not be created.").arg(m_folder));
    QSaveFile save(QDir(m_folder).filePath(file.fileName));
    if (!save.open(QIODevice::WriteOnly) || save.write(sealed) != sealed.size())
        return Result::failure(tr("The attachment could not be saved: %1").arg(save.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(save.handle()) != 0)
        return Result::failure(tr("The attachment could not be written to disk."));
#endif
    if (!save.commit())
        return Result::failure(tr("The attachment could not be saved: %1").arg(save.errorString()));
    syncFolder(m_folder);
    return file;
}

StoreResult<QByteArray> AttachmentVault::get(const VaultFile &file) const
{
    using Result = StoreResult<QByteArray>;
    if (!file.isValid() || !isVaultFileName(file.fileName))
        return Result::failure(tr("The attachment's local copy is not known."));
    QFile in(QDir(m_folder).filePath(file.fileName));
    if (!in.open(QIODevice::ReadOnly))
        return Result::failure(tr("The attachment's local copy is missing: download it again."));
    const QByteArray sealed = in.readAll();
    if (sealed.size() < magic.size() + nonceSize + tagSize || !sealed.startsWith(magic))
        return Result::failure(tr("The attachment's local copy is damaged: download it again."));

    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData()) + magic.size();
    const auto *cipherText = nonce + nonceSize;
    const int cipherSize = int(sealed.size() - magic.size() - nonceSize - tagSize);
    QByteArray tag = sealed.right(tagSize);
    QByteArray plain(cipherSize, Qt::Uninitialized);
    Cipher ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    const bool decrypted =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(file.key.constData()), nonce) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &written,
                          reinterpret_cast<const unsigned char *>(magic.constData()),
                          int(magic.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &written, cipherText,
                          cipherSize) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written,
                            &finalWritten) == 1;
    if (!decrypted) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return Result::failure(
            tr("The attachment's local copy was changed or damaged and was not used: download it "
               "again."));
    }
    return plain;
}

bool AttachmentVault::remove(const QString &fileName) const
{
    if (!isVaultFileName(fileName))
        return false;
    QFile file(QDir(m_folder).filePath(fileName));
    return !file.exists() || file.remove();
}
