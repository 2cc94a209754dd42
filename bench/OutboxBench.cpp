// outbox_drain_vs_floor: 500 queued replies sent by the outbox, against the same POSTs sent bare.

#include "Benchmarks.h"
#include "FloorFetcher.h"
#include "SandboxLog.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "api/DeskproCalls.h"
#include "store/Store.h"
#include "store/StoreQuery.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <ctime>

namespace Benchmarks {

QCoro::Task<int> outbox(BenchContext context)
{
    const int replies = context.quick ? 100 : 500;
    AccountRegistry registry(QDir(context.work).filePath(QStringLiteral("sync-home")));
    const std::optional<AccountInfo> info = registry.find(QStringLiteral("bench"));
    if (!info) {
        BenchContext::note(QStringLiteral("outbox needs the account the sync benchmark leaves"));
        co_return 1;
    }
    Account::Opening opening = co_await Account::open(*info, registry);
    if (!opening.account) {
        BenchContext::note(opening.message);
        co_return 1;
    }
    Account &account = *opening.account;

    QList<qint64> tickets;
    StoreQuery query(account.store()->reader().value(),
                     QStringLiteral("SELECT id FROM tickets WHERE id > 0 ORDER BY id LIMIT ?"));
    query.bind(replies);
    if (query.exec())
        while (query.next())
            tickets.append(query.value(0).toLongLong());
    if (tickets.isEmpty())
        co_return 1;

    // Replies keep their tickets pending (the sync benchmark's set stays the same run to run).
    Outbox outbox(*account.store(), *account.api());
    outbox.setAgentPersonId(account.info().personId);
    QHash<QByteArray, QByteArray> bodies; // by SHA-256
    const QString status = QStringLiteral("pending");
    for (int i = 0; i < replies; ++i) {
        const qint64 ticket = tickets.at(i % tickets.size());
        const QString html = QStringLiteral("<p>Benchmark reply %1: thank you, we are on it.</p>").arg(i);
        const StoreResult<qint64> queued = co_await outbox.queueReply(ticket, html, {}, status);
        if (!queued) {
            BenchContext::note(queued.error());
            co_return 1;
        }
        const QByteArray body =
            QJsonDocument(DeskproCalls::replyBody(html, false, {}, status)).toJson(QJsonDocument::Compact);
        bodies.insert(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(), body);
    }

    SandboxLog::clear(context);
    // This process's CPU time (all its threads) beside each wall time: the floor leaves the
    // machine half idle, the drain's store work is what it adds.
    const auto cpuMs = [] { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    double cpuBefore = cpuMs();
    QElapsedTimer clock;
    clock.start();
    const OutboxSummary summary = co_await outbox.sendAll();
    const double drainMs = double(clock.nsecsElapsed()) / 1e6;
    const double drainCpuMs = cpuMs() - cpuBefore;
    bool logged = false;
    const QList<SandboxLog::Entry> log = SandboxLog::entries(context, &logged);

    QList<FloorFetcher::Request> posts;
    int unmatched = 0;
    for (const SandboxLog::Entry &entry : log) {
        if (entry.method != "POST")
            continue;
        const QByteArray body = bodies.value(entry.bodySha256);
        if (body.isEmpty())
            ++unmatched;
        posts.append({entry.method, QUrl::fromEncoded(context.url.toEncoded() + entry.path), body});
    }
    FloorFetcher floor("key " + context.apiKey, 3); // OutboxSender's default: 3 tickets at a time
    cpuBefore = cpuMs();
    const double floorMs = floor.run({posts});
    const double floorCpuMs = cpuMs() - cpuBefore;
    BenchContext::report(QStringLiteral("outbox_drain_vs_floor"), drainMs / floorMs,
                         {{QStringLiteral("drain_ms"), drainMs},
                          {QStringLiteral("floor_ms"), floorMs},
                          {QStringLiteral("drain_cpu_ms"), drainCpuMs},
                          {QStringLiteral("floor_cpu_ms"), floorCpuMs},
                          {QStringLiteral("replies"), replies},
                          {QStringLiteral("sent"), summary.sent},
                          {QStringLiteral("requests"), log.size()},
                          {QStringLiteral("posts"), posts.size()},
                          {QStringLiteral("floor_failures"), floor.failures()},
                          {QStringLiteral("floor_unmatched_bodies"), unmatched}});
    co_return summary.sent == replies ? 0 : 1;
}

} // namespace Benchmarks
