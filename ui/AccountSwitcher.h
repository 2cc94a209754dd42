#pragma once

#include "account/AccountInfo.h"

#include <QList>
#include <QWidget>

class AccountRegistry;
class QComboBox;

// The signed-in helpdesks side by side: a list of the registry's accounts (name, helpdesk and
// agent) with the one shown marked, and "Add a helpdesk…" at the end. Choosing another account
// emits accountChosen(); opening it is the caller's (Account::open, off the UI thread).
class AccountSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit AccountSwitcher(const AccountRegistry &registry, QWidget *parent = nullptr);

    // Reads the registry again (another process, the CLI, may have added or removed one).
    void refresh();
    // Marks the account shown now, by id; no signal.
    void setCurrent(const QString &accountId);
    QString current() const { return m_current; }
    QList<AccountInfo> accounts() const { return m_accounts; }
    QComboBox *list() const { return m_list; }

signals:
    void accountChosen(const AccountInfo &account);
    void addRequested();

private:
    void chosen(int index);

    const AccountRegistry &m_registry;
    QComboBox *m_list;
    QList<AccountInfo> m_accounts;
    QString m_current;
    bool m_filling = false;
};
