#include "store/SearchIndex.h"

#include "content/HtmlSanitizer.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Each indexed item has one row; its docid says what it is: id * 4 + kind.
enum Kind : qint64 { SubjectKind = 0, MessageKind = 1, PersonKind = 2 };

qint64 docId(qint64 id, Kind kind)
{
    return id * 4 + kind;
}

QString messageText(const Message &message)
{
    return message.html.isEmpty() ? message.previewText : HtmlSanitizer::toPlainText(message.html);
}

// What reading costs, in pages of the encrypted store (each page read is decrypted), guides the
// choice between walking the tickets newest first and looking each candidate up. Both give the
// same tickets in the same order, and a walk that outruns its budget gives way to the lookups:
// a wrong guess costs time, never a result.
//
// Walking reads one small index entry per ticket, looking a ticket up a page: a walk may read
// this many tickets per candidate.
constexpr qint64 walkPerCandidate = 32;
// Walking with each ticket's people reads a row per ticket, looking a person's tickets up an
// index page or two: a walk may read this many tickets per person.
constexpr qint64 walkPerPerson = 4;

// A ticket found by its words: by what, and the indexed item whose snippet shows it.
struct Ranked
{
    qint64 ticketId;
    SearchHit::Source source;
    qint64 docId;
};

// The tickets one kind of item found: ticket id -> the docid of the item to show.
using Candidates = QHash<qint64, qint64>;

// The docids the query matches: the subjects' only, or the messages' and people's. One pass over
// the full-text index, without snippets.
StoreResult<QList<qint64>> matchingDocIds(const QSqlDatabase &db, const QString &match, bool subjects)
{
    StoreQuery query(
        db, subjects ? QStringLiteral("SELECT docid FROM search WHERE search MATCH ? AND docid % 4 = 0")
                     : QStringLiteral("SELECT docid FROM search WHERE search MATCH ? AND docid % 4 <> 0"));
    query.bind(match);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<qint64>>::failure(ran);
    QList<qint64> docIds;
    while (query.next())
        docIds << query.value(0).toLongLong();
    return docIds;
}

// How many ticket ids the store spans: at least how many tickets it holds, read from the ends of
// the table's b-tree without counting.
StoreResult<qint64> ticketIdSpan(const QSqlDatabase &db)
{
    const auto span = StoreQuery::scalar(
        db, QStringLiteral("SELECT (SELECT max(id) FROM tickets) - (SELECT min(id) FROM tickets) + 1"));
    if (!span)
        return StoreResult<qint64>::failure(span);
    return std::max<qint64>(span.value().toLongLong(), 1);
}

// The tickets newest first: the most recent activity, then the highest id, no activity last;
// straight from the tickets_last_activity index (the id is its last column), without sorting.
const QString newestTickets = QStringLiteral("FROM tickets t INDEXED BY tickets_last_activity");
const QString newestOrder = QStringLiteral("ORDER BY t.last_activity DESC, t.id DESC");

// At most `wanted` of the candidates, newest first; a candidate that is no ticket drops out.
// Walks the tickets newest first when the candidates are dense enough to be met soon, else
// looks each one up and sorts them the same way.
StoreResult<QList<Ranked>> rankNewestFirst(const QSqlDatabase &db, SearchHit::Source source,
                                           const Candidates &candidates, qsizetype wanted, qint64 span)
{
    using Result = StoreResult<QList<Ranked>>;
    QList<Ranked> ranked;
    if (candidates.isEmpty() || wanted <= 0)
        return ranked;
    const qint64 budget = qint64(candidates.size()) * walkPerCandidate;
    // The walk expects to meet a candidate every span / candidates tickets.
    if (double(wanted) * double(span) / double(candidates.size()) <= double(budget)) {
        StoreQuery walk(db, QStringLiteral("SELECT t.id ") + newestTickets + u' ' + newestOrder);
        if (auto ran = walk.exec(); !ran)
            return Result::failure(ran);
        qint64 walked = 0;
        while (walk.next()) {
            const qint64 ticketId = walk.value(0).toLongLong();
            if (const auto found = candidates.constFind(ticketId); found != candidates.cend()) {
                ranked << Ranked{ticketId, source, *found};
                if (ranked.size() == wanted || ranked.size() == candidates.size())
                    return ranked;
            }
            if (++walked == budget)
                break;
        }
        if (walked < budget)
            return ranked; // every ticket walked
        ranked.clear();
    }

    struct Activity
    {
        qint64 ticketId;
        bool known; // last_activity is not NULL
        qint64 at;
    };
    QList<Activity> tickets;
    QList<qint64> ids = candidates.keys();
    std::sort(ids.begin(), ids.end()); // neighbours share pages
    auto read = StoreQuery::forEachChunk(
        db, QStringLiteral("SELECT id, last_activity FROM tickets WHERE id IN (%1)"), ids, {},
        [&](const StoreQuery &row) {
            tickets << Activity{row.value(0).toLongLong(), !row.isNull(1), row.value(1).toLongLong()};
        });
    if (!read)
        return Result::failure(read);
    const auto newer = [](const Activity &a, const Activity &b) {
        if (a.known != b.known)
            return a.known;
        if (a.at != b.at)
            return a.at > b.at;
        return a.ticketId > b.ticketId;
    };
    const qsizetype kept = std::min(wanted, tickets.size());
    std::partial_sort(tickets.begin(), tickets.begin() + kept, tickets.end(), newer);
    for (qsizetype i = 0; i < kept; ++i)
        ranked << Ranked{tickets.at(i).ticketId, source, candidates.value(tickets.at(i).ticketId)};
    return ranked;
}

// At most `wanted` tickets of the matching messages, but those in `taken`, newest first; each
// with its first matching message. Either maps each message to its ticket through the
// messages_id_ticket index (about half a page a message), or walks the tickets newest first with
// their messages (about a page a ticket): the walk when it expects to meet enough of the tickets
// (guessing two matching messages a ticket) within half as many tickets as there are messages,
// and past that it gives way to the mapping.
StoreResult<QList<Ranked>> rankMessages(const QSqlDatabase &db, const QList<qint64> &messageIds,
                                        const QSet<qint64> &taken, qsizetype wanted, qint64 span)
{
    using Result = StoreResult<QList<Ranked>>;
    QList<Ranked> ranked;
    if (messageIds.isEmpty() || wanted <= 0)
        return ranked;
    const qint64 budget = messageIds.size() / 2; // tickets
    if (2.0 * double(wanted) * double(span) / double(messageIds.size()) < double(budget)) {
        const QSet<qint64> messages(messageIds.cbegin(), messageIds.cend());
        StoreQuery walk(
            db, QStringLiteral("SELECT t.id, m.id ") + newestTickets +
                    QStringLiteral(" JOIN messages m INDEXED BY messages_ticket ON m.ticket_id = t.id ") +
                    newestOrder);
        if (auto ran = walk.exec(); !ran)
            return Result::failure(ran);
        qint64 ticketId = -1;
        qint64 first = -1; // the ticket's first matching message
        qint64 walked = 0;
        bool ended = true;
        while (walk.next()) {
            const qint64 rowTicketId = walk.value(0).toLongLong(); // a ticket's rows come together
            const qint64 messageId = walk.value(1).toLongLong();
            if (rowTicketId != ticketId) {
                if (first >= 0) {
                    ranked << Ranked{ticketId, SearchHit::Source::Message, docId(first, MessageKind)};
                    if (ranked.size() == wanted)
                        return ranked;
                }
                ticketId = rowTicketId;
                first = -1;
                if (++walked > budget) {
                    ended = false;
                    break;
                }
            }
            if (messages.contains(messageId) && !taken.contains(ticketId) && (first < 0 || messageId < first))
                first = messageId;
        }
        if (ended) {
            if (first >= 0)
                ranked << Ranked{ticketId, SearchHit::Source::Message, docId(first, MessageKind)};
            return ranked; // every ticket walked
        }
        ranked.clear();
    }

    Candidates candidates;
    auto read = StoreQuery::forEachChunk(
        db,
        QStringLiteral("SELECT ticket_id, id FROM messages INDEXED BY messages_id_ticket WHERE id IN (%1)"),
        messageIds, {}, [&](const StoreQuery &row) {
            const qint64 ticketId = row.value(0).toLongLong();
            const qint64 item = docId(row.value(1).toLongLong(), MessageKind);
            if (taken.contains(ticketId))
                return;
            const auto known = candidates.constFind(ticketId);
            if (known == candidates.cend() || *known > item)
                candidates.insert(ticketId, item);
        });
    if (!read)
        return Result::failure(read);
    return rankNewestFirst(db, SearchHit::Source::Message, candidates, wanted, span);
}

// At most `wanted` tickets of the matching people (as their customer), but those in `taken`,
// newest first. Walks the tickets while that finds them soon (a word every customer has, as an
// e-mail domain), else looks up each person's tickets.
StoreResult<QList<Ranked>> rankPeople(const QSqlDatabase &db, const QList<qint64> &personIds,
                                      const QSet<qint64> &taken, qsizetype wanted, qint64 span)
{
    using Result = StoreResult<QList<Ranked>>;
    QList<Ranked> ranked;
    if (personIds.isEmpty() || wanted <= 0)
        return ranked;
    const QSet<qint64> people(personIds.cbegin(), personIds.cend());
    {
        StoreQuery walk(db, QStringLiteral("SELECT t.id, t.person_id ") + newestTickets + u' ' + newestOrder);
        if (auto ran = walk.exec(); !ran)
            return Result::failure(ran);
        const qint64 budget = qint64(people.size()) * walkPerPerson;
        qint64 walked = 0;
        while (walk.next()) {
            const qint64 ticketId = walk.value(0).toLongLong();
            const qint64 personId = walk.value(1).toLongLong();
            if (people.contains(personId) && !taken.contains(ticketId)) {
                ranked << Ranked{ticketId, SearchHit::Source::Person, docId(personId, PersonKind)};
                if (ranked.size() == wanted)
                    return ranked;
            }
            if (++walked == budget)
                break;
        }
        if (walked < budget)
            return ranked; // every ticket walked
        ranked.clear();
    }

    Candidates candidates;
    auto read = StoreQuery::forEachChunk(
        db, QStringLiteral("SELECT id, person_id FROM tickets WHERE person_id IN (%1)"), personIds, {},
        [&](const StoreQuery &row) {
            const qint64 ticketId = row.value(0).toLongLong();
            if (!taken.contains(ticketId))
                candidates.insert(ticketId, docId(row.value(1).toLongLong(), PersonKind));
        });
    if (!read)
        return Result::failure(read);
    return rankNewestFirst(db, SearchHit::Source::Person, candidates, wanted, span);
}

// The snippets of these docids for the query, the matched words between [ and ].
StoreResult<QHash<qint64, QString>> snippetsOf(const QSqlDatabase &db, const QString &match,
                                               const QList<qint64> &docIds)
{
    QHash<qint64, QString> snippets;
    auto read = StoreQuery::forEachChunk(
        db,
        QStringLiteral("SELECT docid, snippet(search, '[', ']', '…', -1, 12) FROM search "
                       "WHERE search MATCH ? AND docid IN (%1)"),
        docIds, {match},
        [&](const StoreQuery &row) { snippets.insert(row.value(0).toLongLong(), row.value(1).toString()); });
    if (!read)
        return StoreResult<QHash<qint64, QString>>::failure(read);
    return snippets;
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db) : m_db(db) {}

QString SearchIndex::createStatement()
{
    return QStringLiteral(
        "CREATE VIRTUAL TABLE search USING fts4(text, tokenize=unicode61 \"remove_diacritics=1\")");
}

StoreResult<> SearchIndex::put(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty())
        return drop(id);
    // FTS4 honours OR REPLACE on the docid: the old text's terms go in the same statement.
    return StoreQuery::run(m_db, QStringLiteral("INSERT OR REPLACE INTO search(docid, text) VALUES (?, ?)"),
                           {id, text});
}

StoreResult<> SearchIndex::drop(qint64 id)
{
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM search WHERE docid = ?"), {id});
}

StoreResult<bool> SearchIndex::mergeStep(int blocks, int minSegments)
{
    // FTS4 tells no more than this: a step that changed fewer than two rows found nothing to merge.
    const QString changes = QStringLiteral("SELECT total_changes()");
    const auto before = StoreQuery::scalar(m_db, changes);
    if (!before)
        return StoreResult<bool>::failure(before);
    const QString command = QStringLiteral("merge=%1,%2").arg(blocks).arg(minSegments);
    if (auto merged =
            StoreQuery::run(m_db, QStringLiteral("INSERT INTO search(search) VALUES (?)"), {command});
        !merged)
        return StoreResult<bool>::failure(merged);
    const auto after = StoreQuery::scalar(m_db, changes);
    if (!after)
        return StoreResult<bool>::failure(after);
    return after.value().toLongLong() - before.value().toLongLong() >= 2;
}

StoreResult<> SearchIndex::indexTicket(const Ticket &ticket)
{
    return put(docId(ticket.id, SubjectKind), ticket.subject + u' ' + ticket.ref);
}

StoreResult<> SearchIndex::indexMessage(const Message &message)
{
    return put(docId(message.id, MessageKind), messageText(message));
}

StoreResult<> SearchIndex::indexPerson(const Person &person)
{
    return put(docId(person.id, PersonKind), person.name + u' ' + person.email);
}

StoreResult<> SearchIndex::removeMessage(qint64 messageId)
{
    return drop(docId(messageId, MessageKind));
}

StoreResult<> SearchIndex::removePerson(qint64 personId)
{
    return drop(docId(personId, PersonKind));
}

StoreResult<> SearchIndex::removeTicket(qint64 ticketId)
{
    if (auto dropped = drop(docId(ticketId, SubjectKind)); !dropped)
        return dropped;
    return StoreQuery::run(m_db,
                           QStringLiteral("DELETE FROM search WHERE docid IN "
                                          "(SELECT id * 4 + 1 FROM messages WHERE ticket_id = ?)"),
                           {ticketId});
}

StoreResult<> SearchIndex::rebuild()
{
    if (auto cleared = StoreQuery::run(m_db, QStringLiteral("DELETE FROM search")); !cleared)
        return cleared;
    {
        StoreQuery tickets(m_db, QStringLiteral("SELECT id, subject, ref FROM tickets"));
        if (auto ran = tickets.exec(); !ran)
            return ran;
        while (tickets.next()) {
            Ticket ticket;
            ticket.id = tickets.value(0).toLongLong();
            ticket.subject = tickets.value(1).toString();
            ticket.ref = tickets.value(2).toString();
            if (auto put = indexTicket(ticket); !put)
                return put;
        }
    }
    {
        StoreQuery messages(m_db, QStringLiteral("SELECT id, html, preview_text FROM messages"));
        if (auto ran = messages.exec(); !ran)
            return ran;
        while (messages.next()) {
            Message message;
            message.id = messages.value(0).toLongLong();
            message.html = messages.value(1).toString();
            message.previewText = messages.value(2).toString();
            if (auto put = indexMessage(message); !put)
                return put;
        }
    }
    StoreQuery people(m_db, QStringLiteral("SELECT id, name, email FROM people"));
    if (auto ran = people.exec(); !ran)
        return ran;
    while (people.next()) {
        Person person;
        person.id = people.value(0).toLongLong();
        person.name = people.value(1).toString();
        person.email = people.value(2).toString();
        if (auto put = indexPerson(person); !put)
            return put;
    }
    return {};
}

QString SearchIndex::matchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    const auto flush = [&](bool prefix) {
        if (!word.isEmpty())
            terms << u'"' + word + (prefix ? QStringLiteral("*\"") : QStringLiteral("\""));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush(c == u'*');
    }
    flush(false);
    return terms.join(u' ');
}

StoreResult<QList<SearchHit>> SearchIndex::search(const QString &text, int limit) const
{
    using Result = StoreResult<QList<SearchHit>>;
    QList<SearchHit> jumps;
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        const auto id =
            StoreQuery::scalar(m_db, QStringLiteral("SELECT id FROM tickets WHERE id = ?"), {number});
        if (!id)
            return Result::failure(id);
        if (!id.value().isNull())
            jumps << SearchHit{number, SearchHit::Source::Id, QString()};
    }
    if (!trimmed.isEmpty()) {
        const auto id = StoreQuery::scalar(
            m_db, QStringLiteral("SELECT id FROM tickets WHERE ref = ? COLLATE NOCASE LIMIT 1"), {trimmed});
        if (!id)
            return Result::failure(id);
        if (!id.value().isNull())
            jumps << SearchHit{id.value().toLongLong(), SearchHit::Source::Ref, QString()};
    }

    const QString match = matchExpression(text);
    const qsizetype wanted = limit - jumps.size(); // tickets found by their words
    if (match.isEmpty() || wanted <= 0)
        return jumps;

    // Tier by tier (subject, message, person), each newest first: a ticket comes once, where its
    // best hit puts it, and a jump is not listed again. The full-text index is read for the
    // subjects first; messages and people only when the subjects leave room, so a common word
    // never has all its messages mapped to their tickets.
    QSet<qint64> taken;
    for (const SearchHit &jump : std::as_const(jumps))
        taken.insert(jump.ticketId);
    QList<Ranked> ranked;
    const auto add = [&](const QList<Ranked> &tier) {
        for (const Ranked &hit : tier) {
            ranked << hit;
            taken.insert(hit.ticketId);
        }
    };

    const auto span = ticketIdSpan(m_db);
    if (!span)
        return Result::failure(span);
    const auto subjectDocIds = matchingDocIds(m_db, match, true);
    if (!subjectDocIds)
        return Result::failure(subjectDocIds);
    Candidates bySubject;
    for (const qint64 doc : subjectDocIds.value()) {
        if (!taken.contains(doc / 4))
            bySubject.insert(doc / 4, doc);
    }
    const auto subjects = rankNewestFirst(m_db, SearchHit::Source::Subject, bySubject, wanted, span.value());
    if (!subjects)
        return Result::failure(subjects);
    add(subjects.value());

    if (ranked.size() < wanted) {
        const auto otherDocIds = matchingDocIds(m_db, match, false);
        if (!otherDocIds)
            return Result::failure(otherDocIds);
        QList<qint64> messageIds;
        QList<qint64> personIds;
        for (const qint64 doc : otherDocIds.value()) {
            if (doc % 4 == MessageKind)
                messageIds << doc / 4;
            else if (doc % 4 == PersonKind)
                personIds << doc / 4;
        }
        const auto messages = rankMessages(m_db, messageIds, taken, wanted - ranked.size(), span.value());
        if (!messages)
            return Result::failure(messages);
        add(messages.value());

        if (ranked.size() < wanted) {
            const auto people = rankPeople(m_db, personIds, taken, wanted - ranked.size(), span.value());
            if (!people)
                return Result::failure(people);
            add(people.value());
        }
    }

    // Snippets for the hits returned, and for no other.
    QList<qint64> shown;
    for (const Ranked &hit : std::as_const(ranked))
        shown << hit.docId;
    const auto snippets = snippetsOf(m_db, match, shown);
    if (!snippets)
        return Result::failure(snippets);

    QList<SearchHit> hits = jumps;
    for (const Ranked &hit : std::as_const(ranked))
        hits << SearchHit{hit.ticketId, hit.source, snippets->value(hit.docId)};
    return hits;
}
