// The sign-in dialog against the sandbox helpdesk: the address is checked and what was found is
// shown (or why nothing was); then each way to sign in: API key, e-mail and password, device link,
// and single sign-on, both with the link to copy (no browser) and through QDesktopServices, where
// the platform's URL handler is a real headless Chromium (HeadlessBrowser). Accounts land in the
// real registry and keychain; no secret typed in the dialog is left in a file.
//
// On an X display (./run test gives Xvfb) the test runs on the xcb platform, where
// QDesktopServices::openUrl goes through xdg-open; elsewhere on offscreen, without that part.

#include "HeadlessBrowser.h"
#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxProcess.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

bool listening(quint16 port)
{
    const QString hexPort = u":%1"_s.arg(port, 4, 16, QLatin1Char('0')).toUpper();
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields[3] == "0A" && QString::fromLatin1(fields[1]).endsWith(hexPort))
            return true;
    }
    return false;
}

} // namespace

class SignInDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountRegistry> m_registry;
    QJsonObject m_agent;
    QStringList m_secrets; // everything secret typed into a dialog

    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }

    // A dialog that found the sandbox, on its methods page.
    std::unique_ptr<SignInDialog> discovered()
    {
        auto dialog = std::make_unique<SignInDialog>(*m_registry);
        dialog->show();
        QSignalSpy found(dialog.get(), &SignInDialog::discovered);
        dialog->setAddress(m_sandbox->url().toString());
        dialog->signInButton()->click();
        if (!found.wait(30000) || !found.first().first().toBool())
            qWarning("discovery failed: %s", qPrintable(dialog->message()));
        return dialog;
    }

    static bool signedIn(SignInDialog &dialog, int timeoutMs = 60000)
    {
        QSignalSpy done(&dialog, &QDialog::accepted);
        QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
        QElapsedTimer waited;
        waited.start();
        while (done.isEmpty() && failed.isEmpty() && waited.elapsed() < timeoutMs)
            QTest::qWait(50);
        if (!failed.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
        return !done.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("DESKHAND_HOME", QDir(m_home.path()).filePath(u"deskhand"_s).toLocal8Bit());
        m_registry = std::make_unique<AccountRegistry>();
        SandboxProcess::Options options;
        options.tickets = 10;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_agent = m_sandbox->agents().first().toObject();
    }

    void address_eachFailureSaysWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unreachable") << u"http://127.0.0.1:1"_s << u"could not be reached"_s;
        QTest::newRow("not a Deskpro") << u"%1/not-here"_s << u"not as a Deskpro helpdesk"_s;
    }

    void address_eachFailureSaysWhy()
    {
        QFETCH(QString, typed);
        QFETCH(QString, says);
        SignInDialog dialog(*m_registry);
        dialog.show();
        QSignalSpy found(&dialog, &SignInDialog::discovered);
        dialog.setAddress(typed.contains(u"%1"_s) ? typed.arg(m_sandbox->url().toString()) : typed);
        dialog.signInButton()->click();
        QVERIFY(found.count() == 1 || found.wait(30000));
        QCOMPARE(found.first().first().toBool(), false);
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY2(dialog.message().contains(says), qPrintable(dialog.message()));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.addressField()->isVisible()); // still on the address page, to correct it
    }

    void discovery_showsWhatItFound()
    {
        HttpProbe probe;
        const QJsonObject discover = probe.get(at(u"/api/v2/helpdesk/discover"_s)).data().toObject();
        const auto dialog = discovered();
        QVERIFY(!dialog->found().buildName.isEmpty() || !dialog->found().build.isEmpty());
        const QString text = dialog->findChild<QLabel *>(u"found"_s)->text();
        QVERIFY2(text.contains(m_sandbox->url().host()), qPrintable(text));
        QVERIFY2(text.contains(u"on-premises"_s), qPrintable(text));
        const QString version = discover.value(u"build_name"_s).toString();
        QVERIFY2(version.isEmpty() || text.contains(version), qPrintable(text));
        QVERIFY(dialog->apiKeyField()->parentWidget() != nullptr);
    }

    void apiKey_signsIn_andIsNeverShownAgain()
    {
        const auto dialog = discovered();
        dialog->chooseMethod(SignInDialog::Method::ApiKey);
        QCOMPARE(dialog->apiKeyField()->echoMode(), QLineEdit::Password);
        const QString key = QString::fromUtf8(m_sandbox->apiKey());
        m_secrets << key;
        dialog->apiKeyField()->setText(key);
        dialog->signInButton()->click();
        QVERIFY(dialog->apiKeyField()->text().isEmpty());
        QVERIFY(signedIn(*dialog));
        const std::unique_ptr<Account> account = dialog->takeAccount();
        QVERIFY(account);
        QCOMPARE(account->info().method, AccountInfo::SignInMethod::ApiKey);
        QCOMPARE(account->info().agentName, m_agent.value(u"name"_s).toString());
        QVERIFY(m_registry->find(account->info().id));
    }

    void password_wrongThenRight_andNeverStored()
    {
        const auto dialog = discovered();
        dialog->chooseMethod(SignInDialog::Method::Password);
        QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
        QSignalSpy failed(dialog.get(), &SignInDialog::signInFailed);
        dialog->emailField()->setText(m_agent.value(u"email"_s).toString());
        dialog->passwordField()->setText(u"not-the-password"_s);
        dialog->signInButton()->click();
        QVERIFY(dialog->passwordField()->text().isEmpty());
        QVERIFY(failed.wait(30000));
        QVERIFY2(dialog->message().contains(u"did not accept"_s), qPrintable(dialog->message()));
        QVERIFY(!dialog->isBusy());

        const QString password = m_agent.value(u"password"_s).toString();
        m_secrets << password;
        dialog->passwordField()->setText(password);
        dialog->signInButton()->click();
        QVERIFY(signedIn(*dialog));
        const std::unique_ptr<Account> account = dialog->takeAccount();
        QCOMPARE(account->info().method, AccountInfo::SignInMethod::ApiToken);
    }

    void deviceLink_worksOnce()
    {
        HttpProbe agent;
        agent.setKey(m_sandbox->apiKey());
        const QString link = agent.get(at(u"/api/v2/me/device-setup-token"_s)).data()[u"url"].toString();
        QVERIFY2(link.contains(u"/device_setup/"_s), qPrintable(link));
        m_secrets << link.section(u'/', -1);

        const auto dialog = discovered();
        dialog->chooseMethod(SignInDialog::Method::DeviceLink);
        dialog->deviceLinkField()->setText(link);
        dialog->signInButton()->click();
        QVERIFY(signedIn(*dialog));
        QCOMPARE(dialog->takeAccount()->info().method, AccountInfo::SignInMethod::ApiToken);

        const auto again = discovered();
        again->chooseMethod(SignInDialog::Method::DeviceLink);
        QSignalSpy failed(again.get(), &SignInDialog::signInFailed);
        again->deviceLinkField()->setText(link);
        again->signInButton()->click();
        QVERIFY(failed.wait(30000));
        QVERIFY2(again->message().contains(u"works once"_s), qPrintable(again->message()));
    }

    void sso_noBrowser_showsTheLink_andCancelEndsTheFlow()
    {
        const auto dialog = discovered();
        dialog->setOpener([](const QUrl &) { return false; });
        dialog->chooseMethod(SignInDialog::Method::SingleSignOn);
        QSignalSpy waiting(dialog.get(), &SignInDialog::waitingForBrowser);
        QSignalSpy failed(dialog.get(), &SignInDialog::signInFailed);
        dialog->signInButton()->click();
        QVERIFY(waiting.count() == 1 || waiting.wait(10000));
        QCOMPARE(waiting.first().first().toBool(), true);
        const QUrl link = dialog->linkToCopy();
        QCOMPARE(link.path(), u"/oauth/authorize"_s);
        const quint16 port =
            QUrl(QUrlQuery(link).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port();
        QVERIFY(listening(port));

        QVERIFY(dialog->cancelButton()->isEnabled());
        dialog->cancelButton()->click();
        QVERIFY(failed.count() == 1 || failed.wait(10000));
        QVERIFY2(dialog->message().contains(u"cancelled"_s), qPrintable(dialog->message()));
        QVERIFY(!dialog->isBusy());
        QVERIFY(!listening(port));
        QVERIFY(dialog->isVisible()); // the first Cancel ended the flow, not the dialog
    }

    void sso_noBrowser_linkOpenedElsewhere_signsIn()
    {
        const auto dialog = discovered();
        dialog->setOpener([](const QUrl &) { return false; });
        dialog->chooseMethod(SignInDialog::Method::SingleSignOn);
        QSignalSpy waiting(dialog.get(), &SignInDialog::waitingForBrowser);
        dialog->signInButton()->click();
        QVERIFY(waiting.count() == 1 || waiting.wait(10000));

        // The agent copies the link into a browser somewhere and logs in there.
        HttpProbe browser;
        const auto page = browser.get(dialog->linkToCopy());
        QCOMPARE(page.status, 200);
        QList<QPair<QString, QString>> fields = LoginForm::hiddenFields(page.body);
        fields.append({u"email"_s, m_agent.value(u"email"_s).toString()});
        fields.append({u"password"_s, m_agent.value(u"password"_s).toString()});
        const auto submitted = browser.send("POST", at(u"/oauth/authorize"_s), LoginForm::form(fields), {},
                                            "application/x-www-form-urlencoded");
        QCOMPARE(submitted.status, 302);
        // Blocking here is the test's browser, not the dialog: the callback is served by the event loop
        // HttpProbe spins.
        const auto landed = browser.get(QUrl(QString::fromUtf8(submitted.header("Location"))));
        QCOMPARE(landed.status, 200);
        QVERIFY(signedIn(*dialog));
        QCOMPARE(dialog->takeAccount()->info().method, AccountInfo::SignInMethod::OAuth);
    }

    void sso_throughTheSystemBrowser_headlessChromium()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("QDesktopServices reaches a URL handler only on a real display (xcb); this run is "
                  "offscreen.");
        const QString missing = HeadlessBrowser::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"No headless browser to sign in with: "_s + missing));

        HeadlessBrowser chromium;
        QTemporaryDir config;
        QString error;
        QVERIFY2(chromium.prepare(HeadlessBrowser::Mode::Login, m_agent.value(u"email"_s).toString(),
                                  m_agent.value(u"password"_s).toString(), config.path(), &error),
                 qPrintable(error));
        chromium.applyToThisProcess(); // QDesktopServices runs xdg-open with this process's environment

        const auto dialog = discovered();
        dialog->chooseMethod(SignInDialog::Method::SingleSignOn); // the default opener: QDesktopServices
        QSignalSpy waiting(dialog.get(), &SignInDialog::waitingForBrowser);
        dialog->signInButton()->click();
        QVERIFY(waiting.count() == 1 || waiting.wait(10000));
        QCOMPARE(waiting.first().first().toBool(), false); // a browser was opened: no link to copy
        QVERIFY(dialog->linkToCopy().isEmpty());
        QVERIFY2(signedIn(*dialog), QJsonDocument(chromium.transcript()).toJson().constData());
        QCOMPARE(dialog->takeAccount()->info().method, AccountInfo::SignInMethod::OAuth);

        QTRY_VERIFY_WITH_TIMEOUT(chromium.isFinished(), 30000);
        QCOMPARE(QUrl(chromium.step(u"opened"_s)[u"url"].toString()).path(), u"/oauth/authorize"_s);
        QCOMPARE(chromium.transcript()[u"outcome"].toString(), u"done"_s);
        QVERIFY(chromium.transcript()[u"final_text"].toString().contains(u"Deskhand is signed in"_s));
        QVERIFY(!listening(chromium.redirectPort()));
    }

    void sso_cancelWhileTheBrowserWaits_loginAfterwardsReachesNothing()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("QDesktopServices reaches a URL handler only on a real display (xcb); this run is "
                  "offscreen.");
        const QString missing = HeadlessBrowser::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"No headless browser to sign in with: "_s + missing));

        HeadlessBrowser chromium;
        QTemporaryDir config;
        QString error;
        QVERIFY2(chromium.prepare(HeadlessBrowser::Mode::WaitThenLogin, m_agent.value(u"email"_s).toString(),
                                  m_agent.value(u"password"_s).toString(), config.path(), &error),
                 qPrintable(error));
        chromium.applyToThisProcess();
        const qsizetype accountsBefore = m_registry->accounts().size();

        const auto dialog = discovered();
        dialog->chooseMethod(SignInDialog::Method::SingleSignOn);
        QSignalSpy failed(dialog.get(), &SignInDialog::signInFailed);
        dialog->signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(chromium.hasStep(u"waiting"_s), 30000); // the sign-in page is open
        const quint16 port = chromium.redirectPort();
        QVERIFY(listening(port));

        dialog->cancelButton()->click();
        QVERIFY(failed.count() == 1 || failed.wait(10000));
        QVERIFY(!listening(port));

        chromium.release(); // the agent logs in anyway
        QTRY_VERIFY_WITH_TIMEOUT(chromium.isFinished(), 30000);
        QCOMPARE(chromium.transcript()[u"outcome"].toString(), u"unreachable"_s);
        QCOMPARE(m_registry->accounts().size(), accountsBefore);
        QVERIFY(!dialog->isBusy());
    }

    void cleanupTestCase()
    {
        // Nothing typed into a dialog is in a file Deskhand wrote.
        QDirIterator it(QDir(m_home.path()).filePath(u"deskhand"_s),
                        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

int main(int argc, char *argv[])
{
    // On a display, the platform whose QDesktopServices reaches the desktop's URL handler.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    SignInDialogTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sign_in_dialog.moc"
