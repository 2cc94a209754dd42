#pragma once

// What the JSON-mapping fuzzer does with one input; shared with tst_json_corpus_replay so that
// every build (g++ included) runs the corpus through the same code.

#include "api/DeskproJson.h"

#include <QByteArray>
#include <QJsonArray>

#include <cstdlib>

namespace JsonMappingTarget {

// A broken promise of the mapping: crash loudly so that the fuzzer keeps the input.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A list maps completely or not at all.
template <typename T>
void checkPage(const ApiEnvelope &envelope, DeskproJson::Mapper<T> map)
{
    const ApiResult<Paged<T>> page = DeskproJson::page<T>(envelope, map);
    if (page && envelope.data.isArray())
        require(page->items.size() == envelope.data.toArray().size());
    if (!page)
        require(!page.error().message.isEmpty());
}

template <typename T>
void checkOne(const QJsonValue &data, DeskproJson::Mapper<T> map)
{
    const ApiResult<T> one = map(data, QStringLiteral("data"));
    if (!one)
        require(one.error().kind == ApiError::Kind::Malformed);
}

inline void run(const QByteArray &input)
{
    const ApiResult<ApiEnvelope> envelope = DeskproJson::envelope(input);
    if (envelope) {
        const ApiEnvelope &e = envelope.value();
        checkPage<Ticket>(e, &DeskproJson::ticket);
        checkPage<Message>(e, &DeskproJson::message);
        checkPage<Person>(e, &DeskproJson::person);
        checkPage<Attachment>(e, &DeskproJson::attachment);
        checkPage<Department>(e, &DeskproJson::department);
        checkPage<Priority>(e, &DeskproJson::priority);
        checkPage<Team>(e, &DeskproJson::team);
        checkPage<CustomField>(e, &DeskproJson::customField);
        checkPage<TicketFilter>(e, &DeskproJson::ticketFilter);
        checkPage<TicketStatus>(e, &DeskproJson::ticketStatus);
        checkOne<Ticket>(e.data, &DeskproJson::ticket);
        checkOne<Message>(e.data, &DeskproJson::message);
        checkOne<Identity>(e.data, &DeskproJson::identity);
        checkOne<IssuedToken>(e.data, &DeskproJson::issuedToken);
        checkOne<UploadedBlob>(e.data, &DeskproJson::uploadedBlob);
        checkOne<HelpdeskInfo>(e.data, &DeskproJson::helpdeskInfo);
        const ApiResult<Ticket> ticket = DeskproJson::ticket(e.data);
        if (ticket)
            require(ticket->id > 0 && !ticket->status.isEmpty());
        (void)DeskproJson::ticketLayout(e.data, 1);
        (void)DeskproJson::searchTickets(e.data);
        (void)DeskproJson::filterCounts(e.data);
        (void)DeskproJson::filterCount(e.data);
    }
    for (const int status : {400, 401, 404, 429, 500}) {
        const ApiError error = DeskproJson::error(status, input);
        require(error.httpStatus == status && !error.message.isEmpty());
    }
    const auto batch = DeskproJson::batchResponses(input);
    if (batch) {
        for (const auto &[key, answer] : batch.value())
            require(!key.isNull() && (answer.ok() || !answer.error().message.isEmpty()));
    }
}

} // namespace JsonMappingTarget
