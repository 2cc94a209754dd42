#include "secrets/Keychain.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString noBackendMessage()
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate(
        "Keychain", "The macOS keychain is not available: open Keychain Access, unlock your login keychain, "
                    "then try again.");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate(
        "Keychain", "The Windows Credential Manager is not available: make sure you are signed in to Windows "
                    "with your own account, then try again.");
#else
    return QCoreApplication::translate(
        "Keychain", "The system keychain is not available: start gnome-keyring or KWallet (a Secret Service) "
                    "and unlock it, then try again.");
#endif
}

KeychainResult unavailable(QKeychain::Error error, const QString &detail)
{
    using Reason = KeychainResult::Reason;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainResult::unavailable(Reason::NoBackend, noBackendMessage());
    case QKeychain::AccessDeniedByUser:
        return KeychainResult::unavailable(
            Reason::Denied,
            QCoreApplication::translate(
                "Keychain", "Access to the system keychain was declined. Allow Deskhand to use the "
                            "keychain when asked, then try again."));
    case QKeychain::AccessDenied:
        return KeychainResult::unavailable(
            Reason::Locked,
            QCoreApplication::translate(
                "Keychain", "The system keychain is locked or refused access: unlock it, then try again."));
    default:
        // On Linux a missing or unreachable Secret Service usually arrives here, as a D-Bus error.
        return KeychainResult::unavailable(
            Reason::Other,
            QCoreApplication::translate(
                "Keychain", "The system keychain is not available (%1): make sure it is running and unlocked "
                            "(on Linux: gnome-keyring or KWallet), then try again.")
                .arg(detail.isEmpty() ? QCoreApplication::translate("Keychain", "no details") : detail));
    }
}

KeychainResult timedOut()
{
    return KeychainResult::unavailable(
        KeychainResult::Reason::TimedOut,
        QCoreApplication::translate(
            "Keychain",
            "The system keychain did not answer in time. It may be waiting for you to unlock it: unlock it, "
            "then try again."));
}

// Runs a job to its end or to the timeout. A job that times out is left to delete itself
// whenever it finishes; its late answer is ignored.
QCoro::Task<bool> finish(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->start();
    const auto done = co_await qCoro(job, &QKeychain::Job::finished, timeout);
    if (!done.has_value()) {
        job->setAutoDelete(true);
        co_return false;
    }
    co_return true;
}

} // namespace

Keychain::Keychain(const QString &accountId, std::chrono::milliseconds timeout)
    : m_service(QStringLiteral("Deskhand/") + accountId), m_timeout(timeout)
{}

QString Keychain::storeKeyItem()
{
    return QStringLiteral("store-key");
}

QStringList Keychain::accountItems()
{
    return {storeKeyItem(), QStringLiteral("api-key"), QStringLiteral("access-token"),
            QStringLiteral("refresh-token")};
}

QCoro::Task<KeychainResult> Keychain::read(QString item) const
{
    const auto timeout = m_timeout;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(item);
    if (!co_await finish(job, timeout))
        co_return timedOut();
    const std::unique_ptr<QKeychain::ReadPasswordJob, void (*)(QObject *)> owner(
        job, [](QObject *object) { object->deleteLater(); });
    switch (job->error()) {
    case QKeychain::NoError:
        co_return KeychainResult::found(job->binaryData());
    case QKeychain::EntryNotFound:
        co_return KeychainResult::notFound();
    default:
        co_return unavailable(job->error(), job->errorString());
    }
}

QCoro::Task<KeychainResult> Keychain::write(QString item, QByteArray value) const
{
    const auto timeout = m_timeout;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(item);
    job->setBinaryData(value);
    if (!co_await finish(job, timeout))
        co_return timedOut();
    const std::unique_ptr<QKeychain::WritePasswordJob, void (*)(QObject *)> owner(
        job, [](QObject *object) { object->deleteLater(); });
    if (job->error() == QKeychain::NoError)
        co_return KeychainResult::found(value);
    co_return unavailable(job->error(), job->errorString());
}

QCoro::Task<KeychainResult> Keychain::remove(QString item) const
{
    const auto timeout = m_timeout;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(item);
    if (!co_await finish(job, timeout))
        co_return timedOut();
    const std::unique_ptr<QKeychain::DeletePasswordJob, void (*)(QObject *)> owner(
        job, [](QObject *object) { object->deleteLater(); });
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        co_return KeychainResult::notFound();
    default:
        co_return unavailable(job->error(), job->errorString());
    }
}

QCoro::Task<KeychainResult> Keychain::removeAll() const
{
    const Keychain self = *this;
    for (const QString &item : accountItems()) {
        KeychainResult removed = co_await self.remove(item);
        if (removed.isUnavailable())
            co_return removed;
    }
    co_return KeychainResult::notFound();
}
