#pragma once

#include "domain/HelpdeskInfo.h"

#include <QString>

// An API token the helpdesk issued (POST /api_tokens, or a device link). `token` is a secret:
// it goes to the keychain and nowhere else.
struct IssuedToken
{
    qint64 personId = 0;
    QString token; // "<id>:<secret>", used verbatim in "Authorization: token …"
    // Device links also say which helpdesk issued the token.
    HelpdeskInfo helpdesk;
};
