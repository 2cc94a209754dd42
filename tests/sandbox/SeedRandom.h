#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A small deterministic random source (SplitMix64). The standard library's distributions
// differ between implementations, so the seeded data would not be the same everywhere.
class SeedRandom
{
public:
    // The seed is scrambled first: SplitMix64 streams of neighbouring raw seeds would overlap.
    explicit SeedRandom(quint64 seed) : m_state(seed) { m_state = next(); }

    quint64 next();
    // Uniform in [0, bound); 0 for bound <= 0.
    int below(int bound);
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with the given probability in percent.
    bool chance(int percent) { return below(100) < percent; }
    // Index chosen by relative weights.
    int weighted(const QList<int> &weights);
    // `length` characters drawn from `alphabet`.
    QString text(int length, const QString &alphabet);
    QString hex(int length);

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    quint64 m_state;
};
