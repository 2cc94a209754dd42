#pragma once

#include "BenchContext.h"

#include <QCoroTask>

// One repetition of each benchmark; each prints its figures as JSON lines (BenchContext::report)
// and gives the process's exit code.
namespace Benchmarks {

// The account holding the whole helpdesk in context.largeHome, synced once and then cached.
QCoro::Task<int> prepareLarge(BenchContext context);
// sync_vs_fetch_floor and store_vs_raw_insert: a first sync of the pending tickets (10,000 of
// 100,000) into a new account in <work>/sync-home, which outbox() then uses.
QCoro::Task<int> sync(BenchContext context);
// outbox_drain_vs_floor: 500 replies queued and drained in the account sync() left.
QCoro::Task<int> outbox(BenchContext context);
// search_p95_ms over the large account.
QCoro::Task<int> search(BenchContext context);
// start_vs_hello_window: deskhand on the large account against deskhand-bench-hello.
QCoro::Task<int> start(BenchContext context);
// stall_p99_ms, stall_max_ms: a timer probe while a sync runs with the window open.
QCoro::Task<int> stall(BenchContext context);
// scroll_peak_rss_mb: the large account's whole list scrolled in the window.
QCoro::Task<int> scroll(BenchContext context);

} // namespace Benchmarks
