#include "sync/AttachmentDownload.h"

#include "api/DeskproApi.h"
#include "store/AttachmentRepository.h"
#include "store/Store.h"
#include "store/StoreWriter.h"

#include <QBuffer>

QCoro::Task<StoreResult<VaultFile>> AttachmentDownload::localCopy(Store *store, DeskproApi *api,
                                                                  qint64 attachmentId)
{
    using Result = StoreResult<VaultFile>;
    StoreResult<QSqlDatabase> reader = store->reader();
    if (!reader)
        co_return Result::failure(reader);
    const AttachmentRepository attachments(reader.value());
    const StoreResult<std::optional<VaultFile>> local = attachments.localCopy(attachmentId);
    if (!local)
        co_return Result::failure(local);
    if (local.value())
        co_return *local.value();
    const StoreResult<std::optional<Attachment>> found = attachments.byId(attachmentId);
    if (!found)
        co_return Result::failure(found);
    if (!found.value())
        co_return Result::failure(tr("This attachment is no longer on this computer."));
    const QUrl url = found.value()->downloadUrl;
    if (!url.isValid() || url.isEmpty())
        co_return Result::failure(tr("The helpdesk gave no address to download this attachment from."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ApiResult<qint64> downloaded = co_await api->downloadBlob(url, &buffer);
    if (!downloaded)
        co_return Result::failure(
            tr("The attachment could not be downloaded: %1").arg(downloaded.error().message));
    const QByteArray bytes = buffer.data();

    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice.
    auto keep = [attachmentId, bytes, vault = store->vault()](QSqlDatabase &db) -> Result {
        AttachmentRepository repository(db);
        // Another request may have kept it meanwhile: one copy per attachment.
        const StoreResult<std::optional<VaultFile>> existing = repository.localCopy(attachmentId);
        if (!existing)
            return Result::failure(existing);
        if (existing.value())
            return *existing.value();
        StoreResult<VaultFile> put = vault.put(bytes);
        if (!put)
            return put;
        if (StoreResult<> recorded = repository.setLocalCopy(attachmentId, put.value()); !recorded) {
            vault.remove(put.value().fileName);
            return Result::failure(recorded);
        }
        return put;
    };
    const Result kept = co_await store->writer().write(std::move(keep));
    co_return kept;
}
