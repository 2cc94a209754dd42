#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace {

// JSON numbers are doubles: ids above 2^53 cannot be told apart and are refused.
constexpr double maxExactInteger = 9007199254740992.0;

bool isEmptyObjectLike(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty());
}

std::optional<qint64> toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > maxExactInteger)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,15}$"));
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return std::nullopt;
        return text.toLongLong();
    }
    return std::nullopt;
}

} // namespace

QString JsonFields::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the string \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<qint64> JsonFields::toId(const QJsonValue &value)
{
    const std::optional<qint64> id = toInteger(value);
    if (!id || *id <= 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> JsonFields::toId(const QString &text)
{
    return toId(QJsonValue(text));
}

std::optional<QDateTime> JsonFields::toDate(const QString &text)
{
    // ISO 8601 as Deskpro writes it ("2025-05-01T08:02:02+0000") and as others do ("+00:00",
    // "Z", fractions). Without an offset the time is taken as UTC, which is what Deskpro sends.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    const int millis =
        match.captured(7).isEmpty() ? 0 : match.captured(7).left(3).leftJustified(3, u'0').toInt();
    // 24:00 and leap seconds are not something Deskpro writes; refusing them keeps this simple.
    const QTime time(hour, minute, second, millis);
    if (!day.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int sign = zone.at(0) == u'-' ? -1 : 1;
        const QString digits = QString(zone).remove(u':');
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.size() > 3 ? digits.mid(3, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    return QDateTime(day, time, QTimeZone(offsetSeconds)).toUTC();
}

QString JsonFields::at(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonFields::fail(QLatin1String key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = at(key) + QStringLiteral(": ") + why;
}

void JsonFields::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = (m_path.isEmpty() ? QString() : m_path + QStringLiteral(": ")) + why;
}

bool JsonFields::has(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

qint64 JsonFields::id(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, QStringLiteral("missing"));
        return 0;
    }
    const std::optional<qint64> id = toId(value);
    if (!id) {
        fail(key, QStringLiteral("expected an id, got %1").arg(describe(value)));
        return 0;
    }
    return *id;
}

qint64 JsonFields::optionalId(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || value == QJsonValue(0) || value == QJsonValue(QString()))
        return 0;
    // Sideloaded inline (inline_sideloads=1): the relation is the object itself.
    const QJsonValue idValue = value.isObject() ? value.toObject().value(QLatin1String("id")) : value;
    const std::optional<qint64> id = toId(idValue);
    if (!id) {
        fail(key, QStringLiteral("expected an id or null, got %1").arg(describe(value)));
        return 0;
    }
    return *id;
}

QString JsonFields::string(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, value.isUndefined() ? QStringLiteral("missing")
                                      : QStringLiteral("expected a string, got %1").arg(describe(value)));
        return {};
    }
    return value.toString();
}

QString JsonFields::optionalString(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string or null, got %1").arg(describe(value)));
        return {};
    }
    return value.toString();
}

qint64 JsonFields::integer(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    const std::optional<qint64> number = toInteger(value);
    if (!number) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(describe(value)));
        return 0;
    }
    return *number;
}

bool JsonFields::flag(QLatin1String key)
{
    return flag(key, false);
}

bool JsonFields::flag(QLatin1String key, bool absent)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return absent;
    if (value.isBool())
        return value.toBool();
    if (value == QJsonValue(0) || value == QJsonValue(QStringLiteral("0")) ||
        value == QJsonValue(QStringLiteral("false")))
        return false;
    if (value == QJsonValue(1) || value == QJsonValue(QStringLiteral("1")) ||
        value == QJsonValue(QStringLiteral("true")))
        return true;
    fail(key, QStringLiteral("expected true/false or 0/1, got %1").arg(describe(value)));
    return false;
}

QDateTime JsonFields::date(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || value == QJsonValue(QString()))
        return {};
    if (value.isDouble()) {
        // Unix seconds, as in waiting_times and web-hook data.
        const std::optional<qint64> seconds = toInteger(value);
        if (seconds && *seconds >= 0 && *seconds < 253402300800)
            return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
    } else if (value.isString()) {
        if (const std::optional<QDateTime> when = toDate(value.toString()))
            return *when;
    }
    fail(key, QStringLiteral("expected a date, got %1").arg(describe(value)));
    return {};
}

QStringList JsonFields::strings(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected a list, got %1").arg(describe(value)));
        return {};
    }
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(key, QStringLiteral("expected a list of strings, found %1").arg(describe(item)));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QList<qint64> JsonFields::ids(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (isEmptyObjectLike(value) || (value.isObject() && value.toObject().isEmpty()))
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected a list of ids, got %1").arg(describe(value)));
        return {};
    }
    QList<qint64> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const std::optional<qint64> id =
            toId(item.isObject() ? item.toObject().value(QLatin1String("id")) : item);
        if (!id) {
            fail(key, QStringLiteral("expected a list of ids, found %1").arg(describe(item)));
            return {};
        }
        out << *id;
    }
    return out;
}

QJsonObject JsonFields::object(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (isEmptyObjectLike(value))
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("expected an object, got %1").arg(describe(value)));
        return {};
    }
    return value.toObject();
}
