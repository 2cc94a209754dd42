#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Deskpro's answer shape {data, meta, linked}. An answer without a body (204) has hasBody false.
struct ApiEnvelope
{
    QJsonValue data;
    QJsonObject meta;   // {} also when Deskpro wrote []
    QJsonObject linked; // sideloaded objects: linked.<type>.<id>
    bool hasBody = true;
};
