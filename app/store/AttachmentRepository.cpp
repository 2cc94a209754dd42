#include "store/AttachmentRepository.h"

#include "store/StoreQuery.h"

#include <QUrl>

namespace {

const QString columns =
    QStringLiteral("id, ticket_id, message_id, blob_id, blob_auth, filename, content_type, size, "
                   "download_url, is_inline, is_note");

Attachment attachmentAt(const StoreQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.ticketId = q.value(1).toLongLong();
    a.messageId = q.value(2).toLongLong();
    a.blobId = q.value(3).toLongLong();
    a.blobAuth = q.value(4).toString();
    a.filename = q.value(5).toString();
    a.contentType = q.value(6).toString();
    a.size = q.value(7).toLongLong();
    a.downloadUrl = QUrl(q.value(8).toString());
    a.isInline = q.value(9).toBool();
    a.isNote = q.value(10).toBool();
    return a;
}

} // namespace

AttachmentRepository::AttachmentRepository(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> AttachmentRepository::upsert(const Attachment &a)
{
    const QVariantList values = {a.ticketId, a.messageId,   a.blobId, a.blobAuth,
                                 a.filename, a.contentType, a.size,   a.downloadUrl.toString(),
                                 a.isInline, a.isNote,      a.id};
    StoreQuery update(m_db,
                      QStringLiteral("UPDATE attachments SET ticket_id = ?, message_id = ?, blob_id = ?, "
                                     "blob_auth = ?, filename = ?, content_type = ?, size = ?, "
                                     "download_url = ?, is_inline = ?, is_note = ? WHERE id = ?"));
    for (const QVariant &value : values)
        update.bind(value);
    if (auto ran = update.exec(); !ran)
        return ran;
    if (update.rowsAffected() > 0)
        return {};
    return StoreQuery::run(
        m_db,
        QStringLiteral("INSERT INTO attachments (ticket_id, message_id, blob_id, blob_auth, filename, "
                       "content_type, size, download_url, is_inline, is_note, id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
}

StoreResult<> AttachmentRepository::upsert(const QList<Attachment> &attachments)
{
    for (const Attachment &attachment : attachments) {
        if (auto put = upsert(attachment); !put)
            return put;
    }
    return {};
}

StoreResult<> AttachmentRepository::setLocalCopy(qint64 attachmentId, const VaultFile &file)
{
    return StoreQuery::run(m_db,
                           QStringLiteral("UPDATE attachments SET local_file = ?, file_key = ? WHERE id = ?"),
                           {file.fileName, file.key, attachmentId});
}

StoreResult<QString> AttachmentRepository::clearLocalCopy(qint64 attachmentId)
{
    const auto file = StoreQuery::scalar(
        m_db, QStringLiteral("SELECT local_file FROM attachments WHERE id = ?"), {attachmentId});
    if (!file)
        return StoreResult<QString>::failure(file);
    if (auto ran = StoreQuery::run(
            m_db, QStringLiteral("UPDATE attachments SET local_file = NULL, file_key = NULL WHERE id = ?"),
            {attachmentId});
        !ran)
        return StoreResult<QString>::failure(ran);
    return file.value().toString();
}

StoreResult<QList<Attachment>> AttachmentRepository::select(const QString &where, const QVariant &value) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM attachments WHERE ") +
                               where + QStringLiteral(" ORDER BY id"));
    query.bind(value);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<Attachment>>::failure(ran);
    QList<Attachment> attachments;
    while (query.next())
        attachments << attachmentAt(query);
    return attachments;
}

StoreResult<std::optional<Attachment>> AttachmentRepository::byId(qint64 id) const
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (!found)
        return StoreResult<std::optional<Attachment>>::failure(found);
    if (found.value().isEmpty())
        return std::optional<Attachment>();
    return std::optional<Attachment>(found.value().constFirst());
}

StoreResult<QList<Attachment>> AttachmentRepository::byTicket(qint64 ticketId) const
{
    return select(QStringLiteral("ticket_id = ?"), ticketId);
}

StoreResult<QList<Attachment>> AttachmentRepository::byMessage(qint64 messageId) const
{
    return select(QStringLiteral("message_id = ?"), messageId);
}

StoreResult<std::optional<VaultFile>> AttachmentRepository::localCopy(qint64 attachmentId) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT local_file, file_key FROM attachments WHERE id = ? "
                                          "AND local_file IS NOT NULL"));
    query.bind(attachmentId);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<VaultFile>>::failure(ran);
    if (!query.next())
        return std::optional<VaultFile>();
    return std::optional<VaultFile>(VaultFile{query.value(0).toString(), query.value(1).toByteArray()});
}

StoreResult<QStringList> AttachmentRepository::localFiles() const
{
    StoreQuery query(m_db, QStringLiteral("SELECT local_file FROM attachments WHERE local_file IS NOT NULL"));
    if (auto ran = query.exec(); !ran)
        return StoreResult<QStringList>::failure(ran);
    QStringList files;
    while (query.next())
        files << query.value(0).toString();
    return files;
}
