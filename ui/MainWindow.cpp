#include "MainWindow.h"

#include "BuildInfo.h"
#include "ConnectionIndicator.h"
#include "ConversationView.h"
#include "TicketListModel.h"
#include "account/Account.h"
#include "content/LinkPolicy.h"
#include "store/BuiltInQueue.h"
#include "store/MessageRepository.h"
#include "store/ReferenceNames.h"
#include "store/Store.h"
#include "store/TicketRepository.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Deskhand"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1440, 860);
    createCentralArea();
    createActions();

    m_connection = new ConnectionIndicator(this);
    m_outboxCount = new QLabel(tr("Outbox empty"), this);
    m_outboxCount->setAccessibleName(tr("Outbox"));
    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_outboxCount);
}

void MainWindow::setHelpdeskTitle(const QString &title)
{
    setWindowTitle(title.isEmpty() ? tr("Deskhand") : tr("%1 — Deskhand").arg(title));
}

void MainWindow::showAccount(Account *account)
{
    m_account = account;
    m_ticketList->setStore(account ? account->store() : nullptr);
    if (!account) {
        setHelpdeskTitle({});
        m_connection->setState(ConnectionIndicator::State::NoHelpdesk);
        refreshQueueCounts();
        return;
    }
    const AccountInfo &info = account->info();
    setHelpdeskTitle(info.name);
    m_connection->setState(ConnectionIndicator::State::Online,
                           tr("%1 on %2").arg(info.agentName, info.helpdeskUrl.toDisplayString()));
    refreshQueueCounts();
    m_queues->setCurrentIndex(m_queueList->index(0, 0));
    showQueue(BuiltInQueue::all().constFirst().name);
}

void MainWindow::showQueue(const QString &name)
{
    const BuiltInQueue *queue = BuiltInQueue::find(name);
    if (!queue || !m_account)
        return;
    m_ticketList->setQuery(queue->query(m_account->info().personId));
}

void MainWindow::showTicket(int row)
{
    const Ticket ticket = m_ticketList->ticketAt(row);
    StoreResult<QSqlDatabase> reader = m_account && ticket.id != 0
                                           ? m_account->store()->reader()
                                           : StoreResult<QSqlDatabase>::failure(QString());
    if (!reader) {
        m_conversation->clearConversation();
        m_ticketArea->setCurrentIndex(0);
        return;
    }
    const StoreResult<QList<Message>> messages = MessageRepository(reader.value()).byTicket(ticket.id);
    if (!messages) {
        statusBar()->showMessage(messages.error());
        return;
    }
    m_conversation->showConversation(ticket, messages.value(), ReferenceNames(reader.value()));
    m_ticketArea->setCurrentWidget(m_conversation);
}

void MainWindow::moveInList(int step)
{
    const int rows = m_ticketList->rowCount();
    if (rows == 0)
        return;
    const int current = m_tickets->currentIndex().isValid() ? m_tickets->currentIndex().row() : -1;
    const int row = std::clamp(current + step, 0, rows - 1);
    m_tickets->setCurrentIndex(m_ticketList->index(row, TicketListModel::Subject));
    m_tickets->scrollTo(m_tickets->currentIndex());
}

void MainWindow::openLink(const QUrl &url)
{
    // The real target, not the link's text: "Your bank" may go anywhere.
    const auto answer = QMessageBox::question(
        this, tr("Open Link"),
        tr("Open this address in your browser?\n\n%1").arg(LinkPolicy::displayTarget(url)));
    if (answer == QMessageBox::Yes && LinkPolicy::isOpenable(url))
        QDesktopServices::openUrl(url);
}

void MainWindow::refreshQueueCounts()
{
    StoreResult<QSqlDatabase> reader =
        m_account ? m_account->store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    for (int row = 0; row < m_queueList->rowCount(); ++row) {
        QStandardItem *item = m_queueList->item(row);
        const BuiltInQueue *queue = BuiltInQueue::find(item->data(Qt::UserRole).toString());
        QString text = queue->displayTitle();
        if (reader) {
            const StoreResult<int> count =
                TicketRepository(reader.value()).count(queue->query(m_account->info().personId));
            if (count)
                text = tr("%1 (%L2)").arg(text).arg(count.value());
        }
        item->setText(text);
    }
}

void MainWindow::createCentralArea()
{
    m_queueList = new QStandardItemModel(this);
    m_queueList->setHorizontalHeaderLabels({tr("Queues")});
    for (const BuiltInQueue &queue : BuiltInQueue::all()) {
        auto *item = new QStandardItem(queue.displayTitle());
        item->setData(queue.name, Qt::UserRole);
        item->setEditable(false);
        m_queueList->appendRow(item);
    }
    m_queues = new QTreeView(this);
    m_queues->setObjectName(QStringLiteral("queues"));
    m_queues->setAccessibleName(tr("Queues"));
    m_queues->setModel(m_queueList);
    m_queues->setRootIsDecorated(false);
    m_queues->setUniformRowHeights(true);
    connect(m_queues->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showQueue(current.data(Qt::UserRole).toString()); });

    m_ticketList = new TicketListModel(this);
    m_tickets = new QTableView(this);
    m_tickets->setObjectName(QStringLiteral("tickets"));
    m_tickets->setAccessibleName(tr("Tickets"));
    m_tickets->setModel(m_ticketList);
    m_tickets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tickets->setSortingEnabled(true);
    m_tickets->sortByColumn(TicketListModel::LastActivity, Qt::DescendingOrder);
    m_tickets->verticalHeader()->hide();
    // One line per ticket, at a height that follows the font (and so the display's scaling).
    m_tickets->setWordWrap(false);
    m_tickets->setTextElideMode(Qt::ElideRight);
    m_tickets->setShowGrid(false);
    m_tickets->setAlternatingRowColors(true);
    m_tickets->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tickets->verticalHeader()->setDefaultSectionSize(m_tickets->fontMetrics().height() + 8);
    m_tickets->horizontalHeader()->setDefaultSectionSize(110);
    m_tickets->horizontalHeader()->resizeSection(
        TicketListModel::Ref, m_tickets->fontMetrics().horizontalAdvance(QStringLiteral("WWWW-0000-WWWW")));
    m_tickets->horizontalHeader()->resizeSection(TicketListModel::Urgency, 70);
    m_tickets->horizontalHeader()->resizeSection(TicketListModel::Subject, 330);
    m_tickets->horizontalHeader()->setStretchLastSection(true);

    auto *nothingOpen = new QLabel(tr("Select a ticket to read its conversation."), this);
    nothingOpen->setAlignment(Qt::AlignCenter);
    nothingOpen->setWordWrap(true);
    nothingOpen->setEnabled(false);
    m_ticketArea = new QStackedWidget(this);
    m_ticketArea->setObjectName(QStringLiteral("ticketArea"));
    m_ticketArea->setAccessibleName(tr("Ticket"));
    m_ticketArea->addWidget(nothingOpen);
    m_conversation = new ConversationView(this);
    m_ticketArea->addWidget(m_conversation);
    connect(m_conversation, &ConversationView::openLinkRequested, this, &MainWindow::openLink);
    connect(m_tickets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTicket(current.isValid() ? current.row() : -1); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_queues);
    splitter->addWidget(m_tickets);
    splitter->addWidget(m_ticketArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 1000, 360});
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signIn = file->addAction(tr("&Sign In…"));
    signIn->setEnabled(false); // sign-in arrives with the accounts work
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    const struct
    {
        const char *text;
        QKeySequence key;
    } ticketActions[] = {
        {QT_TR_NOOP("&Reply"), QKeySequence(Qt::Key_R)},
        {QT_TR_NOOP("Add &Note"), QKeySequence(Qt::Key_N)},
        {QT_TR_NOOP("&Assign to Me"), QKeySequence(Qt::Key_A)},
        {QT_TR_NOOP("Set &Status…"), QKeySequence(Qt::Key_S)},
    };
    for (const auto &entry : ticketActions) {
        QAction *action = ticket->addAction(tr(entry.text));
        action->setShortcut(entry.key);
        action->setEnabled(false); // enabled once a ticket is open
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search"));
    search->setShortcut(QKeySequence(Qt::Key_Slash));
    search->setEnabled(false);
    view->addSeparator();
    // j and k move through the list as in mail readers; the arrows work in the list itself.
    QAction *next = view->addAction(tr("&Next Ticket"), this, [this] { moveInList(+1); });
    next->setShortcut(QKeySequence(Qt::Key_J));
    next->setObjectName(QStringLiteral("nextTicket"));
    QAction *previous = view->addAction(tr("&Previous Ticket"), this, [this] { moveInList(-1); });
    previous->setShortcut(QKeySequence(Qt::Key_K));
    previous->setObjectName(QStringLiteral("previousTicket"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Deskhand"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Deskhand"),
                       tr("<h3>Deskhand %1</h3><p>A desktop client for helpdesk agents: your queues and "
                          "replies, offline, encrypted on this computer.</p>")
                           .arg(QString::fromLatin1(BuildInfo::version)));
}
