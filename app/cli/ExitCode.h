#pragma once

// deskhand-cli's exit codes, documented in --help; scripts rely on them.
enum class ExitCode {
    Done = 0,
    OtherError = 1,
    Usage = 2,
    QueuedOffline = 3,     // accepted and kept; sent when the helpdesk is reachable
    CredentialsNeeded = 4, // sign in again, or the keychain is unavailable
    ConflictHeld = 5,      // the ticket changed; held for the agent to decide
};
