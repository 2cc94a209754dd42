#pragma once

#include "api/ApiCredentials.h"
#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <QCoroTask>

// What a HelpdeskClient consults for credentials that can be renewed (an OAuth access token):
// before an authenticated request, and after the helpdesk refused one with 401. A 401 means the
// helpdesk refused the request before handling it, so the client sends it once more (a POST
// too, again with a body that Qt cannot send twice) with what afterRefusal() gives.
class CredentialRenewal
{
public:
    virtual ~CredentialRenewal() = default;

    // The credentials to sign the next request with: the current ones, or new ones when they
    // are about to expire. An error (sign in again, the keychain is locked) is given back to the
    // caller instead of sending the request.
    virtual QCoro::Task<ApiResult<ApiCredentials>> beforeRequest() = 0;
    // The helpdesk answered `refused` with 401 (`error`): credentials to try once more with, or
    // the error to give back to the caller.
    virtual QCoro::Task<ApiResult<ApiCredentials>> afterRefusal(ApiCredentials refused, ApiError error) = 0;
};
