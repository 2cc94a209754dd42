#pragma once

#include "SandboxProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The sandbox's OAuth sign-in form as a browser handles it, for tests that sign in without one.
namespace LoginForm {

// name=value&… with both sides percent-encoded, as application/x-www-form-urlencoded.
QByteArray form(const QList<QPair<QString, QString>> &items);
// The hidden inputs of the form's HTML, entities decoded, as a browser would submit them.
QList<QPair<QString, QString>> hiddenFields(const QByteArray &html);

// The whole authorization code flow with PKCE as a browser and a client would do it, for tests
// that need an OAuth sign-in without a loopback listener: the token endpoint's JSON answer
// ({"access_token", "refresh_token", "expires_in", …}), or an empty object.
QJsonObject signIn(const SandboxProcess &sandbox, int agentIndex = 0);

} // namespace LoginForm
