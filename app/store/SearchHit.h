#pragma once

#include <QString>

// One ticket found by SearchIndex::search(), with where the words were found.
struct SearchHit
{
    enum class Source { Id, Ref, Subject, Message, Person };

    qint64 ticketId = 0;
    Source source = Source::Subject;
    QString snippet; // plain text; the matched words between [ and ]; not HTML

    bool operator==(const SearchHit &) const = default;
};
