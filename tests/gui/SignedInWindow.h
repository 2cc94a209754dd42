#pragma once

#include "CliRunner.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "account/AccountSession.h"
#include "domain/OutboxItem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>

// For GUI tests: a sandbox helpdesk, an account signed in to it and synced by the real
// deskhand-cli (its own DESKHAND_HOME), that account opened in this process with the real
// keychain and store, and the real MainWindow showing it, shown and exposed. The session's
// background sync is off (tests sync when they mean to) and the outbox retries quickly.
class SignedInWindow
{
public:
    struct Options
    {
        int tickets = 60;
        bool syncOnStart = false;
    };

    SignedInWindow() = default;
    ~SignedInWindow();

    bool start(const Options &options);
    bool start() { return start(Options{}); }
    QString error() const { return m_error; }

    // A restart: the window and the account go (drafts saved as on quit), then both come back.
    bool restart();

    MainWindow &window() const { return *m_window; }
    AccountSession &session() const { return *m_window->session(); }
    Account &account() const { return *m_account; }
    SandboxProcess &sandbox() const { return *m_sandbox; }
    SandboxAdmin &admin() const { return *m_admin; }
    CliRunner &cli() const { return *m_cli; }

    // The helpdesk's API as the test sees it (the API key).
    QUrl api(const QString &pathAndQuery) const;
    HttpProbe::Result get(const QString &pathAndQuery);
    HttpProbe::Result sendJson(const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body);
    QJsonObject remoteTicket(qint64 id);
    QJsonArray remoteMessages(qint64 ticketId);
    // Messages on the helpdesk whose text contains `marker`.
    QList<QJsonObject> remoteMessagesWith(qint64 ticketId, const QString &marker);
    // A file uploaded to the helpdesk (POST /blobs/temp), to attach to a message: its blob_auth.
    QString uploadBlob(const QByteArray &filename, const QByteArray &contentType, const QByteArray &bytes);
    // A message posted on the helpdesk in the customer's name (as Deskpro lets an API key),
    // with these attachments: its id, 0 on failure.
    qint64 postCustomerMessage(qint64 ticketId, const QString &html, const QStringList &blobAuths = {});
    // Syncs in the window's own session; true once the sync has finished without an error.
    bool syncNow();
    HttpProbe &probe() { return m_probe; }

    QList<OutboxItem> unsent() const;
    qint64 myPersonId() const { return m_account->info().personId; }

    // Clicks the queue `name` in the sidebar; true when the list shows its tickets.
    bool clickQueue(const QString &name);
    // Clicks the conversation's link to `href` (scrolled into view first); false when it has none.
    bool clickLink(const QString &href);
    // Clicks row `row` of the ticket list (the ticket opens); true when it is open.
    bool clickTicket(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    static QString marker(); // unique text to find a message by
    // Brings the window to the front (after a dialog) so that its keys work; true once active.
    bool activate();

    // The names the helpdesk gives (statuses, agents, departments, teams, priorities): shown as
    // the helpdesk spells them, in any language of Deskhand's.
    QSet<QString> helpdeskNames();

private:
    void closeWindow();
    bool openWindow();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<MainWindow> m_window;
    HttpProbe m_probe;
    Options m_options;
    QString m_error;
};
