#pragma once

#include "domain/HelpdeskInfo.h"

#include <QDialog>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class Account;
class AccountRegistry;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QNetworkAccessManager;
class SsoSignIn;
class ApiCredentials;

// Adding a helpdesk: the agent types its address, Deskhand says what it found there (or, in plain
// words, why it found nothing), then the agent signs in one of four ways: single sign-on in the
// system browser, an API key, e-mail and password, or a device link. Every network, keychain
// and store step runs as a coroutine; the dialog stays responsive and can be cancelled.
//
// Secrets typed here (the key, the password) are masked, go to the helpdesk or the keychain and
// leave the dialog's fields as soon as they have been used; the password is never stored.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Method { SingleSignOn, ApiKey, Password, DeviceLink };

    // Opens a URL in the system browser; the default is QDesktopServices::openUrl for http and
    // https only. False when no browser could be opened (the dialog then shows the link).
    using Opener = std::function<bool(const QUrl &url)>;

    explicit SignInDialog(AccountRegistry &registry, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setSsoTimeout(std::chrono::milliseconds timeout) { m_ssoTimeout = timeout; }

    // The signed-in account once the dialog was accepted; the caller owns it.
    std::unique_ptr<Account> takeAccount();

    // For tests and for pre-filling (main's --helpdesk): the address field and its check.
    void setAddress(const QString &typed);
    void discover();
    void chooseMethod(Method method);
    bool isBusy() const { return m_busy; }
    QString message() const; // what the dialog says now (found, failed, waiting)
    QUrl linkToCopy() const; // the SSO link when no browser could be opened
    const HelpdeskInfo &found() const { return m_found; }

    // The pages' fields, for tests.
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *deviceLinkField() const { return m_deviceLink; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void discovered(bool ok);
    void signInFailed(const QString &message);
    void waitingForBrowser(bool linkShown);

protected:
    void reject() override;

private:
    void buildAddressPage();
    void buildMethodsPage();
    void setBusy(bool busy, const QString &message = {});
    void showMessage(const QString &message, bool problem);
    void signIn();
    void startSso();
    void cancelSso();
    void finishWith(ApiCredentials credentials, int method);
    void added(std::unique_ptr<Account> account, const QString &problem);
    QString accountName() const;

    AccountRegistry &m_registry;
    std::shared_ptr<QNetworkAccessManager> m_network;
    Opener m_opener;
    std::chrono::milliseconds m_ssoTimeout;
    HelpdeskInfo m_found;
    QUrl m_helpdeskUrl;
    std::shared_ptr<SsoSignIn> m_sso;
    std::unique_ptr<Account> m_account;
    bool m_busy = false;
    bool m_finishing = false; // Account::add runs: not to be cancelled
    int m_attempt = 0;        // an answer for an older attempt (cancelled) is dropped
    QUrl m_link;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_foundLabel = nullptr;
    QTabWidget *m_methods = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_deviceLink = nullptr;
    QLineEdit *m_linkField = nullptr;
    QWidget *m_linkRow = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};
