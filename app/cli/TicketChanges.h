#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// `deskhand-cli set` arguments (status=resolved agent=me labels=a,b …) made into the partial
// PUT Deskpro takes, with names resolved against the store's reference data.
class TicketChanges
{
public:
    static std::optional<QJsonObject> parse(const QStringList &assignments, const QSqlDatabase &db, qint64 me,
                                            QString *error);
    static std::optional<qint64> department(const QSqlDatabase &db, const QString &idOrTitle);
};
