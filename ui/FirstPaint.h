#pragma once

#include <QObject>

#include <functional>

class QWidget;

// When a shown window has put what it shows now on the screen, for scripted runs: the screenshot,
// and the start-up benchmark (`--report-painted`, bench/WindowBench.cpp), which compares deskhand
// with a bare Qt window (bench/HelloWindow.cpp) that uses this same class.
//
// A window that is exposed already paints at once (repaint()); one that is not yet paints when its
// first expose arrives, and is done once that expose has been handled.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // Calls `painted` with now() at that moment, once, from the event loop.
    static void whenPainted(QWidget *window, std::function<void(qint64 paintedNs)> painted);

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
    bool m_finishing = false;
};
