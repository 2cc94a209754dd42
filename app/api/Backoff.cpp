#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

std::chrono::milliseconds Backoff::ceiling(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 grown = qint64(m_base.count()) << doublings;
    return std::chrono::milliseconds(std::min<qint64>(grown, m_cap.count()));
}

std::chrono::milliseconds Backoff::delay(int attempt) const
{
    const qint64 top = ceiling(attempt).count();
    const qint64 half = top / 2;
    const qint64 jitter = top - half > 0 ? QRandomGenerator::global()->bounded(top - half + 1) : 0;
    return std::chrono::milliseconds(half + jitter);
}
