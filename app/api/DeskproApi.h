#pragma once

#include "api/Batch.h"
#include "api/DeskproCalls.h"
#include "api/HelpdeskClient.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QtConcurrent/QtConcurrentRun>

class QIODevice;

// Deskpro API v2 for one account: one coroutine per endpoint, each giving the mapped value or
// a typed ApiError. The requests and mappings are DeskproCalls'; this sends them.
class DeskproApi
{
public:
    explicit DeskproApi(HelpdeskClient *client) : m_client(client) {}

    HelpdeskClient *client() const { return m_client; }

    // Sends any call; the endpoint functions below are this with a DeskproCalls call.
    template <typename T>
    QCoro::Task<ApiResult<T>> run(ApiCall<T> call);

    QCoro::Task<ApiResult<Identity>> me();

    QCoro::Task<ApiResult<Paged<Ticket>>> tickets(TicketQuery query);
    QCoro::Task<ApiResult<Ticket>> ticket(qint64 id);
    QCoro::Task<ApiResult<Ticket>> ticketByRef(QString ref);
    QCoro::Task<ApiResult<Ticket>> createTicket(QJsonObject ticket);
    QCoro::Task<ApiResult<Done>> updateTicket(qint64 id, QJsonObject changes);
    QCoro::Task<ApiResult<Ticket>> updateTicketReturning(qint64 id, QJsonObject changes);

    QCoro::Task<ApiResult<Paged<Message>>> messages(qint64 ticketId, int page = 1, int count = 200);
    QCoro::Task<ApiResult<Message>> message(qint64 ticketId, qint64 messageId);
    QCoro::Task<ApiResult<Message>> reply(qint64 ticketId, QString html, QStringList blobAuths = {});
    QCoro::Task<ApiResult<Message>> note(qint64 ticketId, QString html, QStringList blobAuths = {});
    QCoro::Task<ApiResult<Message>> postMessage(qint64 ticketId, QJsonObject body);

    QCoro::Task<ApiResult<Paged<Attachment>>> ticketAttachments(qint64 ticketId, int page = 1,
                                                                int count = 200);
    QCoro::Task<ApiResult<UploadedBlob>> uploadBlob(QString filename, QString contentType, QByteArray bytes);
    // Streams an attachment into `sink` (capped by the client's maxDownloadBytes).
    QCoro::Task<ApiResult<qint64>> downloadBlob(QUrl downloadUrl, QIODevice *sink);

    QCoro::Task<ApiResult<Paged<Person>>> people(int page = 1, int count = 200, QString primaryEmail = {});
    QCoro::Task<ApiResult<Person>> person(qint64 id);
    QCoro::Task<ApiResult<Paged<Person>>> agents(int page = 1, int count = 200);
    QCoro::Task<ApiResult<Paged<Team>>> agentTeams(int page = 1, int count = 200);
    QCoro::Task<ApiResult<Paged<Department>>> departments(int page = 1, int count = 200);
    QCoro::Task<ApiResult<QList<TicketStatus>>> ticketStatuses();
    QCoro::Task<ApiResult<Paged<Priority>>> priorities(int page = 1, int count = 200);
    QCoro::Task<ApiResult<Paged<CustomField>>> ticketCustomFields(int page = 1, int count = 200);
    QCoro::Task<ApiResult<TicketLayout>> ticketLayout(qint64 departmentId);

    QCoro::Task<ApiResult<Paged<TicketFilter>>> ticketFilters();
    QCoro::Task<ApiResult<Paged<Ticket>>> filterTickets(qint64 filterId, int page = 1, int count = 50);
    QCoro::Task<ApiResult<QList<FilterCount>>> filterCounts();
    QCoro::Task<ApiResult<int>> filterCount(qint64 filterId);

    QCoro::Task<ApiResult<QList<Ticket>>> searchTickets(QString text);

    // The answers of every call in `batch`, read back with Batch::Results::get(key).
    QCoro::Task<ApiResult<Batch::Results>> batch(Batch batch);

    QCoro::Task<ApiResult<IssuedToken>> requestApiToken(QString email, QString password);
    QCoro::Task<ApiResult<IssuedToken>> redeemDeviceSetup(QString code);

    // How an answer to `request` reads as T. A POST/PUT whose success answer cannot be read
    // was applied with an unknown result: Ambiguous, so that the outbox checks before resending.
    template <typename T>
    static ApiResult<T> read(const HelpdeskRequest &request, const HelpdeskResponse &response,
                             const std::function<ApiResult<T>(const ApiEnvelope &)> &readEnvelope);

    // Answers this large are read on a pool thread, so that the thread that asked (the UI's)
    // keeps turning while hundreds of tickets or messages are parsed.
    static constexpr qsizetype offThreadBytes = 32 * 1024;

private:
    static ApiError appliedButUnreadable(const ApiError &error, int httpStatus);

    HelpdeskClient *m_client;
};

template <typename T>
ApiResult<T> DeskproApi::read(const HelpdeskRequest &request, const HelpdeskResponse &response,
                              const std::function<ApiResult<T>(const ApiEnvelope &)> &readEnvelope)
{
    ApiResult<ApiEnvelope> envelope = DeskproJson::envelope(response.body);
    if (!envelope) {
        if (!request.repeatable)
            return appliedButUnreadable(envelope.error(), response.status);
        return envelope.error();
    }
    ApiResult<T> value = readEnvelope(envelope.value());
    if (!value && !request.repeatable && value.error().kind == ApiError::Kind::Malformed)
        return appliedButUnreadable(value.error(), response.status);
    return value;
}

template <typename T>
QCoro::Task<ApiResult<T>> DeskproApi::run(ApiCall<T> call)
{
    ApiResult<HelpdeskResponse> response = co_await m_client->send(call.request);
    if (!response)
        co_return response.error();
    if (response->body.size() < offThreadBytes)
        co_return read<T>(call.request, response.value(), call.read);
    // Reading is pure (JSON in, values out): everything it needs is copied into the job.
    const auto job = [request = call.request, answer = response.value(), reader = call.read] {
        return read<T>(request, answer, reader);
    };
    QFuture<ApiResult<T>> reading = QtConcurrent::run(job);
    co_return co_await reading;
}
