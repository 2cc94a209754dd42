#pragma once

#include <chrono>

// Exponential backoff with jitter for retries the helpdesk gave no time for: attempt n waits a
// random time between half and all of min(cap, base · 2^(n-1)), so that many clients that
// failed together do not come back together (AWS "equal jitter").
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap) : m_base(base), m_cap(cap) {}

    std::chrono::milliseconds ceiling(int attempt) const; // before jitter
    std::chrono::milliseconds delay(int attempt) const;   // attempt ≥ 1: the one that just failed

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};
