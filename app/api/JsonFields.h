#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the fields of one JSON object the way Deskpro writes them (ids as numbers or numeric
// strings, 0/1 for booleans, null for empty relations and lists, [] for empty objects, dates
// with or without a colon in the offset) and records the first field that has the wrong type,
// with its path, so that a mapping can refuse the whole object instead of guessing.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, const QString &path) : m_object(object), m_path(path) {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // "data[3].id: …", English, for the technical detail
    const QJsonObject &object() const { return m_object; }
    bool has(QLatin1String key) const; // present and not null

    qint64 id(QLatin1String key);              // required, > 0
    qint64 optionalId(QLatin1String key);      // 0 when absent, null, 0 or ""; an inlined object's id
    QString string(QLatin1String key);         // required string (may be empty)
    QString optionalString(QLatin1String key); // "" when absent or null
    qint64 integer(QLatin1String key);         // 0 when absent or null; numeric strings accepted
    bool flag(QLatin1String key);              // true/false, 0/1, "0"/"1"/"true"/"false"; absent: false
    bool flag(QLatin1String key, bool absent);
    QDateTime date(QLatin1String key);      // invalid when absent, null or ""
    QStringList strings(QLatin1String key); // null → empty
    QList<qint64> ids(QLatin1String key);   // ids, or objects with an id; null → empty
    QJsonObject object(QLatin1String key);  // null, [] → {}
    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

    // Marks the object as refused for a reason found by the caller.
    void fail(QLatin1String key, const QString &why);
    void fail(const QString &why);

    // The value conversions, for values outside an object (list elements, map keys).
    static std::optional<qint64> toId(const QJsonValue &value);
    static std::optional<qint64> toId(const QString &text);
    static std::optional<QDateTime> toDate(const QString &text);
    static QString describe(const QJsonValue &value); // "a string", "null", … for messages

private:
    QString at(QLatin1String key) const;

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
