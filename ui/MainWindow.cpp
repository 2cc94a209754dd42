#include "MainWindow.h"

#include "BuildInfo.h"
#include "BulkChangeDialog.h"
#include "ComposerWidget.h"
#include "ConnectionIndicator.h"
#include "ConversationView.h"
#include "FirstPaint.h"
#include "NewTicketDialog.h"
#include "OutboxDialog.h"
#include "PropertiesPanel.h"
#include "ReferenceChoices.h"
#include "SearchBox.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "StatusArea.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketRowDelegate.h"
#include "TicketWindow.h"
#include "TrayIcon.h"
#include "account/Account.h"
#include "store/BuiltInQueue.h"
#include "store/Store.h"
#include "store/TicketRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Deskhand"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(defaultSize());
    createCentralArea();
    createActions();

    m_status = new StatusArea(this);
    statusBar()->addPermanentWidget(m_status, 1);
    connect(m_status, &StatusArea::outboxRequested, this, &MainWindow::showOutbox);

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::openRequested, this,
            [this](qint64 ticketId) { openTicketByKey(QString::number(ticketId)); });

    // Many store changes come in a burst (a sync page, an item and its count): one refresh.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshFromStore);
}

MainWindow::~MainWindow()
{
    // Drafts are saved while the session is still there.
    for (const QPointer<TicketWindow> &window : std::as_const(m_ticketWindows))
        delete window.data();
    m_pane->setSession(nullptr);
}

qint64 MainWindow::openTicketId() const
{
    return m_pane->ticketId();
}

ConversationView *MainWindow::conversation() const
{
    return m_pane->conversation();
}

ComposerWidget *MainWindow::composer() const
{
    return m_pane->composer();
}

PropertiesPanel *MainWindow::properties() const
{
    return m_pane->properties();
}

QList<TicketWindow *> MainWindow::ticketWindows() const
{
    QList<TicketWindow *> windows;
    for (const QPointer<TicketWindow> &window : m_ticketWindows) {
        if (window)
            windows << window.data();
    }
    return windows;
}

TicketWindow *MainWindow::openTicketWindow(qint64 ticketId)
{
    if (!m_session || ticketId == 0)
        return nullptr;
    for (TicketWindow *window : ticketWindows()) {
        if (window->ticketId() == ticketId) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    auto *window = new TicketWindow(m_session, ticketId, this);
    if (window->ticketId() != ticketId) { // not in the store
        window->deleteLater();
        statusBar()->showMessage(tr("Ticket %1 is not on this computer.").arg(ticketId), 5000);
        return nullptr;
    }
    connect(window, &TicketWindow::queued, this, &MainWindow::scheduleRefresh);
    m_ticketWindows.removeAll(nullptr);
    m_ticketWindows << window;
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ConnectionIndicator *MainWindow::connectionIndicator() const
{
    return m_status->connection();
}

void MainWindow::setHelpdeskTitle(const QString &title)
{
    setWindowTitle(title.isEmpty() ? tr("Deskhand") : tr("%1 — Deskhand").arg(title));
}

void MainWindow::showAccount(Account *account, AccountSession::Options options)
{
    for (const QPointer<TicketWindow> &window : std::as_const(m_ticketWindows))
        delete window.data(); // drafts saved while their session is there
    m_ticketWindows.clear();
    m_pane->setSession(nullptr);
    if (m_outboxDialog)
        m_outboxDialog->close();
    if (m_session) {
        // It goes once what it has in flight is over; AccountController keeps its account until then.
        m_session->disconnect(this);
        std::exchange(m_session, nullptr)->retire();
    }
    m_account = account;
    m_ticketList->setStore(account ? account->store() : nullptr);
    m_search->setStore(account ? account->store() : nullptr);
    if (!account) {
        setHelpdeskTitle({});
        m_status->setSession(nullptr);
        m_tray->setSession(nullptr);
        m_ticketArea->setCurrentIndex(0);
        m_queueCounts.clear();
        showQueueTitles();
        return;
    }
    m_session = new AccountSession(*account, options, this);
    connect(m_session, &AccountSession::storeChanged, this, &MainWindow::scheduleRefresh);
    connect(m_session, &AccountSession::syncFinished, this, [this](const SyncReport &report) {
        reloadChoices(); // the first sync brings statuses, agents, …
        if (report.error)
            statusBar()->showMessage(tr("Sync stopped: %1").arg(report.error->message), 10000);
    });
    connect(m_session, &AccountSession::outboxCountChanged, this, &MainWindow::scheduleRefresh);
    m_pane->setSession(m_session);
    m_status->setSession(m_session);
    // Once the queue is on the screen: the queue counts and the tray's stock-taking (a count and
    // the newest tickets of each watched queue), read off the UI thread (over a large store they
    // take a while), and the session's start (the outbox, the sync: their first request starts
    // the TLS backend). The agent's first look needs none of them. Not longer than a second for a
    // window the window system does not expose.
    m_tray->setSession(nullptr);
    const QPointer<AccountSession> shown = m_session;
    FirstPaint::whenPainted(
        this,
        [this, shown](qint64 paintedNs) {
            if (!shown || shown != m_session)
                return; // another account is shown by now
            emit accountPainted(paintedNs);
            refreshQueueCounts();
            m_tray->setSession(m_session);
            m_session->start();
        },
        std::chrono::seconds(1));
    const AccountInfo &info = account->info();
    setHelpdeskTitle(info.name); // the choices came with m_pane->setSession()
    m_queueCounts.clear();
    showQueueTitles();
    // The first queue, read once: making it current shows it (currentChanged), unless it is already.
    const QModelIndex first = m_queueList->index(0, 0);
    if (m_queues->currentIndex() == first)
        showQueue(first.data(Qt::UserRole).toString());
    else
        m_queues->setCurrentIndex(first);
}

void MainWindow::reloadChoices()
{
    m_pane->reloadChoices();
    for (TicketWindow *window : ticketWindows())
        window->pane()->reloadChoices();
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
    openTicket(m_ticketList->ticketAt(row).id);
}

void MainWindow::openTicket(qint64 ticketId)
{
    if (ticketId == 0 || !m_account) {
        m_pane->openTicket(0);
        m_ticketArea->setCurrentIndex(0);
        return;
    }
    showOpenTicket(ticketId);
}

bool MainWindow::openTicketByKey(const QString &idOrRef)
{
    StoreResult<QSqlDatabase> reader = m_account
                                           ? m_account->store()->reader()
                                           : StoreResult<QSqlDatabase>::failure(tr("No account is open."));
    if (!reader) {
        statusBar()->showMessage(reader.error());
        return false;
    }
    const TicketRepository tickets(reader.value());
    QString key = idOrRef.trimmed();
    if (key.startsWith(QLatin1String("ref:"), Qt::CaseInsensitive))
        key = key.mid(4);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    std::optional<Ticket> found;
    if (isNumber) {
        if (const auto byId = tickets.byId(id); byId && byId.value())
            found = byId.value();
    }
    if (!found) {
        if (const auto byRef = tickets.byRef(key); byRef && byRef.value())
            found = byRef.value();
    }
    if (!found) {
        statusBar()->showMessage(
            tr("Ticket %1 is not on this computer; it may come with the next sync.").arg(key));
        return false;
    }
    const int row = m_ticketList->rowOf(found->id);
    if (row >= 0)
        m_tickets->setCurrentIndex(m_ticketList->index(row, TicketListModel::Subject));
    openTicket(found->id);
    return true;
}

void MainWindow::showOpenTicket(qint64 ticketId)
{
    if (m_pane->openTicket(ticketId))
        m_ticketArea->setCurrentWidget(m_pane);
    else
        m_ticketArea->setCurrentIndex(0); // gone: deleted, or removed by retention
}

QList<qint64> MainWindow::selectedTicketIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_tickets->selectionModel()->selectedRows())
        ids << m_ticketList->ticketAt(index.row()).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> MainWindow::targetTickets() const
{
    QList<qint64> ids = selectedTicketIds();
    if (ids.isEmpty() && openTicketId() != 0)
        ids << openTicketId();
    return ids;
}

void MainWindow::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MainWindow::refreshFromStore()
{
    m_refreshTimer.stop();
    if (!m_account)
        return;
    refreshQueueCounts();
    const QList<qint64> selected = selectedTicketIds();
    const qint64 current = m_ticketList->ticketAt(m_tickets->currentIndex().row()).id;
    {
        // Putting the selection back is not the agent moving: the open ticket stays.
        const QSignalBlocker quiet(m_tickets->selectionModel());
        if (m_ticketList->refresh()) {
            QItemSelection selection;
            for (const qint64 id : selected) {
                const int row = m_ticketList->rowOf(id);
                if (row >= 0)
                    selection.select(m_ticketList->index(row, 0),
                                     m_ticketList->index(row, TicketListModel::ColumnCount - 1));
            }
            const int currentRow = m_ticketList->rowOf(current);
            if (currentRow >= 0)
                m_tickets->selectionModel()->setCurrentIndex(
                    m_ticketList->index(currentRow, TicketListModel::Subject), QItemSelectionModel::NoUpdate);
            m_tickets->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        }
    }
    m_tickets->viewport()->update();
    if (openTicketId() != 0 && !m_pane->refresh())
        m_ticketArea->setCurrentIndex(0);
    for (TicketWindow *window : ticketWindows())
        window->refresh();
    emit refreshed();
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

void MainWindow::openCurrent()
{
    const QModelIndex current = m_tickets->currentIndex();
    if (current.isValid())
        openTicket(m_ticketList->ticketAt(current.row()).id);
    if (openTicketId() != 0)
        conversation()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openCurrentInWindow()
{
    const QModelIndex current = m_tickets->currentIndex();
    if (current.isValid())
        openTicketWindow(m_ticketList->ticketAt(current.row()).id);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // Queue titles (with the counts read last), the choices' own words and the conversation are
    // built from the store: built again. Retranslation gives the other texts (ui/Retranslation).
    showQueueTitles();
    reloadChoices();
    // The open tickets' conversations, shown again where the agent was reading.
    m_pane->refresh(true);
    for (TicketWindow *window : ticketWindows())
        window->pane()->refresh(true);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tickets && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        const int key = press->key();
        // Shift+Enter is the "Open in New Window" shortcut.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !(press->modifiers() & Qt::ShiftModifier)) {
            openCurrent();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::back()
{
    if (m_search->isAncestorOf(QApplication::focusWidget()))
        m_search->clearSearch();
    m_tickets->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusSearch()
{
    m_search->focusSearch();
}

void MainWindow::assignToMe()
{
    if (!m_account)
        return;
    QList<QPair<qint64, QJsonObject>> changes;
    for (const qint64 id : targetTickets())
        changes << qMakePair(id, QJsonObject{{QStringLiteral("agent"), m_account->info().personId}});
    queueChanges(changes);
}

void MainWindow::showStatusMenu()
{
    const QList<qint64> targets = targetTickets();
    StoreResult<QSqlDatabase> reader =
        m_account ? m_account->store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (targets.isEmpty() || !reader) {
        statusBar()->showMessage(tr("Select a ticket first."), 5000);
        return;
    }
    m_statusMenu->clear();
    QComboBox statuses;
    ReferenceChoices::fill(&statuses, ReferenceChoices::Kind::Status, reader.value());
    for (int i = 0; i < statuses.count(); ++i) {
        const QString code = statuses.itemData(i).toString();
        QAction *action = m_statusMenu->addAction(statuses.itemText(i));
        action->setData(code);
    }
    m_statusMenu->setTitle(tr("Set Status of %n Tickets", nullptr, int(targets.size())));
    const QRect row = m_tickets->visualRect(m_tickets->currentIndex());
    const QPoint where = row.isValid() ? m_tickets->viewport()->mapToGlobal(row.bottomLeft())
                                       : m_tickets->mapToGlobal(QPoint(20, 20));
    m_statusMenu->setProperty("targets", QVariant::fromValue(targets));
    m_statusMenu->popup(where);
    if (!m_statusMenu->actions().isEmpty())
        m_statusMenu->setActiveAction(m_statusMenu->actions().constFirst());
}

void MainWindow::changeSelected()
{
    const QList<qint64> targets = targetTickets();
    StoreResult<QSqlDatabase> reader =
        m_account ? m_account->store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (targets.isEmpty() || !reader) {
        statusBar()->showMessage(tr("Select the tickets to change first."), 5000);
        return;
    }
    auto *dialog = new BulkChangeDialog(reader.value(), int(targets.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        StoreResult<QSqlDatabase> db = m_account->store()->reader();
        if (!db)
            return;
        QList<QPair<qint64, QJsonObject>> changes;
        const TicketRepository tickets(db.value());
        for (const qint64 id : targets) {
            const auto ticket = tickets.byId(id);
            if (ticket && ticket.value())
                changes << qMakePair(id, dialog->changesFor(*ticket.value()));
        }
        queueChanges(changes);
    });
    dialog->open();
}

void MainWindow::queueChanges(const QList<QPair<qint64, QJsonObject>> &changes)
{
    if (!m_session || changes.isEmpty())
        return;
    QCoro::connect(m_session->queueChanges(changes), this, [this](const StoreResult<int> &queued) {
        if (!queued) {
            statusBar()->showMessage(tr("Not changed: %1").arg(queued.error()), 10000);
            return;
        }
        statusBar()->showMessage(
            queued.value() == 0 ? tr("Nothing to change.")
                                : tr("%n ticket(s) changed; the outbox sends it.", nullptr, queued.value()),
            5000);
        refreshFromStore();
    });
}

void MainWindow::showOutbox()
{
    if (!m_session) {
        statusBar()->showMessage(tr("No account is open."), 5000);
        return;
    }
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_session, this);
        m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outboxDialog, &OutboxDialog::decided, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    m_outboxDialog->refresh();
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
}

void MainWindow::newTicket()
{
    if (!m_session) {
        statusBar()->showMessage(tr("No account is open."), 5000);
        return;
    }
    auto *dialog = new NewTicketDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::created, this, [this] {
        statusBar()->showMessage(
            tr("New ticket queued in the outbox; it is created as soon as the helpdesk can be reached."),
            8000);
        refreshFromStore();
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, m_tray, &TrayIcon::reloadWatchedQueues);
    emit settingsOpened(dialog);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QString>> extra{
        {tr("Up, Down"), tr("Move in the ticket list")},
        {tr("Enter"), tr("Open the ticket")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
         tr("Send the reply or note")},
        {QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText), tr("Bold, in the composer")},
        {QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText),
         tr("Italic, in the composer")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText),
         tr("Insert a snippet, in the composer")},
        {tr("Shift+Click, Ctrl+Click"), tr("Select several tickets")},
        {tr("Double-click"), tr("Open the ticket in a new window")},
    };
    auto *dialog = new ShortcutsDialog(m_shortcutActions, extra, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshQueueCounts()
{
    if (!m_session)
        return;
    if (m_counting && m_counting == m_session) {
        m_countAgain = true; // the store changed during the count in flight
        return;
    }
    m_counting = m_session;
    m_countAgain = false;
    const qint64 me = m_account->info().personId;
    const auto count = [me](const QSqlDatabase &db) {
        QHash<QString, int> counts;
        if (!db.isValid())
            return counts;
        const TicketRepository tickets(db);
        for (const BuiltInQueue &queue : BuiltInQueue::all()) {
            if (const StoreResult<int> counted = tickets.count(queue.query(me)))
                counts.insert(queue.name, counted.value());
        }
        return counts;
    };
    const QPointer<AccountSession> session = m_session;
    const auto arrived = [this, session](const QHash<QString, int> &counts) {
        if (m_counting == session)
            m_counting = nullptr;
        if (session != m_session)
            return; // another account by now
        m_queueCounts = counts;
        showQueueTitles();
        emit queueCountsShown();
        if (std::exchange(m_countAgain, false))
            refreshQueueCounts();
    };
    m_session->readInBackground<QHash<QString, int>>(count, this, arrived);
}

void MainWindow::showQueueTitles()
{
    for (int row = 0; row < m_queueList->rowCount(); ++row) {
        QStandardItem *item = m_queueList->item(row);
        const QString name = item->data(Qt::UserRole).toString();
        QString text = BuiltInQueue::find(name)->displayTitle();
        if (const auto count = m_queueCounts.constFind(name); count != m_queueCounts.cend())
            text = tr("%1 (%L2)").arg(text).arg(*count);
        if (item->text() != text)
            item->setText(text);
    }
}

void MainWindow::createCentralArea()
{
    m_search = new SearchBox(this);
    connect(m_search, &SearchBox::ticketChosen, this, [this](qint64 id) {
        const int row = m_ticketList->rowOf(id);
        if (row >= 0)
            m_tickets->setCurrentIndex(m_ticketList->index(row, TicketListModel::Subject));
        openTicket(id);
        conversation()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_search, &SearchBox::done, this, [this] { m_tickets->setFocus(Qt::OtherFocusReason); });

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

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(m_search, 0); // its results take room only while there are some
    sidebarLayout->addWidget(m_queues, 1);

    m_ticketList = new TicketListModel(this);
    m_tickets = new QTableView(this);
    m_tickets->setObjectName(QStringLiteral("tickets"));
    m_tickets->setAccessibleName(tr("Tickets"));
    m_tickets->setModel(m_ticketList);
    m_tickets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tickets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tickets->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    connect(m_tickets, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_tickets, &QTableView::doubleClicked, this, [this] { openCurrentInWindow(); });
    m_tickets->setItemDelegate(new TicketRowDelegate(m_tickets));
    m_tickets->installEventFilter(this); // Enter opens, whatever the style does with it

    auto *nothingOpen = new QLabel(tr("Select a ticket to read its conversation."), this);
    nothingOpen->setAlignment(Qt::AlignCenter);
    nothingOpen->setWordWrap(true);
    nothingOpen->setEnabled(false);

    m_pane = new TicketPane(this);
    connect(m_pane, &TicketPane::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_pane, &TicketPane::queued, this, &MainWindow::refreshFromStore);

    m_ticketArea = new QStackedWidget(this);
    m_ticketArea->setObjectName(QStringLiteral("ticketArea"));
    m_ticketArea->setAccessibleName(tr("Ticket"));
    m_ticketArea->addWidget(nothingOpen);
    m_ticketArea->addWidget(m_pane);
    connect(m_tickets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTicket(current.isValid() ? current.row() : -1); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(sidebar);
    splitter->addWidget(m_tickets);
    splitter->addWidget(m_ticketArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({210, 560, 670});
    setCentralWidget(splitter);

    m_statusMenu = new QMenu(this);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_statusMenu->setAccessibleName(tr("Set status"));
    connect(m_statusMenu, &QMenu::triggered, this, [this](QAction *action) {
        const QList<qint64> targets = m_statusMenu->property("targets").value<QList<qint64>>();
        QList<QPair<qint64, QJsonObject>> changes;
        for (const qint64 id : targets)
            changes << qMakePair(id, QJsonObject{{QStringLiteral("status"), action->data().toString()}});
        queueChanges(changes);
    });
}

void MainWindow::createActions()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, const QString &name,
                            auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcut(key);
        action->setObjectName(name);
        m_shortcutActions << action;
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signIn = file->addAction(tr("&Sign In…"));
    signIn->setObjectName(QStringLiteral("signIn"));
    signIn->setEnabled(false); // sign-in arrives with the accounts work
    file->addSeparator();
    add(file, tr("S&ync Now"), QKeySequence::Refresh, QStringLiteral("syncNow"), [this] {
        if (m_session)
            m_session->syncNow();
    });
    add(file, tr("&Outbox…"), QKeySequence(Qt::Key_O), QStringLiteral("showOutbox"), &MainWindow::showOutbox);
    add(file, tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("settings"),
        &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_shortcutActions << quit;

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    add(ticket, tr("&Reply"), QKeySequence(Qt::Key_R), QStringLiteral("reply"), [this] {
        if (openTicketId() == 0)
            openCurrent();
        composer()->startReply();
    });
    add(ticket, tr("Add &Note"), QKeySequence(Qt::Key_N), QStringLiteral("note"), [this] {
        if (openTicketId() == 0)
            openCurrent();
        composer()->startNote();
    });
    add(ticket, tr("&Assign to Me"), QKeySequence(Qt::Key_A), QStringLiteral("assignToMe"),
        &MainWindow::assignToMe);
    add(ticket, tr("Set &Status…"), QKeySequence(Qt::Key_S), QStringLiteral("setStatus"),
        &MainWindow::showStatusMenu);
    add(ticket, tr("&Change Selected Tickets…"), QKeySequence(Qt::Key_B), QStringLiteral("changeSelected"),
        &MainWindow::changeSelected);
    ticket->addSeparator();
    // In the ticket list only: Shift+Enter in the composer is a line break.
    QAction *inWindow = add(ticket, tr("Open in New &Window"), QKeySequence(Qt::SHIFT | Qt::Key_Return),
                            QStringLiteral("openInWindow"), &MainWindow::openCurrentInWindow);
    inWindow->setShortcutContext(Qt::WidgetShortcut);
    m_tickets->addAction(inWindow);
    add(ticket, tr("&New Ticket…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        QStringLiteral("newTicket"), &MainWindow::newTicket);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, tr("&Search"), QKeySequence(Qt::Key_Slash), QStringLiteral("search"), &MainWindow::focusSearch);
    view->addSeparator();
    // j and k move through the list as in mail readers; the arrows work in the list itself.
    add(view, tr("&Next Ticket"), QKeySequence(Qt::Key_J), QStringLiteral("nextTicket"),
        [this] { moveInList(+1); });
    add(view, tr("&Previous Ticket"), QKeySequence(Qt::Key_K), QStringLiteral("previousTicket"),
        [this] { moveInList(-1); });
    add(view, tr("&Back to the List"), QKeySequence(Qt::Key_Escape), QStringLiteral("back"),
        &MainWindow::back);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_Question), QStringLiteral("shortcuts"),
        &MainWindow::showShortcuts);
    help->addAction(tr("&About Deskhand"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Deskhand"),
                       tr("<h3>Deskhand %1</h3><p>A desktop client for helpdesk agents: your queues and "
                          "replies, offline, encrypted on this computer.</p>")
                           .arg(QString::fromLatin1(BuildInfo::version)));
}
