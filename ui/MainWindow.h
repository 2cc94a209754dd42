#pragma once

#include <QMainWindow>

class Account;
class ConnectionIndicator;
class ConversationView;
class QLabel;
class QStandardItemModel;
class TicketListModel;
class QStackedWidget;
class QTableView;
class QTreeView;

// The agent's main window: queues on the left, the ticket list, the open ticket beside it,
// and the connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    void setHelpdeskTitle(const QString &title);

    // Shows a signed-in account's queues and tickets from its store; nullptr shows none. The
    // account must outlive the window or be replaced first.
    void showAccount(Account *account);
    void showQueue(const QString &name);
    void showTicket(int row); // of the ticket list; -1 shows none
    ConversationView *conversation() const { return m_conversation; }
    TicketListModel *ticketList() const { return m_ticketList; }
    QStandardItemModel *queueList() const { return m_queueList; }

private:
    void createActions();
    void createCentralArea();
    void showAbout();

    void refreshQueueCounts();
    void openLink(const QUrl &url);
    void moveInList(int step);

    Account *m_account = nullptr;
    QStandardItemModel *m_queueList = nullptr;
    TicketListModel *m_ticketList = nullptr;
    QTreeView *m_queues = nullptr;
    QTableView *m_tickets = nullptr;
    QStackedWidget *m_ticketArea = nullptr;
    ConversationView *m_conversation = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_outboxCount = nullptr;
};
