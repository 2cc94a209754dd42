#pragma once

#include "ApiReply.h"
#include "HttpRequest.h"

#include <QString>

class Credentials;
class FaultPlan;
class OAuthServer;
class RequestLog;

// /_sandbox: the test harness's controls, behind the admin key (401 without a valid key, 403
// with the agent key). Never subject to faults and never in the request log.
//   GET|PUT|DELETE /_sandbox/faults     the fault plan
//   GET|DELETE     /_sandbox/requests   the request log (GET ?since=<seq>)
//   GET|PUT        /_sandbox/oauth      token lifetimes
//   POST           /_sandbox/oauth/expire  OAuth tokens issued so far expire now
class SandboxControl
{
public:
    SandboxControl(Credentials *credentials, FaultPlan *faults, RequestLog *log, OAuthServer *oauth);

    ApiReply handle(const HttpRequest &request, const QString &path);

private:
    ApiReply faults(const HttpRequest &request);
    ApiReply requests(const HttpRequest &request);
    ApiReply oauth(const HttpRequest &request);
    ApiReply expireOAuth(const HttpRequest &request);
    QJsonObject oauthSettings() const;

    Credentials *m_credentials;
    FaultPlan *m_faults;
    RequestLog *m_log;
    OAuthServer *m_oauth;
};
