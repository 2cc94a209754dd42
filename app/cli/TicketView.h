#pragma once

#include "domain/Message.h"
#include "domain/Ticket.h"
#include "store/ReferenceNames.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// How deskhand-cli shows tickets and messages: one line per ticket for lists, a header and the
// conversation as plain text for `show`, and JSON with names resolved for scripts.
class TicketView
{
public:
    explicit TicketView(const QSqlDatabase &db);

    // A ticket by id ("123") or ref ("ABCD-1234-WXYZ", also "ref:ABCD-…").
    static std::optional<Ticket> find(const QSqlDatabase &db, const QString &idOrRef);

    QString line(const Ticket &ticket) const;
    QString details(const Ticket &ticket) const;
    QString text(const Message &message) const;
    QJsonObject json(const Ticket &ticket) const;
    QJsonObject json(const Message &message) const;

private:
    ReferenceNames m_names;
};
