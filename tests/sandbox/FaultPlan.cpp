#include "FaultPlan.h"

#include <QSet>

namespace {

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

const QStringList &FaultPlan::kinds()
{
    static const QStringList all{
        QStringLiteral("latency"),     QStringLiteral("status"),    QStringLiteral("rate_limit"),
        QStringLiteral("maintenance"), QStringLiteral("reset"),     QStringLiteral("drop_after_commit"),
        QStringLiteral("truncate"),    QStringLiteral("malformed"), QStringLiteral("drip"),
        QStringLiteral("offline"),
    };
    return all;
}

QJsonObject FaultPlan::Fault::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), kind}, {QStringLiteral("applied"), applied}};
    if (!method.isEmpty())
        out.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (!path.isEmpty())
        out.insert(QStringLiteral("path"), path);
    if (remaining >= 0)
        out.insert(QStringLiteral("remaining"), remaining);
    if (rate >= 0)
        out.insert(QStringLiteral("rate"), rate);
    if (kind == QLatin1String("latency"))
        out.insert(QStringLiteral("ms"), ms);
    else if (kind == QLatin1String("status"))
        out.insert(QStringLiteral("status"), status);
    else if (kind == QLatin1String("rate_limit")) {
        out.insert(QStringLiteral("retry_after"), retryAfter);
        out.insert(QStringLiteral("form"), form);
    } else if (kind == QLatin1String("maintenance") && retryAfter >= 0)
        out.insert(QStringLiteral("retry_after"), retryAfter);
    else if (kind == QLatin1String("truncate") && bytes >= 0)
        out.insert(QStringLiteral("bytes"), bytes);
    else if (kind == QLatin1String("drip")) {
        out.insert(QStringLiteral("chunk_bytes"), chunkBytes);
        out.insert(QStringLiteral("interval_ms"), intervalMs);
    } else if (kind == QLatin1String("offline")) {
        out.insert(QStringLiteral("duration_ms"), durationMs);
        if (now)
            out.insert(QStringLiteral("now"), true);
    }
    return out;
}

std::optional<FaultPlan::Fault> FaultPlan::parse(const QJsonObject &object, QString *error)
{
    Fault fault;
    fault.kind = object.value(QStringLiteral("kind")).toString();
    if (!kinds().contains(fault.kind)) {
        *error = QStringLiteral("Unknown fault kind \"%1\"; expected one of: %2")
                     .arg(fault.kind, kinds().join(QStringLiteral(", ")));
        return std::nullopt;
    }

    // Strict about names so that a typo in a test does not silently inject nothing.
    QSet<QString> allowed{field("kind"), field("method"), field("path"), field("count"), field("rate")};
    const QHash<QString, QStringList> specific{
        {field("latency"), {field("ms")}},
        {field("status"), {field("status")}},
        {field("rate_limit"), {field("retry_after"), field("form")}},
        {field("maintenance"), {field("retry_after")}},
        {field("truncate"), {field("bytes")}},
        {field("drip"), {field("chunk_bytes"), field("interval_ms")}},
        {field("offline"), {field("duration_ms"), field("now")}},
    };
    for (const QString &name : specific.value(fault.kind))
        allowed.insert(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = QStringLiteral("Unexpected field \"%1\" for a %2 fault").arg(it.key(), fault.kind);
            return std::nullopt;
        }
    }

    auto integer = [&](const char *name, int fallback, int min, int max, int *out) {
        const QJsonValue value = object.value(field(name));
        if (value.isUndefined()) {
            *out = fallback;
            return true;
        }
        const double number = value.toDouble(-1e18);
        if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
            *error =
                QStringLiteral("\"%1\" must be an integer from %2 to %3").arg(field(name)).arg(min).arg(max);
            return false;
        }
        *out = int(number);
        return true;
    };

    fault.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.path = object.value(QStringLiteral("path")).toString();
    if (fault.path.startsWith(QLatin1Char('^'))) {
        fault.regex = QRegularExpression(fault.path);
        if (!fault.regex.isValid()) {
            *error = QStringLiteral("\"path\" is not a valid regular expression: %1")
                         .arg(fault.regex.errorString());
            return std::nullopt;
        }
    }
    if (object.contains(QStringLiteral("count")) && !integer("count", -1, 0, 1000000000, &fault.remaining))
        return std::nullopt;
    if (object.contains(QStringLiteral("rate"))) {
        const QJsonValue rate = object.value(QStringLiteral("rate"));
        if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1) {
            *error = QStringLiteral("\"rate\" must be a number from 0 to 1");
            return std::nullopt;
        }
        fault.rate = rate.toDouble();
    }

    int bytes = -1;
    const bool ok =
        integer("ms", 1000, 0, 600000, &fault.ms) && integer("status", 500, 500, 599, &fault.status) &&
        integer("retry_after", 1, 0, 86400, &fault.retryAfter) && integer("bytes", -1, 0, 1 << 30, &bytes) &&
        integer("chunk_bytes", 16, 1, 1 << 20, &fault.chunkBytes) &&
        integer("interval_ms", 50, 0, 60000, &fault.intervalMs) &&
        integer("duration_ms", 1000, 0, 600000, &fault.durationMs);
    if (!ok)
        return std::nullopt;
    fault.bytes = bytes;
    fault.form = object.value(QStringLiteral("form")).toString(QStringLiteral("seconds"));
    if (fault.kind == QLatin1String("rate_limit") &&
        !QStringList{field("seconds"), field("http-date"), field("none")}.contains(fault.form)) {
        *error = QStringLiteral("\"form\" must be \"seconds\", \"http-date\" or \"none\"");
        return std::nullopt;
    }
    const QJsonValue now = object.value(QStringLiteral("now"));
    if (!now.isUndefined() && !now.isBool()) {
        *error = QStringLiteral("\"now\" must be true or false");
        return std::nullopt;
    }
    fault.now = now.toBool();
    // A 423 says when to come back only when asked to; -1 leaves Retry-After out.
    if (fault.kind == QLatin1String("maintenance") && !object.contains(QStringLiteral("retry_after")))
        fault.retryAfter = -1;
    return fault;
}

bool FaultPlan::replace(const QJsonValue &json, QString *error)
{
    QJsonArray array;
    if (json.isArray())
        array = json.toArray();
    else if (json.isObject() && json.toObject().value(QStringLiteral("faults")).isArray())
        array = json.toObject().value(QStringLiteral("faults")).toArray();
    else {
        *error = QStringLiteral("Expected an array of faults or {\"faults\": [...]}");
        return false;
    }
    QList<Fault> faults;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("Fault %1 is not an object").arg(i);
            return false;
        }
        QString reason;
        std::optional<Fault> fault = parse(array.at(i).toObject(), &reason);
        if (!fault) {
            *error = QStringLiteral("Fault %1: %2").arg(i).arg(reason);
            return false;
        }
        faults.append(*fault);
    }
    m_faults = faults;
    m_random.seed(m_seed);
    return true;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray out;
    for (const Fault &fault : m_faults)
        out.append(fault.toJson());
    return out;
}

QList<FaultPlan::Fault> FaultPlan::takeImmediateFaults()
{
    QList<Fault> out;
    for (Fault &fault : m_faults) {
        if (fault.kind == QLatin1String("offline") && fault.now && fault.applied == 0) {
            fault.applied = 1;
            fault.remaining = 0;
            out.append(fault);
        }
    }
    return out;
}

bool FaultPlan::fires(Fault &fault)
{
    if (fault.remaining == 0 || (fault.now && fault.kind == QLatin1String("offline")))
        return false;
    if (fault.rate >= 0 && m_random.generateDouble() >= fault.rate)
        return false;
    if (fault.remaining > 0)
        --fault.remaining;
    ++fault.applied;
    return true;
}

FaultPlan::Decision FaultPlan::decide(const QByteArray &method, const QString &path)
{
    Decision decision;
    for (Fault &fault : m_faults) {
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        const bool matches = fault.regex.isValid() && !fault.regex.pattern().isEmpty()
                                 ? fault.regex.match(path).hasMatch()
                                 : path.startsWith(fault.path);
        if (!matches)
            continue;
        if (fault.kind == QLatin1String("latency")) {
            if (fires(fault))
                decision.latencyMs += fault.ms;
            continue;
        }
        if (decision.fault)
            continue;
        if (fires(fault))
            decision.fault = fault;
    }
    return decision;
}
