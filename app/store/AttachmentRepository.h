#pragma once

#include "domain/Attachment.h"
#include "store/StoreResult.h"
#include "store/VaultFile.h"

#include <QSqlDatabase>

#include <optional>

// Attachment metadata, and where each one's encrypted local copy is (AttachmentVault). Writes run
// inside a StoreWriter transaction; the ticket row must exist.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const QSqlDatabase &db);

    // Metadata as the helpdesk sent it; a local copy already recorded is kept.
    StoreResult<> upsert(const Attachment &attachment);
    StoreResult<> upsert(const QList<Attachment> &attachments);
    StoreResult<> setLocalCopy(qint64 attachmentId, const VaultFile &file);
    // Forgets the local copy; returns its file name (empty when none) for AttachmentVault::remove().
    StoreResult<QString> clearLocalCopy(qint64 attachmentId);

    StoreResult<std::optional<Attachment>> byId(qint64 id) const;
    StoreResult<QList<Attachment>> byTicket(qint64 ticketId) const;
    StoreResult<QList<Attachment>> byMessage(qint64 messageId) const;
    StoreResult<std::optional<VaultFile>> localCopy(qint64 attachmentId) const;
    // Every vault file the store knows, to find orphans left by a crash between commit and removal.
    StoreResult<QStringList> localFiles() const;

private:
    StoreResult<QList<Attachment>> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};
