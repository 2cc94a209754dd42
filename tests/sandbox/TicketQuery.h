#pragma once

#include "ApiReply.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Deskpro's ticket search as GET /tickets and the filter endpoints accept it: filter parameters
// (status, agent, labels, dates with the A/B, >=X … syntax, ticket_field.N …) turned into an SQL
// condition over `tickets t` with bound values, plus the FQL text Deskpro echoes in meta.fql.
// Values are always bound; only whitelisted column names are written into the SQL.
class TicketQuery
{
public:
    struct Options
    {
        QStringList ignored; // parameters that are not filters (paging, include …)
        QStringList allowed; // when not empty, the only filters accepted
    };

    // Nothing on success (where/binds/fql set), else the 400 reply.
    std::optional<ApiReply> parse(const QList<QPair<QString, QString>> &params, const Options &options);

    QString where = QStringLiteral("1");
    QVariantList binds;
    QString fql;

    // ORDER BY expression for a /tickets order_by value (already whitelisted).
    static QString orderExpression(const QString &orderBy, bool descending);
    static QStringList sortFields();
    // The non-filter parameters of GET /tickets.
    static QStringList globalParameters();

    // A date in any form the filters accept: unix seconds, ISO-8601, YYYY-MM-DD, now/today/yesterday.
    // `endOfDay` moves a date without a time to 23:59:59 (the end of a range).
    static std::optional<qint64> parseDate(QString text, bool endOfDay = false);

private:
    void add(const QString &sql, const QVariantList &values, const QString &fqlPart);
    std::optional<ApiReply> addDate(const QString &column, const QString &name, const QStringList &values,
                                    const QString &from, const QString &to);

    QStringList m_parts;
    QStringList m_fqlParts;
};
