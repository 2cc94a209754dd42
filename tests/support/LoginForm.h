#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The sandbox's OAuth sign-in form as a browser handles it, for tests that sign in without one.
namespace LoginForm {

// name=value&… with both sides percent-encoded, as application/x-www-form-urlencoded.
QByteArray form(const QList<QPair<QString, QString>> &items);
// The hidden inputs of the form's HTML, entities decoded, as a browser would submit them.
QList<QPair<QString, QString>> hiddenFields(const QByteArray &html);

} // namespace LoginForm
