#pragma once

#include "account/AccountInfo.h"
#include "account/AccountSession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Account;
class AccountRegistry;
class AccountSwitcher;
class MainWindow;
class QAction;
class QMenu;
class SettingsDialog;

// The window's accounts: which signed-in helpdesk it shows, switching to another (the switcher
// in the status bar), adding one (the sign-in dialog) and signing out (revoke, then wipe; unsent
// outbox items are exported or discarded only when the agent says so). Owns the account shown;
// opening and signing out run off the UI thread's critical path (QCoro).
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(AccountRegistry &registry, MainWindow &window, QObject *parent = nullptr);
    ~AccountController() override;

    // Shows `account` (already open), replacing the one shown.
    void adopt(std::unique_ptr<Account> account, AccountSession::Options options = {});
    // Opens the account and shows it; a failure is said in the status bar.
    void open(const AccountInfo &info);
    Account *current() const { return m_current.get(); }
    AccountSwitcher *switcher() const { return m_switcher; }

    // The menu's actions, for tests and the shortcuts list.
    QAction *addAction() const { return m_add; }
    QAction *signOutAction() const { return m_signOut; }

    void addHelpdesk();
    void signOut();

signals:
    void accountShown(const QString &accountId); // empty: none
    void signedOut(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the window's LanguageChange

private:
    void retranslate();
    void fillSettings(SettingsDialog *dialog); // the accounts and the open one's certificate pin
    // Runs then once session (the window's session of an account being let go) has been
    // destroyed, at once when there is none.
    void whenRetired(const QPointer<AccountSession> &session, std::function<void()> then);

    AccountRegistry &m_registry;
    MainWindow &m_window;
    AccountSwitcher *m_switcher;
    QMenu *m_menu = nullptr;
    QAction *m_add;
    QAction *m_signOut;
    std::unique_ptr<Account> m_current;
    std::unique_ptr<Account> m_signingOut; // until its session is gone, then wiped
    bool m_busy = false;
};
