#pragma once

#include <QString>

// A customer or an agent.
struct Person
{
    qint64 id = 0;
    QString name;
    QString email;
    bool isAgent = false;
    qint64 organizationId = 0;

    bool operator==(const Person &) const = default;
};
