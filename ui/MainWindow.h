#pragma once

#include <QMainWindow>

class ConnectionIndicator;
class QLabel;
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

private:
    void createActions();
    void createCentralArea();
    void showAbout();

    QTreeView *m_queues = nullptr;
    QTableView *m_tickets = nullptr;
    QStackedWidget *m_ticketArea = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_outboxCount = nullptr;
};
