#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QWidget;

// When a window has put what it shows now on the screen. The window uses it to do what the agent's
// first look does not need after that paint (MainWindow::showAccount); scripted runs to take their
// screenshot or, for the start-up benchmark (`--report-painted`, bench/WindowBench.cpp), to say
// when the queue was painted. The benchmark's bare Qt window (bench/HelloWindow.cpp) uses this
// same class, so that both end their measured start at the same point.
//
// A window that is exposed already and has painted since the call is done; one that is exposed but
// has not painted yet paints at once (repaint()); one that is shown but not exposed yet paints when
// its first expose arrives, and is done once that expose has been handled. A hidden or minimized
// window paints nothing: done at once.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // Calls `painted` with now() at that moment, once, from the event loop; never when the window
    // goes first. With `atLatest`, a window not painted by then is given up on: `painted` comes
    // anyway (e.g. a window on another workspace, which the window system does not expose).
    static void whenPainted(QWidget *window, std::function<void(qint64 paintedNs)> painted,
                            std::optional<std::chrono::milliseconds> atLatest = std::nullopt);

    // The monotonic clock in nanoseconds (CLOCK_MONOTONIC on Linux): comparable between processes
    // on the same machine, so that a benchmark can start its clock before the process exists.
    static qint64 now();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaint(QWidget *window, std::function<void(qint64)> painted);
    void check();
    void finish(bool repaint);

    QWidget *m_window;
    std::function<void(qint64)> m_painted;
    QTimer m_atLatest;
    bool m_finishing = false;
    bool m_paintedSince = false; // a paint reached the window after whenPainted()
};
