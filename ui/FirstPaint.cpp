#include "FirstPaint.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

void FirstPaint::whenPainted(QWidget *window, std::function<void(qint64)> painted)
{
    auto *watch = new FirstPaint(window, std::move(painted));
    // From the event loop: what the caller changed last is laid out first.
    QTimer::singleShot(0, watch, [watch] { watch->check(); });
}

qint64 FirstPaint::now()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

FirstPaint::FirstPaint(QWidget *window, std::function<void(qint64)> painted)
    : QObject(window), m_window(window), m_painted(std::move(painted))
{}

void FirstPaint::check()
{
    QWindow *handle = m_window->windowHandle();
    if (handle && handle->isExposed()) {
        finish(true);
        return;
    }
    // Not on the screen yet: its first expose paints it.
    if (handle)
        handle->installEventFilter(this);
    else
        m_window->installEventFilter(this); // not shown yet: its window comes with show()
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_window->windowHandle()) {
        m_window->removeEventFilter(this);
        m_window->windowHandle()->installEventFilter(this);
    } else if (watched == m_window->windowHandle() && event->type() == QEvent::Expose && !m_finishing &&
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
    if (repaint)
        m_window->repaint();
    const std::function<void(qint64)> painted = std::move(m_painted);
    deleteLater();
    if (painted)
        painted(now());
}
