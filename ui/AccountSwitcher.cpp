#include "AccountSwitcher.h"

#include "account/AccountRegistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

AccountSwitcher::AccountSwitcher(const AccountRegistry &registry, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_list(new QComboBox(this))
{
    m_list->setAccessibleName(tr("Helpdesk account"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QComboBox::activated, this, &AccountSwitcher::chosen);
    refresh();
}

void AccountSwitcher::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_accounts = m_registry.accounts();
    m_list->clear();
    for (const AccountInfo &account : std::as_const(m_accounts)) {
        const QString host = account.helpdeskUrl.host();
        const QString label = account.name == host ? host : tr("%1 (%2)").arg(account.name, host);
        m_list->addItem(label, account.id);
        const int row = m_list->count() - 1;
        m_list->setItemData(
            row,
            account.agentName.isEmpty()
                ? account.helpdeskUrl.toDisplayString()
                : tr("%1, signed in as %2").arg(account.helpdeskUrl.toDisplayString(), account.agentName),
            Qt::ToolTipRole);
    }
    if (!m_accounts.isEmpty())
        m_list->insertSeparator(m_list->count());
    m_list->addItem(tr("Add a helpdesk…"));
    setCurrent(m_current);
}

void AccountSwitcher::setCurrent(const QString &accountId)
{
    m_current = accountId;
    const QSignalBlocker blocker(m_list);
    const int row = accountId.isEmpty() ? -1 : m_list->findData(accountId);
    m_list->setCurrentIndex(row >= 0 ? row : (m_accounts.isEmpty() ? -1 : 0));
}

void AccountSwitcher::chosen(int index)
{
    const QString id = m_list->itemData(index).toString();
    if (id.isEmpty()) { // "Add a helpdesk…"
        setCurrent(m_current);
        emit addRequested();
        return;
    }
    if (id == m_current)
        return;
    for (const AccountInfo &account : std::as_const(m_accounts)) {
        if (account.id == id) {
            m_current = id;
            emit accountChosen(account);
            return;
        }
    }
}
