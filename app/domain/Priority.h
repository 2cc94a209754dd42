#pragma once

#include <QString>

struct Priority
{
    qint64 id = 0;
    QString title;
    int weight = 0; // Deskpro's "priority": higher is more urgent

    bool operator==(const Priority &) const = default;
};
