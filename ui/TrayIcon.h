#pragma once

#include "account/AccountSession.h"
#include "domain/Ticket.h"
#include "store/QueueWatch.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

// The tray icon: how many tickets wait in the queues the agent watches (drawn on the icon and
// in its tooltip), and a desktop notification when a sync brings new tickets there (looked up off
// the UI thread: over a large store that takes a while). Clicking
// the notification opens the ticket (openRequested); clicking the icon shows the window. Where
// the platform has no tray the counting and the signals still work.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setSession(AccountSession *session); // nullptr: no account, no icon
    void reloadWatchedQueues();               // after the settings changed

    int count() const { return m_count; }
    // A look at the store runs off the UI thread (AccountSession::readInBackground): one at a time.
    bool isLooking() const { return m_looking && m_looking == m_session; }
    QString toolTip() const { return m_toolTip; }
    QStringList watchedQueues() const { return m_watch.queues(); }
    qint64 lastNotifiedTicket() const { return m_last; }
    void openLastNotified(); // what clicking the notification does

signals:
    void notified(const QList<Ticket> &arrived);
    void openRequested(qint64 ticketId);
    void showWindowRequested();

private:
    void look();
    void took(const QueueWatch &watch, const StoreResult<QueueWatch::Look> &seen); // a look's result
    void paintIcon();

    QPointer<AccountSession> m_session;
    QPointer<AccountSession> m_looking; // the session whose store a look reads now
    bool m_lookAgain = false;           // something changed during that look
    QSystemTrayIcon *m_tray = nullptr;  // only where the platform has a tray
    bool m_trayAsked = false;           // whether it has: asked with the first session
    QueueWatch m_watch;
    int m_count = 0;
    QString m_toolTip;
    qint64 m_last = 0;
};
