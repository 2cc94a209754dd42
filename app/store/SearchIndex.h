#pragma once

#include "domain/Message.h"
#include "domain/Person.h"
#include "domain/Ticket.h"
#include "store/SearchHit.h"
#include "store/StoreResult.h"

#include <QSqlDatabase>

// The full-text index (FTS4, unicode61 with diacritics removed) over ticket subjects, message
// text (HTML stripped) and people (name, e-mail). Works offline; "resume" finds "résumé",
// "fact*" finds "facture", a ticket id or ref jumps to that ticket.
//
// The repositories keep it in step inside their own write transactions (TicketRepository,
// MessageRepository, ReferenceData::upsertPeople); other code only searches.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db);

    // Writes: inside a StoreWriter transaction.
    StoreResult<> indexTicket(const Ticket &ticket);
    StoreResult<> indexMessage(const Message &message);
    StoreResult<> indexPerson(const Person &person);
    StoreResult<> removeTicket(qint64 ticketId); // its subject and its messages
    StoreResult<> removeMessage(qint64 messageId);
    StoreResult<> removePerson(qint64 personId);
    StoreResult<> rebuild();
    // One step of FTS4's incremental merge: the lowest level holding `minSegments` segments or
    // more merged into one segment of the next level, at most `blocks` leaf blocks written
    // (a merge left unfinished goes on at the next step). Whether there was work to do.
    StoreResult<bool> mergeStep(int blocks, int minSegments);

    // Tickets matching every word of `text` (a trailing * makes a word a prefix), best first:
    // id or ref jumps, then subject, message and person matches, each newest activity first (then
    // the highest id; a ticket without activity last). A ticket comes once, at its best match; a
    // message match shows its first matching message. At most `limit`, jumps included; snippets
    // are made for those only.
    StoreResult<QList<SearchHit>> search(const QString &text, int limit = 100) const;

    // The agent's text as a safe FTS4 query: each word quoted, so that no operator or quote the
    // agent types can break it. Empty when there is no word.
    static QString matchExpression(const QString &text);
    static QString createStatement();

private:
    StoreResult<> put(qint64 docId, const QString &text);
    StoreResult<> drop(qint64 docId);

    QSqlDatabase m_db;
};
