// Signing in through SSO in the system browser, end to end: `deskhand-cli account add --sso`
// opens the sandbox's sign-in page through the platform's URL handler (xdg-open, which finds the
// handler registered for x-scheme-handler/https), where a real headless Chromium plays the agent's
// browser (HeadlessBrowser, tests/e2e/browser). The agent logs in, Deskhand is signed in and
// syncs. Also: the agent refuses, the agent stops the CLI (Ctrl+C), time-out, a callback with a wrong
// state, a replayed code, and the loopback listener bound to 127.0.0.1 only, gone afterwards.

#include "CliRunner.h"
#include "HeadlessBrowser.h"
#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// The sockets listening on `port` in /proc/net/tcp and tcp6, as "address:port" in the kernel's hex.
QStringList listenersOn(quint16 port)
{
    QStringList out;
    const QString hexPort = u"%1"_s.arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            // sl local_address rem_address st …; 0A is LISTEN
            if (fields.size() < 4 || fields[3] != "0A")
                continue;
            const QString local = QString::fromLatin1(fields[1]);
            if (local.endsWith(u':' + hexPort))
                out << local;
        }
    }
    return out;
}

// What ps shows: the processes whose command line contains `text`.
QStringList commandLinesWith(const QByteArray &text)
{
    QStringList out;
    const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(u"/proc/%1/cmdline"_s.arg(pid));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            out << pid;
    }
    return out;
}

} // namespace

class BrowserSignInTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;
    QJsonObject m_agent;

    struct Flow
    {
        CliRunner cli;
        HeadlessBrowser browser;
        QProcess process;
        QByteArray err;
    };

    QList<QJsonObject> tokenRequests() { return m_admin->requests("POST", u"/oauth/token"_s); }

    // Starts `account add --sso` (no --no-browser: it opens the browser itself) with the browser
    // registered as the URL handler.
    bool start(Flow &flow, HeadlessBrowser::Mode mode, const QStringList &extra = {})
    {
        QString error;
        if (!flow.browser.prepare(mode, m_agent.value(u"email"_s).toString(),
                                  m_agent.value(u"password"_s).toString(),
                                  QDir(flow.cli.root()).filePath(u"config"_s), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QProcessEnvironment env = flow.cli.environment();
        flow.browser.applyTo(env);
        flow.process.setProcessEnvironment(env);
        flow.process.start(CliRunner::executable(),
                           QStringList{u"account"_s, u"add"_s, u"--url"_s, m_sandbox->url().toString(),
                                       u"--sso"_s, u"--name"_s, u"sso"_s} +
                               extra);
        flow.process.closeWriteChannel();
        return flow.process.waitForStarted(10000);
    }

    // What the CLI said on stderr so far (kept: QVERIFY2 evaluates its message every time).
    static QByteArray stderrOf(Flow &flow)
    {
        flow.err += flow.process.readAllStandardError();
        return flow.err;
    }

    static QString describe(Flow &flow) { return QString::fromUtf8(explain(stderrOf(flow), flow.browser)); }

    static QByteArray explain(const QByteArray &err, const HeadlessBrowser &browser)
    {
        return err + "\ntranscript: " + QJsonDocument(browser.transcript()).toJson(QJsonDocument::Compact);
    }

    static bool noAccount(const CliRunner &cli)
    {
        const CliRunner::Run accounts = cli.run({u"accounts"_s, u"--json"_s});
        return accounts.exitCode == 0 && QJsonDocument::fromJson(accounts.out).array().isEmpty();
    }

private slots:
    void initTestCase()
    {
        const QString missing = HeadlessBrowser::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"No headless browser to sign in with: "_s + missing));
        SandboxProcess::Options options;
        options.tickets = 20;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
        m_agent = m_sandbox->agents().first().toObject();
    }

    void init() { m_admin->reset(); }

    void signIn_throughTheSystemBrowser_thenSync()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::Login));
        QVERIFY2(flow.process.waitForFinished(60000), qPrintable(describe(flow)));
        const QByteArray out = flow.process.readAllStandardOutput();
        QVERIFY2(flow.process.exitStatus() == QProcess::NormalExit && flow.process.exitCode() == 0,
                 qPrintable(describe(flow)));
        QVERIFY(out.contains(m_agent.value(u"name"_s).toString().toUtf8()));

        // The browser got the sandbox's sign-in page from xdg-open, and Deskhand's page at the end.
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);
        const QJsonObject opened = flow.browser.step(u"opened"_s);
        QCOMPARE(QUrl(opened[u"url"].toString()).path(), u"/oauth/authorize"_s);
        QCOMPARE(QUrl(opened[u"url"].toString()).port(), m_sandbox->url().port());
        QCOMPARE(opened[u"status"].toInt(), 200);
        QCOMPARE(flow.browser.transcript()[u"outcome"].toString(), u"done"_s);
        QVERIFY2(flow.browser.transcript()[u"final_text"].toString().contains(u"Deskhand is signed in"_s),
                 qPrintable(describe(flow)));
        QVERIFY(!flow.browser.hasStep(u"blocked"_s)); // the sign-in needed nothing beyond 127.0.0.1

        // Exactly one code exchange, and the listener is gone.
        QCOMPARE(tokenRequests().size(), 1);
        QCOMPARE(tokenRequests().first()[u"status"].toInt(), 200);
        QVERIFY(flow.browser.redirectPort() != 0);
        QVERIFY(listenersOn(flow.browser.redirectPort()).isEmpty());

        const QJsonArray accounts =
            QJsonDocument::fromJson(flow.cli.run({u"accounts"_s, u"--json"_s}).out).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][u"method"].toString().toLower(), u"oauth"_s);

        const CliRunner::Run synced = flow.cli.run({u"sync"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        bool bearerUsed = false;
        for (const QJsonValue &request : m_admin->requests())
            bearerUsed |= request[u"auth_scheme"].toString() == u"bearer"_s;
        QVERIFY(bearerUsed);
        QCOMPARE(flow.cli.run({u"list"_s, u"--queue"_s, u"open"_s, u"--json"_s}).exitCode, 0);

        // The agent's password went from a 0600 file to the page: not into anything Deskhand wrote.
        const QByteArray password = m_agent.value(u"password"_s).toString().toUtf8();
        QDirIterator it(flow.cli.root(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
        }
    }

    void timeOut_whenTheAgentNeverSignsIn()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::Wait, {u"--sso-timeout"_s, u"2"_s}));
        // Nobody signs in: the CLI gives up, says so, and keeps nothing.
        QVERIFY2(flow.process.waitForFinished(60000), qPrintable(describe(flow)));
        const QByteArray err = stderrOf(flow);
        QCOMPARE(flow.process.exitCode(), 4);
        QVERIFY2(err.contains("not completed in time"), explain(err, flow.browser).constData());
        QVERIFY(noAccount(flow.cli));

        flow.browser.release();
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);
        QVERIFY(flow.browser.redirectPort() != 0);
        QVERIFY(listenersOn(flow.browser.redirectPort()).isEmpty());
        QVERIFY(tokenRequests().isEmpty());
    }

    void cancel_agentRefusesInTheBrowser()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::Deny));
        QVERIFY2(flow.process.waitForFinished(60000), qPrintable(describe(flow)));
        const QByteArray err = stderrOf(flow);
        QCOMPARE(flow.process.exitCode(), 4);
        QVERIFY2(err.contains("access_denied"), explain(err, flow.browser).constData());
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);
        const QJsonObject landed = flow.browser.step(u"landed"_s);
        QCOMPARE(landed[u"status"].toInt(), 400);
        QVERIFY(landed[u"text"].toString().contains(u"Not signed in"_s));
        QVERIFY(tokenRequests().isEmpty());
        QVERIFY(listenersOn(flow.browser.redirectPort()).isEmpty());
        QVERIFY(noAccount(flow.cli));
    }

    void cancel_agentStopsTheCli_thenLogsInTooLate()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::WaitThenLogin));
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.hasStep(u"waiting"_s), 30000);
        const quint16 port = flow.browser.redirectPort();
        QVERIFY(port != 0);
        // While the browser shows the sign-in page, Deskhand listens on 127.0.0.1 and nowhere else.
        QCOMPARE(listenersOn(port),
                 QStringList{u"0100007F:%1"_s.arg(port, 4, 16, QLatin1Char('0')).toUpper()});
        // The browser and its driver have the agent's password at hand, never on a command line.
        QVERIFY(!commandLinesWith("drive-browser.js").isEmpty());
        QVERIFY(commandLinesWith(m_agent.value(u"password"_s).toString().toUtf8()).isEmpty());

        // Ctrl+C in the terminal.
        ::kill(pid_t(flow.process.processId()), SIGINT);
        QVERIFY(flow.process.waitForFinished(30000));
        QVERIFY(listenersOn(port).isEmpty());

        // The agent logs in afterwards: the browser finds nobody listening, nothing is exchanged.
        flow.browser.release();
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);
        QCOMPARE(flow.browser.transcript()[u"outcome"].toString(), u"unreachable"_s);
        QVERIFY2(flow.browser.step(u"unreachable"_s)[u"error"].toString().contains(u"CONNECTION_REFUSED"_s),
                 qPrintable(describe(flow)));
        QVERIFY(tokenRequests().isEmpty());
        QVERIFY(noAccount(flow.cli));
    }

    void wrongState_endsTheFlow_withoutATokenRequest()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::WrongState));
        QVERIFY2(flow.process.waitForFinished(60000), qPrintable(describe(flow)));
        const QByteArray err = stderrOf(flow);
        QCOMPARE(flow.process.exitCode(), 4);
        QVERIFY2(err.contains("did not start"), explain(err, flow.browser).constData());
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);
        QVERIFY(flow.browser.hasStep(u"tampered"_s));
        QCOMPARE(flow.browser.step(u"landed"_s)[u"status"].toInt(), 400);
        // The sandbox issued a code, and nobody came to exchange it.
        QCOMPARE(m_admin->requests("POST", u"/oauth/authorize"_s).size(), 1);
        QCOMPARE(m_admin->requests("POST", u"/oauth/authorize"_s).first()[u"status"].toInt(), 302);
        QVERIFY(tokenRequests().isEmpty());
        QVERIFY(listenersOn(flow.browser.redirectPort()).isEmpty());
        QVERIFY(noAccount(flow.cli));
    }

    void replayedCode_isRefused()
    {
        Flow flow;
        QVERIFY(start(flow, HeadlessBrowser::Mode::LoginTwice));
        QVERIFY2(flow.process.waitForFinished(60000), qPrintable(describe(flow)));
        QCOMPARE(flow.process.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(flow.browser.isFinished(), 30000);

        // The browser opens the callback a second time: exactly one callback was taken.
        const QJsonObject second = flow.browser.step(u"second-callback"_s);
        QVERIFY2(second[u"error"].toString().contains(u"CONNECTION_REFUSED"_s), qPrintable(describe(flow)));
        QCOMPARE(tokenRequests().size(), 1);

        // Whoever saw the callback address replays its code at the token endpoint: refused.
        const QUrl callback(flow.browser.transcript()[u"callback"].toString());
        const QString code = QUrlQuery(callback).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        QUrl redirect = callback;
        redirect.setQuery(QString());
        HttpProbe attacker;
        const HttpProbe::Result replay =
            attacker.send("POST", m_sandbox->url().resolved(QUrl(u"/oauth/token"_s)),
                          LoginForm::form({{u"grant_type"_s, u"authorization_code"_s},
                                           {u"code"_s, code},
                                           {u"redirect_uri"_s, redirect.toString()},
                                           {u"client_id"_s, u"deskhand"_s},
                                           {u"code_verifier"_s, QString(43, u'a')}}),
                          {}, "application/x-www-form-urlencoded");
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().object()[u"error"].toString(), u"invalid_grant"_s);
        QCOMPARE(tokenRequests().size(), 2);

        // RFC 6749 §4.1.2: the replay revoked what the code gave, so the CLI must sign in again.
        const CliRunner::Run synced = flow.cli.run({u"sync"_s});
        QCOMPARE(synced.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(BrowserSignInTest)
#include "tst_browser_sign_in.moc"
