#pragma once

#include <QString>

#include <chrono>

// What one pass of the outbox sender did, for `deskhand-cli outbox send`, `reply` and the GUI's
// status line. Counts of this pass except `pending` and `held`, which describe the outbox after it.
struct OutboxSummary
{
    int sent = 0;
    int failed = 0;       // refused by the helpdesk (400): the agent edits or discards
    int conflicts = 0;    // the ticket changed: held for the agent
    int pending = 0;      // still waiting (offline, rate limited, maintenance, outcome being checked)
    int held = 0;         // Failed or Conflict items waiting for the agent, this pass's and older ones
    bool offline = false; // the helpdesk could not be reached or asked to wait
    bool credentialsNeeded = false;           // 401: sending stopped until the agent signs in again
    std::chrono::milliseconds retryAfter{-1}; // the longest wait the helpdesk asked for; -1: none
    QString lastError;                        // translated, one line, for the CLI's stderr

    bool allSent() const { return pending == 0 && held == 0 && !credentialsNeeded; }
};
