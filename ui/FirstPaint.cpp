#include "FirstPaint.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QWidget>
#include <QWindow>

void FirstPaint::whenPainted(QWidget *window, std::function<void(qint64)> painted,
                             std::optional<std::chrono::milliseconds> atLatest)
{
    auto *watch = new FirstPaint(window, std::move(painted));
    if (atLatest) {
        watch->m_atLatest.setSingleShot(true);
        connect(&watch->m_atLatest, &QTimer::timeout, watch, [watch] { watch->finish(false); });
        watch->m_atLatest.start(*atLatest);
    }
    // From the event loop: what the caller changed last is laid out first.
    QTimer::singleShot(0, watch, [watch] { watch->check(); });
}

qint64 FirstPaint::now()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

FirstPaint::FirstPaint(QWidget *window, std::function<void(qint64)> painted)
    : QObject(window), m_window(window), m_painted(std::move(painted))
{
    m_window->installEventFilter(this);
}

void FirstPaint::check()
{
    if (m_finishing)
        return;
    if (!m_window->isVisible() || m_window->isMinimized()) {
        finish(false); // nothing to paint
        return;
    }
    QWindow *handle = m_window->windowHandle();
    if (handle && handle->isExposed()) {
        // Painted already when an expose came first (a paint goes to every widget before the event
        // loop comes round again): painting it once more would only add a second paint.
        finish(!m_paintedSince);
        return;
    }
    // Not on the screen yet: its first expose paints it.
    if (handle)
        handle->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint)
        m_paintedSince = true;
    if (event->type() == QEvent::Expose && !m_finishing && watched == m_window->windowHandle() &&
        m_window->windowHandle()->isExposed()) {
        // The window paints while it handles this expose: done right after it.
        m_finishing = true;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] { finish(false); });
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaint::finish(bool repaint)
{
    if (!m_painted)
        return; // done already
    m_finishing = true;
    m_atLatest.stop();
    if (repaint)
        m_window->repaint();
    const std::function<void(qint64)> painted = std::move(m_painted);
    m_painted = nullptr;
    deleteLater();
    painted(now());
}
