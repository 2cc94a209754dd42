#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

// The faults the server is told to inject (PUT /_sandbox/faults). Each fault matches requests
// by method and path and fires for the next `count` matches, or with probability `rate` drawn
// from a generator seeded with --seed (deterministic per PUT), or always.
class FaultPlan
{
public:
    struct Fault
    {
        QString kind;             // latency, status, rate_limit, maintenance, reset,
                                  // drop_after_commit, truncate, malformed, drip, offline
        QByteArray method;        // empty: any method
        QString path;             // prefix of the path; a regular expression when it starts with ^
        QRegularExpression regex; // compiled `path` when it is one
        int remaining = -1;       // from "count"; -1: no limit
        double rate = -1;         // 0..1; < 0: every match
        int ms = 0;               // latency
        int status = 500;         // status
        int retryAfter = 1;       // rate_limit, maintenance (seconds)
        QString form;             // rate_limit: "seconds", "http-date" or "none"
        qint64 bytes = -1;        // truncate: body bytes sent; -1 for half
        int chunkBytes = 16;      // drip
        int intervalMs = 50;      // drip
        int durationMs = 1000;    // offline
        bool now = false;         // offline: starts right after the PUT instead of on a match
        qint64 applied = 0;

        QJsonObject toJson() const;
    };

    struct Decision
    {
        int latencyMs = 0;          // sum of the latency faults that fired
        std::optional<Fault> fault; // the first other fault that fired
    };

    static const QStringList &kinds();

    void setSeed(quint32 seed) { m_seed = seed; }
    // Replaces the plan with `json` (an array of faults, or {"faults": [...]}). On error the
    // plan is unchanged and `error` says what is wrong.
    bool replace(const QJsonValue &json, QString *error);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;

    // Offline faults marked "now": consumed by the caller right after the PUT.
    QList<Fault> takeImmediateFaults();

    // Decides what happens to a request. `path` is the raw path without query.
    Decision decide(const QByteArray &method, const QString &path);

private:
    static std::optional<Fault> parse(const QJsonObject &object, QString *error);
    bool fires(Fault &fault);

    QList<Fault> m_faults;
    quint32 m_seed = 1;
    QRandomGenerator m_random;
};
