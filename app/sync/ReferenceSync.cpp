#include "ReferenceSync.h"

#include "api/Batch.h"
#include "api/DeskproApi.h"
#include "api/DeskproCalls.h"
#include "store/ReferenceData.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "store/SyncState.h"

namespace {

// Reads every page of a paged list that a first batch answer started.
template <typename T>
QCoro::Task<ApiResult<QList<T>>> allPages(DeskproApi *api, ApiResult<Paged<T>> first,
                                          std::function<ApiCall<Paged<T>>(int page)> call)
{
    if (!first)
        co_return first.error();
    QList<T> items = first->items;
    Pagination pagination = first->pagination;
    while (pagination.hasNext()) {
        ApiResult<Paged<T>> next = co_await api->run(call(pagination.currentPage + 1));
        if (!next)
            co_return next.error();
        items += next->items;
        pagination = next->pagination;
    }
    co_return items;
}

} // namespace

ReferenceSync::ReferenceSync(DeskproApi *api, Store *store) : m_api(api), m_store(store) {}

QCoro::Task<SyncReport> ReferenceSync::run()
{
    SyncReport report;
    Batch lists;
    const auto departmentsKey = lists.add(DeskproCalls::departments());
    const auto statusesKey = lists.add(DeskproCalls::ticketStatuses());
    const auto prioritiesKey = lists.add(DeskproCalls::priorities());
    const auto fieldsKey = lists.add(DeskproCalls::ticketCustomFields());
    const auto agentsKey = lists.add(DeskproCalls::agents());
    const auto teamsKey = lists.add(DeskproCalls::agentTeams());
    const auto filtersKey = lists.add(DeskproCalls::ticketFilters());
    const auto snippetsKey = lists.add(DeskproCalls::ticketSnippets());
    ApiResult<Batch::Results> answers = co_await m_api->batch(lists);
    if (!answers) {
        report.error = answers.error();
        co_return report;
    }

    // Each list's first page came in the batch; longer lists are read to their end. (Arguments
    // are named locals: GCC 12 mishandles temporaries inside co_await.)
    auto departmentsFirst = answers->get(departmentsKey);
    std::function<ApiCall<Paged<Department>>(int)> departmentsPage = [](int page) {
        return DeskproCalls::departments(page);
    };
    auto departments = co_await allPages<Department>(m_api, departmentsFirst, departmentsPage);
    auto prioritiesFirst = answers->get(prioritiesKey);
    std::function<ApiCall<Paged<Priority>>(int)> prioritiesPage = [](int page) {
        return DeskproCalls::priorities(page);
    };
    auto priorities = co_await allPages<Priority>(m_api, prioritiesFirst, prioritiesPage);
    auto fieldsFirst = answers->get(fieldsKey);
    std::function<ApiCall<Paged<CustomField>>(int)> fieldsPage = [](int page) {
        return DeskproCalls::ticketCustomFields(page);
    };
    auto fields = co_await allPages<CustomField>(m_api, fieldsFirst, fieldsPage);
    auto agentsFirst = answers->get(agentsKey);
    std::function<ApiCall<Paged<Person>>(int)> agentsPage = [](int page) {
        return DeskproCalls::agents(page);
    };
    auto agents = co_await allPages<Person>(m_api, agentsFirst, agentsPage);
    auto teamsFirst = answers->get(teamsKey);
    std::function<ApiCall<Paged<Team>>(int)> teamsPage = [](int page) {
        return DeskproCalls::agentTeams(page);
    };
    auto teams = co_await allPages<Team>(m_api, teamsFirst, teamsPage);
    auto filtersFirst = answers->get(filtersKey);
    std::function<ApiCall<Paged<TicketFilter>>(int)> filtersPage = [](int page) {
        return DeskproCalls::ticketFilters(page);
    };
    auto filters = co_await allPages<TicketFilter>(m_api, filtersFirst, filtersPage);
    auto snippetsFirst = answers->get(snippetsKey);
    std::function<ApiCall<Paged<Snippet>>(int)> snippetsPage = [](int page) {
        return DeskproCalls::ticketSnippets(page);
    };
    auto snippets = co_await allPages<Snippet>(m_api, snippetsFirst, snippetsPage);
    // A helpdesk without snippets, or an agent not allowed them, has none: not an error.
    QList<Snippet> offered;
    if (snippets) {
        for (const Snippet &snippet : snippets.value()) {
            if (!snippet.isDraft)
                offered << snippet;
        }
    } else if (snippets.error().kind != ApiError::Kind::NotFound &&
               snippets.error().kind != ApiError::Kind::Forbidden) {
        report.error = snippets.error();
        co_return report;
    }
    const ApiResult<QList<TicketStatus>> statuses = answers->get(statusesKey);
    for (const ApiError *error :
         {departments ? nullptr : &departments.error(), priorities ? nullptr : &priorities.error(),
          fields ? nullptr : &fields.error(), agents ? nullptr : &agents.error(),
          teams ? nullptr : &teams.error(), filters ? nullptr : &filters.error(),
          statuses ? nullptr : &statuses.error()}) {
        if (error) {
            report.error = *error;
            co_return report;
        }
    }

    // Layouts are per department: a second batch, once the departments are known.
    QList<TicketLayout> layouts;
    if (!departments->isEmpty()) {
        Batch layoutBatch;
        QList<Batch::Key<TicketLayout>> layoutKeys;
        for (const Department &department : departments.value())
            layoutKeys.append(layoutBatch.add(DeskproCalls::ticketLayout(department.id)));
        ApiResult<Batch::Results> layoutAnswers = co_await m_api->batch(layoutBatch);
        if (!layoutAnswers) {
            report.error = layoutAnswers.error();
            co_return report;
        }
        for (const auto &key : layoutKeys) {
            ApiResult<TicketLayout> layout = layoutAnswers->get(key);
            // A department without a layout of its own is normal: it uses the default form.
            if (layout)
                layouts.append(layout.value());
            else if (layout.error().kind != ApiError::Kind::NotFound) {
                report.error = layout.error();
                co_return report;
            }
        }
    }

    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice.
    auto save = [departments = departments.value(), statuses = statuses.value(),
                 priorities = priorities.value(), fields = fields.value(), agents = agents.value(),
                 teams = teams.value(), filters = filters.value(), layouts,
                 offered](QSqlDatabase &db) -> StoreResult<> {
        ReferenceData reference(db);
        StoreResult<> done = reference.replaceDepartments(departments);
        if (done)
            done = reference.replaceStatuses(statuses);
        if (done)
            done = reference.replacePriorities(priorities);
        if (done)
            done = reference.replaceCustomFields(fields);
        if (done)
            done = reference.upsertPeople(agents);
        if (done)
            done = reference.replaceTeams(teams);
        if (done)
            done = reference.replaceFilters(filters);
        if (done)
            done = reference.replaceLayouts(layouts);
        if (done)
            done = reference.replaceSnippets(offered);
        if (!done)
            return done;
        SyncProgress progress;
        progress.scope = QStringLiteral("reference");
        progress.complete = true;
        return SyncState(db).save(progress);
    };
    const StoreResult<> written = co_await m_store->writer().write(std::move(save));
    if (!written)
        report.storeError = written.error();
    co_return report;
}
