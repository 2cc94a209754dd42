#include "AccountController.h"

#include "AccountSwitcher.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "account/SignOut.h"

#include <QAction>
#include <QCoroTask>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

AccountController::AccountController(AccountRegistry &registry, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_window(window)
    , m_switcher(new AccountSwitcher(registry, &window))
    , m_add(new QAction(&window))
    , m_signOut(new QAction(&window))
{
    m_switcher->setObjectName(QStringLiteral("accountSwitcher"));
    m_window.statusBar()->addPermanentWidget(m_switcher);
    QMenu *menu = m_window.menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("accountMenu"));
    menu->addAction(m_add);
    menu->addAction(m_signOut);
    m_add->setObjectName(QStringLiteral("addHelpdesk"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setEnabled(false);
    connect(m_add, &QAction::triggered, this, &AccountController::addHelpdesk);
    connect(m_signOut, &QAction::triggered, this, &AccountController::signOut);
    connect(m_switcher, &AccountSwitcher::accountChosen, this, &AccountController::open);
    connect(m_switcher, &AccountSwitcher::addRequested, this, &AccountController::addHelpdesk);
    connect(&m_window, &MainWindow::settingsOpened, this, &AccountController::fillSettings);
    m_menu = menu;
    retranslate();
    m_window.installEventFilter(this);
}

bool AccountController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

AccountController::~AccountController()
{
    m_window.showAccount(nullptr); // the window lets go before the account closes
    // A session whose sync or outbox pass is still in flight finishes on its own and takes its
    // account with it (at the latest with the process); the others go now, before their accounts.
    const auto take = [this](Account *account) {
        std::unique_ptr<Account> taken;
        if (m_current.get() == account)
            taken = std::move(m_current);
        else if (m_signingOut.get() == account)
            taken = std::move(m_signingOut);
        return taken;
    };
    for (AccountSession *session : m_window.findChildren<AccountSession *>()) {
        if (!session->isBusy()) {
            delete session;
            continue;
        }
        session->setParent(nullptr);
        session->keepUntilRetired(take(&session->account()));
    }
}

void AccountController::retranslate()
{
    m_menu->setTitle(tr("&Account"));
    m_add->setText(tr("&Add a Helpdesk…"));
    m_signOut->setText(tr("Sign &Out…"));
}

void AccountController::adopt(std::unique_ptr<Account> account, AccountSession::Options options)
{
    std::unique_ptr<Account> previous = std::move(m_current);
    const QPointer<AccountSession> leaving = m_window.session();
    m_current = std::move(account);
    m_window.showAccount(m_current.get(), options); // retires the previous account's session
    // Closed with its session, once that has finished what it had in flight: their coroutines use it.
    if (leaving && previous)
        leaving->keepUntilRetired(std::move(previous));
    previous.reset(); // without a session, nothing of it was in flight
    m_switcher->refresh();
    const QString id = m_current ? m_current->info().id : QString();
    m_switcher->setCurrent(id);
    m_signOut->setEnabled(m_current != nullptr);
    emit accountShown(id);
}

void AccountController::fillSettings(SettingsDialog *dialog)
{
    dialog->showAccounts(m_registry.accounts(), m_current ? m_current->info().id : QString(), m_add,
                         m_signOut);
    connect(dialog, &SettingsDialog::saved, this, [this, dialog] {
        if (!m_current || !dialog->certificatePinChanged())
            return;
        AccountInfo info = m_current->info();
        info.spkiPin = dialog->certificatePin();
        QString error;
        if (!m_registry.save(info, &error)) {
            m_window.statusBar()->showMessage(error);
            return;
        }
        // Opened again, so that its connections carry the new pin from now on.
        m_window.statusBar()->showMessage(info.spkiPin.isEmpty()
                                              ? tr("%1 no longer has a certificate pin.").arg(info.name)
                                              : tr("%1 now only accepts the pinned key.").arg(info.name),
                                          8000);
        open(info);
    });
}

void AccountController::open(const AccountInfo &info)
{
    if (m_busy)
        return;
    m_busy = true;
    m_window.statusBar()->showMessage(tr("Opening %1…").arg(info.name));
    QCoro::connect(Account::open(info, m_registry), this, [this](Account::Opening opening) {
        m_busy = false;
        if (!opening.account) {
            m_window.statusBar()->showMessage(opening.message);
            m_switcher->setCurrent(m_current ? m_current->info().id : QString());
            return;
        }
        m_window.statusBar()->clearMessage();
        adopt(std::move(opening.account));
    });
}

void AccountController::addHelpdesk()
{
    if (m_busy)
        return;
    auto *dialog = new SignInDialog(m_registry, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (std::unique_ptr<Account> added = dialog->takeAccount())
            adopt(std::move(added));
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { m_switcher->setCurrent(m_current ? m_current->info().id : QString()); });
    dialog->open();
}

void AccountController::signOut()
{
    if (!m_current || m_busy)
        return;
    const AccountInfo info = m_current->info();
    const StoreResult<QJsonArray> unsent = SignOut::unsentItems(*m_current);
    SignOut::Unsent choice = SignOut::Unsent::Discard;
    QString exportFile;

    QMessageBox ask(&m_window);
    ask.setIcon(QMessageBox::Warning);
    ask.setWindowTitle(tr("Sign Out"));
    if (unsent && !unsent->isEmpty()) {
        ask.setText(
            tr("The outbox of %1 still holds %n item(s) that were not sent.", nullptr, int(unsent->size()))
                .arg(info.name));
        ask.setInformativeText(tr("Signing out removes this account's tickets, drafts and outbox from this "
                                  "computer. Export the unsent items to a file you keep, or discard them."));
        QPushButton *exportButton = ask.addButton(tr("&Export and Sign Out…"), QMessageBox::AcceptRole);
        QPushButton *discardButton = ask.addButton(tr("&Discard and Sign Out"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(exportButton);
        ask.exec();
        if (ask.clickedButton() == exportButton) {
            exportFile = QFileDialog::getSaveFileName(
                &m_window, tr("Export Unsent Items"),
                QStringLiteral("deskhand-outbox-%1.json").arg(info.name), tr("JSON files (*.json)"));
            if (exportFile.isEmpty())
                return;
            choice = SignOut::Unsent::Export;
        } else if (ask.clickedButton() != discardButton) {
            return;
        }
    } else {
        ask.setText(tr("Sign out of %1?").arg(info.name));
        ask.setInformativeText(
            tr("This account's tickets, drafts and attachments are removed from this computer, "
               "and its credentials from the keychain."));
        QPushButton *signOutButton = ask.addButton(tr("Sign &Out"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != signOutButton)
            return;
    }

    m_busy = true;
    m_signOut->setEnabled(false);
    const QPointer<AccountSession> session = m_window.session();
    m_window.showAccount(nullptr);
    m_window.statusBar()->showMessage(tr("Signing out of %1…").arg(info.name));
    // The wipe waits for what the account's session had in flight (a sync, an outbox pass).
    m_signingOut = std::move(m_current);
    whenRetired(session, [this, info, choice, exportFile] {
        QCoro::connect(SignOut::run(std::move(m_signingOut), m_registry, choice, exportFile), this,
                       [this, info](const SignOut::Result &result) {
                           m_busy = false;
                           m_switcher->refresh();
                           m_switcher->setCurrent(QString());
                           if (!result.ok()) {
                               m_window.statusBar()->showMessage(result.message);
                               return;
                           }
                           m_window.statusBar()->showMessage(result.revocation.isEmpty()
                                                                 ? result.message
                                                                 : result.message + QLatin1Char(' ') +
                                                                       result.revocation);
                           emit signedOut(info.id);
                           emit accountShown(QString());
                           // Another signed-in helpdesk, if there is one, comes next.
                           const QList<AccountInfo> left = m_registry.accounts();
                           if (!left.isEmpty())
                               open(left.constFirst());
                       });
    });
}

void AccountController::whenRetired(const QPointer<AccountSession> &session, std::function<void()> then)
{
    if (!session) {
        then();
        return;
    }
    connect(session, &QObject::destroyed, this, [then = std::move(then)] { then(); });
}
