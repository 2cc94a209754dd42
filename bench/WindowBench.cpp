// start_vs_hello_window, stall_p99_ms/stall_max_ms and scroll_peak_rss_mb: the real window.

#include "BenchAccount.h"
#include "Benchmarks.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "Stats.h"
#include "TicketListModel.h"
#include "account/Account.h"
#include "account/AccountSession.h"
#include "sync/ReferenceSync.h"

#include <QApplication>
#include <QCoroTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace {

// One start of a program run with --report-painted: from just before the process is started to
// when its window had painted (the program's own report on the same monotonic clock), and to its
// exit; the size it painted.
struct Start
{
    bool ok = false;
    double paintedMs = 0;
    double exitMs = 0;
    QSize size;
};

Start timedStart(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Start start;
    const qint64 started = FirstPaint::now();
    process.start(program, arguments + QStringList{QStringLiteral("--report-painted")});
    const bool finished = process.waitForFinished(120000);
    start.exitMs = double(FirstPaint::now() - started) / 1e6;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return start;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QJsonObject report = QJsonDocument::fromJson(line).object();
        if (!report.contains(QStringLiteral("painted_ns")))
            continue;
        start.paintedMs = double(report.value(QStringLiteral("painted_ns")).toInteger() - started) / 1e6;
        start.size = QSize(report.value(QStringLiteral("width")).toInt(),
                           report.value(QStringLiteral("height")).toInt());
        start.ok = start.paintedMs > 0;
    }
    return start;
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
    // The hello window paints as much as deskhand's window does.
    const QSize size = MainWindow::defaultSize();
    const QStringList helloArguments{QStringLiteral("--size"),
                                     QStringLiteral("%1x%2").arg(size.width()).arg(size.height())};
    const QStringList appArguments{QStringLiteral("--account"), QStringLiteral("bench")};
    // Pairs in turn, the hello window first (both find the shared libraries and fonts equally
    // warm); the medians of each, so that one start slowed by the machine does not decide.
    constexpr int pairs = 5;
    QList<double> hello;
    QList<double> app;
    QList<double> helloExit;
    QList<double> appExit;
    for (int i = 0; i < pairs; ++i) {
        const Start helloStart = timedStart(QStringLiteral(DESKHAND_HELLO_BIN), helloArguments, environment);
        const Start appStart = timedStart(QStringLiteral(DESKHAND_APP_BIN), appArguments, environment);
        if (!appStart.ok || !helloStart.ok) {
            BenchContext::note(QStringLiteral("a start-up run failed"));
            co_return 1;
        }
        if (appStart.size != helloStart.size) {
            BenchContext::note(QStringLiteral("deskhand painted %1x%2, the hello window %3x%4")
                                   .arg(appStart.size.width())
                                   .arg(appStart.size.height())
                                   .arg(helloStart.size.width())
                                   .arg(helloStart.size.height()));
            co_return 1;
        }
        hello << helloStart.paintedMs;
        app << appStart.paintedMs;
        helloExit << helloStart.exitMs;
        appExit << appStart.exitMs;
    }
    const double helloMs = Stats::median(hello);
    const double appMs = Stats::median(app);
    const auto samples = [](const QList<double> &values) {
        QJsonArray array;
        for (const double value : values)
            array.append(value);
        return array;
    };
    BenchContext::report(
        QStringLiteral("start_vs_hello_window"), appMs / helloMs,
        {{QStringLiteral("deskhand_ms"), appMs},
         {QStringLiteral("hello_ms"), helloMs},
         {QStringLiteral("deskhand_samples_ms"), samples(app)},
         {QStringLiteral("hello_samples_ms"), samples(hello)},
         {QStringLiteral("deskhand_exit_ms"), Stats::median(appExit)},
         {QStringLiteral("hello_exit_ms"), Stats::median(helloExit)},
         {QStringLiteral("window"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())}});
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
    // The window is open (painted, its first background reads done) before the sync starts: the
    // figure is about the sync, not about building and painting the window.
    bool painted = false;
    FirstPaint::whenPainted(
        &window, [&painted](qint64) { painted = true; }, std::chrono::seconds(5));
    while (!painted)
        co_await QCoro::sleepFor(std::chrono::milliseconds(10));
    co_await QCoro::sleepFor(std::chrono::milliseconds(500));

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
    // When the longest stall came, from the probe's start: a lead to what caused it.
    const auto longest = std::max_element(stalls.cbegin(), stalls.cend());
    double longestAt = 0;
    for (auto it = stalls.cbegin(); it != longest && it != stalls.cend(); ++it)
        longestAt += *it + interval;
    BenchContext::report(QStringLiteral("stall_max_ms"), Stats::percentile(stalls, 100),
                         {{QStringLiteral("at_ms"), longestAt}});
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
    // The large account as it was synced once: a sync here would end with retention dropping the
    // old resolved tickets from the cached store (a quarter of them), and every later benchmark
    // would measure a smaller helpdesk.
    AccountSession::Options options;
    options.syncOnStart = false;
    options.syncInterval = std::chrono::milliseconds(0);
    window.showAccount(account.get(), options);
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
