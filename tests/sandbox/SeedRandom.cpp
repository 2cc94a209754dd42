#include "SeedRandom.h"

quint64 SeedRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeedRandom::below(int bound)
{
    if (bound <= 0)
        return 0;
    return int(next() % quint64(bound));
}

int SeedRandom::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int roll = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString SeedRandom::text(int length, const QString &alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet.at(below(int(alphabet.size())));
    return out;
}

QString SeedRandom::hex(int length)
{
    static const QString digits = QStringLiteral("0123456789abcdef");
    return text(length, digits);
}
