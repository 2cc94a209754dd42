#include "secrets/Keychain.h"

#include "secrets/KeychainThread.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>
#include <optional>

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

// A job for `item`, never allowed QtKeychain's plaintext fallback (KeychainThread says so again).
template <typename JobType>
JobType *jobFor(const QString &service, const QString &item)
{
    auto *job = new JobType(service);
    job->setKey(item);
    job->setInsecureFallback(false);
    return job;
}

// What a finished job that did not succeed means for the agent.
KeychainResult failed(const QKeychain::Job &job)
{
    return unavailable(job.error(), job.errorString());
}

// The job `make` gives, run on the keychain thread and turned into a result by `answer`; no
// answer in time is timedOut().
QCoro::Task<KeychainResult> runJob(std::function<QKeychain::Job *()> make,
                                   std::function<KeychainResult(QKeychain::Job &)> answer,
                                   std::chrono::milliseconds timeout)
{
    const std::optional<KeychainResult> result =
        co_await KeychainThread::run(std::move(make), std::move(answer), timeout);
    co_return result ? *result : timedOut();
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
    const auto make = [service = m_service, item]() -> QKeychain::Job * {
        return jobFor<QKeychain::ReadPasswordJob>(service, item);
    };
    const auto answer = [](QKeychain::Job &job) {
        switch (job.error()) {
        case QKeychain::NoError:
            return KeychainResult::found(static_cast<QKeychain::ReadPasswordJob &>(job).binaryData());
        case QKeychain::EntryNotFound:
            return KeychainResult::notFound();
        default:
            return failed(job);
        }
    };
    return runJob(make, answer, m_timeout);
}

QCoro::Task<KeychainResult> Keychain::write(QString item, QByteArray value) const
{
    const auto make = [service = m_service, item, value]() -> QKeychain::Job * {
        auto *job = jobFor<QKeychain::WritePasswordJob>(service, item);
        job->setBinaryData(value);
        return job;
    };
    const auto answer = [value](QKeychain::Job &job) {
        return job.error() == QKeychain::NoError ? KeychainResult::found(value) : failed(job);
    };
    return runJob(make, answer, m_timeout);
}

QCoro::Task<KeychainResult> Keychain::remove(QString item) const
{
    const auto make = [service = m_service, item]() -> QKeychain::Job * {
        return jobFor<QKeychain::DeletePasswordJob>(service, item);
    };
    const auto answer = [](QKeychain::Job &job) {
        switch (job.error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            return KeychainResult::notFound();
        default:
            return failed(job);
        }
    };
    return runJob(make, answer, m_timeout);
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
