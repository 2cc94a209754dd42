#pragma once

#include "secrets/KeychainResult.h"

#include <QFuture>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// The thread every QtKeychain job of the process runs on: one worker with an event loop of its
// own, started on first use and stopped with the application. The UI thread never waits for the
// keychain: on Linux the Secret Service's D-Bus round trips (and its connection, the first time)
// run there, not in the UI thread's event loop; on macOS and Windows the keychain calls, which
// block, block that thread. It also lets the window be built while the account's secrets are read.
//
// QtKeychain runs one job at a time (its executor is not thread-safe): every job of the process
// must be made here, never on another thread.
class KeychainThread
{
public:
    // Makes a job with `make` on the keychain thread, starts it and, once it has finished, turns
    // it into the answer with `answer` (also on that thread; the job is deleted after). Without
    // an answer by `timeout`, the future holds nothing and the job is left to delete itself
    // whenever it finishes. Callable from any thread.
    static QFuture<std::optional<KeychainResult>> run(std::function<QKeychain::Job *()> make,
                                                      std::function<KeychainResult(QKeychain::Job &)> answer,
                                                      std::chrono::milliseconds timeout);
};
