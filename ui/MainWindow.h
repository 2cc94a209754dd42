#pragma once

#include "OutboxDialog.h"
#include "account/AccountSession.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class Account;
class ComposerWidget;
class ConnectionIndicator;
class ConversationView;
class PropertiesPanel;
class QMenu;
class QStandardItemModel;
class QStackedWidget;
class QTableView;
class QTreeView;
class SearchBox;
class StatusArea;
class TicketListModel;
class SettingsDialog;
class TicketPane;
class TicketWindow;
class TrayIcon;

// The agent's main window: the search box and queues on the left, the ticket list, and the open
// ticket beside it (a TicketPane: conversation, composer, properties) or in windows of their own
// (TicketWindow), with the connection, sync and outbox in the status bar. It reads from the store and
// refreshes when the store changes (a sync page, an item queued, sent or held); every change goes through the
// account's outbox. The parts are widgets of their own; the window wires them and owns the keyboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The size a new window has before WindowLayout restores the agent's (scripted runs keep it).
    static QSize defaultSize() { return {1440, 860}; }

    ConnectionIndicator *connectionIndicator() const;
    void setHelpdeskTitle(const QString &title);

    // Shows a signed-in account's queues and tickets from its store, and starts its session
    // (outbox sending, background sync) once the window has painted them (accountPainted());
    // nullptr shows none. The account must outlive the window or be replaced first.
    void showAccount(Account *account, AccountSession::Options options = {});
    AccountSession *session() const { return m_session; }

    void showQueue(const QString &name);
    void showTicket(int row);         // of the ticket list; -1 shows none
    void openTicket(qint64 ticketId); // 0 shows none
    // By id or ref; false (and a message in the status bar) when the store has no such ticket.
    bool openTicketByKey(const QString &idOrRef);
    qint64 openTicketId() const;
    // The ticket in a window of its own (raised when it has one already); null when the store
    // has no such ticket.
    TicketWindow *openTicketWindow(qint64 ticketId);
    QList<TicketWindow *> ticketWindows() const;
    QList<qint64> selectedTicketIds() const;

    // Re-reads what the window shows from the store, keeping the selection and the open ticket.
    void refreshFromStore();

    // The window's commands (menus and keys).
    void assignToMe();
    void showStatusMenu();
    void changeSelected(); // bulk change dialog
    void showOutbox();
    void newTicket(); // the new-ticket dialog
    void showShortcuts();
    void focusSearch();
    void back();
    void queueChanges(const QList<QPair<qint64, QJsonObject>> &changes);

    TicketPane *ticketPane() const { return m_pane; }
    ConversationView *conversation() const;
    ComposerWidget *composer() const;
    PropertiesPanel *properties() const;
    SearchBox *searchBox() const { return m_search; }
    StatusArea *statusArea() const { return m_status; }
    TicketListModel *ticketList() const { return m_ticketList; }
    QTableView *ticketView() const { return m_tickets; }
    QStandardItemModel *queueList() const { return m_queueList; }
    OutboxDialog *outboxDialog() const { return m_outboxDialog; }
    TrayIcon *tray() const { return m_tray; }
    void showSettings();

signals:
    // The window has painted the queue showAccount() put in it (FirstPaint; at once for a hidden
    // window): for scripted runs. What the first look does not need follows this.
    void accountPainted(qint64 paintedNs);
    void queueCountsShown(); // the queue titles have the counts just read (for scripted runs)
    void refreshed();        // after refreshFromStore(), for tests and scripted runs
    void settingsOpened(SettingsDialog *dialog); // before it shows: others add their parts

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override; // what it built from the store, in a new language

private:
    void createActions();
    void createCentralArea();
    void showAbout();

    void refreshQueueCounts(); // off the UI thread; the titles follow when the counts are in
    void showQueueTitles();    // in the current language, with the counts read last
    void reloadChoices();
    void showOpenTicket(qint64 ticketId);
    void moveInList(int step);
    void openCurrent();
    void openCurrentInWindow();
    void scheduleRefresh();
    QList<qint64> targetTickets() const; // the selection, else the open ticket

    Account *m_account = nullptr;
    QPointer<AccountSession> m_session;
    QStandardItemModel *m_queueList = nullptr;
    TicketListModel *m_ticketList = nullptr;
    SearchBox *m_search = nullptr;
    QTreeView *m_queues = nullptr;
    QTableView *m_tickets = nullptr;
    QStackedWidget *m_ticketArea = nullptr;
    TicketPane *m_pane = nullptr;
    QList<QPointer<TicketWindow>> m_ticketWindows;
    StatusArea *m_status = nullptr;
    TrayIcon *m_tray = nullptr;
    QPointer<OutboxDialog> m_outboxDialog;
    QHash<QString, int> m_queueCounts;   // by queue name, as read last for this account
    QPointer<AccountSession> m_counting; // the session whose store a count reads now
    bool m_countAgain = false;           // the store changed during that count
    QMenu *m_statusMenu = nullptr;
    QList<QAction *> m_shortcutActions;
    QTimer m_refreshTimer;
};
