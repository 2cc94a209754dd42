// deskhand-cli signing in through SSO from a terminal: `account add --sso --no-browser` prints
// the authorization address as one line and waits; HttpProbe plays the browser (the agent's
// login, the redirect to the loopback listener); the CLI is then signed in with an OAuth token,
// syncs with it, and has left its tokens nowhere but the keychain.

#include "CliRunner.h"
#include "HttpProbe.h"
#include "KeychainProbe.h"
#include "LoginForm.h"
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using LoginForm::form;
using LoginForm::hiddenFields;

} // namespace

class CliSsoTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    CliRunner m_cli;
    HttpProbe m_browser;

    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.tickets = 20;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void usage()
    {
        const QString url = m_sandbox->url().toString();
        QCOMPARE(m_cli.run({u"account"_s, u"add"_s, u"--url"_s, url, u"--no-browser"_s}).exitCode, 2);
        QCOMPARE(m_cli.run({u"account"_s, u"add"_s, u"--url"_s, url, u"--sso"_s, u"--api-key-file"_s, u"-"_s})
                     .exitCode,
                 2);
    }

    void signIn_noBrowser_thenSync()
    {
        const QStringList arguments{u"account"_s, u"add"_s,         u"--url"_s, m_sandbox->url().toString(),
                                    u"--sso"_s,   u"--no-browser"_s};
        QProcess cli;
        cli.setProcessEnvironment(m_cli.environment());
        cli.start(CliRunner::executable(), arguments);
        QVERIFY(cli.waitForStarted(10000));
        cli.closeWriteChannel();

        // The first line on stdout is the whole authorization address.
        QElapsedTimer waited;
        waited.start();
        while (!cli.canReadLine() && waited.elapsed() < 60000)
            cli.waitForReadyRead(1000);
        QVERIFY2(cli.canReadLine(), cli.readAllStandardError().constData());
        const QUrl authorize(QString::fromUtf8(cli.readLine().trimmed()));
        QVERIFY(authorize.isValid());
        QCOMPARE(authorize.path(), u"/oauth/authorize"_s);
        const QUrlQuery asked(authorize);
        QCOMPARE(asked.queryItemValue(u"client_id"_s), u"deskhand"_s);
        QCOMPARE(QUrl(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(), u"127.0.0.1"_s);

        // What ps shows of the waiting process: the arguments given, nothing else.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(cli.processId()));
        QByteArray argv;
        if (cmdline.open(QIODevice::ReadOnly))
            argv = cmdline.readAll();

        // The agent logs in in the "browser".
        const auto page = m_browser.get(authorize);
        QCOMPARE(page.status, 200);
        const QJsonObject agent = m_sandbox->agents().first().toObject();
        QList<QPair<QString, QString>> fields = hiddenFields(page.body);
        fields.append({u"email"_s, agent.value(u"email"_s).toString()});
        fields.append({u"password"_s, agent.value(u"password"_s).toString()});
        const auto submitted = m_browser.send("POST", at(u"/oauth/authorize"_s), form(fields), {},
                                              "application/x-www-form-urlencoded");
        QCOMPARE(submitted.status, 302);
        const auto landed = m_browser.get(QUrl(QString::fromUtf8(submitted.header("Location"))));
        QCOMPARE(landed.status, 200);

        QVERIFY(cli.waitForFinished(120000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        QVERIFY(out.contains(agent.value(u"name"_s).toString().toUtf8()));

        const QJsonArray accounts =
            QJsonDocument::fromJson(m_cli.run({u"accounts"_s, u"--json"_s}).out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.at(0).toObject();
        QCOMPARE(account.value(u"method"_s).toString().toLower(), u"oauth"_s);
        QCOMPARE(account.value(u"oauth_client_id"_s).toString(), u"deskhand"_s);

        // Syncs with the OAuth token from the keychain.
        const CliRunner::Run synced = m_cli.run({u"sync"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        HttpProbe admin;
        admin.setKey(m_sandbox->adminKey());
        const QJsonArray requests =
            admin.get(at(u"/_sandbox/requests?since=0"_s)).json().object().value(u"requests"_s).toArray();
        bool bearerUsed = false;
        for (const QJsonValue &request : requests)
            bearerUsed |= request[u"auth_scheme"].toString() == u"bearer"_s;
        QVERIFY(bearerUsed);

        // The tokens are in the keychain, and nowhere else.
        const QString accountId = account.value(u"id"_s).toString();
        const QJsonObject access =
            QJsonDocument::fromJson(KeychainProbe(accountId).value(u"access-token"_s)).object();
        const QByteArray accessToken = access.value(u"token"_s).toString().toUtf8();
        const QByteArray refreshToken = KeychainProbe(accountId).value(u"refresh-token"_s);
        QVERIFY(accessToken.size() >= 16);
        QVERIFY(refreshToken.size() >= 16);
        QVERIFY(access.contains(u"expires_at"_s));

        for (const QByteArray &secret : {accessToken, refreshToken}) {
            QVERIFY(!argv.contains(secret));
            QVERIFY(!arguments.join(u' ').toUtf8().contains(secret));
            QVERIFY(!out.contains(secret) && !err.contains(secret));
            QVERIFY(!synced.out.contains(secret) && !synced.err.contains(secret));
        }
        int files = 0;
        QDirIterator it(m_cli.root(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains(accessToken), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(refreshToken), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);
    }

    void refusedSignIn_exits4_andKeepsNothing()
    {
        CliRunner cli;
        const QStringList arguments{u"account"_s, u"add"_s,         u"--url"_s, m_sandbox->url().toString(),
                                    u"--sso"_s,   u"--no-browser"_s};
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(CliRunner::executable(), arguments);
        QVERIFY(process.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (!process.canReadLine() && waited.elapsed() < 60000)
            process.waitForReadyRead(1000);
        QVERIFY(process.canReadLine());
        const QUrlQuery asked(QUrl(QString::fromUtf8(process.readLine().trimmed())));
        // The IdP sends the agent back with a refusal.
        QUrl back(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        back.setQuery(u"error=access_denied&state="_s + asked.queryItemValue(u"state"_s));
        m_browser.get(back);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 4);
        QVERIFY(QJsonDocument::fromJson(cli.run({u"accounts"_s, u"--json"_s}).out).array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliSsoTest)
#include "tst_cli_sso.moc"
