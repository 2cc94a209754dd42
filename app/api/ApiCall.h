#pragma once

#include "api/ApiEnvelope.h"
#include "api/ApiResult.h"
#include "api/HelpdeskRequest.h"

#include <functional>

// One endpoint call as data: the request, and how to read its answer. DeskproApi sends it
// alone; a Batch sends several in one POST /batch and reads each answer the same way.
template <typename T>
struct ApiCall
{
    HelpdeskRequest request;
    std::function<ApiResult<T>(const ApiEnvelope &)> read;
};
