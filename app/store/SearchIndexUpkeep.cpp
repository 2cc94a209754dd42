#include "store/SearchIndexUpkeep.h"

#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/StoreWriter.h"

QCoro::Task<StoreResult<int>> SearchIndexUpkeep::run(Store &store)
{
    int steps = 0;
    while (steps < maxSteps) {
        // A named lambda: see OutboxRepository::enqueue about GCC 12 and lambda temporaries.
        auto step = [](QSqlDatabase &db) { return SearchIndex(db).mergeStep(blocksPerStep, minSegments); };
        auto merging = store.writer().submit(std::move(step));
        const StoreResult<bool> merged = co_await merging;
        if (!merged)
            co_return StoreResult<int>::failure(merged);
        if (!merged.value())
            break;
        ++steps;
    }
    co_return steps;
}
