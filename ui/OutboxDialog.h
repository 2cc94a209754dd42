#pragma once

#include "account/AccountSession.h"
#include "domain/OutboxItem.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

// What waits in the outbox: pending, failed and held (conflict) items, oldest first. For the
// selected item: send now (or retry), edit a reply or note, discard it (after a confirmation),
// and for a conflict what changed on the ticket with send anyway, edit or keep as draft. The
// decisions are the Outbox's (the same the CLI offers); the list follows the outbox as it sends.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(AccountSession *session, QWidget *parent = nullptr);

    void refresh();
    QList<OutboxItem> items() const { return m_items; }
    void selectItem(qint64 itemId);
    qint64 selectedId() const;

    // The actions on the selected item (what the buttons do).
    void sendNow();
    void sendAnyway();
    void edit();
    void keepAsDraft();
    void discard(); // asks first

signals:
    void decided(const QString &message); // for the status bar

private:
    void showSelected();
    QString describe(const OutboxItem &item) const;
    void finish(const QString &done, const QString &error);

    QPointer<AccountSession> m_session;
    QList<OutboxItem> m_items;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_sendAnyway = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_keepAsDraft = nullptr;
    QPushButton *m_discard = nullptr;
};
