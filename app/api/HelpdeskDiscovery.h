#pragma once

#include "api/HelpdeskAddress.h"
#include "domain/HelpdeskInfo.h"

#include <QCoroTask>

class QNetworkAccessManager;

// Asks a helpdesk what it is (GET /api/v2/helpdesk/discover, no credentials) and turns every
// way that can fail into a reason the agent can act on.
class HelpdeskDiscovery
{
public:
    enum class Failure {
        None,
        NotADeskpro, // answered, but not as a Deskpro helpdesk does
        Unreachable, // no route, refused, unknown host
        TlsProblem,  // the certificate or the TLS handshake was refused
        ProxyNeeded, // the proxy refused or wants credentials
        TimedOut,
    };

    struct Result
    {
        HelpdeskInfo info;
        Failure failure = Failure::None;
        QString message; // translated, for the agent; empty on success
        bool ok() const { return failure == Failure::None; }
    };

    explicit HelpdeskDiscovery(QNetworkAccessManager *network);

    QCoro::Task<Result> discover(HelpdeskAddress address);

private:
    QNetworkAccessManager *m_network;
};
