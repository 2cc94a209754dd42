// start_vs_hello_window, stall_p99_ms/stall_max_ms and scroll_peak_rss_mb: the real window.

#include "BenchAccount.h"
#include "Benchmarks.h"
#include "MainWindow.h"
#include "Stats.h"
#include "TicketListModel.h"
#include "account/Account.h"
#include "sync/ReferenceSync.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace {

// Milliseconds from starting `program` to its exit (it quits once its window has painted).
double timedRun(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                bool *ok)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    *ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    return double(clock.nsecsElapsed()) / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return -1;
}

} // namespace

namespace Benchmarks {

QCoro::Task<int> start(BenchContext context)
{
    QString error;
    {
        // Writes the keychain items of this run's keyring and points the registry at the sandbox.
        std::unique_ptr<Account> account = co_await BenchAccount::reopen(context, context.largeHome, &error);
        if (!account) {
            BenchContext::note(error);
            co_return 1;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESKHAND_HOME"), context.largeHome);
    const QString shot = QDir(context.work).filePath(QStringLiteral("start.png"));
    bool appOk = false;
    bool helloOk = false;
    // The hello window first: both find the shared libraries and fonts equally warm.
    const double helloMs = timedRun(QStringLiteral(DESKHAND_HELLO_BIN),
                                    {QStringLiteral("--screenshot"), shot}, environment, &helloOk);
    const double appMs =
        timedRun(QStringLiteral(DESKHAND_APP_BIN),
                 {QStringLiteral("--account"), QStringLiteral("bench"), QStringLiteral("--screenshot"), shot},
                 environment, &appOk);
    if (!appOk || !helloOk) {
        BenchContext::note(QStringLiteral("a start-up run failed"));
        co_return 1;
    }
    BenchContext::report(QStringLiteral("start_vs_hello_window"), appMs / helloMs,
                         {{QStringLiteral("deskhand_ms"), appMs}, {QStringLiteral("hello_ms"), helloMs}});
    co_return 0;
}

QCoro::Task<int> stall(BenchContext context)
{
    QString error;
    std::unique_ptr<Account> account = co_await BenchAccount::add(
        context, QDir(context.work).filePath(QStringLiteral("stall-home")), &error);
    if (!account) {
        BenchContext::note(error);
        co_return 1;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.showAccount(account.get());
    window.show();

    // The probe: a precise 4 ms timer; a stall is how much later than due it fired.
    constexpr double interval = 4.0;
    QList<double> stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(int(interval));
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.append(std::max(0.0, double(now - last) / 1e6 - interval));
        last = now;
    });
    probe.start();

    TicketSync::Options options;
    options.statuses = {QStringLiteral("pending")};
    const SyncReport report = co_await account->sync({}, options);
    probe.stop();
    if (!report.ok()) {
        BenchContext::note(QStringLiteral("the sync failed"));
        co_return 1;
    }
    BenchContext::report(QStringLiteral("stall_p99_ms"), Stats::percentile(stalls, 99),
                         {{QStringLiteral("samples"), stalls.size()},
                          {QStringLiteral("tickets"), report.tickets},
                          {QStringLiteral("sync_ms"), double(clock.elapsed())}});
    BenchContext::report(QStringLiteral("stall_max_ms"), Stats::percentile(stalls, 100));
    co_return 0;
}

QCoro::Task<int> scroll(BenchContext context)
{
    QString error;
    std::unique_ptr<Account> account = co_await BenchAccount::reopen(context, context.largeHome, &error);
    if (!account) {
        BenchContext::note(error);
        co_return 1;
    }
    const double before = peakRssMb();
    MainWindow window;
    window.resize(1400, 900);
    window.showAccount(account.get());
    window.showQueue(QStringLiteral("all"));
    window.show();
    QTableView *view = window.findChild<QTableView *>();
    TicketListModel *model = window.ticketList();
    if (!view || !model)
        co_return 1;
    QElapsedTimer clock;
    clock.start();
    // Down to the end, page by page as an agent dragging the scroll bar would load it.
    while (model->canFetchMore({}) && clock.elapsed() < 600000) {
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    // And through the whole list once more, painting each step.
    QScrollBar *bar = view->verticalScrollBar();
    const int steps = 400;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    BenchContext::report(QStringLiteral("scroll_peak_rss_mb"), peakRssMb(),
                         {{QStringLiteral("rows"), model->rowCount()},
                          {QStringLiteral("rss_before_window_mb"), before},
                          {QStringLiteral("scroll_ms"), double(clock.elapsed())}});
    co_return 0;
}

} // namespace Benchmarks
