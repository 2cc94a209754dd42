#pragma once

#include "store/StoreResult.h"
#include "store/VaultFile.h"

#include <QCoreApplication>
#include <QCoroTask>

class DeskproApi;
class Store;

// An attachment's content in the account's vault, fetched from the helpdesk first when sync did
// not bring it (TicketSync keeps only small files for offline work). The download streams
// through the account's own client (the helpdesk's origin, its credentials, its size cap); the
// bytes are encrypted into the vault and recorded on the attachment's row on the store's writer
// thread, so the caller's thread never waits on the network or a disk write.
//
//   StoreResult<VaultFile> file = co_await AttachmentDownload::localCopy(store, api, attachmentId);
//
// The store and the API must outlive the call (they are the account's).
class AttachmentDownload
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentDownload)

public:
    static QCoro::Task<StoreResult<VaultFile>> localCopy(Store *store, DeskproApi *api, qint64 attachmentId);
};
