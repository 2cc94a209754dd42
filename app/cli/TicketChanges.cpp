#include "TicketChanges.h"

#include "store/ReferenceData.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketChanges", text);
}

// An id, or the entry whose name matches (case-insensitive).
template <typename T, typename Name>
std::optional<qint64> resolve(const QList<T> &entries, const QString &value, Name name)
{
    bool isNumber = false;
    const qint64 id = value.toLongLong(&isNumber);
    for (const T &entry : entries) {
        if ((isNumber && entry.id == id) || name(entry).compare(value, Qt::CaseInsensitive) == 0)
            return entry.id;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> TicketChanges::department(const QSqlDatabase &db, const QString &idOrTitle)
{
    const auto departments = ReferenceData(db).departments();
    if (!departments)
        return std::nullopt;
    return resolve(departments.value(), idOrTitle.trimmed(), [](const Department &d) { return d.title; });
}

std::optional<QJsonObject> TicketChanges::parse(const QStringList &assignments, const QSqlDatabase &db,
                                                qint64 me, QString *error)
{
    ReferenceData reference(db);
    QJsonObject changes;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("“%1” is not a change; write name=value, like status=resolved.").arg(assignment);
            return std::nullopt;
        }
        const QString name = assignment.left(equals).trimmed().toLower();
        const QString value = assignment.mid(equals + 1).trimmed();
        const bool none = value.isEmpty() || value == QLatin1String("none");

        if (name == QLatin1String("status")) {
            const auto statuses = reference.statuses();
            const bool known =
                statuses && std::any_of(statuses->cbegin(), statuses->cend(),
                                        [&value](const TicketStatus &s) { return s.code == value; });
            if (!known) {
                *error = tr("There is no status “%1”.").arg(value);
                return std::nullopt;
            }
            changes.insert(QStringLiteral("status"), value);
        } else if (name == QLatin1String("agent")) {
            if (none) {
                changes.insert(QStringLiteral("agent"), 0);
                continue;
            }
            if (value == QLatin1String("me")) {
                changes.insert(QStringLiteral("agent"), me);
                continue;
            }
            const auto agents = reference.agents();
            const auto id =
                agents ? resolve(agents.value(), value,
                                 [&value](const Person &p) {
                                     return p.email.compare(value, Qt::CaseInsensitive) == 0 ? value : p.name;
                                 })
                       : std::nullopt;
            if (!id) {
                *error = tr("There is no agent “%1”.").arg(value);
                return std::nullopt;
            }
            changes.insert(QStringLiteral("agent"), *id);
        } else if (name == QLatin1String("team")) {
            const auto teams = reference.teams();
            const auto id = none
                                ? std::optional<qint64>(0)
                                : (teams ? resolve(teams.value(), value, [](const Team &t) { return t.name; })
                                         : std::nullopt);
            if (!id) {
                *error = tr("There is no team “%1”.").arg(value);
                return std::nullopt;
            }
            changes.insert(QStringLiteral("agent_team"), *id);
        } else if (name == QLatin1String("department")) {
            const auto id = department(db, value);
            if (!id) {
                *error = tr("There is no department “%1”.").arg(value);
                return std::nullopt;
            }
            changes.insert(QStringLiteral("department"), *id);
        } else if (name == QLatin1String("priority")) {
            const auto priorities = reference.priorities();
            const auto id =
                priorities ? resolve(priorities.value(), value, [](const Priority &p) { return p.title; })
                           : std::nullopt;
            if (!id) {
                *error = tr("There is no priority “%1”.").arg(value);
                return std::nullopt;
            }
            changes.insert(QStringLiteral("priority"), *id);
        } else if (name == QLatin1String("urgency")) {
            bool ok = false;
            const int urgency = value.toInt(&ok);
            if (!ok || urgency < 1 || urgency > 10) {
                *error = tr("Urgency is a number from 1 to 10.");
                return std::nullopt;
            }
            changes.insert(QStringLiteral("urgency"), urgency);
        } else if (name == QLatin1String("labels")) {
            QJsonArray labels;
            for (const QString &label : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                labels.append(label.trimmed());
            changes.insert(QStringLiteral("labels"), labels);
        } else {
            *error =
                tr("“%1” cannot be set; use status, agent, team, department, priority, urgency or labels.")
                    .arg(name);
            return std::nullopt;
        }
    }
    return changes;
}
