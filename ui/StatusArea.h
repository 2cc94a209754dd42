#pragma once

#include "account/AccountSession.h"

#include <QPointer>
#include <QWidget>

class ConnectionIndicator;
class QProgressBar;
class QToolButton;

// The status bar's permanent part for an open account: the connection (online, offline,
// syncing, signed out), the sync's progress while it runs, and the outbox count, which opens
// the outbox view when clicked.
class StatusArea : public QWidget
{
    Q_OBJECT

public:
    explicit StatusArea(QWidget *parent = nullptr);

    void setSession(AccountSession *session); // nullptr: no account
    ConnectionIndicator *connection() const { return m_connection; }
    QProgressBar *progress() const { return m_progress; }
    QToolButton *outboxButton() const { return m_outbox; }
    void showOutboxCount(int unsent);

signals:
    void outboxRequested();

protected:
    void changeEvent(QEvent *event) override; // the connection's details again in a new language

private:
    void showConnection();

    QPointer<AccountSession> m_session;
    ConnectionIndicator *m_connection = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_outbox = nullptr;
};
