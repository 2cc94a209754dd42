#include "secrets/KeychainThread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

// The worker: its thread and an object living there that the jobs are queued to.
class Worker
{
public:
    Worker() : m_context(new QObject)
    {
        m_thread.setObjectName(QStringLiteral("Keychain"));
        m_context->moveToThread(&m_thread);
        m_thread.start();
        // Stopped while the application object still exists, not at static destruction.
        qAddPostRoutine([] { stop(); });
    }
    ~Worker() { shutDown(); }

    // Queues `work` to the thread; false once the thread has stopped.
    bool post(std::function<void()> work)
    {
        QMutexLocker lock(&m_lock);
        if (m_stopped)
            return false;
        QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
        return true;
    }

    static void stop();

private:
    void shutDown()
    {
        {
            QMutexLocker lock(&m_lock);
            if (m_stopped)
                return;
            m_stopped = true;
        }
        m_thread.quit();
        m_thread.wait();
        m_context.reset(); // its thread has ended: deleted here
    }

    QMutex m_lock;
    bool m_stopped = false;
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
};

Q_GLOBAL_STATIC(Worker, worker)

// A job's answer, given once: the answer, or nothing after the timeout. One that is dropped
// unanswered (its work never ran) gives nothing, so that its future always holds a result.
struct Reply
{
    Reply() { promise.start(); }
    ~Reply() { give(std::nullopt); }
    void give(std::optional<KeychainResult> result)
    {
        if (given)
            return;
        given = true;
        promise.addResult(std::move(result));
        promise.finish();
    }

    QPromise<std::optional<KeychainResult>> promise;
    bool given = false; // touched on the keychain thread only, and here before the work is posted
};

void Worker::stop()
{
    if (!worker.isDestroyed())
        worker->shutDown();
}

} // namespace

QFuture<std::optional<KeychainResult>>
KeychainThread::run(std::function<QKeychain::Job *()> make,
                    std::function<KeychainResult(QKeychain::Job &)> answer, std::chrono::milliseconds timeout)
{
    auto reply = std::make_shared<Reply>();
    QFuture<std::optional<KeychainResult>> future = reply->promise.future();
    const auto work = [reply, make = std::move(make), answer = std::move(answer), timeout] {
        QKeychain::Job *job = make();
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [reply, answer, job] {
            if (reply->given)
                return; // timed out before: the job deletes itself (autoDelete)
            reply->give(answer(*job));
            job->deleteLater();
        });
        QTimer::singleShot(timeout, job, [reply, job] {
            if (reply->given)
                return;
            job->setAutoDelete(true);
            reply->give(std::nullopt);
        });
        job->start();
    };
    // Once the application is going, nobody waits for the keychain: no answer at once.
    if (worker.isDestroyed() || !worker->post(work))
        reply->give(std::nullopt);
    return future;
}
