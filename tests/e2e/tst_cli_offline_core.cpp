// The offline core end to end, as an agent's scripts meet it: deskhand-cli signs in to the
// sandbox helpdesk, syncs 5,000 tickets with their conversations, searches offline in three
// languages, and leaves nothing readable behind: planted words are in no file it wrote, the
// store does not open without its key, a missing keychain changes nothing, and wipe removes all.

#include "CliRunner.h"
#include "HardeningReport.h"
#include "HttpProbe.h"
#include "KeychainProbe.h"
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int seededTickets = 5000;

QJsonDocument json(const CliRunner::Run &run)
{
    return QJsonDocument::fromJson(run.out);
}

// Every file below `root`, with its size and modification time: what "nothing changed" compares.
QMap<QString, QPair<qint64, QDateTime>> snapshot(const QString &root)
{
    QMap<QString, QPair<qint64, QDateTime>> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.insert(info.filePath(), {info.size(), info.lastModified()});
    }
    return files;
}

} // namespace

class CliOfflineCoreTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    CliRunner m_cli;
    QStringList m_planted;
    // For the hardening summary.
    QStringList m_scans;
    QStringList m_plantedHits; // "word in file"
    int m_filesScanned = 0;
    bool m_storeRefusedWithoutKey = false;

    // Every file below the CLI's folders, for every planted word in UTF-8 and UTF-16. Gives the
    // number of files; hits go to m_plantedHits.
    int scanForPlanted(const QString &when)
    {
        m_scans << when;
        int files = 0;
        QDirIterator it(m_cli.root(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue; // gone meanwhile (a lock file)
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &word : std::as_const(m_planted)) {
                const QByteArray utf16(reinterpret_cast<const char *>(word.utf16()), word.size() * 2);
                if (bytes.contains(word.toUtf8()) || bytes.contains(utf16))
                    m_plantedHits << word + QStringLiteral(" in ") + file.fileName() + QStringLiteral(" ") +
                                         when;
            }
        }
        m_filesScanned += files;
        return files;
    }
    QString m_url;

    CliRunner::Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        const CliRunner::Run run = m_cli.run(arguments, input);
        if (run.exitCode != 0)
            qWarning().noquote() << "deskhand-cli" << arguments.join(QLatin1Char(' ')) << "exited"
                                 << run.exitCode << QString::fromUtf8(run.err);
        return run;
    }

    int sandboxOpenTickets()
    {
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        QUrl url(m_url + QStringLiteral("/api/v2/tickets"));
        url.setQuery(
            QStringLiteral("status[]=awaiting_agent&status[]=awaiting_user&status[]=pending&count=1"));
        const auto answer = probe.get(url);
        return answer.json()
            .object()
            .value(u"meta")
            .toObject()
            .value(u"pagination")
            .toObject()
            .value(u"total")
            .toInt();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
        SandboxProcess::Options options;
        options.tickets = seededTickets;
        options.seed = 11;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_url = m_sandbox->url().toString();

        // 50 words nobody else would write, in subjects, bodies and customers' names.
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        for (int i = 0; i < 50; ++i)
            m_planted
                << QStringLiteral("planted%1x%2").arg(i).arg(QRandomGenerator::global()->generate(), 0, 36);
        for (int t = 0; t < 10; ++t) {
            // Four words in the ticket's text and customer, the fifth only inside an attachment.
            const QStringList words = m_planted.mid(t * 5, 5);
            const QByteArray boundary = "deskhand-test-boundary";
            const QByteArray upload =
                "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                "Content-Type: text/plain\r\n\r\nSecret notes: " +
                words[4].toUtf8() + "\r\n--" + boundary + "--\r\n";
            const auto blob = probe.send("POST", QUrl(m_url + QStringLiteral("/api/v2/blobs/temp")), upload,
                                         {}, "multipart/form-data; boundary=" + boundary);
            QVERIFY2(blob.status == 201, blob.body.constData());
            const QString blobAuth = blob.data()[u"blob_auth"].toString();
            const QJsonObject ticket{
                {QStringLiteral("subject"), QStringLiteral("Question about %1").arg(words[0])},
                {QStringLiteral("person"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Kundin %1").arg(words[1])},
                             {QStringLiteral("email"), QStringLiteral("kundin%1@example.com").arg(t)}}},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("message"),
                              QStringLiteral("<p>Hello, %1 and %2.</p>").arg(words[2], words[3])},
                             {QStringLiteral("format"), QStringLiteral("html")},
                             {QStringLiteral("attachments"),
                              QJsonArray{QJsonObject{{QStringLiteral("blob_auth"), blobAuth}}}}}},
            };
            const auto created =
                probe.sendJson("POST", QUrl(m_url + QStringLiteral("/api/v2/tickets")), ticket);
            QVERIFY2(created.status == 201, created.body.constData());
        }

        const auto added = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
                                m_url, QStringLiteral("--api-key-file"), QStringLiteral("-")},
                               m_sandbox->apiKey() + '\n');
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains("Signed in"));
    }

    void theApiKeyIsNeverOnTheCommandLine()
    {
        const auto refused =
            cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_url});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);
    }

    void syncLandsCompletely()
    {
        const auto synced = cli({QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 0);

        const auto queues = cli({QStringLiteral("queues"), QStringLiteral("--json")});
        QCOMPARE(queues.exitCode, 0);
        int open = -1;
        for (const QJsonValue &queue : json(queues).array())
            if (queue[u"queue"].toString() == QLatin1String("open"))
                open = queue[u"count"].toInt();
        QCOMPARE(open, sandboxOpenTickets());
        QVERIFY(open > seededTickets / 2);

        // Conversations: every message the helpdesk has for a sample of tickets.
        const auto listed =
            cli({QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("open"),
                 QStringLiteral("--limit"), QStringLiteral("100000"), QStringLiteral("--json")});
        const QJsonArray tickets = json(listed).array();
        QCOMPARE(tickets.size(), open);
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        for (int i = 0; i < 15; ++i) {
            const qint64 id =
                tickets.at(QRandomGenerator::global()->bounded(int(tickets.size())))[u"id"].toInteger();
            const auto shown = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
            QCOMPARE(shown.exitCode, 0);
            const auto remote =
                probe.get(QUrl(m_url + QStringLiteral("/api/v2/tickets/%1/messages?count=1").arg(id)));
            const int remoteCount =
                remote.json()[u"meta"].toObject()[u"pagination"].toObject()[u"total"].toInt();
            QCOMPARE(json(shown)[u"messages"].toArray().size(), remoteCount);
        }

        // A second sync is a refresh: it completes and changes nothing that did not change.
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    }

    void aQueueSyncsOnItsOwn()
    {
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--queue"), QStringLiteral("awaiting-agent")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--queue"), QStringLiteral("no-such-queue")})
                     .exitCode,
                 2);
    }

    void notesChangesAndNewTicketsReachTheHelpdesk()
    {
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        const QJsonArray mine = json(cli({QStringLiteral("list"), QStringLiteral("--queue"),
                                          QStringLiteral("open"), QStringLiteral("--json")}))
                                    .array();
        const qint64 ticket = mine.at(0)[u"id"].toInteger();

        const QString note = QStringLiteral("internal remark %1").arg(QRandomGenerator::global()->generate());
        QCOMPARE(cli({QStringLiteral("note"), QString::number(ticket), QStringLiteral("--file"),
                      QStringLiteral("-")},
                     note.toUtf8())
                     .exitCode,
                 0);
        const QJsonArray messages =
            probe.get(QUrl(m_url + QStringLiteral("/api/v2/tickets/%1/messages?count=200").arg(ticket)))
                .data()
                .toArray();
        bool noted = false;
        for (const QJsonValue &message : messages)
            noted = noted ||
                    (message[u"message"].toString().contains(note) && message[u"is_agent_note"].toInt() == 1);
        QVERIFY(noted);

        QCOMPARE(cli({QStringLiteral("set"), QString::number(ticket), QStringLiteral("status=resolved"),
                      QStringLiteral("labels=billing,refund"), QStringLiteral("urgency=7")})
                     .exitCode,
                 0);
        const QJsonValue changed =
            probe.get(QUrl(m_url + QStringLiteral("/api/v2/tickets/%1").arg(ticket))).data();
        QCOMPARE(changed[u"status"].toString(), QStringLiteral("resolved"));
        QCOMPARE(changed[u"urgency"].toInt(), 7);
        QCOMPARE(changed[u"labels"].toArray(),
                 (QJsonArray{QStringLiteral("billing"), QStringLiteral("refund")}));
        QCOMPARE(
            cli({QStringLiteral("set"), QString::number(ticket), QStringLiteral("colour=blue")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("set"), QString::number(ticket), QStringLiteral("status=no-such")}).exitCode,
            2);

        const auto created =
            cli({QStringLiteral("new"), QStringLiteral("--person"), QStringLiteral("neu@example.com"),
                 QStringLiteral("--subject"), QStringLiteral("Lieferung fehlt"), QStringLiteral("--file"),
                 QStringLiteral("-")},
                "Hallo,\n\nmeine Lieferung ist nicht angekommen.");
        QCOMPARE(created.exitCode, 0);
        const QRegularExpression number(QStringLiteral("(\\d+)"));
        const qint64 newId = number.match(QString::fromUtf8(created.out)).captured(1).toLongLong();
        QVERIFY(newId > 0);
        QCOMPARE(probe.get(QUrl(m_url + QStringLiteral("/api/v2/tickets/%1").arg(newId)))
                     .data()[u"subject"]
                     .toString(),
                 QStringLiteral("Lieferung fehlt"));
    }

    void offlineRepliesAreKeptAndSentLater()
    {
        HttpProbe admin;
        admin.setKey(m_sandbox->adminKey());
        const QJsonArray offline{QJsonObject{{QStringLiteral("kind"), QStringLiteral("offline")},
                                             {QStringLiteral("duration_ms"), 8000},
                                             {QStringLiteral("now"), true}}};
        QCOMPARE(admin.sendJson("PUT", QUrl(m_url + QStringLiteral("/_sandbox/faults")), offline).status,
                 200);
        const QJsonArray open = json(cli({QStringLiteral("list"), QStringLiteral("--queue"),
                                          QStringLiteral("open"), QStringLiteral("--json")}))
                                    .array();
        const qint64 ticket = open.at(1)[u"id"].toInteger();
        const auto queued = m_cli.run(
            {QStringLiteral("reply"), QString::number(ticket), QStringLiteral("--file"), QStringLiteral("-")},
            "Sent while the helpdesk was away.");
        QCOMPARE(queued.exitCode, 3);
        QCOMPARE(queued.err.count('\n'), 1);
        QCOMPARE(json(cli({QStringLiteral("outbox"), QStringLiteral("--json")})).array().size(), 1);
        int sent = -1; // the helpdesk comes back after its 8 s away
        for (int attempt = 0; attempt < 20 && sent != 0; ++attempt) {
            QTest::qWait(1000);
            sent = m_cli.run({QStringLiteral("outbox"), QStringLiteral("send")}).exitCode;
            QVERIFY(sent == 0 || sent == 3);
        }
        QCOMPARE(sent, 0);
        QVERIFY(json(cli({QStringLiteral("outbox"), QStringLiteral("--json")})).array().isEmpty());
    }

    void overTlsOnlyWithTheHelpdesksCaTrusted()
    {
        SandboxProcess::Options options;
        options.tickets = 120;
        options.tls = true;
        SandboxProcess tls(options);
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        const QString url = tls.url().toString();
        QVERIFY(url.startsWith(QLatin1String("https://")));

        // Not trusted: refused with the reason, and no account is left behind.
        const auto refused =
            m_cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), url,
                       QStringLiteral("--name"), QStringLiteral("tls"), QStringLiteral("--api-key-file"),
                       QStringLiteral("-")},
                      tls.apiKey());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("certificate") || refused.err.contains("secure"),
                 refused.err.constData());
        QCOMPARE(json(cli({QStringLiteral("accounts"), QStringLiteral("--json")})).array().size(), 1);

        // Its CA trusted for this account only: signs in and syncs over TLS.
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), url,
                      QStringLiteral("--name"), QStringLiteral("tls"), QStringLiteral("--ca-file"),
                      tls.caPath(), QStringLiteral("--api-key-file"), QStringLiteral("-")},
                     tls.apiKey())
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("tls")}).exitCode,
                 0);
        const auto queues = cli({QStringLiteral("queues"), QStringLiteral("--account"), QStringLiteral("tls"),
                                 QStringLiteral("--json")});
        int open = 0;
        for (const QJsonValue &queue : json(queues).array())
            if (queue[u"queue"].toString() == QLatin1String("open"))
                open = queue[u"count"].toInt();
        QVERIFY(open > 0);
        // With two accounts, a command must say which.
        QCOMPARE(m_cli.run({QStringLiteral("queues")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wipe"), QStringLiteral("--account"), QStringLiteral("tls"),
                      QStringLiteral("--yes")})
                     .exitCode,
                 0);
    }

    void searchWorksOfflineInThreeLanguages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // must appear in a result (case-insensitive)
        QTest::newRow("German") << "Rechnung"
                                << "rechnung";
        QTest::newRow("French") << "facture"
                                << "facture";
        QTest::newRow("English") << "password"
                                 << "password";
        QTest::newRow("without accents") << "resume" << QString::fromUtf8("résumé");
        QTest::newRow("with accents") << QString::fromUtf8("résumé") << QString::fromUtf8("résumé");
        QTest::newRow("umlaut folded") << "uberweisung" << QString::fromUtf8("überweisung");
    }

    void searchWorksOfflineInThreeLanguages()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        m_sandbox->stop(); // offline from here on: the helpdesk is gone
        const auto found = cli({QStringLiteral("search"), query, QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray hits = json(found).array();
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        bool matched = false;
        for (const QJsonValue &hit : hits) {
            const QString text =
                (hit[u"subject"].toString() + QLatin1Char(' ') + hit[u"snippet"].toString()).toLower();
            matched = matched || text.contains(expected);
        }
        QVERIFY2(matched, qPrintable(QStringLiteral("no result for %1 mentions %2").arg(query, expected)));
    }

    void plantedWordsAreFoundOfflineButInNoFile()
    {
        // The words are really in the store: search finds them...
        const auto found = cli({QStringLiteral("search"), m_planted[2]});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(m_planted[2].toUtf8()));

        // ...and yet no file Deskhand wrote (store, WAL, SHM, temp, settings) shows one of them.
        const int files = scanForPlanted(QStringLiteral("after sync and search"));
        QVERIFY(files >= 2); // at least the store and the account list
        QVERIFY2(m_plantedHits.isEmpty(), qPrintable(m_plantedHits.join(QLatin1String(", "))));

        // A sync killed mid-flight (no destructor, no flush) leaves nothing readable either.
        QProcess killed;
        killed.setProcessEnvironment(m_cli.environment());
        killed.start(CliRunner::executable(), {QStringLiteral("sync")});
        QVERIFY(killed.waitForStarted());
        QTest::qWait(400);
        killed.kill();
        killed.waitForFinished(10000);
        scanForPlanted(QStringLiteral("after a SIGKILLed sync"));
        QVERIFY2(m_plantedHits.isEmpty(), qPrintable(m_plantedHits.join(QLatin1String(", "))));
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0); // and the store opens
    }

    void theStoreDoesNotOpenWithoutItsKey()
    {
        QStringList stores;
        QDirIterator it(m_cli.home(), {QStringLiteral("store.db")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            stores << it.next();
        QCOMPARE(stores.size(), 1);

        QFile file(stores.constFirst());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
        m_storeRefusedWithoutKey = true; // set again below only if a tool opened it

        for (const QString &tool : {QStringLiteral("sqlcipher"), QStringLiteral("sqlite3")}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                continue;
            QProcess process;
            process.start(tool, {stores.constFirst(), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
            QVERIFY(process.waitForFinished(30000));
            m_storeRefusedWithoutKey = m_storeRefusedWithoutKey && process.exitCode() != 0;
            QVERIFY2(process.exitCode() != 0, qPrintable(tool));
            QVERIFY(process.readAllStandardError().contains("not a database"));
        }
    }

    void anUnavailableKeychainChangesNothing()
    {
        const auto before = snapshot(m_cli.root());
        CliRunner noKeychain;
        // The same home, but no Secret Service to ask.
        noKeychain.setEnvironment(QStringLiteral("DESKHAND_HOME"), m_cli.home());
        noKeychain.setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                  QStringLiteral("unix:path=/nonexistent/deskhand-test-bus"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("sync")},
              QStringList{QStringLiteral("search"), QStringLiteral("facture")}}) {
            const auto refused = noKeychain.run(args);
            QCOMPARE(refused.exitCode, 4);
            QCOMPARE(refused.err.count('\n'), 1);
            QVERIFY2(refused.err.contains("keychain") || refused.err.contains("Keychain"),
                     refused.err.constData());
        }
        QCOMPARE(snapshot(m_cli.root()), before);

        // Nor does signing in create anything without a keychain.
        const auto added =
            noKeychain.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_url,
                            QStringLiteral("--name"), QStringLiteral("second"),
                            QStringLiteral("--api-key-file"), QStringLiteral("-")},
                           m_sandbox->apiKey());
        QVERIFY(added.exitCode != 0);
        QCOMPARE(snapshot(m_cli.root()).keys(), before.keys());
    }

    void wipeRemovesEverything()
    {
        const QString accountId =
            json(cli({QStringLiteral("accounts"), QStringLiteral("--json")})).array().at(0)[u"id"].toString();
        QVERIFY(!accountId.isEmpty());
        QCOMPARE(cli({QStringLiteral("wipe")}).exitCode, 2); // not without --yes
        QCOMPARE(cli({QStringLiteral("wipe"), QStringLiteral("--yes")}).exitCode, 0);

        QDirIterator it(m_cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList left;
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("accounts.json")))
                left << path;
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QVERIFY(json(cli({QStringLiteral("accounts"), QStringLiteral("--json")})).array().isEmpty());
        scanForPlanted(QStringLiteral("after sign-out"));
        QVERIFY2(m_plantedHits.isEmpty(), qPrintable(m_plantedHits.join(QLatin1String(", "))));

        for (const QString &item : {QStringLiteral("store-key"), QStringLiteral("api-key")})
            QCOMPARE(KeychainProbe(accountId).state(item), KeychainProbe::State::NotFound);
    }

    void cleanupTestCase()
    {
        HardeningReport::record(
            QStringLiteral("secrets-at-rest/cli"),
            QStringLiteral(
                "%1 planted words (subjects, bodies, customers, an attachment) searched offline, then every "
                "file deskhand-cli wrote (store, WAL, SHM, vault, temp, config, cache) scanned in UTF-8 "
                "and UTF-16 %2 times (%3); the store opened without its key by sqlcipher and sqlite3")
                .arg(m_planted.size())
                .arg(m_scans.size())
                .arg(m_scans.join(QLatin1String(", "))),
            QStringLiteral("words found in %1 of %2 files scanned; store without its key: %3")
                .arg(m_plantedHits.size())
                .arg(m_filesScanned)
                .arg(m_storeRefusedWithoutKey ? QStringLiteral("refused") : QStringLiteral("OPENED")),
            m_scans.size() >= 3 && m_plantedHits.isEmpty() && m_storeRefusedWithoutKey &&
                m_planted.size() == 50);
    }
};

QTEST_GUILESS_MAIN(CliOfflineCoreTest)
#include "tst_cli_offline_core.moc"
