#include "QueryString.h"

namespace QueryString {

namespace {

QString decodeComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

Items parse(const QByteArray &encoded)
{
    Items items;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({decodeComponent(pair), QString()});
        else
            items.append({decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1))});
    }
    return items;
}

QString value(const Items &items, const QString &key, const QString &fallback)
{
    for (const auto &[name, itemValue] : items) {
        if (name == key)
            return itemValue;
    }
    return fallback;
}

bool has(const Items &items, const QString &key)
{
    for (const auto &item : items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString decodePath(const QByteArray &path)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(path));
}

QByteArray encode(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

} // namespace QueryString
