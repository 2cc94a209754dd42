#include "SignedInWindow.h"

#include "ConversationView.h"
#include "TicketListModel.h"
#include "store/ReferenceData.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QPointer>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <chrono>

using namespace std::chrono_literals;

SignedInWindow::~SignedInWindow()
{
    closeWindow();
}

void SignedInWindow::closeWindow()
{
    // As the application does: the window's session retires, and the account closes only once
    // the session's sync or outbox pass in flight is over (their coroutines use it).
    if (m_window) {
        const QPointer<AccountSession> session = m_window->session();
        m_window->showAccount(nullptr);
        if (!QTest::qWaitFor([&session] { return session.isNull(); }, 60000))
            qWarning("SignedInWindow: the window's session did not finish its sync within a minute");
    }
    m_window.reset();
    m_account.reset();
}

bool SignedInWindow::start(const Options &options)
{
    m_options = options;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_error = QStringLiteral("No D-Bus session: run the tests through ./run test, which starts one with "
                                 "gnome-keyring.");
        return false;
    }
    SandboxProcess::Options sandboxOptions;
    sandboxOptions.tickets = options.tickets;
    m_sandbox = std::make_unique<SandboxProcess>(sandboxOptions);
    if (!m_sandbox->start()) {
        m_error = m_sandbox->errorString();
        return false;
    }
    m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
    m_probe.setKey(m_sandbox->apiKey());
    m_cli = std::make_unique<CliRunner>();
    const CliRunner::Run added =
        m_cli->run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
                    m_sandbox->url().toString(), QStringLiteral("--api-key-file"), QStringLiteral("-")},
                   m_sandbox->apiKey());
    if (added.exitCode != 0) {
        m_error = QStringLiteral("account add: ") + QString::fromUtf8(added.err);
        return false;
    }
    const CliRunner::Run synced = m_cli->run({QStringLiteral("sync")});
    if (synced.exitCode != 0) {
        m_error = QStringLiteral("sync: ") + QString::fromUtf8(synced.err);
        return false;
    }
    return openWindow();
}

bool SignedInWindow::openWindow()
{
    m_registry = std::make_unique<AccountRegistry>(m_cli->home());
    const QList<AccountInfo> accounts = m_registry->accounts();
    if (accounts.size() != 1) {
        m_error = QStringLiteral("expected one account");
        return false;
    }
    Account::Opening opening = QCoro::waitFor(Account::open(accounts.constFirst(), *m_registry));
    if (!opening.account) {
        m_error = opening.message;
        return false;
    }
    m_account = std::move(opening.account);
    m_window = std::make_unique<MainWindow>();
    AccountSession::Options session;
    session.syncOnStart = m_options.syncOnStart;
    session.syncInterval = 0ms;
    session.outboxFirstRetry = 200ms;
    session.outboxRetryCap = 1500ms;
    m_window->showAccount(m_account.get(), session);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        m_error = QStringLiteral("the window was not exposed");
        return false;
    }
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        m_error = QStringLiteral("the window did not become active");
        return false;
    }
    return true;
}

bool SignedInWindow::restart()
{
    closeWindow();
    return openWindow();
}

QUrl SignedInWindow::api(const QString &pathAndQuery) const
{
    return QUrl(m_sandbox->url().toString() + QStringLiteral("/api/v2") + pathAndQuery);
}

HttpProbe::Result SignedInWindow::get(const QString &pathAndQuery)
{
    return m_probe.get(api(pathAndQuery));
}

HttpProbe::Result SignedInWindow::sendJson(const QByteArray &method, const QString &pathAndQuery,
                                           const QJsonValue &body)
{
    return m_probe.sendJson(method, api(pathAndQuery), body);
}

QJsonObject SignedInWindow::remoteTicket(qint64 id)
{
    return get(QStringLiteral("/tickets/%1").arg(id)).data().toObject();
}

QJsonArray SignedInWindow::remoteMessages(qint64 ticketId)
{
    return get(QStringLiteral("/tickets/%1/messages?count=200").arg(ticketId)).data().toArray();
}

QList<QJsonObject> SignedInWindow::remoteMessagesWith(qint64 ticketId, const QString &marker)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : remoteMessages(ticketId)) {
        const QJsonObject message = value.toObject();
        if (message.value(u"message").toString().contains(marker))
            found << message;
    }
    return found;
}

QString SignedInWindow::uploadBlob(const QByteArray &filename, const QByteArray &contentType,
                                   const QByteArray &bytes)
{
    const QByteArray boundary = "----deskhand-gui-test-boundary-3kq9Zt";
    const QByteArray body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
        "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
    const HttpProbe::Result result = m_probe.send("POST", api(QStringLiteral("/blobs/temp")), body, {},
                                                  "multipart/form-data; boundary=" + boundary);
    return result.status == 201 ? result.data().toObject().value(u"blob_auth").toString() : QString();
}

qint64 SignedInWindow::postCustomerMessage(qint64 ticketId, const QString &html, const QStringList &blobAuths)
{
    const qint64 customer = remoteTicket(ticketId).value(u"person").toInteger();
    QJsonArray attachments;
    for (const QString &auth : blobAuths)
        attachments.append(QJsonObject{{QStringLiteral("blob_auth"), auth}});
    QJsonObject body{{QStringLiteral("message"), html},
                     {QStringLiteral("format"), QStringLiteral("html")},
                     {QStringLiteral("is_note"), false},
                     {QStringLiteral("person"), customer}};
    if (!attachments.isEmpty())
        body.insert(QStringLiteral("attachments"), attachments);
    const HttpProbe::Result result =
        sendJson("POST", QStringLiteral("/tickets/%1/messages").arg(ticketId), body);
    return result.status == 201 ? result.data().toObject().value(u"id").toInteger() : 0;
}

bool SignedInWindow::syncNow()
{
    AccountSession &running = session();
    if (running.isSyncing() && !QTest::qWaitFor([&running] { return !running.isSyncing(); }, 60000))
        return false;
    bool finished = false;
    bool failed = false;
    QMetaObject::Connection done =
        QObject::connect(&running, &AccountSession::syncFinished, [&](const SyncReport &report) {
            finished = true;
            failed = report.error.has_value() || !report.storeError.isEmpty();
        });
    running.syncNow();
    const bool arrived = QTest::qWaitFor([&finished] { return finished; }, 60000);
    QObject::disconnect(done);
    return arrived && !failed;
}

QList<OutboxItem> SignedInWindow::unsent() const
{
    const auto items = session().outbox().unsent();
    return items ? items.value() : QList<OutboxItem>();
}

bool SignedInWindow::clickQueue(const QString &name)
{
    auto *queues = m_window->findChild<QTreeView *>(QStringLiteral("queues"));
    QStandardItemModel *model = m_window->queueList();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row)->data(Qt::UserRole).toString() != name)
            continue;
        const QModelIndex index = model->index(row, 0);
        queues->scrollTo(index);
        QTest::mouseClick(queues->viewport(), Qt::LeftButton, {}, queues->visualRect(index).center());
        return queues->currentIndex() == index;
    }
    return false;
}

bool SignedInWindow::clickTicket(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *list = m_window->ticketView();
    const QModelIndex index = m_window->ticketList()->index(row, TicketListModel::Subject);
    if (!index.isValid())
        return false;
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(index).center());
    return m_window->openTicketId() == m_window->ticketList()->ticketAt(row).id;
}

bool SignedInWindow::clickLink(const QString &href)
{
    ConversationView *conversation = m_window->conversation();
    const QRect where = conversation->revealAnchor(href);
    if (where.isEmpty())
        return false;
    QTest::mouseClick(conversation->viewport(), Qt::LeftButton, {}, where.center());
    return true;
}

bool SignedInWindow::activate()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // The offscreen platform does not hand activation back to the window after a popup (the
    // status menu) closes; QApplication then has no active window and no focus widget.
    if (QApplication::activeWindow() != m_window.get())
        QApplication::setActiveWindow(m_window.get());
#endif
    return QApplication::activeWindow() == m_window.get();
}

QString SignedInWindow::marker()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QSet<QString> SignedInWindow::helpdeskNames()
{
    QSet<QString> names;
    auto reader = account().store()->reader();
    if (!reader)
        return names;
    const ReferenceData reference(reader.value());
    if (const auto statuses = reference.statuses())
        for (const TicketStatus &status : statuses.value())
            names << status.title << status.code;
    if (const auto agents = reference.agents())
        for (const Person &agent : agents.value())
            names << agent.name << agent.email;
    if (const auto departments = reference.departments())
        for (const Department &department : departments.value())
            names << department.title;
    if (const auto teams = reference.teams())
        for (const Team &team : teams.value())
            names << team.name;
    if (const auto priorities = reference.priorities())
        for (const Priority &priority : priorities.value())
            names << priority.title;
    return names;
}
