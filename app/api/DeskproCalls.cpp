#include "DeskproCalls.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace {

using Query = QList<QPair<QString, QString>>;

QString number(qint64 n)
{
    return QString::number(n);
}

Query paging(int page, int count)
{
    return {{QStringLiteral("page"), number(std::max(1, page))},
            {QStringLiteral("count"), number(std::clamp(count, 1, 200))}};
}

template <typename T>
ApiCall<T> call(HelpdeskRequest request, std::function<ApiResult<T>(const ApiEnvelope &)> read)
{
    return ApiCall<T>{std::move(request), std::move(read)};
}

// The answer's data as one object of T.
template <typename T>
std::function<ApiResult<T>(const ApiEnvelope &)> one(DeskproJson::Mapper<T> map)
{
    return [map](const ApiEnvelope &envelope) -> ApiResult<T> {
        if (!envelope.hasBody)
            return DeskproJson::malformed(QStringLiteral("an empty answer where data was expected"));
        return map(envelope.data, QStringLiteral("data"));
    };
}

template <typename T>
std::function<ApiResult<Paged<T>>(const ApiEnvelope &)> paged(DeskproJson::Mapper<T> map)
{
    return [map](const ApiEnvelope &envelope) -> ApiResult<Paged<T>> {
        if (!envelope.hasBody)
            return DeskproJson::malformed(QStringLiteral("an empty answer where a list was expected"));
        return DeskproJson::page<T>(envelope, map);
    };
}

QString ticketPath(qint64 id)
{
    return QStringLiteral("tickets/") + number(id);
}

} // namespace

namespace DeskproCalls {

ApiCall<Identity> me()
{
    return call<Identity>(HelpdeskRequest::get(QStringLiteral("me")), one<Identity>(&DeskproJson::identity));
}

ApiCall<Paged<Ticket>> tickets(const TicketQuery &query)
{
    return call<Paged<Ticket>>(HelpdeskRequest::get(QStringLiteral("tickets"), query.toQuery()),
                               paged<Ticket>(&DeskproJson::ticket));
}

ApiCall<Ticket> ticket(qint64 id)
{
    return call<Ticket>(HelpdeskRequest::get(ticketPath(id)), one<Ticket>(&DeskproJson::ticket));
}

ApiCall<Ticket> ticketByRef(const QString &ref)
{
    // Encoded here: a ref is the agent's input and must stay one path segment.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(ref.trimmed()));
    return call<Ticket>(HelpdeskRequest::get(QStringLiteral("tickets/ref:") + encoded),
                        one<Ticket>(&DeskproJson::ticket));
}

ApiCall<Ticket> createTicket(const QJsonObject &ticket)
{
    HelpdeskRequest request = HelpdeskRequest::send("POST", QStringLiteral("tickets"), ticket);
    request.query = {{QStringLiteral("follow_location"), QStringLiteral("1")}};
    return call<Ticket>(request, one<Ticket>(&DeskproJson::ticket));
}

ApiCall<Done> updateTicket(qint64 id, const QJsonObject &changes)
{
    return call<Done>(HelpdeskRequest::send("PUT", ticketPath(id), changes),
                      [](const ApiEnvelope &) -> ApiResult<Done> { return Done(); });
}

ApiCall<Ticket> updateTicketReturning(qint64 id, const QJsonObject &changes)
{
    HelpdeskRequest request = HelpdeskRequest::send("PUT", ticketPath(id), changes);
    request.query = {{QStringLiteral("follow_location"), QStringLiteral("1")}};
    return call<Ticket>(request, one<Ticket>(&DeskproJson::ticket));
}

ApiCall<Paged<Message>> messages(qint64 ticketId, int page, int count, const QString &orderDir)
{
    Query query = paging(page, count);
    if (!orderDir.isEmpty())
        query.append({QStringLiteral("order_dir"), orderDir});
    return call<Paged<Message>>(
        HelpdeskRequest::get(ticketPath(ticketId) + QStringLiteral("/messages"), query),
        paged<Message>(&DeskproJson::message));
}

ApiCall<Message> message(qint64 ticketId, qint64 messageId)
{
    return call<Message>(
        HelpdeskRequest::get(ticketPath(ticketId) + QStringLiteral("/messages/") + number(messageId)),
        one<Message>(&DeskproJson::message));
}

ApiCall<Message> postMessage(qint64 ticketId, const QJsonObject &body)
{
    return call<Message>(
        HelpdeskRequest::send("POST", ticketPath(ticketId) + QStringLiteral("/messages"), body),
        one<Message>(&DeskproJson::message));
}

QJsonObject replyBody(const QString &html, bool isNote, const QStringList &blobAuths, const QString &status)
{
    QJsonObject body{{QStringLiteral("message"), html}, {QStringLiteral("format"), QStringLiteral("html")}};
    if (isNote)
        body.insert(QStringLiteral("is_note"), true);
    if (!blobAuths.isEmpty()) {
        QJsonArray attachments;
        for (const QString &auth : blobAuths)
            attachments.append(QJsonObject{{QStringLiteral("blob_auth"), auth}});
        body.insert(QStringLiteral("attachments"), attachments);
    }
    if (!status.isEmpty())
        body.insert(QStringLiteral("status"), status);
    return body;
}

ApiCall<Paged<Attachment>> ticketAttachments(qint64 ticketId, int page, int count)
{
    return call<Paged<Attachment>>(
        HelpdeskRequest::get(ticketPath(ticketId) + QStringLiteral("/attachments"), paging(page, count)),
        paged<Attachment>(&DeskproJson::attachment));
}

ApiCall<Paged<Attachment>> messageAttachments(qint64 ticketId, qint64 messageId)
{
    return call<Paged<Attachment>>(HelpdeskRequest::get(ticketPath(ticketId) + QStringLiteral("/messages/") +
                                                            number(messageId) +
                                                            QStringLiteral("/attachments"),
                                                        paging(1, 200)),
                                   paged<Attachment>(&DeskproJson::attachment));
}

ApiCall<UploadedBlob> uploadBlob(const QString &filename, const QString &contentType, const QByteArray &bytes)
{
    const QByteArray boundary = "deskhand-" +
                                QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
                                QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    // A file name is the agent's: quotes and line breaks would break out of the header.
    QString safeName = filename;
    safeName.replace(u'"', u'\'').remove(u'\r').remove(u'\n');
    if (safeName.isEmpty())
        safeName = QStringLiteral("file");
    const QByteArray type =
        contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType.toLatin1();

    HelpdeskRequest request;
    request.method = "POST";
    request.endpoint = QStringLiteral("blobs/temp");
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                   safeName.toUtf8() + "\"\r\nContent-Type: " + type + "\r\n\r\n" + bytes + "\r\n--" +
                   boundary + "--\r\n";
    // An orphaned temporary blob costs nothing: uploading again is safe.
    request.repeatable = true;
    return call<UploadedBlob>(request, one<UploadedBlob>(&DeskproJson::uploadedBlob));
}

ApiCall<Paged<Person>> people(int page, int count, const QString &primaryEmail, const QList<qint64> &ids)
{
    Query query = paging(page, count);
    if (!primaryEmail.isEmpty())
        query.append({QStringLiteral("primary_email"), primaryEmail});
    if (!ids.isEmpty()) {
        QStringList list;
        for (const qint64 id : ids)
            list << number(id);
        query.append({QStringLiteral("ids"), list.join(u',')});
    }
    return call<Paged<Person>>(HelpdeskRequest::get(QStringLiteral("people"), query),
                               paged<Person>(&DeskproJson::person));
}

ApiCall<Person> person(qint64 id)
{
    return call<Person>(HelpdeskRequest::get(QStringLiteral("people/") + number(id)),
                        one<Person>(&DeskproJson::person));
}

ApiCall<Paged<Person>> agents(int page, int count)
{
    return call<Paged<Person>>(HelpdeskRequest::get(QStringLiteral("agents"), paging(page, count)),
                               paged<Person>(&DeskproJson::person));
}

ApiCall<Paged<Team>> agentTeams(int page, int count)
{
    return call<Paged<Team>>(HelpdeskRequest::get(QStringLiteral("agent_teams"), paging(page, count)),
                             paged<Team>(&DeskproJson::team));
}

ApiCall<Paged<Department>> departments(int page, int count)
{
    return call<Paged<Department>>(
        HelpdeskRequest::get(QStringLiteral("ticket_departments"), paging(page, count)),
        paged<Department>(&DeskproJson::department));
}

ApiCall<QList<TicketStatus>> ticketStatuses()
{
    return call<QList<TicketStatus>>(HelpdeskRequest::get(QStringLiteral("ticket_statuses")),
                                     [](const ApiEnvelope &envelope) -> ApiResult<QList<TicketStatus>> {
                                         return DeskproJson::list<TicketStatus>(envelope.data,
                                                                                &DeskproJson::ticketStatus);
                                     });
}

ApiCall<Paged<Priority>> priorities(int page, int count)
{
    return call<Paged<Priority>>(
        HelpdeskRequest::get(QStringLiteral("ticket_priorities"), paging(page, count)),
        paged<Priority>(&DeskproJson::priority));
}

ApiCall<Paged<CustomField>> ticketCustomFields(int page, int count)
{
    return call<Paged<CustomField>>(
        HelpdeskRequest::get(QStringLiteral("ticket_custom_fields"), paging(page, count)),
        paged<CustomField>(&DeskproJson::customField));
}

ApiCall<TicketLayout> ticketLayout(qint64 departmentId)
{
    return call<TicketLayout>(
        HelpdeskRequest::get(QStringLiteral("ticket_layouts/agent/") + number(departmentId)),
        [departmentId](const ApiEnvelope &envelope) {
            return DeskproJson::ticketLayout(envelope.data, departmentId);
        });
}

ApiCall<Paged<Snippet>> ticketSnippets(int page, int count)
{
    Query query = paging(page, count);
    query.append({QStringLiteral("include"), QStringLiteral("text_snippet_content")});
    return call<Paged<Snippet>>(
        HelpdeskRequest::get(QStringLiteral("ticket_snippets"), query),
        [](const ApiEnvelope &envelope) -> ApiResult<Paged<Snippet>> {
            if (!envelope.hasBody)
                return DeskproJson::malformed(QStringLiteral("an empty answer where a list was expected"));
            ApiResult<Paged<Snippet>> mapped = DeskproJson::page<Snippet>(envelope, &DeskproJson::snippet);
            if (!mapped)
                return mapped;
            Paged<Snippet> snippets = std::move(mapped).value();
            const QJsonObject contents =
                envelope.linked.value(QLatin1String("text_snippet_content")).toObject();
            for (Snippet &snippet : snippets.items) {
                const QString key = number(snippet.id);
                if (!contents.contains(key))
                    continue;
                ApiResult<QList<Snippet::Text>> texts = DeskproJson::snippetTexts(
                    contents.value(key), QStringLiteral("linked.text_snippet_content.") + key);
                if (!texts)
                    return texts.error();
                snippet.texts = texts.value();
            }
            return snippets;
        });
}

ApiCall<Paged<TicketFilter>> ticketFilters(int page, int count)
{
    return call<Paged<TicketFilter>>(
        HelpdeskRequest::get(QStringLiteral("ticket_filters"), paging(page, count)),
        paged<TicketFilter>(&DeskproJson::ticketFilter));
}

ApiCall<Paged<Ticket>> filterTickets(qint64 filterId, int page, int count, const QString &orderBy,
                                     const QString &orderDir)
{
    Query query = paging(page, count);
    if (!orderBy.isEmpty())
        query.append({QStringLiteral("order_by"), orderBy});
    if (!orderDir.isEmpty())
        query.append({QStringLiteral("order_dir"), orderDir});
    return call<Paged<Ticket>>(HelpdeskRequest::get(QStringLiteral("ticket_filters/") + number(filterId) +
                                                        QStringLiteral("/tickets"),
                                                    query),
                               paged<Ticket>(&DeskproJson::ticket));
}

ApiCall<QList<FilterCount>> filterCounts()
{
    return call<QList<FilterCount>>(
        HelpdeskRequest::get(QStringLiteral("ticket_filters_counts")),
        [](const ApiEnvelope &envelope) { return DeskproJson::filterCounts(envelope.data); });
}

ApiCall<int> filterCount(qint64 filterId)
{
    return call<int>(
        HelpdeskRequest::get(QStringLiteral("ticket_filters/") + number(filterId) + QStringLiteral("/count")),
        [](const ApiEnvelope &envelope) { return DeskproJson::filterCount(envelope.data); });
}

ApiCall<QList<Ticket>> searchTickets(const QString &text)
{
    return call<QList<Ticket>>(
        HelpdeskRequest::get(QStringLiteral("search"), {{QStringLiteral("q"), text},
                                                        {QStringLiteral("types"), QStringLiteral("ticket")}}),
        [](const ApiEnvelope &envelope) { return DeskproJson::searchTickets(envelope.data); });
}

ApiCall<IssuedToken> requestApiToken(const QString &email, const QString &password)
{
    HelpdeskRequest request =
        HelpdeskRequest::send("POST", QStringLiteral("api_tokens"),
                              {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    request.authenticated = false;
    // A second token for the same login is harmless; a lost answer is worth one more try.
    request.repeatable = true;
    return call<IssuedToken>(request, one<IssuedToken>(&DeskproJson::issuedToken));
}

ApiCall<IssuedToken> redeemDeviceSetup(const QString &code)
{
    HelpdeskRequest request =
        HelpdeskRequest::get(QStringLiteral("api_tokens/device_setup/") +
                             QString::fromLatin1(QUrl::toPercentEncoding(code.trimmed())));
    request.authenticated = false;
    // Single use: sent again after a lost answer, the code would already be spent.
    request.repeatable = false;
    return call<IssuedToken>(request, one<IssuedToken>(&DeskproJson::issuedToken));
}

ApiCall<HelpdeskInfo> discover()
{
    HelpdeskRequest request = HelpdeskRequest::get(QStringLiteral("helpdesk/discover"));
    request.authenticated = false;
    return call<HelpdeskInfo>(request, one<HelpdeskInfo>(&DeskproJson::helpdeskInfo));
}

} // namespace DeskproCalls
