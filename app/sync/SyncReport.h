#pragma once

#include "api/ApiError.h"

#include <optional>

// How a sync run ended: what it brought in, and the error that stopped it, if any. A stopped
// sync has committed everything before the error and resumes from there next time.
struct SyncReport
{
    int tickets = 0;  // tickets written
    int messages = 0; // messages written
    int removed = 0;  // tickets gone from the helpdesk (deleted, or no longer permitted)
    std::optional<ApiError> error;
    QString storeError; // a write that failed; translated

    bool ok() const { return !error && storeError.isEmpty(); }
};
