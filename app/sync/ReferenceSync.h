#pragma once

#include "sync/SyncReport.h"

#include <QCoroTask>

class DeskproApi;
class Store;

// Pulls the helpdesk's reference data (departments, statuses, priorities, custom fields,
// ticket layouts, agents, teams, filters) into the store: one /batch for the lists, one for
// the layouts, and one write transaction for all of it, so the store never holds half a set.
class ReferenceSync
{
public:
    ReferenceSync(DeskproApi *api, Store *store);

    QCoro::Task<SyncReport> run();

private:
    DeskproApi *m_api;
    Store *m_store;
};
