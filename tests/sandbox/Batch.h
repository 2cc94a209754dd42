#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <functional>

// Deskpro's /batch: several API requests in one, run in order with the caller's identity.
//   POST /batch {"requests": {"<key>": {"method", "url", "payload"} | "<url>"}}
//   GET  /batch?get[<key>]=<url>
// → 200 {"responses": {"<key>": {"headers": {"status-code", "content-type"}, data, meta,
// linked}}}; a failed sub-request carries headers plus status, code, message and errors.
class Batch
{
public:
    // Runs one sub-request: `request` has method, path (below /api/v2), query, body and the
    // caller's identity filled in.
    using Dispatch = std::function<ApiReply(const ApiRequest &request)>;

    explicit Batch(Dispatch dispatch);

    ApiReply run(const ApiRequest &batchRequest) const;

    static constexpr int MaxRequests = 50;

private:
    QJsonObject runOne(const ApiRequest &batchRequest, const QString &method, const QString &url,
                       const QJsonValue &payload) const;

    Dispatch m_dispatch;
};
