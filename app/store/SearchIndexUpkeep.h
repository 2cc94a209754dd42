#pragma once

#include "store/StoreResult.h"

#include <QCoroTask>

class Store;

// Keeps the full-text index's merges off the agent's writes. FTS4 merges a level whole when a
// write would give it a 17th segment, inside that write: after a sync had left a level of 16
// large segments, the next reply's commit merged 7 MB of index (0.4 s; with 100,000 tickets more).
// After a sync, the levels that have filled up are merged in small steps instead, each its own
// transaction, so other writes go between them.
class SearchIndexUpkeep
{
public:
    // A level with this many segments is merged; FTS4 recommends 8. The full merge comes at 16.
    static constexpr int minSegments = 8;
    // Leaf blocks written per step (a block is a page or less): some tens of milliseconds.
    static constexpr int blocksPerStep = 256;
    // A bound on one run: enough for an index of some GB; the next run goes on.
    static constexpr int maxSteps = 4000;

    // Merges until no level has minSegments segments. How many steps found work.
    static QCoro::Task<StoreResult<int>> run(Store &store);
};
