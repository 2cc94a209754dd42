#include "KeychainProbe.h"

#include <QSignalSpy>
#include <qt6keychain/keychain.h>

namespace {

// Runs `job` on `item`, never with QtKeychain's plaintext fallback; true once it has finished.
bool finished(QKeychain::Job &job, const QString &item)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(item);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    return done.wait(20000);
}

} // namespace

KeychainProbe::KeychainProbe(const QString &accountId) : m_service(QStringLiteral("Deskhand/") + accountId) {}

KeychainProbe::State KeychainProbe::read(const QString &item, QByteArray *value) const
{
    QKeychain::ReadPasswordJob job(m_service);
    if (!finished(job, item))
        return State::NoAnswer;
    switch (job.error()) {
    case QKeychain::NoError:
        if (value)
            *value = job.binaryData();
        return State::Found;
    case QKeychain::EntryNotFound:
        return State::NotFound;
    default:
        return State::Failed;
    }
}

KeychainProbe::State KeychainProbe::state(const QString &item) const
{
    return read(item, nullptr);
}

QByteArray KeychainProbe::value(const QString &item) const
{
    QByteArray found;
    read(item, &found);
    return found;
}

bool KeychainProbe::remove(const QString &item) const
{
    QKeychain::DeletePasswordJob job(m_service);
    return finished(job, item);
}
