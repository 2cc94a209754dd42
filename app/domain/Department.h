#pragma once

#include <QString>

struct Department
{
    qint64 id = 0;
    QString title;
    qint64 parentId = 0;
    int displayOrder = 0;

    bool operator==(const Department &) const = default;
};
