#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

// How domain values are kept in columns: times as UTC milliseconds since the epoch (NULL when
// unset, so that they sort), lists and objects as compact JSON text (the store has no JSON1).
namespace ColumnValue {

inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
#endif
}

inline QString fromJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString fromJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QJsonObject toJsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

inline QJsonArray toJsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

inline QString fromStrings(const QStringList &strings)
{
    return fromJson(QJsonArray::fromStringList(strings));
}

inline QStringList toStrings(const QVariant &value)
{
    QStringList strings;
    for (const QJsonValue &item : toJsonArray(value))
        strings << item.toString();
    return strings;
}

inline QString fromIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return fromJson(array);
}

inline QList<qint64> toIds(const QVariant &value)
{
    QList<qint64> ids;
    for (const QJsonValue &item : toJsonArray(value))
        ids << qint64(item.toDouble());
    return ids;
}

} // namespace ColumnValue
