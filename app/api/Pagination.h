#pragma once

#include <QList>

// Where a page sits in a list. Deskpro writes one of two layouts: page numbers in
// meta.pagination, or offsets ({offset, perPage, hasMore, nextOffset}) for offset-paged lists
// such as ticket_filters2/{id}/tickets. Small collections are not paged at all.
struct Pagination
{
    enum class Style { None, Pages, Offsets };

    Style style = Style::None;
    // Pages
    int total = 0;
    int count = 0; // items on this page
    int perPage = 0;
    int currentPage = 0;
    int totalPages = 0;
    // Offsets
    qint64 offset = 0;
    qint64 nextOffset = 0;
    bool hasMore = false;

    bool hasNext() const
    {
        switch (style) {
        case Style::Pages:
            return currentPage < totalPages;
        case Style::Offsets:
            return hasMore;
        case Style::None:
            break;
        }
        return false;
    }
    bool operator==(const Pagination &) const = default;
};

// One page of a list, mapped completely.
template <typename T>
struct Paged
{
    QList<T> items;
    Pagination pagination;

    bool operator==(const Paged &) const = default;
};
