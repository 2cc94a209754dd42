#pragma once

#include "api/ApiEnvelope.h"
#include "api/ApiResult.h"
#include "api/FilterCount.h"
#include "api/Identity.h"
#include "api/IssuedToken.h"
#include "api/Pagination.h"
#include "api/UploadedBlob.h"
#include "domain/Attachment.h"
#include "domain/CustomField.h"
#include "domain/Department.h"
#include "domain/HelpdeskInfo.h"
#include "domain/Message.h"
#include "domain/Person.h"
#include "domain/Priority.h"
#include "domain/Snippet.h"
#include "domain/Team.h"
#include "domain/Ticket.h"
#include "domain/TicketFilter.h"
#include "domain/TicketLayout.h"
#include "domain/TicketStatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

// Deskpro's JSON, mapped to the domain's values. Pure functions (no network, no clock), so
// that they can be fuzzed. Every quirk the helpdesk is known for is accepted (see
// JsonFields); anything else that does not fit is refused with an ApiError of kind Malformed
// that names the field, and a list maps completely or not at all: nothing is half-stored.
namespace DeskproJson {

// The envelope of a body (an empty body gives hasBody false), or of a batch sub-response.
ApiResult<ApiEnvelope> envelope(const QByteArray &body);
ApiResult<ApiEnvelope> envelope(const QJsonObject &object);

// A refused request (status ≥ 400) with Deskpro's error body, if any: kind from the status,
// Deskpro's code and its error tree flattened to field → message, a translated message.
ApiError error(int httpStatus, const QByteArray &body);
ApiError error(int httpStatus, const QJsonObject &body);
// Flattens {errors: [...], fields: {name: {errors, fields}}} to "name.sub" → "message".
QMap<QString, QString> fieldErrors(const QJsonValue &errors);

ApiError malformed(const QString &detail);

ApiResult<Pagination> pagination(const QJsonObject &meta);

ApiResult<Ticket> ticket(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Message> message(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Person> person(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Attachment> attachment(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Department> department(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<TicketStatus> ticketStatus(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Priority> priority(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Team> team(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<CustomField> customField(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<TicketFilter> ticketFilter(const QJsonValue &value, const QString &path = QStringLiteral("data"));
// A ticket snippet without its translations; snippetTexts() reads those ({"<locale>": {title, content}},
// from /ticket_snippets/{id}/content or linked.text_snippet_content.<id>).
ApiResult<Snippet> snippet(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<QList<Snippet::Text>> snippetTexts(const QJsonValue &value,
                                             const QString &path = QStringLiteral("data"));
ApiResult<TicketLayout> ticketLayout(const QJsonValue &value, qint64 departmentId,
                                     const QString &path = QStringLiteral("data"));
ApiResult<HelpdeskInfo> helpdeskInfo(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<Identity> identity(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<IssuedToken> issuedToken(const QJsonValue &value, const QString &path = QStringLiteral("data"));
ApiResult<UploadedBlob> uploadedBlob(const QJsonValue &value, const QString &path = QStringLiteral("data"));

// Lists: `data` must be an array (an empty {} is taken as empty), every element must map.
template <typename T>
using Mapper = ApiResult<T> (*)(const QJsonValue &, const QString &);

template <typename T>
ApiResult<QList<T>> list(const QJsonValue &data, Mapper<T> map, const QString &path = QStringLiteral("data"));

template <typename T>
ApiResult<Paged<T>> page(const ApiEnvelope &envelope, Mapper<T> map)
{
    ApiResult<QList<T>> items = list(envelope.data, map);
    if (!items)
        return items.error();
    ApiResult<Pagination> where = pagination(envelope.meta);
    if (!where)
        return where.error();
    return Paged<T>{std::move(items).value(), where.value()};
}

// GET /search: the tickets in data.grouped_results (type "ticket").
ApiResult<QList<Ticket>> searchTickets(const QJsonValue &data);
// Badge counts: a map {"<filter id>": n | {count: n}} or a list [{id, count}].
ApiResult<QList<FilterCount>> filterCounts(const QJsonValue &data);
// One filter's count: n, {count: n} or {total: n}.
ApiResult<int> filterCount(const QJsonValue &data);

// POST /batch: {"responses": {"<key>": {"headers": {"status-code": n}, …}}} → per key, the
// sub-response's envelope or its error.
ApiResult<std::map<QString, ApiResult<ApiEnvelope>>> batchResponses(const QByteArray &body);

} // namespace DeskproJson

extern template ApiResult<QList<Ticket>> DeskproJson::list(const QJsonValue &, Mapper<Ticket>,
                                                           const QString &);
extern template ApiResult<QList<Message>> DeskproJson::list(const QJsonValue &, Mapper<Message>,
                                                            const QString &);
extern template ApiResult<QList<Person>> DeskproJson::list(const QJsonValue &, Mapper<Person>,
                                                           const QString &);
extern template ApiResult<QList<Attachment>> DeskproJson::list(const QJsonValue &, Mapper<Attachment>,
                                                               const QString &);
extern template ApiResult<QList<Department>> DeskproJson::list(const QJsonValue &, Mapper<Department>,
                                                               const QString &);
extern template ApiResult<QList<TicketStatus>> DeskproJson::list(const QJsonValue &, Mapper<TicketStatus>,
                                                                 const QString &);
extern template ApiResult<QList<Priority>> DeskproJson::list(const QJsonValue &, Mapper<Priority>,
                                                             const QString &);
extern template ApiResult<QList<Team>> DeskproJson::list(const QJsonValue &, Mapper<Team>, const QString &);
extern template ApiResult<QList<CustomField>> DeskproJson::list(const QJsonValue &, Mapper<CustomField>,
                                                                const QString &);
extern template ApiResult<QList<Snippet>> DeskproJson::list(const QJsonValue &, Mapper<Snippet>,
                                                            const QString &);
extern template ApiResult<QList<TicketFilter>> DeskproJson::list(const QJsonValue &, Mapper<TicketFilter>,
                                                                 const QString &);
