#include "DeskproApi.h"

#include <QCoreApplication>

ApiError DeskproApi::appliedButUnreadable(const ApiError &error, int httpStatus)
{
    ApiError out = error;
    out.kind = ApiError::Kind::Ambiguous;
    out.httpStatus = httpStatus;
    out.message = QCoreApplication::translate(
                      "DeskproApi", "The helpdesk accepted the request but its answer could not be read, "
                                    "so Deskhand checks the result before doing anything else. (%1)")
                      .arg(error.message);
    return out;
}

QCoro::Task<ApiResult<Identity>> DeskproApi::me()
{
    co_return co_await run(DeskproCalls::me());
}

QCoro::Task<ApiResult<Paged<Ticket>>> DeskproApi::tickets(TicketQuery query)
{
    co_return co_await run(DeskproCalls::tickets(query));
}

QCoro::Task<ApiResult<Ticket>> DeskproApi::ticket(qint64 id)
{
    co_return co_await run(DeskproCalls::ticket(id));
}

QCoro::Task<ApiResult<Ticket>> DeskproApi::ticketByRef(QString ref)
{
    co_return co_await run(DeskproCalls::ticketByRef(ref));
}

QCoro::Task<ApiResult<Ticket>> DeskproApi::createTicket(QJsonObject ticket)
{
    co_return co_await run(DeskproCalls::createTicket(ticket));
}

QCoro::Task<ApiResult<Done>> DeskproApi::updateTicket(qint64 id, QJsonObject changes)
{
    co_return co_await run(DeskproCalls::updateTicket(id, changes));
}

QCoro::Task<ApiResult<Ticket>> DeskproApi::updateTicketReturning(qint64 id, QJsonObject changes)
{
    co_return co_await run(DeskproCalls::updateTicketReturning(id, changes));
}

QCoro::Task<ApiResult<Paged<Message>>> DeskproApi::messages(qint64 ticketId, int page, int count)
{
    co_return co_await run(DeskproCalls::messages(ticketId, page, count));
}

QCoro::Task<ApiResult<Message>> DeskproApi::message(qint64 ticketId, qint64 messageId)
{
    co_return co_await run(DeskproCalls::message(ticketId, messageId));
}

QCoro::Task<ApiResult<Message>> DeskproApi::reply(qint64 ticketId, QString html, QStringList blobAuths)
{
    co_return co_await run(
        DeskproCalls::postMessage(ticketId, DeskproCalls::replyBody(html, false, blobAuths)));
}

QCoro::Task<ApiResult<Message>> DeskproApi::note(qint64 ticketId, QString html, QStringList blobAuths)
{
    co_return co_await run(
        DeskproCalls::postMessage(ticketId, DeskproCalls::replyBody(html, true, blobAuths)));
}

QCoro::Task<ApiResult<Message>> DeskproApi::postMessage(qint64 ticketId, QJsonObject body)
{
    co_return co_await run(DeskproCalls::postMessage(ticketId, body));
}

QCoro::Task<ApiResult<Paged<Attachment>>> DeskproApi::ticketAttachments(qint64 ticketId, int page, int count)
{
    co_return co_await run(DeskproCalls::ticketAttachments(ticketId, page, count));
}

QCoro::Task<ApiResult<UploadedBlob>> DeskproApi::uploadBlob(QString filename, QString contentType,
                                                            QByteArray bytes)
{
    co_return co_await run(DeskproCalls::uploadBlob(filename, contentType, bytes));
}

QCoro::Task<ApiResult<qint64>> DeskproApi::downloadBlob(QUrl downloadUrl, QIODevice *sink)
{
    co_return co_await m_client->download(downloadUrl, sink);
}

QCoro::Task<ApiResult<Paged<Person>>> DeskproApi::people(int page, int count, QString primaryEmail)
{
    co_return co_await run(DeskproCalls::people(page, count, primaryEmail));
}

QCoro::Task<ApiResult<Person>> DeskproApi::person(qint64 id)
{
    co_return co_await run(DeskproCalls::person(id));
}

QCoro::Task<ApiResult<Paged<Person>>> DeskproApi::agents(int page, int count)
{
    co_return co_await run(DeskproCalls::agents(page, count));
}

QCoro::Task<ApiResult<Paged<Team>>> DeskproApi::agentTeams(int page, int count)
{
    co_return co_await run(DeskproCalls::agentTeams(page, count));
}

QCoro::Task<ApiResult<Paged<Department>>> DeskproApi::departments(int page, int count)
{
    co_return co_await run(DeskproCalls::departments(page, count));
}

QCoro::Task<ApiResult<QList<TicketStatus>>> DeskproApi::ticketStatuses()
{
    co_return co_await run(DeskproCalls::ticketStatuses());
}

QCoro::Task<ApiResult<Paged<Priority>>> DeskproApi::priorities(int page, int count)
{
    co_return co_await run(DeskproCalls::priorities(page, count));
}

QCoro::Task<ApiResult<Paged<CustomField>>> DeskproApi::ticketCustomFields(int page, int count)
{
    co_return co_await run(DeskproCalls::ticketCustomFields(page, count));
}

QCoro::Task<ApiResult<TicketLayout>> DeskproApi::ticketLayout(qint64 departmentId)
{
    co_return co_await run(DeskproCalls::ticketLayout(departmentId));
}

QCoro::Task<ApiResult<Paged<TicketFilter>>> DeskproApi::ticketFilters()
{
    co_return co_await run(DeskproCalls::ticketFilters());
}

QCoro::Task<ApiResult<Paged<Ticket>>> DeskproApi::filterTickets(qint64 filterId, int page, int count)
{
    co_return co_await run(DeskproCalls::filterTickets(filterId, page, count));
}

QCoro::Task<ApiResult<QList<FilterCount>>> DeskproApi::filterCounts()
{
    co_return co_await run(DeskproCalls::filterCounts());
}

QCoro::Task<ApiResult<int>> DeskproApi::filterCount(qint64 filterId)
{
    co_return co_await run(DeskproCalls::filterCount(filterId));
}

QCoro::Task<ApiResult<QList<Ticket>>> DeskproApi::searchTickets(QString text)
{
    co_return co_await run(DeskproCalls::searchTickets(text));
}

QCoro::Task<ApiResult<Batch::Results>> DeskproApi::batch(Batch batch)
{
    const HelpdeskRequest request = batch.request();
    ApiResult<HelpdeskResponse> response = co_await m_client->send(request);
    if (!response)
        co_return response.error();
    using Answers = ApiResult<std::map<QString, ApiResult<ApiEnvelope>>>;
    Answers answers = Answers(std::map<QString, ApiResult<ApiEnvelope>>());
    if (response->body.size() < offThreadBytes) {
        answers = DeskproJson::batchResponses(response->body);
    } else {
        const QByteArray body = response->body;
        QFuture<Answers> reading = QtConcurrent::run([body] { return DeskproJson::batchResponses(body); });
        answers = co_await reading;
    }
    if (!answers) {
        if (!request.repeatable)
            co_return appliedButUnreadable(answers.error(), response->status);
        co_return answers.error();
    }
    co_return Batch::Results(std::move(answers).value());
}

QCoro::Task<ApiResult<IssuedToken>> DeskproApi::requestApiToken(QString email, QString password)
{
    co_return co_await run(DeskproCalls::requestApiToken(email, password));
}

QCoro::Task<ApiResult<IssuedToken>> DeskproApi::redeemDeviceSetup(QString code)
{
    co_return co_await run(DeskproCalls::redeemDeviceSetup(code));
}
