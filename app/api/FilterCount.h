#pragma once

// How many tickets a ticket filter holds, for the queue badges.
struct FilterCount
{
    qint64 filterId = 0;
    int count = 0;

    bool operator==(const FilterCount &) const = default;
};
