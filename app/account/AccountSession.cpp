#include "account/AccountSession.h"

#include "account/Account.h"
#include "account/AttachmentCopies.h"
#include "auth/TokenRefresh.h"
#include "store/Store.h"
#include "sync/Outbox.h"

namespace {

bool unreachable(const ApiError &error)
{
    using K = ApiError::Kind;
    return error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Tls ||
           error.kind == K::Maintenance || error.kind == K::Server || error.kind == K::RateLimited;
}

} // namespace

AccountSession::AccountSession(Account &account, Options options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_options(options)
    , m_outbox(std::make_unique<Outbox>(*account.store(), *account.api()))
    , m_copies(std::make_unique<AttachmentCopies>())
{
    m_outbox->setAgentPersonId(account.info().personId);
    m_outbox->setRetryDelays(options.outboxFirstRetry, options.outboxRetryCap);
    connect(m_outbox.get(), &Outbox::countChanged, this, &AccountSession::outboxCountChanged);
    connect(m_outbox.get(), &Outbox::queued, this, &AccountSession::storeChanged);
    connect(m_outbox.get(), &Outbox::sent, this, &AccountSession::storeChanged);
    connect(m_outbox.get(), &Outbox::sent, this,
            [this] { setConnection(Connection::Online, m_account.info().helpdeskUrl.toDisplayString()); });
    connect(m_outbox.get(), &Outbox::failed, this, &AccountSession::storeChanged);
    connect(m_outbox.get(), &Outbox::conflict, this, &AccountSession::storeChanged);
    connect(m_outbox.get(), &Outbox::countChanged, this, &AccountSession::storeChanged);
    connect(m_outbox.get(), &Outbox::passFinished, this, &AccountSession::onPass);
    connect(m_outbox.get(), &Outbox::credentialsNeeded, this, [this] {
        setConnection(Connection::SignedOut,
                      tr("The helpdesk wants you to sign in again; your work stays in the outbox."));
    });
    // An OAuth sign-in whose refresh was refused: say so at once, in the refresh's own words.
    if (TokenRefresh *refresh = account.tokenRefresh()) {
        connect(refresh, &TokenRefresh::signInNeeded, this,
                [this](const QString &message) { setConnection(Connection::SignedOut, message); });
    }
    m_syncTimer.setSingleShot(false);
    connect(&m_syncTimer, &QTimer::timeout, this, &AccountSession::syncNow);
}

AccountSession::~AccountSession()
{
    m_outbox->stop();
    // Reads on worker threads use the account's store: it must outlive them. (A retiring session
    // has none left; this waits only when the session is deleted without retiring first.)
    for (QFutureWatcherBase *read : std::as_const(m_reads))
        read->waitForFinished();
}

Store *AccountSession::storeForReads() const
{
    return m_account.store();
}

QSqlDatabase AccountSession::openReader(Store *store)
{
    StoreResult<QSqlDatabase> reader = store->reader();
    return reader ? reader.value() : QSqlDatabase();
}

void AccountSession::releaseReader(Store *store)
{
    store->releaseReader();
}

void AccountSession::start()
{
    m_started = true;
    m_outbox->start();
    if (m_options.syncInterval.count() > 0)
        m_syncTimer.start(m_options.syncInterval);
    if (m_options.syncOnStart)
        syncNow();
}

void AccountSession::stop()
{
    m_started = false;
    m_outbox->stop();
    m_syncTimer.stop();
}

void AccountSession::retire()
{
    stop();
    m_retiring = true;
    deleteIfRetiredAndIdle();
}

void AccountSession::keepUntilRetired(std::unique_ptr<Account> account)
{
    // Nothing given keeps what it has: ~AccountController hands over only the accounts it still
    // holds, and a session kept by an earlier switch already owns its own (dropping it here
    // closed the account under its running sync).
    if (account)
        m_owned = std::move(account);
}

bool AccountSession::isBusy() const
{
    return m_syncing || m_outbox->isPassInFlight() || !m_reads.isEmpty();
}

void AccountSession::deleteIfRetiredAndIdle()
{
    if (m_retiring && !isBusy())
        deleteLater();
}

void AccountSession::syncNow()
{
    if (m_syncing || m_retiring)
        return;
    m_syncing = true;
    emit syncStarted();
    const auto progress = [this](qint64 done, qint64 total) {
        emit syncProgress(done, total);
        emit storeChanged();
    };
    QCoro::connect(m_account.sync(progress), this, [this](const SyncReport &report) { onSyncDone(report); });
}

void AccountSession::onSyncDone(const SyncReport &report)
{
    m_syncing = false;
    if (report.error) {
        if (report.error->kind == ApiError::Kind::Unauthorized)
            setConnection(Connection::SignedOut, report.error->message);
        else if (unreachable(*report.error))
            setConnection(Connection::Offline, report.error->message);
    } else {
        setConnection(Connection::Online, m_account.info().helpdeskUrl.toDisplayString());
        // Back in touch: what waits in the outbox goes now rather than after its backoff.
        if (m_started)
            m_outbox->start();
    }
    emit storeChanged();
    emit syncFinished(report);
    deleteIfRetiredAndIdle();
}

void AccountSession::onPass(const OutboxSummary &summary)
{
    if (summary.credentialsNeeded)
        setConnection(Connection::SignedOut, summary.lastError);
    else if (summary.offline)
        setConnection(Connection::Offline, summary.lastError);
    else if (summary.sent > 0)
        setConnection(Connection::Online, m_account.info().helpdeskUrl.toDisplayString());
    deleteIfRetiredAndIdle();
}

void AccountSession::setConnection(Connection connection, const QString &details)
{
    if (connection == m_connection && details == m_details)
        return;
    m_connection = connection;
    m_details = details;
    emit connectionChanged(connection, details);
}

QCoro::Task<StoreResult<int>> AccountSession::queueChanges(QList<QPair<qint64, QJsonObject>> changes)
{
    int queued = 0;
    for (const auto &[ticketId, change] : changes) {
        if (change.isEmpty())
            continue;
        const StoreResult<qint64> item = co_await m_outbox->queueChange(ticketId, change);
        if (!item)
            co_return StoreResult<int>::failure(item);
        ++queued;
    }
    co_return queued;
}
