// Exactly once, whatever happens: deskhand-cli is killed with SIGKILL at random points (from 2 ms
// to about twice a reply's run, adjusted as the runs go) at least 200 times while it syncs and
// sends replies, with the helpdesk dropping a third of its answers after committing them.
// Afterwards the store opens every time, every reply the client took in reaches the helpdesk
// exactly once, and nothing it took in is lost. Then the store is taken back to an older schema
// version and the migration that brings it up again is killed at random points: every open after
// a kill finishes the ladder, and the store holds and finds what it did.

#include "CliRunner.h"
#include "HardeningReport.h"
#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreQuery.h"
#include "store/StoreWriter.h"

#include <QCoroTask>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <limits>

namespace {

// How many times, from the environment (./run soak sets larger numbers), else `fallback`.
int countFrom(const char *variable, int fallback)
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue(variable, &ok);
    return ok && count > 0 ? count : fallback;
}

// Runs killed (or finished first) after the first sync, at least; issue 7 asks for at least 200
// kill points, and the test goes on (up to four times as many runs) until it has them.
const int runs = countFrom("DESKHAND_CRASH_RUNS", 320);
// The kill points the test gathers before it stops, the first sync's included.
const int killTarget = std::max(200, countFrom("DESKHAND_CRASH_KILLS", 200));
// Migrations started and killed (or finished first).
const int migrationRuns = countFrom("DESKHAND_MIGRATION_RUNS", 40);
// The version the store is taken back to: before the full-text index, the heaviest step (it
// indexes every ticket and message already there).
constexpr int olderVersion = 3;
// The kill window's least upper end (ms). The window is twice what a reply takes here
// (initTestCase), so that about half the replies are killed and half are confirmed first: a
// fixed 2-200 ms killed too few runs on a fast machine (a 62 ms reply: 192 of 314 runs killed)
// and every sanitized reply (~270 ms) before it reached the store.
constexpr int minKillWindowMs = 30;

// The schema objects (type, name, SQL) a store has at `version`, from the ladder run on an empty
// in-memory SQLite database.
QList<QStringList> schemaObjectsAt(int version)
{
    QList<QStringList> objects;
    const QString connection = QStringLiteral("schema-at-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Schema::migrate(db, version)) {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
            while (query.next())
                objects << QStringList{query.value(0).toString(), query.value(1).toString(),
                                       query.value(2).toString()};
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return objects;
}

} // namespace

class CrashExactlyOnceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    CliRunner m_cli;
    QList<qint64> m_tickets;
    QString m_url;
    int m_firstSyncKills = 0;
    // Kill points are drawn from 2 ms to this: the longer of 200 ms and a reply's run here.
    int m_killWindowMs = minKillWindowMs;

    QJsonDocument json(const CliRunner::Run &run) { return QJsonDocument::fromJson(run.out); }

    // Starts the CLI and kills it after `delayMs`, unless it finished first. Its exit code, or
    // -1 when it was killed.
    int runAndKill(const QStringList &arguments, const QByteArray &input, int delayMs)
    {
        QProcess process;
        process.setProcessEnvironment(m_cli.environment());
        process.start(CliRunner::executable(), arguments);
        if (!process.waitForStarted(10000))
            return -2;
        process.write(input);
        process.closeWriteChannel();
        if (process.waitForFinished(delayMs))
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        process.kill(); // SIGKILL: no handler runs, no destructor, no flush
        process.waitForFinished(10000);
        return -1;
    }

    // How often each probe text appears in the conversations the helpdesk has.
    QHash<QString, int> probesOnTheHelpdesk(const QString &runId)
    {
        QHash<QString, int> counts;
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        const QRegularExpression marker(QStringLiteral("crash probe %1 #(\\d+)").arg(runId));
        for (const qint64 ticket : std::as_const(m_tickets)) {
            for (int page = 1;; ++page) {
                const auto answer = probe.get(QUrl(
                    m_url +
                    QStringLiteral("/api/v2/tickets/%1/messages?count=200&page=%2").arg(ticket).arg(page)));
                if (answer.status != 200)
                    break;
                for (const QJsonValue &message : answer.data().toArray()) {
                    for (auto it = marker.globalMatch(message[u"message"].toString()); it.hasNext();)
                        counts[it.next().captured(0)] += 1;
                }
                const QJsonObject pagination = answer.json()[u"meta"].toObject()[u"pagination"].toObject();
                if (pagination[u"current_page"].toInt() >= pagination[u"total_pages"].toInt())
                    break;
            }
        }
        return counts;
    }

    // The probe texts the local store holds (sent or not), from `show --json` of each ticket.
    QSet<QString> probesInTheStore(const QString &runId)
    {
        QSet<QString> texts;
        const QRegularExpression marker(QStringLiteral("crash probe %1 #(\\d+)").arg(runId));
        for (const qint64 ticket : std::as_const(m_tickets)) {
            const auto shown =
                m_cli.run({QStringLiteral("show"), QString::number(ticket), QStringLiteral("--json")});
            for (const QJsonValue &message : json(shown)[u"messages"].toArray())
                for (auto it = marker.globalMatch(message[u"text"].toString()); it.hasNext();)
                    texts.insert(it.next().captured(0));
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
        SandboxProcess::Options options;
        options.tickets = 1500;
        options.seed = 5;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_url = m_sandbox->url().toString();

        const auto added =
            m_cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_url,
                       QStringLiteral("--api-key-file"), QStringLiteral("-")},
                      m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // The first sync, killed a few times on the way: it resumes where it stopped and ends
        // with exactly the helpdesk's open tickets.
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int interrupted = 0;
        for (int i = 0; i < 6; ++i)
            interrupted +=
                runAndKill({QStringLiteral("sync")}, {}, int(random.bounded(80, 500))) == -1 ? 1 : 0;
        qInfo("the first sync was killed %d times", interrupted);
        m_firstSyncKills = interrupted;
        QCOMPARE(m_cli.run({QStringLiteral("sync")}).exitCode, 0);
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        const auto remote = probe.get(QUrl(
            m_url +
            QStringLiteral(
                "/api/v2/tickets?status[]=awaiting_agent&status[]=awaiting_user&status[]=pending&count=1")));
        const int remoteOpen = remote.json()[u"meta"].toObject()[u"pagination"].toObject()[u"total"].toInt();
        int localOpen = -1;
        for (const QJsonValue &queue :
             json(m_cli.run({QStringLiteral("queues"), QStringLiteral("--json")})).array())
            if (queue[u"queue"].toString() == QLatin1String("open"))
                localOpen = queue[u"count"].toInt();
        QCOMPARE(localOpen, remoteOpen);
        const QJsonArray open = json(m_cli.run({QStringLiteral("list"), QStringLiteral("--queue"),
                                                QStringLiteral("mine"), QStringLiteral("--json")}))
                                    .array();
        QVERIFY(open.size() >= 4);
        for (int i = 0; i < 4; ++i)
            m_tickets << open.at(i)[u"id"].toInteger();

        // How long a whole reply takes here, start to exit: the kill points are spread over that.
        // A sanitized build starts several times slower than a release one (ASan's start alone is
        // ~150 ms here), so a fixed window would kill nearly every reply before it took anything
        // in, and the test would prove nothing about the moments that matter.
        QList<qint64> took;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const auto replied = m_cli.run({QStringLiteral("reply"), QString::number(m_tickets.at(i)),
                                            QStringLiteral("--file"), QStringLiteral("-")},
                                           QByteArrayLiteral("Thanks, this is a timing reply."));
            QVERIFY2(replied.exitCode == 0, replied.err.constData());
            took << clock.elapsed();
        }
        std::sort(took.begin(), took.end());
        m_killWindowMs = std::max(minKillWindowMs, int(took.at(1) * 2));
        qInfo("a reply takes %lld ms here; kill points are drawn from 2 to %d ms", took.at(1),
              m_killWindowMs);
    }

    void everyAcceptedReplyArrivesExactlyOnce()
    {
        const QString runId = QUuid::createUuid().toString(QUuid::Id128).left(10);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill points drawn with seed %u", seed);
        QRandomGenerator random(seed);

        // A third of the replies are applied by the helpdesk and then never answered.
        HttpProbe admin;
        admin.setKey(m_sandbox->adminKey());
        const QJsonArray faults{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop_after_commit")},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("^/api/v2/tickets/\\d+/messages$")},
                        {QStringLiteral("rate"), 0.33}},
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                        {QStringLiteral("ms"), 40},
                        {QStringLiteral("rate"), 0.5}}};
        QCOMPARE(admin.sendJson("PUT", QUrl(m_url + QStringLiteral("/_sandbox/faults")), faults).status, 200);

        QSet<QString> accepted; // the CLI said so before it died: it must arrive
        int corruptOpens = 0;
        int killed = 0;
        // Whether a run ends before its kill point depends on how loaded the machine is while
        // the test runs (under CI, beside the sanitized suite, replies were faster than measured
        // and 178 of 320 runs were killed): runs go on until the target is met, within a bound.
        const auto enoughKills = [this, &killed]() { return killed + m_firstSyncKills >= killTarget; };
        // Both kinds of reply are needed: killed before its commit, and confirmed (and then
        // killed or not). A machine loaded by other tests can make every reply slower than the
        // one measured, and none is confirmed: every round of runs without a confirmed reply
        // widens the window; a round that killed too few narrows it.
        constexpr int round = 40;
        int roundKilled = 0;
        int roundConfirmed = 0;
        int i = 0;
        for (; i < runs || ((!enoughKills() || accepted.isEmpty()) && i < 4 * runs); ++i) {
            if (i > 0 && i % round == 0) {
                if (roundConfirmed == 0)
                    m_killWindowMs = std::min(m_killWindowMs * 3 / 2, 10000);
                else if (roundKilled < round * 2 / 5)
                    m_killWindowMs = std::max(m_killWindowMs * 3 / 4, minKillWindowMs);
                roundKilled = 0;
                roundConfirmed = 0;
            }
            const int delay = int(random.bounded(2, m_killWindowMs));
            int exit = 0;
            if (i % 4 == 3) {
                exit = runAndKill({QStringLiteral("sync")}, {}, delay);
            } else if (i % 4 == 2) {
                exit = runAndKill({QStringLiteral("outbox"), QStringLiteral("send")}, {}, delay);
            } else {
                const QString text = QStringLiteral("crash probe %1 #%2").arg(runId).arg(i);
                const qint64 ticket = m_tickets[i % m_tickets.size()];
                exit = runAndKill({QStringLiteral("reply"), QString::number(ticket), QStringLiteral("--file"),
                                   QStringLiteral("-")},
                                  QStringLiteral("Thanks, %1.").arg(text).toUtf8(), delay);
                if (exit == 0 || exit == 3) {
                    accepted.insert(text);
                    ++roundConfirmed;
                }
            }
            killed += exit == -1 ? 1 : 0;
            roundKilled += exit == -1 ? 1 : 0;
            // Whatever the moment of death, the store opens and reads.
            const auto opened = m_cli.run({QStringLiteral("outbox"), QStringLiteral("--json")});
            if (opened.exitCode != 0 || !json(opened).isArray()) {
                ++corruptOpens;
                qWarning().noquote() << "store did not open after kill" << i << opened.err;
            }
        }
        qInfo("%d of %d runs were killed mid-flight; %lld replies confirmed; the kill window ended at %d ms",
              killed, i, qlonglong(accepted.size()), m_killWindowMs);
        QCOMPARE(corruptOpens, 0);

        // The helpdesk behaves again; the outbox drains.
        QCOMPARE(admin.send("DELETE", QUrl(m_url + QStringLiteral("/_sandbox/faults"))).status / 100, 2);
        // Up to 40 s: a sender killed while it was taking over a dead sender's lock can leave
        // Qt's own outbox.lock.rmlock empty, and QLockFile takes that over only when it is 30 s
        // old (its default stale time, which cannot be set for that file).
        int drained = -1;
        for (int attempt = 0; attempt < 80 && drained != 0; ++attempt) {
            const auto send = m_cli.run({QStringLiteral("outbox"), QStringLiteral("send")});
            drained = send.exitCode;
            if (drained != 0) {
                // Who holds the outbox lock, if anyone: its pid, and that process's state.
                QDirIterator locks(m_cli.home(), {QStringLiteral("outbox.lock")}, QDir::Files,
                                   QDirIterator::Subdirectories);
                while (locks.hasNext()) {
                    QFile lock(locks.next());
                    lock.open(QIODevice::ReadOnly);
                    const QList<QByteArray> lines = lock.readAll().split('\n');
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(lines.value(0))));
                    stat.open(QIODevice::ReadOnly);
                    qWarning().noquote() << "outbox.lock held by" << lines << "process:" << stat.readAll();
                }
                qWarning().noquote() << "outbox send exited" << drained << send.out << send.err
                                     << m_cli.run({QStringLiteral("outbox"), QStringLiteral("--json")}).out;
                QThread::msleep(500);
            }
        }
        QCOMPARE(drained, 0);
        QVERIFY(json(m_cli.run({QStringLiteral("outbox"), QStringLiteral("--json")})).array().isEmpty());
        QCOMPARE(m_cli.run({QStringLiteral("sync")}).exitCode, 0);

        const QHash<QString, int> remote = probesOnTheHelpdesk(runId);
        const QSet<QString> local = probesInTheStore(runId);
        int duplicates = 0;
        int lost = 0;
        for (auto it = remote.cbegin(); it != remote.cend(); ++it)
            duplicates += std::max(0, it.value() - 1);
        for (const QString &text : accepted)
            lost += remote.contains(text) ? 0 : 1;
        for (const QString &text : local)
            lost += remote.contains(text) ? 0 : 1;
        const int killPoints = killed + m_firstSyncKills;
        HardeningReport::record(
            QStringLiteral("crashes"),
            QStringLiteral(
                "%1 SIGKILLs at random points of deskhand-cli sync, outbox send and reply (%2 during the "
                "first sync), a third of reply POSTs dropped after commit; %3 replies reached the store, %4 "
                "of them confirmed before the kill")
                .arg(killPoints)
                .arg(m_firstSyncKills)
                .arg(local.size())
                .arg(accepted.size()),
            QStringLiteral("corrupt opens %1, lost replies %2, duplicate posts %3")
                .arg(corruptOpens)
                .arg(lost)
                .arg(duplicates),
            killPoints >= killTarget && !accepted.isEmpty() && corruptOpens == 0 && lost == 0 &&
                duplicates == 0);
        QVERIFY2(enoughKills(), "too few runs were killed: the kill points need to be earlier");
        QVERIFY2(!accepted.isEmpty(), "no reply was confirmed before its kill: that path went untested");
        for (auto it = remote.cbegin(); it != remote.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
        for (const QString &text : accepted)
            QVERIFY2(remote.value(text) == 1,
                     qPrintable(text + QStringLiteral(" was accepted but never arrived")));
        // Nothing the store took in was lost, and nothing arrived that the store does not know.
        QCOMPARE(local, QSet<QString>(remote.keyBegin(), remote.keyEnd()));
        QVERIFY(!remote.isEmpty());
        qInfo("%lld replies arrived exactly once; %lld were accepted before the kill",
              qlonglong(remote.size()), qlonglong(accepted.size()));
    }

    void killedMigrationsFinishOnTheNextOpen()
    {
        // What the ladder adds after the older version: dropped to take a store back there.
        const QList<QStringList> older = schemaObjectsAt(olderVersion);
        QList<QStringList> added;
        for (const QStringList &object : schemaObjectsAt(Schema::latestVersion())) {
            const bool known = std::any_of(older.cbegin(), older.cend(), [&object](const QStringList &o) {
                return o.at(1) == object.at(1);
            });
            if (!known)
                added << object;
        }
        QVERIFY2(!added.isEmpty(), "the ladder adds nothing after the older version");

        const auto takeBack = [this, &added]() -> QString {
            AccountRegistry registry(m_cli.home());
            const QList<AccountInfo> accounts = registry.accounts();
            if (accounts.size() != 1)
                return QStringLiteral("expected one account");
            auto opening = Account::open(accounts.constFirst(), registry);
            Account::Opening opened = QCoro::waitFor(opening);
            if (!opened.account)
                return opened.message;
            auto writing =
                opened.account->store()->writer().write([&added](QSqlDatabase &db) -> StoreResult<> {
                    // Virtual tables first: their shadow tables go with them.
                    for (const bool virtualTables : {true, false}) {
                        for (const QStringList &object : added) {
                            const bool isVirtual = object.at(2).startsWith(QLatin1String("CREATE VIRTUAL"));
                            if (isVirtual != virtualTables)
                                continue;
                            // sql-safe: the names come from Deskhand's own schema, not from data.
                            const QString drop = QStringLiteral("DROP %1 IF EXISTS \"%2\"")
                                                     .arg(object.at(0).toUpper(), object.at(1));
                            if (auto dropped = StoreQuery::run(db, drop); !dropped)
                                return dropped;
                        }
                    }
                    // sql-safe: our own integer.
                    return StoreQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(olderVersion));
                });
            const StoreResult<> written = QCoro::waitFor(writing);
            return written ? QString() : written.error();
        };

        // What the store holds and finds before: the queues' counts and a few searches.
        const QStringList words{QStringLiteral("invoice"), QStringLiteral("facture"),
                                QStringLiteral("Rechnung"), QStringLiteral("password")};
        const auto snapshot = [this, &words] {
            QStringList seen{QString::fromUtf8(m_cli.run({QStringLiteral("queues")}).out)};
            for (const QString &word : words) {
                QList<qint64> ids; // the hits, whatever their order among equals
                for (const QJsonValue &hit :
                     json(m_cli.run({QStringLiteral("search"), word, QStringLiteral("--json")})).array())
                    ids << hit[u"id"].toInteger();
                std::sort(ids.begin(), ids.end());
                QStringList texts;
                for (const qint64 id : ids)
                    texts << QString::number(id);
                seen << word + QLatin1Char(':') + texts.join(QLatin1Char(','));
            }
            return seen;
        };
        const QStringList before = snapshot();
        QVERIFY2(before.join(QString()).count(QLatin1Char(',')) > 4, qPrintable(before.join(u'\n')));

        // How long a whole migration takes here (the quickest of three: a busy machine makes some
        // slower), to spread the kill points over it.
        qint64 quickest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(takeBack().isEmpty(), "the store could not be taken back");
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(m_cli.run({QStringLiteral("queues")}).exitCode, 0);
            quickest = std::min(quickest, clock.elapsed());
        }
        const int whole = int(std::max<qint64>(quickest, 50));

        QRandomGenerator random(QRandomGenerator::global()->generate());
        int killed = 0;
        int failedOpens = 0;
        for (int i = 0; i < migrationRuns; ++i) {
            const QString takenBack = takeBack();
            QVERIFY2(takenBack.isEmpty(), qPrintable(takenBack));
            if (runAndKill({QStringLiteral("queues")}, {}, int(random.bounded(whole / 10, whole))) == -1)
                ++killed;
            // The next open finishes the ladder, whatever step the kill interrupted.
            const CliRunner::Run opened = m_cli.run({QStringLiteral("queues")});
            if (opened.exitCode != 0) {
                ++failedOpens;
                qWarning().noquote() << "open after a killed migration failed:" << opened.err;
            }
        }
        const QStringList after = snapshot();
        const bool same = after == before;
        qInfo("%d of %d migrations killed (a whole one takes about %d ms here)", killed, migrationRuns,
              whole);
        HardeningReport::record(
            QStringLiteral("crashes/migration"),
            QStringLiteral(
                "%1 SIGKILLs during the schema migration from version %2 to %3 (the full-text index "
                "of every ticket and message rebuilt), %4 migrations started")
                .arg(killed)
                .arg(olderVersion)
                .arg(Schema::latestVersion())
                .arg(migrationRuns),
            QStringLiteral("opens that failed after a kill %1; queues and searches as before: %2")
                .arg(failedOpens)
                .arg(same ? QStringLiteral("yes") : QStringLiteral("no")),
            killed >= migrationRuns / 2 && failedOpens == 0 && same);
        QCOMPARE(failedOpens, 0);
        QVERIFY2(killed >= migrationRuns / 2,
                 "too few migrations were killed: the kill points need to be earlier");
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(CrashExactlyOnceTest)
#include "tst_crash_exactly_once.moc"
