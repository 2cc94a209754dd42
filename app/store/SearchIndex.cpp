#include "store/SearchIndex.h"

#include "content/HtmlSanitizer.h"
#include "store/StoreQuery.h"

#include <QHash>

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
    if (match.isEmpty())
        return jumps;

    // Rows per item kind, mapped to their tickets; the best hit per ticket is kept below.
    StoreQuery query(
        m_db,
        QStringLiteral("WITH hits(docid, snip) AS (SELECT docid, snippet(search, '[', ']', '…', -1, 12) "
                       "FROM search WHERE search MATCH ?) "
                       "SELECT t.id, h.docid % 4, h.snip, t.last_activity FROM hits h "
                       "JOIN tickets t ON h.docid % 4 = 0 AND t.id = h.docid / 4 "
                       "UNION ALL SELECT m.ticket_id, 1, h.snip, t.last_activity FROM hits h "
                       "JOIN messages m ON h.docid % 4 = 1 AND m.id = h.docid / 4 "
                       "JOIN tickets t ON t.id = m.ticket_id "
                       "UNION ALL SELECT t.id, 2, h.snip, t.last_activity FROM hits h "
                       "JOIN tickets t ON h.docid % 4 = 2 AND t.person_id = h.docid / 4"));
    query.bind(match);
    if (auto ran = query.exec(); !ran)
        return Result::failure(ran);

    struct Found
    {
        SearchHit hit;
        qint64 lastActivity;
    };
    QHash<qint64, Found> best;
    while (query.next()) {
        const qint64 ticketId = query.value(0).toLongLong();
        const int kind = query.value(1).toInt();
        const auto source = kind == SubjectKind   ? SearchHit::Source::Subject
                            : kind == MessageKind ? SearchHit::Source::Message
                                                  : SearchHit::Source::Person;
        const auto known = best.constFind(ticketId);
        if (known != best.cend() && int(known->hit.source) <= int(source))
            continue;
        best.insert(ticketId, Found{SearchHit{ticketId, source, query.value(2).toString()},
                                    query.value(3).toLongLong()});
    }
    QList<Found> ordered = best.values();
    std::sort(ordered.begin(), ordered.end(), [](const Found &a, const Found &b) {
        if (a.hit.source != b.hit.source)
            return int(a.hit.source) < int(b.hit.source);
        if (a.lastActivity != b.lastActivity)
            return a.lastActivity > b.lastActivity;
        return a.hit.ticketId > b.hit.ticketId;
    });

    QList<SearchHit> hits = jumps;
    for (const Found &found : std::as_const(ordered)) {
        if (hits.size() >= limit)
            break;
        const bool jumped = std::any_of(jumps.cbegin(), jumps.cend(), [&](const SearchHit &jump) {
            return jump.ticketId == found.hit.ticketId;
        });
        if (!jumped)
            hits << found.hit;
    }
    return hits;
}
