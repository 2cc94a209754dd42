#pragma once

#include "api/ApiCall.h"
#include "api/DeskproJson.h"
#include "api/TicketQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Every Deskpro API v2 endpoint Deskhand uses, as an ApiCall: the request as Deskpro wants it,
// and the mapping of its answer. DeskproApi sends them; Batch multiplexes them.
namespace DeskproCalls {

ApiCall<Identity> me();

ApiCall<Paged<Ticket>> tickets(const TicketQuery &query);
ApiCall<Ticket> ticket(qint64 id);
ApiCall<Ticket> ticketByRef(const QString &ref);
// `ticket`: person, subject, message {message, format, attachments}, department, … as in
// Deskpro's POST /tickets. The answer is the new ticket (follow_location=1 asks for it).
ApiCall<Ticket> createTicket(const QJsonObject &ticket);
// A partial update: only the fields in `changes` change (labels replace the whole list).
ApiCall<Done> updateTicket(qint64 id, const QJsonObject &changes);
ApiCall<Ticket> updateTicketReturning(qint64 id, const QJsonObject &changes);

ApiCall<Paged<Message>> messages(qint64 ticketId, int page = 1, int count = 200,
                                 const QString &orderDir = {});
ApiCall<Message> message(qint64 ticketId, qint64 messageId);
// A reply or a note; see replyBody().
ApiCall<Message> postMessage(qint64 ticketId, const QJsonObject &body);
// {"message": html, "format": "html", "is_note": …, "attachments": [{"blob_auth": …}], "status": …}
QJsonObject replyBody(const QString &html, bool isNote, const QStringList &blobAuths = {},
                      const QString &status = {});

ApiCall<Paged<Attachment>> ticketAttachments(qint64 ticketId, int page = 1, int count = 200);
ApiCall<Paged<Attachment>> messageAttachments(qint64 ticketId, qint64 messageId);
// multipart/form-data with one part "file".
ApiCall<UploadedBlob> uploadBlob(const QString &filename, const QString &contentType,
                                 const QByteArray &bytes);

ApiCall<Paged<Person>> people(int page = 1, int count = 200, const QString &primaryEmail = {},
                              const QList<qint64> &ids = {});
ApiCall<Person> person(qint64 id);
ApiCall<Paged<Person>> agents(int page = 1, int count = 200);
ApiCall<Paged<Team>> agentTeams(int page = 1, int count = 200);
ApiCall<Paged<Department>> departments(int page = 1, int count = 200);
ApiCall<QList<TicketStatus>> ticketStatuses();
ApiCall<Paged<Priority>> priorities(int page = 1, int count = 200);
ApiCall<Paged<CustomField>> ticketCustomFields(int page = 1, int count = 200);
ApiCall<TicketLayout> ticketLayout(qint64 departmentId);
// The agent's ticket snippets (the global ones and their own), each with its translations
// (include=text_snippet_content).
ApiCall<Paged<Snippet>> ticketSnippets(int page = 1, int count = 200);

ApiCall<Paged<TicketFilter>> ticketFilters(int page = 1, int count = 200);
ApiCall<Paged<Ticket>> filterTickets(qint64 filterId, int page = 1, int count = 50,
                                     const QString &orderBy = {}, const QString &orderDir = {});
ApiCall<QList<FilterCount>> filterCounts();
ApiCall<int> filterCount(qint64 filterId);

ApiCall<QList<Ticket>> searchTickets(const QString &text);

// Sign-in, without credentials.
ApiCall<IssuedToken> requestApiToken(const QString &email, const QString &password);
ApiCall<IssuedToken> redeemDeviceSetup(const QString &code);
ApiCall<HelpdeskInfo> discover();

} // namespace DeskproCalls
