#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// application/x-www-form-urlencoded, as used in query strings and HTML form bodies.
namespace QueryString {

using Items = QList<QPair<QString, QString>>;

// Decoded items in order; '+' is a space, keys keep PHP's brackets ("status[]", "get[a]").
Items parse(const QByteArray &encoded);
// The first value of `key`, or `fallback`.
QString value(const Items &items, const QString &key, const QString &fallback = {});
bool has(const Items &items, const QString &key);
// Percent-decoding of a path ('+' stays '+').
QString decodePath(const QByteArray &path);
// Percent-encoding of everything but RFC 3986 unreserved characters.
QByteArray encode(const QString &value);

} // namespace QueryString
