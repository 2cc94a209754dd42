#pragma once

#include "domain/Person.h"

#include <QString>

// Who the helpdesk says the credentials belong to (GET /me).
struct Identity
{
    QString authMethod; // "api_key", "api_token", …
    qint64 personId = 0;
    Person person;

    bool operator==(const Identity &) const = default;
};
