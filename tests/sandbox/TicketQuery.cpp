#include "TicketQuery.h"

#include "ListParams.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

struct Group
{
    QStringList values;
    QString from;
    QString to;
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList variants(const QStringList &values)
{
    QVariantList out;
    for (const QString &value : values)
        out << value;
    return out;
}

QString quoted(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values)
        out << QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("\\'")) +
                   QLatin1Char('\'');
    return out.size() == 1 ? out.constFirst()
                           : QLatin1Char('(') + out.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Integer columns a filter compares with '=' / IN, and their FQL names.
const QMap<QString, QPair<QString, QString>> &integerFilters()
{
    static const QMap<QString, QPair<QString, QString>> map{
        {QStringLiteral("agent"), {QStringLiteral("t.agent"), QStringLiteral("ticket.agent")}},
        {QStringLiteral("agent_team"), {QStringLiteral("t.agent_team"), QStringLiteral("ticket.agent_team")}},
        {QStringLiteral("person"), {QStringLiteral("t.person"), QStringLiteral("person.id")}},
        {QStringLiteral("organization"), {QStringLiteral("t.organization"), QStringLiteral("org.id")}},
        {QStringLiteral("department"), {QStringLiteral("t.department"), QStringLiteral("ticket.department")}},
        {QStringLiteral("language"), {QStringLiteral("t.language"), QStringLiteral("ticket.language")}},
        {QStringLiteral("urgency"), {QStringLiteral("t.urgency"), QStringLiteral("ticket.urgency")}},
        {QStringLiteral("star"), {QStringLiteral("t.star"), QStringLiteral("ticket.starred")}},
    };
    return map;
}

const QMap<QString, QString> &dateFilters()
{
    static const QMap<QString, QString> map{
        {QStringLiteral("date_created"), QStringLiteral("t.date_created")},
        {QStringLiteral("date_resolved"), QStringLiteral("t.date_resolved")},
        {QStringLiteral("date_last_agent_reply"), QStringLiteral("t.date_last_agent_reply")},
        {QStringLiteral("date_last_user_reply"), QStringLiteral("t.date_last_user_reply")},
    };
    return map;
}

// A status value as the sandbox stores it: built-in codes in t.status, custom sub-statuses
// ("pending.5") and hidden kinds ("hidden.deleted") in t.ticket_status.
QPair<QString, QString> statusColumn(const QString &value)
{
    if (value == QLatin1String("deleted") || value == QLatin1String("spam") ||
        value == QLatin1String("validating"))
        return {QStringLiteral("t.ticket_status"), QStringLiteral("hidden.") + value};
    if (value.contains(QLatin1Char('.')))
        return {QStringLiteral("t.ticket_status"), value};
    return {QStringLiteral("t.status"), value};
}

} // namespace

QStringList TicketQuery::sortFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("urgency"),
            QStringLiteral("date_created"),
            QStringLiteral("date_last_agent_reply"),
            QStringLiteral("date_last_user_reply"),
            QStringLiteral("date_last_reply"),
            QStringLiteral("date_user_waiting"),
            QStringLiteral("total_user_waiting"),
            QStringLiteral("subject"),
            QStringLiteral("status"),
            QStringLiteral("not_status"),
            QStringLiteral("sla"),
            QStringLiteral("sla_status")};
}

QStringList TicketQuery::globalParameters()
{
    return {QStringLiteral("include"),         QStringLiteral("inline_sideloads"),
            QStringLiteral("follow_location"), QStringLiteral("page"),
            QStringLiteral("count"),           QStringLiteral("order_by"),
            QStringLiteral("order_dir"),       QStringLiteral("ids"),
            QStringLiteral("limit"),           QStringLiteral("offset"),
            QStringLiteral("ids_only")};
}

QString TicketQuery::orderExpression(const QString &orderBy, bool descending)
{
    QString column = QStringLiteral("t.id");
    if (orderBy == QLatin1String("urgency"))
        column = QStringLiteral("t.urgency");
    else if (orderBy == QLatin1String("date_created"))
        column = QStringLiteral("t.date_created");
    else if (orderBy == QLatin1String("date_last_agent_reply"))
        column = QStringLiteral("t.date_last_agent_reply");
    else if (orderBy == QLatin1String("date_last_user_reply"))
        column = QStringLiteral("t.date_last_user_reply");
    else if (orderBy == QLatin1String("date_last_reply"))
        column = QStringLiteral("MAX(IFNULL(t.date_last_agent_reply, 0), IFNULL(t.date_last_user_reply, 0))");
    else if (orderBy == QLatin1String("date_user_waiting") || orderBy == QLatin1String("total_user_waiting"))
        column = QStringLiteral("t.date_user_waiting");
    else if (orderBy == QLatin1String("sla") || orderBy == QLatin1String("sla_status"))
        column =
            QStringLiteral("(CASE t.sla_status WHEN 'fail' THEN 3 WHEN 'warning' THEN 2 WHEN 'ok' THEN 1 "
                           "ELSE 0 END)");
    // subject and status are accepted but sort by id, as Deskpro does.
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (column == QLatin1String("t.id"))
        return column + direction;
    return column + direction + QStringLiteral(", t.id") + direction;
}

void TicketQuery::add(const QString &sql, const QVariantList &values, const QString &fqlPart)
{
    m_parts << sql;
    binds << values;
    m_fqlParts << fqlPart;
}

std::optional<qint64> TicketQuery::parseDate(QString text, bool endOfDay)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\d{9,11}$"));
    if (digits.match(text).hasMatch())
        return text.toLongLong();

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString lower = text.toLower();
    if (lower == QLatin1String("now"))
        return QDateTime::currentSecsSinceEpoch();
    const QMap<QString, int> relative{
        {QStringLiteral("today"), 0}, {QStringLiteral("yesterday"), -1}, {QStringLiteral("tomorrow"), 1}};
    QDate day;
    if (relative.contains(lower))
        day = today.addDays(relative.value(lower));
    else
        day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && (relative.contains(lower) || text.size() == 10)) {
        const QTime time = endOfDay ? QTime(23, 59, 59) : QTime(0, 0);
        return QDateTime(day, time, QTimeZone::utc()).toSecsSinceEpoch();
    }

    // A '+' in an offset arrives as a space when the client did not encode it.
    static const QRegularExpression spacedOffset(
        QStringLiteral("(T\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?) (\\d\\d:?\\d\\d)$"));
    text.replace(spacedOffset, QStringLiteral("\\1+\\4"));
    // PHP writes +0000; Qt wants +00:00.
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    text.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(text.replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc());
    return moment.toSecsSinceEpoch();
}

std::optional<ApiReply> TicketQuery::addDate(const QString &column, const QString &name,
                                             const QStringList &values, const QString &from,
                                             const QString &to)
{
    const auto invalid = [&](const QString &value) {
        return ListParams::badRequest(QStringLiteral("Invalid date for %1: %2").arg(name, value));
    };
    const QString fqlName = QStringLiteral("ticket.") + name;
    if (!from.isEmpty() || !to.isEmpty()) {
        std::optional<qint64> low;
        std::optional<qint64> high;
        if (!from.isEmpty() && !(low = parseDate(from)))
            return invalid(from);
        if (!to.isEmpty() && !(high = parseDate(to, true)))
            return invalid(to);
        if (low)
            add(column + QStringLiteral(" >= ?"), {*low},
                fqlName + QStringLiteral(" >= DATE('%1')").arg(from));
        if (high)
            add(column + QStringLiteral(" <= ?"), {*high},
                fqlName + QStringLiteral(" <= DATE('%1')").arg(to));
        return std::nullopt;
    }
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        QString first;
        QString second;
        const int slash = value.indexOf(QLatin1Char('/'));
        const int dashes = value.indexOf(QStringLiteral("--"));
        if (slash > 0 || dashes > 0) {
            const int split = slash > 0 ? slash : dashes;
            first = value.left(split);
            second = value.mid(split + (slash > 0 ? 1 : 2));
            const auto low = parseDate(first);
            const auto high = parseDate(second, true);
            if (!low)
                return invalid(first);
            if (!high)
                return invalid(second);
            add(column + QStringLiteral(" BETWEEN ? AND ?"), {*low, *high},
                fqlName + QStringLiteral(" BETWEEN DATE('%1') AND DATE('%2')").arg(first, second));
            continue;
        }
        QString op = QStringLiteral(">=");
        QString rest = value;
        for (const QString &candidate :
             {QStringLiteral(">="), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral("<")}) {
            if (value.startsWith(candidate)) {
                op = candidate;
                rest = value.mid(candidate.size());
                break;
            }
        }
        const auto moment = parseDate(rest, op == QLatin1String("<="));
        if (!moment)
            return invalid(rest);
        add(column + QLatin1Char(' ') + op + QStringLiteral(" ?"), {*moment},
            fqlName + QLatin1Char(' ') + op + QStringLiteral(" DATE('%1')").arg(rest));
    }
    return std::nullopt;
}

std::optional<ApiReply> TicketQuery::parse(const QList<QPair<QString, QString>> &params,
                                           const Options &options)
{
    // Group the values by filter name, in the order the names first appear.
    QStringList order;
    QMap<QString, Group> groups;
    static const QRegularExpression bracket(QStringLiteral("^(.+)\\[(from|to)?\\]$"));
    for (const auto &[rawKey, value] : params) {
        QString key = rawKey;
        QString part;
        const auto match = bracket.match(key);
        if (match.hasMatch()) {
            key = match.captured(1);
            part = match.captured(2);
        }
        if (options.ignored.contains(key))
            continue;
        key.replace(QStringLiteral("ticket_field."), QStringLiteral("ticket_field_"));
        if (!groups.contains(key))
            order << key;
        Group &group = groups[key];
        if (part == QLatin1String("from"))
            group.from = value;
        else if (part == QLatin1String("to"))
            group.to = value;
        else
            group.values << value;
    }

    bool statusGiven = false;
    for (const QString &key : std::as_const(order)) {
        const Group &group = groups.value(key);
        const QStringList &values = group.values;
        if (!options.allowed.isEmpty() && !options.allowed.contains(key) &&
            !(key.startsWith(QLatin1String("ticket_field_")) &&
              options.allowed.contains(QStringLiteral("ticket_field"))))
            return ListParams::badRequest(QStringLiteral("Unknown filter termvalue: %1").arg(key));

        if (key == QLatin1String("status") || key == QLatin1String("not_status")) {
            statusGiven = true;
            const bool negate = key == QLatin1String("not_status");
            QStringList conditions;
            QVariantList bound;
            for (const QString &value : values) {
                const auto [column, stored] = statusColumn(value.trimmed());
                conditions << column + QStringLiteral(" = ?");
                bound << stored;
            }
            if (conditions.isEmpty())
                continue;
            const QString any = QLatin1Char('(') + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            add(negate ? QStringLiteral("NOT ") + any : any, bound,
                QStringLiteral("ticket.status ") +
                    (negate ? (values.size() > 1 ? QStringLiteral("NOT IN ") : QStringLiteral("!= "))
                            : (values.size() > 1 ? QStringLiteral("IN ") : QStringLiteral("= "))) +
                    quoted(values));
        } else if (integerFilters().contains(key)) {
            const auto [column, fqlName] = integerFilters().value(key);
            QStringList ids;
            bool none = false;
            for (const QString &value : values) {
                if (value.trimmed() == QLatin1String("0"))
                    none = true;
                else
                    ids << value.trimmed();
            }
            QStringList conditions;
            if (none)
                conditions << column + QStringLiteral(" IS NULL");
            if (!ids.isEmpty())
                conditions << column + QStringLiteral(" IN (") + placeholders(ids.size()) + QLatin1Char(')');
            if (conditions.isEmpty())
                continue;
            add(QLatin1Char('(') + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')'), variants(ids),
                fqlName + (values.size() > 1 ? QStringLiteral(" IN ") : QStringLiteral(" = ")) +
                    quoted(values));
        } else if (key == QLatin1String("email")) {
            // Deskpro maps email to the person field; accept an address or a person id.
            QVariantList bound;
            for (const QString &value : values)
                bound << value.trimmed().toLower();
            for (const QString &value : values)
                bound << value.trimmed();
            add(QStringLiteral("t.person IN (SELECT id FROM people WHERE lower(email) IN (%1) OR id IN (%1))")
                    .arg(placeholders(values.size())),
                bound, QStringLiteral("person.id = ") + quoted(values));
        } else if (key == QLatin1String("label") || key == QLatin1String("labels")) {
            add(QStringLiteral(
                    "EXISTS (SELECT 1 FROM ticket_labels l WHERE l.ticket = t.id AND l.label IN (%1))")
                    .arg(placeholders(values.size())),
                variants(values), QStringLiteral("ticket.labels IN ") + quoted(values));
        } else if (key == QLatin1String("sla_status")) {
            QStringList states;
            for (const QString &value : values) {
                const QString v = value.trimmed();
                if (v == QLatin1String("ok"))
                    states << QStringLiteral("ok");
                else if (v == QLatin1String("warn") || v == QLatin1String("warning") ||
                         v == QLatin1String("warned"))
                    states << QStringLiteral("warning");
                else if (v == QLatin1String("fail") || v == QLatin1String("failing") ||
                         v == QLatin1String("failed"))
                    states << QStringLiteral("fail");
                else
                    return ListParams::badRequest(QStringLiteral("Unknown sla_status value: %1").arg(v));
            }
            add(QStringLiteral("t.sla_status IN (%1)").arg(placeholders(states.size())), variants(states),
                QStringLiteral("ticket.slas HAS ") + quoted(states));
        } else if (key == QLatin1String("sla")) {
            // The seeded helpdesk has one SLA (id 1); every ticket with an SLA state has it.
            add(QStringLiteral("(t.sla_status IS NOT NULL AND 1 IN (%1))").arg(placeholders(values.size())),
                variants(values), QStringLiteral("ticket.slas HAS ") + quoted(values));
        } else if (key == QLatin1String("problem")) {
            add(QStringLiteral("0"), {}, QStringLiteral("ticket.problem_id = ") + quoted(values));
        } else if (dateFilters().contains(key)) {
            if (auto error = addDate(dateFilters().value(key), key, values, group.from, group.to))
                return error;
        } else if (key.startsWith(QLatin1String("ticket_field_"))) {
            bool ok = false;
            const int field = key.mid(13).toInt(&ok);
            if (!ok)
                return ListParams::badRequest(QStringLiteral("Unknown filter termvalue: %1").arg(key));
            QVariantList bound{field};
            bound << variants(values);
            add(QStringLiteral(
                    "EXISTS (SELECT 1 FROM ticket_field_values f WHERE f.ticket = t.id AND f.field = ? "
                    "AND f.value IN (%1))")
                    .arg(placeholders(values.size())),
                bound, QStringLiteral("ticket.data.%1 = ").arg(field) + quoted(values));
        } else {
            return ListParams::badRequest(QStringLiteral("Unknown filter termvalue: %1").arg(key));
        }
    }
    // Hidden tickets (deleted, spam) only show when a status filter asks for them.
    if (!statusGiven)
        m_parts << QStringLiteral("t.status != 'hidden'");
    if (!m_parts.isEmpty())
        where = m_parts.join(QStringLiteral(" AND "));
    // Deskpro joins its FQL parts with "AND " and no leading space.
    fql = m_fqlParts.join(QStringLiteral("AND "));
    return std::nullopt;
}
