#pragma once

#include <QList>
#include <QString>

// An agent team, for assigning tickets to a group.
struct Team
{
    qint64 id = 0;
    QString name;
    QList<qint64> agentIds;

    bool operator==(const Team &) const = default;
};
