#include "Helpdesk.h"

#include "Envelope.h"
#include "FormErrors.h"
#include "ListParams.h"
#include "MultipartForm.h"
#include "Schema.h"
#include "SeedCorpus.h"
#include "SeedRandom.h"
#include "Seeder.h"
#include "SnippetCorpus.h"
#include "TicketQuery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <functional>

namespace {

using Json = QJsonObject;

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Values from a JSON body as Deskpro's forms accept them: numbers or digit strings.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// true/false/1/0/"1"/"0"/"true"/"false".
std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("1") || text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("0") || text == QLatin1String("false") || text.isEmpty())
            return false;
    }
    if (value.isNull() || value.isUndefined())
        return false;
    return std::nullopt;
}

std::optional<int> positiveId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int id = text.toInt();
    return id > 0 ? std::optional<int>(id) : std::nullopt;
}

QJsonValue nullableInt(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QJsonValue dateValue(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : Envelope::dateOrNull(value.toLongLong());
}

// A ticket's row with what its JSON needs from elsewhere; a WHERE clause follows.
constexpr QLatin1StringView ticketSelect{
    "SELECT t.*, p.email AS person_email FROM tickets t LEFT JOIN people p ON p.id = t.person "};

// A query's columns by name, found once per query: a page of tickets reads ~45 values of each.
class RowColumns
{
public:
    explicit RowColumns(const QSqlRecord &record)
    {
        m_names.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            m_names << record.fieldName(i).toLatin1();
        for (int i = 0; i < int(m_names.size()); ++i)
            m_at.insert(QLatin1StringView(m_names.at(i)), i);
    }
    int operator()(const char *name) const { return m_at.value(QLatin1StringView(name), -1); }

private:
    QList<QByteArray> m_names;
    QHash<QLatin1StringView, int> m_at;
};

QString readableSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(double(bytes), 0, 'f', 2);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 2);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 2);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

ApiReply methodNotAllowed(const QStringList &allowed)
{
    ApiReply reply =
        Envelope::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
    reply.headers.append({"Allow", allowed.join(QStringLiteral(", ")).toLatin1()});
    return reply;
}

// Ticket statuses as /ticket_statuses lists them: built-in codes, custom pending sub-statuses
// and the hidden kinds.
struct StatusEntity
{
    int id;
    const char *code;
    const char *title;
    const char *type;
};

const StatusEntity statusEntities[] = {
    {1, "awaiting_agent", "Awaiting Agent", "awaiting_agent"},
    {2, "awaiting_user", "Awaiting User", "awaiting_user"},
    {3, "pending", "Pending", "pending"},
    {4, "pending.4", "Waiting for supplier", "pending"},
    {5, "pending.5", "Scheduled call-back", "pending"},
    {6, "resolved", "Resolved", "resolved"},
    {7, "closed", "Closed", "closed"},
    {8, "hidden.deleted", "Deleted", "hidden"},
    {9, "hidden.spam", "Spam", "hidden"},
    {10, "hidden.validating", "Awaiting validation", "hidden"},
};

// "pending.4" -> {"pending", "pending.4"}; "hidden" -> the deleted kind.
std::optional<QPair<QString, QString>> statusFromCode(const QString &code)
{
    if (code == QLatin1String("hidden"))
        return QPair<QString, QString>{QStringLiteral("hidden"), QStringLiteral("hidden.deleted")};
    for (const StatusEntity &entity : statusEntities) {
        if (code == QLatin1String(entity.code))
            return QPair<QString, QString>{s(entity.type), code};
    }
    return std::nullopt;
}

} // namespace

struct Helpdesk::Private
{
    struct Field
    {
        int id = 0;
        QString title;
        QString description;
        QString widget;
        int order = 0;
        QJsonArray choices;
        QHash<int, QString> choiceTitles;
    };

    explicit Private(Helpdesk *owner) : q(owner) {}

    Helpdesk *q;
    QString connection;
    QSqlDatabase db;
    QList<Field> fields;

    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    bool exists(const QString &table, qint64 id) const;
    void loadFields();
    const Field *field(int id) const;
    qint64 now() const { return QDateTime::currentSecsSinceEpoch(); }
    quint32 seedValue() const;

    // Objects as Deskpro serialises them.
    Json personJson(int id) const;
    Json ticketJson(int id) const;
    // The tickets `ids` names, in that order (one query for them all); unknown ids are left out.
    QJsonArray ticketsJson(const QList<int> &ids) const;
    Json ticketJson(const QSqlQuery &row, const RowColumns &columns) const;
    Json messageJson(int id) const;
    Json attachmentJson(int id, const QString &baseUrl) const;
    Json blobJson(int id, const QString &baseUrl, bool forceNotTemp = false) const;
    Json departmentJson(int id) const;
    Json teamJson(int id) const;
    Json organizationJson(int id) const;
    Json priorityJson(int id) const;
    Json filterJson(int id) const;
    Json fieldJson(const Field &field) const;
    QJsonValue fieldsJson(const QString &stored) const;

    // Lists.
    ApiReply pagedIds(const ApiRequest &request, const QString &from, QString where, QVariantList binds,
                      const QHash<QString, QString> &sortColumns, const std::function<Json(int)> &render,
                      const QString &defaultSort = QStringLiteral("id"), bool defaultDescending = false,
                      const QJsonObject &extraMeta = {}, const QJsonObject &linked = {}) const;
    QJsonObject sideloads(const ApiRequest &request, QJsonArray *tickets) const;

    // Endpoints.
    ApiReply listTickets(const ApiRequest &request);
    ApiReply ticketCounts(const ApiRequest &request);
    ApiReply getTicket(const ApiRequest &request, int id);
    ApiReply createTicket(const ApiRequest &request);
    ApiReply updateTicket(const ApiRequest &request, int id);
    ApiReply deleteTicket(int id);
    ApiReply listMessages(const ApiRequest &request, int ticket);
    ApiReply getMessage(int ticket, const QString &messageSegment);
    ApiReply postMessage(const ApiRequest &request, int ticket);
    ApiReply listAttachments(const ApiRequest &request, int ticket, int message);
    ApiReply uploadBlob(const ApiRequest &request);
    ApiReply downloadBlob(const ApiRequest &request);
    ApiReply listPeople(const ApiRequest &request, bool agentsOnly);
    ApiReply createPerson(const ApiRequest &request);
    ApiReply filterTickets(const ApiRequest &request, int filter);
    ApiReply filterCount(const ApiRequest &request, int filter);
    ApiReply filterCounts(const ApiRequest &request);
    ApiReply layout(const QString &context, const QString &departmentSegment);
    ApiReply search(const ApiRequest &request);
    ApiReply listSnippets(const ApiRequest &request);
    bool snippetVisible(int id, int caller) const;
    Json snippetJson(int id) const;
    QJsonObject snippetContent(int id) const;

    // Helpers for writes.
    std::optional<int> ticketId(const QString &segment) const;
    std::optional<QJsonObject> body(const ApiRequest &request, ApiReply *error) const;
    std::optional<int> resolvePerson(const QJsonValue &value, FormErrors &errors, const QStringList &path);
    std::optional<QList<int>> resolveBlobs(const QJsonValue &value, FormErrors &errors,
                                           const QStringList &path) const;
    void validateTicketFields(const QJsonObject &body, bool creating, FormErrors &errors,
                              QHash<QString, QVariant> &columns, std::optional<QJsonValue> &labels,
                              std::optional<QJsonObject> &customFields);
    void writeLabels(int ticket, const QJsonValue &labels);
    void writeCustomFields(int ticket, const QJsonObject &values, bool merge);
    void setStatus(int ticket, const QString &code, qint64 when);
    int addMessage(int ticket, int author, const QString &html, bool note, const QList<int> &blobs,
                   qint64 when, const QString &creationSystem);
    QList<QPair<QString, QString>> filterCriteria(int filter, int caller) const;
    bool isAgent(qint64 person) const;
};

// ---------------------------------------------------------------------------------------------
// Database helpers

QSqlQuery Helpdesk::Private::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning("prepare failed: %s: %s", qPrintable(query.lastError().text()), qPrintable(sql));
        return query;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        qWarning("query failed: %s: %s", qPrintable(query.lastError().text()), qPrintable(sql));
    return query;
}

QVariant Helpdesk::Private::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = run(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

bool Helpdesk::Private::exists(const QString &table, qint64 id) const
{
    // `table` is always one of our own names, never user input.
    return scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}).isValid();
}

bool Helpdesk::Private::isAgent(qint64 person) const
{
    return scalar(QStringLiteral("SELECT is_agent FROM people WHERE id = ?"), {person}).toInt() == 1;
}

quint32 Helpdesk::Private::seedValue() const
{
    return scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'seeded'"))
        .toString()
        .section(QLatin1Char(':'), 0, 0)
        .toUInt();
}

void Helpdesk::Private::loadFields()
{
    fields.clear();
    QSqlQuery query =
        run(QStringLiteral("SELECT id, title, description, widget_type, display_order, choices FROM "
                           "custom_fields ORDER BY display_order, id"));
    while (query.next()) {
        Field field;
        field.id = query.value(0).toInt();
        field.title = query.value(1).toString();
        field.description = query.value(2).toString();
        field.widget = query.value(3).toString();
        field.order = query.value(4).toInt();
        field.choices = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
        for (const QJsonValue &choice : std::as_const(field.choices)) {
            field.choiceTitles.insert(choice.toObject().value(QStringLiteral("id")).toInt(),
                                      choice.toObject().value(QStringLiteral("title")).toString());
        }
        fields << field;
    }
}

const Helpdesk::Private::Field *Helpdesk::Private::field(int id) const
{
    for (const Field &candidate : fields) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Objects

Json Helpdesk::Private::personJson(int id) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT id, first_name, last_name, name, email, is_agent, organization, "
                           "language, phone, date_created FROM people WHERE id = ?"),
            {id});
    if (!query.next())
        return {};
    const bool agent = query.value(5).toInt() == 1;
    const QString email = query.value(4).toString();
    const QString name = query.value(3).toString();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex());
    const QString gravatar = QStringLiteral("https://secure.gravatar.com/avatar/") + hash;
    QJsonArray teams;
    if (agent) {
        QSqlQuery members =
            run(QStringLiteral("SELECT team FROM team_members WHERE person = ? ORDER BY team"), {id});
        while (members.next())
            teams.append(members.value(0).toInt());
    }
    QJsonArray phones;
    if (!query.value(8).isNull()) {
        phones.append(Json{{s("number"), query.value(8).toString()},
                           {s("label"), s("work")},
                           {s("extension"), QString()},
                           {s("person"), id},
                           {s("type"), s("phone")}});
    }
    const QJsonValue organization = nullableInt(query.value(6));
    const QJsonValue none(QJsonValue::Null);
    return Json{
        {s("id"), id},
        {s("primary_email"), email.isEmpty() ? none : QJsonValue(email)},
        {s("first_name"), query.value(1).toString()},
        {s("last_name"), query.value(2).toString()},
        {s("title_prefix"), QString()},
        {s("name"), name},
        {s("display_name"), name},
        {s("is_agent"), agent},
        {s("avatar"),
         Json{{s("default_url_pattern"), QString(gravatar + QStringLiteral("?&s={{IMG_SIZE}}&d=mm"))},
              {s("url_pattern"), QString(gravatar + QStringLiteral("?&s={{IMG_SIZE}}&d=mm"))},
              {s("base_gravatar_url"), gravatar}}},
        {s("online"), false},
        {s("online_for_chat"), false},
        {s("last_seen"), none},
        {s("agent_data"), agent ? QJsonValue(Json{{s("teams"), teams}}) : none},
        {s("is_user"), !agent},
        {s("was_agent"), agent},
        {s("can_agent"), agent},
        {s("can_admin"), agent && id == 1},
        {s("can_billing"), agent && id == 1},
        {s("can_reports"), agent},
        {s("picture_blob"), none},
        {s("disable_picture"), false},
        {s("gravatar_url"), gravatar},
        {s("is_contact"), !agent},
        {s("disable_autoresponses"), false},
        {s("disable_autoresponses_log"), QString()},
        {s("is_confirmed"), true},
        {s("is_deleted"), false},
        {s("is_disabled"), false},
        {s("creation_system"), agent ? s("web.agent") : s("web.api")},
        {s("override_display_name"), QString()},
        {s("display_contact"), email},
        {s("summary"), QString()},
        {s("language"), query.value(7).isNull() ? 1 : query.value(7).toInt()},
        {s("organization"), organization},
        {s("organization_members"), organization.isNull() ? QJsonArray() : QJsonArray{organization}},
        {s("organization_position"), QString()},
        {s("organization_manager"), false},
        {s("timezone"), s("UTC")},
        {s("date_created"), dateValue(query.value(9))},
        {s("date_last_login"), none},
        {s("browser"), none},
        {s("all_user_groups"), QJsonArray{1}},
        {s("user_groups"), QJsonArray()},
        {s("agent_groups"), agent ? QJsonArray{1} : QJsonArray()},
        {s("labels"), QJsonArray()},
        {s("emails"), email.isEmpty() ? QJsonArray() : QJsonArray{email}},
        {s("phone_numbers"), phones},
        {s("tickets_count"),
         agent ? 0 : scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE person = ?"), {id}).toInt()},
        {s("chats_count"), 0},
        {s("fields"), QJsonArray()},
        {s("contextual_options"), QJsonArray()},
        {s("contact_data"), QJsonArray()},
        {s("teams"), teams},
        {s("primary_team"), teams.isEmpty() ? none : QJsonValue(teams.first())},
        {s("brands"), QJsonArray{1}},
        {s("preferences"), QJsonArray()},
    };
}

QJsonValue Helpdesk::Private::fieldsJson(const QString &stored) const
{
    const QJsonObject values = QJsonDocument::fromJson(stored.toUtf8()).object();
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Field *definition = field(it.key().toInt());
        if (!definition)
            continue;
        QJsonValue value = it.value();
        QJsonObject detail;
        if (definition->widget == QLatin1String("date")) {
            value = Envelope::dateOrNull(qint64(value.toDouble()));
        } else if (!definition->choiceTitles.isEmpty()) {
            const QJsonArray ids = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &choice : ids) {
                const int choiceId = choice.toInt();
                detail.insert(
                    QString::number(choiceId),
                    Json{{s("id"), choiceId}, {s("title"), definition->choiceTitles.value(choiceId)}});
            }
        }
        out.insert(it.key(),
                   Json{{s("aliases"), QJsonArray()},
                        {s("value"), value},
                        {s("detail"), detail.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(detail)}});
    }
    // PHP serialises an empty map as a list.
    return out.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(out);
}

Json Helpdesk::Private::ticketJson(int id) const
{
    QSqlQuery query = run(ticketSelect + QStringLiteral("WHERE t.id = ?"), {id});
    if (!query.next())
        return {};
    return ticketJson(query, RowColumns(query.record()));
}

QJsonArray Helpdesk::Private::ticketsJson(const QList<int> &ids) const
{
    QHash<int, Json> byId;
    QVariantList binds;
    for (const int id : ids)
        binds << id;
    if (!ids.isEmpty()) {
        QSqlQuery query =
            run(ticketSelect + QStringLiteral("WHERE t.id IN (%1)").arg(placeholders(ids.size())), binds);
        const RowColumns columns(query.record());
        while (query.next())
            byId.insert(query.value(columns("id")).toInt(), ticketJson(query, columns));
    }
    QJsonArray tickets;
    for (const int id : ids) {
        if (const auto found = byId.constFind(id); found != byId.cend())
            tickets.append(*found);
    }
    return tickets;
}

Json Helpdesk::Private::ticketJson(const QSqlQuery &query, const RowColumns &columns) const
{
    const auto v = [&](const char *name) { return query.value(columns(name)); };
    const int id = v("id").toInt();
    const QJsonValue none(QJsonValue::Null);

    QJsonValue labels = none;
    if (!v("labels").isNull())
        labels = QJsonDocument::fromJson(v("labels").toString().toUtf8()).array();
    const QString sla = v("sla_status").toString();
    // Closed waiting periods only, so the same data always serialises the same way.
    QJsonArray waiting;
    if (!v("date_first_agent_reply").isNull()) {
        const qint64 start = v("date_created").toLongLong();
        const qint64 end = v("date_first_agent_reply").toLongLong();
        waiting.append(Json{{s("start"), start},
                            {s("end"), end},
                            {s("length"), end - start},
                            {s("ticket_status"), s("awaiting_agent")}});
    }
    const qint64 created = v("date_created").toLongLong();
    return Json{
        {s("id"), id},
        {s("ref"), v("ref").toString()},
        {s("auth"), v("auth").toString()},
        {s("parent"), none},
        {s("language"), nullableInt(v("language"))},
        {s("brand"), 1},
        {s("department"), nullableInt(v("department"))},
        {s("category"), none},
        {s("priority"), nullableInt(v("priority"))},
        {s("workflow"), none},
        {s("product"), none},
        {s("person"), nullableInt(v("person"))},
        {s("person_email"), v("person_email").toString()},
        {s("agent"), nullableInt(v("agent"))},
        {s("agent_team"), nullableInt(v("agent_team"))},
        {s("organization"), nullableInt(v("organization"))},
        {s("linked_chat"), none},
        {s("sent_to_address"), QJsonArray{s("support@helpdesk.example")}},
        {s("email_account"), 1},
        {s("email_account_address"), s("support@helpdesk.example")},
        {s("creation_system"), v("creation_system").toString()},
        {s("creation_system_option"), QString()},
        {s("ticket_hash"), v("ticket_hash").toString()},
        {s("status"), v("status").toString()},
        {s("ticket_status"), v("ticket_status").toString()},
        {s("is_hold"), v("is_hold").toInt() == 1},
        {s("labels"), labels},
        {s("urgency"), v("urgency").toInt()},
        {s("feedback_rating"), none},
        {s("date_feedback_rating"), none},
        {s("date_created"), Envelope::date(created)},
        {s("date_resolved"), dateValue(v("date_resolved"))},
        {s("date_archived"), none},
        {s("date_first_agent_assign"), dateValue(v("date_first_agent_assign"))},
        {s("date_first_agent_reply"), dateValue(v("date_first_agent_reply"))},
        {s("date_last_agent_reply"), dateValue(v("date_last_agent_reply"))},
        {s("date_last_user_reply"), dateValue(v("date_last_user_reply"))},
        {s("date_agent_waiting"), dateValue(v("date_agent_waiting"))},
        {s("date_user_waiting"), dateValue(v("date_user_waiting"))},
        {s("date_status"), dateValue(v("date_status"))},
        {s("date_locked"), none},
        {s("date_on_hold"), none},
        {s("total_user_waiting"), v("total_user_waiting").toLongLong()},
        {s("total_to_first_reply"), v("total_to_first_reply").toLongLong()},
        {s("total_user_waiting_wh"), v("total_user_waiting").toLongLong()},
        {s("total_to_first_reply_wh"), v("total_to_first_reply").toLongLong()},
        {s("locked_by_agent"), none},
        {s("has_attachments"), v("has_attachments").toInt() == 1},
        {s("subject"), v("subject").toString()},
        {s("original_subject"), v("original_subject").toString()},
        {s("properties"), none},
        {s("problems"), QJsonArray()},
        {s("count_agent_replies"), v("count_agent_replies").toInt()},
        {s("count_user_replies"), v("count_user_replies").toInt()},
        {s("worst_sla_status"), sla.isEmpty() ? none : QJsonValue(sla)},
        {s("waiting_times"), waiting},
        {s("ticket_slas"), sla.isEmpty() ? QJsonArray() : QJsonArray{1}},
        {s("fields"), fieldsJson(v("fields").toString())},
        {s("contextual_fields"), QJsonArray()},
        {s("children"), QJsonArray()},
        {s("siblings"), QJsonArray()},
        {s("cc"), QJsonArray()},
        {s("star"), nullableInt(v("star"))},
        {s("ticket_layout"), none},
        {s("ticket_excerpt"), none},
        {s("ticket_agent_errors"), none},
        {s("ticket_user_errors"), none},
        {s("ticket_permissions"), none},
        {s("access_code"), v("auth").toString().left(6)},
        {s("followers"), QString()},
    };
}

Json Helpdesk::Private::messageJson(int id) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT m.id, m.ticket, m.person, m.is_agent_note, m.message, m.date_created, "
                           "m.creation_system, m.lang_code, p.email, p.is_agent FROM messages m "
                           "LEFT JOIN people p ON p.id = m.person WHERE m.id = ?"),
            {id});
    if (!query.next())
        return {};
    QJsonArray attachments;
    QSqlQuery files = run(QStringLiteral("SELECT id FROM attachments WHERE message = ? ORDER BY id"), {id});
    while (files.next())
        attachments.append(files.value(0).toInt());
    const QString html = query.value(4).toString();
    QString preview = SeedCorpus::plainText(html);
    if (preview.size() > 200)
        preview = preview.left(197) + QStringLiteral("...");
    const QString email = query.value(8).toString();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(id) + html.toUtf8()), QCryptographicHash::Sha1)
            .toHex());
    const qint64 created = query.value(5).toLongLong();
    const QJsonValue none(QJsonValue::Null);
    const QString lang = query.value(7).toString();
    return Json{
        {s("id"), id},
        {s("ticket"), query.value(1).toInt()},
        {s("person"), query.value(2).toInt()},
        {s("email_source"), none},
        {s("attributes"), QJsonArray{Json{{s("name"), s("agent_type")},
                                          {s("value"), query.value(9).toInt() == 1 ? s("agent") : s("user")},
                                          {s("date_created"), Envelope::date(created)},
                                          {s("type"), s("string")}}}},
        {s("attachments"), attachments},
        {s("date_created"), Envelope::date(created)},
        {s("is_agent_note"), query.value(3).toInt() == 1 ? 1 : 0},
        {s("creation_system"), query.value(6).toString()},
        {s("ip_address"), QString()},
        {s("visitor_id"), none},
        {s("hostname"), QString()},
        {s("email"), email},
        {s("message_hash"), hash},
        {s("primary_translation"), none},
        {s("message"), html},
        {s("message_full"), html},
        {s("message_raw"), none},
        {s("message_preview_text"), preview},
        {s("show_full_hint"), false},
        {s("lang_code"), lang.isEmpty() ? none : QJsonValue(lang)},
        {s("geo_country"), none},
    };
}

Json Helpdesk::Private::blobJson(int id, const QString &baseUrl, bool forceNotTemp) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT id, auth, filename, content_type, size, is_temp FROM blobs WHERE id = ?"),
            {id});
    if (!query.next())
        return {};
    const QString auth = query.value(1).toString();
    const QString authId = QString::number(id) + QLatin1Char('-') + auth;
    const QString filename = query.value(2).toString();
    const QString contentType = query.value(3).toString();
    return Json{
        {s("blob_id"), id},
        {s("blob_auth"), auth},
        {s("blob_auth_id"), authId},
        {s("download_url"), QString(baseUrl + QStringLiteral("/file.php/") + authId + QLatin1Char('/') +
                                    QString::fromLatin1(QUrl::toPercentEncoding(filename)))},
        {s("filename"), filename},
        {s("filesize"), query.value(4).toLongLong()},
        {s("filesize_readable"), readableSize(query.value(4).toLongLong())},
        {s("content_type"), contentType},
        {s("is_image"), contentType.startsWith(QLatin1String("image/"))},
        {s("is_temp"), forceNotTemp ? false : query.value(5).toInt() == 1},
    };
}

Json Helpdesk::Private::attachmentJson(int id, const QString &baseUrl) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT a.id, a.ticket, a.person, a.message, a.blob, a.is_inline, "
                           "m.is_agent_note FROM attachments a LEFT JOIN messages m ON m.id = a.message "
                           "WHERE a.id = ?"),
            {id});
    if (!query.next())
        return {};
    return Json{
        {s("id"), id},
        {s("ticket"), query.value(1).toInt()},
        {s("person"), query.value(2).toInt()},
        {s("message"), query.value(3).toInt()},
        {s("is_agent_note"), query.value(6).toInt() == 1},
        {s("is_inline"), query.value(5).toInt() == 1},
        {s("blob"), blobJson(query.value(4).toInt(), baseUrl, true)},
    };
}

Json Helpdesk::Private::departmentJson(int id) const
{
    QSqlQuery query = run(
        QStringLiteral("SELECT id, parent, title, user_title, display_order FROM departments WHERE id = ?"),
        {id});
    if (!query.next())
        return {};
    QJsonArray children;
    QSqlQuery kids =
        run(QStringLiteral("SELECT id FROM departments WHERE parent = ? ORDER BY display_order, id"), {id});
    while (kids.next())
        children.append(kids.value(0).toInt());
    return Json{
        {s("id"), id},
        {s("parent"), nullableInt(query.value(1))},
        {s("children"), children},
        {s("title"), query.value(2).toString()},
        {s("user_title"), query.value(3).toString()},
        {s("is_tickets_enabled"), true},
        {s("is_chat_enabled"), id == 1},
        {s("display_order"), query.value(4).toInt()},
        {s("avatar"), QJsonValue(QJsonValue::Null)},
        {s("brands"), QJsonArray{1}},
    };
}

Json Helpdesk::Private::teamJson(int id) const
{
    const QVariant name = scalar(QStringLiteral("SELECT name FROM agent_teams WHERE id = ?"), {id});
    if (!name.isValid())
        return {};
    QJsonArray members;
    QSqlQuery query =
        run(QStringLiteral("SELECT person FROM team_members WHERE team = ? ORDER BY person"), {id});
    while (query.next())
        members.append(query.value(0).toInt());
    return Json{{s("id"), id},
                {s("name"), name.toString()},
                {s("members"), members},
                {s("picture"), QJsonValue(QJsonValue::Null)}};
}

Json Helpdesk::Private::organizationJson(int id) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT id, name, summary, importance, email_domain, date_created FROM "
                           "organizations WHERE id = ?"),
            {id});
    if (!query.next())
        return {};
    return Json{
        {s("id"), id},
        {s("name"), query.value(1).toString()},
        {s("summary"), query.value(2).toString()},
        {s("importance"), query.value(3).toInt()},
        {s("fields"), QJsonArray()},
        {s("user_groups"), QJsonArray()},
        {s("labels"), QJsonArray()},
        {s("contact_data"), QJsonArray()},
        {s("emails"), QJsonArray()},
        {s("email_domains"),
         query.value(4).toString().isEmpty() ? QJsonArray() : QJsonArray{query.value(4).toString()}},
        {s("date_created"), dateValue(query.value(5))},
        {s("parent"), QJsonValue(QJsonValue::Null)},
        {s("chats_count"), 0},
        {s("tickets_count"),
         scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE organization = ?"), {id}).toInt()},
        {s("phone_numbers"), QJsonArray()},
    };
}

Json Helpdesk::Private::priorityJson(int id) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT id, title, priority, color FROM priorities WHERE id = ?"), {id});
    if (!query.next())
        return {};
    return Json{{s("id"), id},
                {s("title"), query.value(1).toString()},
                {s("priority"), query.value(2).toInt()},
                {s("color"), query.value(3).toString()}};
}

Json Helpdesk::Private::fieldJson(const Field &definition) const
{
    return Json{
        {s("id"), definition.id},
        {s("title"), definition.title},
        {s("description"), definition.description},
        {s("widget_type"), definition.widget},
        {s("choices"), definition.choices},
        {s("default_value"), QJsonValue(QJsonValue::Null)},
        {s("is_enabled"), true},
        {s("is_agent_field"), definition.widget == QLatin1String("textarea")},
        {s("display_order"), definition.order},
        {s("aliases"), QJsonArray()},
    };
}

Json Helpdesk::Private::filterJson(int id) const
{
    QSqlQuery query =
        run(QStringLiteral("SELECT id, sys_name, title, display_order, criteria, date_created FROM "
                           "ticket_filters WHERE id = ?"),
            {id});
    if (!query.next())
        return {};
    // The criteria rendered as Deskpro's term list; "-1" stands for the current agent.
    QMap<QString, QJsonArray> options;
    QStringList order;
    for (const QString &pair : query.value(4).toString().split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        QString value = pair.section(QLatin1Char('='), 1);
        if (value == QLatin1String("@me") || value == QLatin1String("@my_teams"))
            value = QStringLiteral("-1");
        if (!options.contains(key))
            order << key;
        options[key].append(value);
    }
    QJsonArray term;
    for (const QString &key : std::as_const(order))
        term.append(
            Json{{s("type"), key}, {s("op"), s("is")}, {s("options"), Json{{key, options.value(key)}}}});
    const QJsonValue none(QJsonValue::Null);
    return Json{
        {s("id"), id},
        {s("display_order"), query.value(3).toInt()},
        {s("sys_name"), query.value(1).isNull() ? none : QJsonValue(query.value(1).toString())},
        {s("title"), query.value(2).toString()},
        {s("term"), term},
        {s("is_global"), true},
        {s("is_enabled"), true},
        {s("person"), none},
        {s("agent_team"), none},
        {s("ticket_filter_set"), none},
        {s("filter_views"), QJsonArray()},
        {s("filter_preferences"), QJsonArray()},
        {s("date_created"), dateValue(query.value(5))},
        {s("date_updated"), dateValue(query.value(5))},
    };
}

// ---------------------------------------------------------------------------------------------
// Lists

ApiReply Helpdesk::Private::pagedIds(const ApiRequest &request, const QString &from, QString where,
                                     QVariantList binds, const QHash<QString, QString> &sortColumns,
                                     const std::function<Json(int)> &render, const QString &defaultSort,
                                     bool defaultDescending, const QJsonObject &extraMeta,
                                     const QJsonObject &linked) const
{
    ListParams params;
    ListParams::Options options;
    options.sortable = sortColumns.keys();
    options.defaultSort = defaultSort;
    options.defaultDescending = defaultDescending;
    if (auto error = params.parse(request, options))
        return *error;
    if (params.hasIds) {
        if (params.ids.isEmpty())
            return Envelope::page({}, 0, params.count, params.page, extraMeta, linked);
        where += QStringLiteral(" AND id IN (%1)").arg(placeholders(params.ids.size()));
        for (qint64 id : std::as_const(params.ids))
            binds << id;
    }
    const int total =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, where), binds).toInt();
    const QString column = sortColumns.value(params.orderBy, QStringLiteral("id"));
    const QString direction = params.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList pageBinds = binds;
    pageBinds << params.rowsOnPage(total) << params.offset;
    QSqlQuery query = run(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3%4, id%4 LIMIT ? OFFSET ?")
                              .arg(from, where, column, direction),
                          pageBinds);
    QJsonArray items;
    while (query.next())
        items.append(render(query.value(0).toInt()));
    return Envelope::page(items, params.cappedTotal(total), params.count, params.page, extraMeta, linked);
}

QJsonObject Helpdesk::Private::sideloads(const ApiRequest &request, QJsonArray *tickets) const
{
    QStringList include;
    for (const QString &value : request.values(QStringLiteral("include")))
        include << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &name : include)
        name = name.trimmed();
    const bool inlineObjects =
        boolean(QJsonValue(request.value(QStringLiteral("inline_sideloads")))).value_or(false);
    if (include.isEmpty())
        return {};

    // Ticket property -> linked type and renderer. Agents are people, as in Deskpro.
    struct Kind
    {
        const char *property;
        const char *type;
        std::function<Json(int)> render;
    };
    const QList<Kind> kinds{
        {"person", "person", [this](int id) { return personJson(id); }},
        {"agent", "person", [this](int id) { return personJson(id); }},
        {"department", "department", [this](int id) { return departmentJson(id); }},
        {"organization", "organization", [this](int id) { return organizationJson(id); }},
        {"agent_team", "agent_team", [this](int id) { return teamJson(id); }},
        {"priority", "priority", [this](int id) { return priorityJson(id); }},
    };
    QJsonObject linked;
    for (const Kind &kind : kinds) {
        const QString property = s(kind.property);
        if (!include.contains(property))
            continue;
        QJsonObject objects = linked.value(s(kind.type)).toObject();
        for (qsizetype i = 0; i < tickets->size(); ++i) {
            QJsonObject ticket = tickets->at(i).toObject();
            const QJsonValue idValue = ticket.value(property);
            if (!idValue.isDouble())
                continue;
            const int id = idValue.toInt();
            const QString key = QString::number(id);
            if (!objects.contains(key))
                objects.insert(key, kind.render(id));
            if (inlineObjects) {
                ticket.insert(property, objects.value(key));
                tickets->replace(i, ticket);
            }
        }
        linked.insert(s(kind.type), objects);
    }
    return linked;
}

std::optional<int> Helpdesk::Private::ticketId(const QString &segment) const
{
    if (segment.startsWith(QLatin1String("ref:"))) {
        const QVariant id = scalar(QStringLiteral("SELECT id FROM tickets WHERE ref = ?"), {segment.mid(4)});
        return id.isValid() ? std::optional<int>(id.toInt()) : std::nullopt;
    }
    const auto id = positiveId(segment);
    if (id && exists(QStringLiteral("tickets"), *id))
        return id;
    return std::nullopt;
}

std::optional<QJsonObject> Helpdesk::Private::body(const ApiRequest &request, ApiReply *error) const
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = Envelope::error(400, QStringLiteral("invalid_json_body"),
                                 QStringLiteral("The request body is not a valid JSON object."));
        return std::nullopt;
    }
    return document.object();
}

// ---------------------------------------------------------------------------------------------
// Tickets

ApiReply Helpdesk::Private::listTickets(const ApiRequest &request)
{
    ListParams params;
    ListParams::Options options;
    options.sortable = TicketQuery::sortFields();
    if (auto error = params.parse(request, options))
        return *error;

    QString where;
    QVariantList binds;
    QJsonObject meta;
    int total = 0;
    if (params.hasIds) {
        // Deskpro skips the search for ids=: no filters, hidden tickets included, the total is
        // the number of ids asked for and the page size defaults to that number.
        if (!request.has(QStringLiteral("count")))
            params.count = qBound(1, int(params.ids.size()), 200);
        params.offset =
            request.has(QStringLiteral("offset")) ? params.offset : (params.page - 1) * params.count;
        where = params.ids.isEmpty() ? QStringLiteral("0")
                                     : QStringLiteral("t.id IN (%1)").arg(placeholders(params.ids.size()));
        for (qint64 id : std::as_const(params.ids))
            binds << id;
        total = int(params.ids.size());
    } else {
        TicketQuery query;
        TicketQuery::Options queryOptions;
        queryOptions.ignored = TicketQuery::globalParameters();
        if (auto error = query.parse(request.query, queryOptions))
            return *error;
        where = query.where;
        binds = query.binds;
        meta.insert(QStringLiteral("fql"), query.fql);
        total = scalar(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + where, binds).toInt();
    }
    QVariantList pageBinds = binds;
    pageBinds << params.rowsOnPage(total) << params.offset;
    QSqlQuery query = run(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                              .arg(where, TicketQuery::orderExpression(params.orderBy, params.descending)),
                          pageBinds);
    QList<int> ids;
    while (query.next())
        ids << query.value(0).toInt();
    QJsonArray items = ticketsJson(ids);
    const QJsonObject linked = sideloads(request, &items);
    return Envelope::page(items, params.cappedTotal(total), params.count, params.page, meta, linked);
}

ApiReply Helpdesk::Private::ticketCounts(const ApiRequest &request)
{
    static const QHash<QString, QString> groups{
        {QStringLiteral("status"), QStringLiteral("t.ticket_status")},
        {QStringLiteral("agent"), QStringLiteral("t.agent")},
        {QStringLiteral("agent_team"), QStringLiteral("t.agent_team")},
        {QStringLiteral("department"), QStringLiteral("t.department")},
        {QStringLiteral("language"), QStringLiteral("t.language")},
        {QStringLiteral("organization"), QStringLiteral("t.organization")},
        {QStringLiteral("priority"), QStringLiteral("t.priority")},
        {QStringLiteral("urgency"), QStringLiteral("t.urgency")},
        {QStringLiteral("sla_status"), QStringLiteral("t.sla_status")},
    };
    TicketQuery query;
    TicketQuery::Options options;
    options.ignored = TicketQuery::globalParameters() << QStringLiteral("group_by");
    if (auto error = query.parse(request.query, options))
        return *error;
    const int total =
        scalar(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + query.where, query.binds).toInt();
    QJsonObject data{{QStringLiteral("total"), total}};
    const QString groupBy = request.value(QStringLiteral("group_by"));
    if (!groupBy.isEmpty()) {
        if (!groups.contains(groupBy))
            return ListParams::badRequest(QStringLiteral("Unknown group_by field: %1").arg(groupBy));
        QJsonObject counts;
        QSqlQuery rows =
            run(QStringLiteral("SELECT %1, COUNT(*) FROM tickets t WHERE %2 GROUP BY 1 ORDER BY 1")
                    .arg(groups.value(groupBy), query.where),
                query.binds);
        while (rows.next())
            counts.insert(rows.value(0).isNull() ? QStringLiteral("0") : rows.value(0).toString(),
                          rows.value(1).toInt());
        data.insert(QStringLiteral("group_by"), groupBy);
        data.insert(QStringLiteral("counts"), counts);
    }
    return Envelope::ok(data, {{QStringLiteral("fql"), query.fql}});
}

ApiReply Helpdesk::Private::getTicket(const ApiRequest &request, int id)
{
    QJsonArray one{ticketJson(id)};
    const QJsonObject linked = sideloads(request, &one);
    return Envelope::ok(one.first(), {}, linked);
}

// ---------------------------------------------------------------------------------------------
// Writes

std::optional<int> Helpdesk::Private::resolvePerson(const QJsonValue &value, FormErrors &errors,
                                                    const QStringList &path)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QString email;
    QString name;
    QString first;
    QString last;
    if (const auto id = integer(value)) {
        if (exists(QStringLiteral("people"), *id))
            return int(*id);
        errors.add(path, QStringLiteral("invalid_choice"), FormErrors::invalidMessage());
        return std::nullopt;
    }
    if (value.isString()) {
        email = value.toString().trimmed();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("id")))
            return resolvePerson(object.value(QStringLiteral("id")), errors, path);
        email = object.value(QStringLiteral("email"))
                    .toString(object.value(QStringLiteral("primary_email")).toString())
                    .trimmed();
        name = object.value(QStringLiteral("name")).toString().trimmed();
        first = object.value(QStringLiteral("first_name")).toString().trimmed();
        last = object.value(QStringLiteral("last_name")).toString().trimmed();
    }
    if (email.isEmpty()) {
        errors.add(path, QStringLiteral("required"), FormErrors::blankMessage());
        return std::nullopt;
    }
    if (!emailPattern.match(email).hasMatch()) {
        errors.add(path, QStringLiteral("invalid_email"),
                   QStringLiteral("This value is not a valid email address."));
        return std::nullopt;
    }
    const QVariant found =
        scalar(QStringLiteral("SELECT id FROM people WHERE lower(email) = ?"), {email.toLower()});
    if (found.isValid())
        return found.toInt();
    if (name.isEmpty())
        name = QString(first + QLatin1Char(' ') + last).trimmed();
    if (name.isEmpty())
        name = email.section(QLatin1Char('@'), 0, 0);
    if (first.isEmpty() && last.isEmpty()) {
        first = name.section(QLatin1Char(' '), 0, 0);
        last = name.section(QLatin1Char(' '), 1);
    }
    QSqlQuery insert =
        run(QStringLiteral("INSERT INTO people (first_name, last_name, name, email, is_agent, language, "
                           "date_created) VALUES (?, ?, ?, ?, 0, 1, ?)"),
            {first, last, name, email, now()});
    return insert.lastInsertId().toInt();
}

std::optional<QList<int>> Helpdesk::Private::resolveBlobs(const QJsonValue &value, FormErrors &errors,
                                                          const QStringList &path) const
{
    QList<QPair<QString, QString>> wanted; // (blob id from a map key or "", auth)
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                wanted.append({QString(), item.toString()});
            else
                wanted.append({QString(), item.toObject().value(QStringLiteral("blob_auth")).toString()});
        }
    } else if (value.isObject()) {
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString auth = it.value().isString()
                                     ? it.value().toString()
                                     : it.value().toObject().value(QStringLiteral("blob_auth")).toString();
            wanted.append({it.key(), auth});
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        errors.add(path, QStringLiteral("invalid"), FormErrors::invalidMessage());
        return std::nullopt;
    }
    QList<int> ids;
    for (const auto &[key, rawAuth] : wanted) {
        QString auth = rawAuth.trimmed();
        QVariant id;
        // Accept the bare blob_auth or the "<id>-<auth>" blob_auth_id.
        static const QRegularExpression authId(QStringLiteral("^(\\d+)-(.+)$"));
        const auto match = authId.match(auth);
        if (match.hasMatch())
            id = scalar(QStringLiteral("SELECT id FROM blobs WHERE id = ? AND auth = ?"),
                        {match.captured(1).toInt(), match.captured(2)});
        if (!id.isValid() && !auth.isEmpty())
            id = scalar(QStringLiteral("SELECT id FROM blobs WHERE auth = ?"), {auth});
        if (!id.isValid() || (!key.isEmpty() && positiveId(key) && id.toInt() != *positiveId(key))) {
            errors.add(path, QStringLiteral("invalid_blob"), QStringLiteral("Unknown blob: %1").arg(auth));
            return std::nullopt;
        }
        ids << id.toInt();
    }
    return ids;
}

void Helpdesk::Private::validateTicketFields(const QJsonObject &body, bool creating, FormErrors &errors,
                                             QHash<QString, QVariant> &columns,
                                             std::optional<QJsonValue> &labels,
                                             std::optional<QJsonObject> &customFields)
{
    static const QStringList known{QStringLiteral("person"),   QStringLiteral("subject"),
                                   QStringLiteral("message"),  QStringLiteral("department"),
                                   QStringLiteral("agent"),    QStringLiteral("agent_team"),
                                   QStringLiteral("priority"), QStringLiteral("category"),
                                   QStringLiteral("product"),  QStringLiteral("workflow"),
                                   QStringLiteral("language"), QStringLiteral("organization"),
                                   QStringLiteral("status"),   QStringLiteral("urgency"),
                                   QStringLiteral("labels"),   QStringLiteral("fields"),
                                   QStringLiteral("cc"),       QStringLiteral("brand"),
                                   QStringLiteral("star"),     QStringLiteral("is_hold"),
                                   QStringLiteral("parent"),   QStringLiteral("suppress_user_notify")};
    QStringList extra;
    for (const QString &key : body.keys()) {
        if (!known.contains(key) || (!creating && key == QLatin1String("message")))
            extra << key;
    }
    if (!extra.isEmpty())
        errors.addGlobal(QStringLiteral("extra_fields"),
                         QStringLiteral("Unexpected field names: %1").arg(extra.join(QStringLiteral(", "))));

    const auto invalid = [&](const QString &name) {
        errors.add({name}, QStringLiteral("invalid_choice"), FormErrors::invalidMessage());
    };
    if (body.contains(QStringLiteral("subject")) || creating) {
        const QString subject = body.value(QStringLiteral("subject")).toString().trimmed();
        if (subject.isEmpty())
            errors.add({QStringLiteral("subject")}, QStringLiteral("required"), FormErrors::blankMessage());
        else
            columns.insert(QStringLiteral("subject"), subject);
    }
    if (body.contains(QStringLiteral("person")) || creating) {
        if (const auto person =
                resolvePerson(body.value(QStringLiteral("person")), errors, {QStringLiteral("person")}))
            columns.insert(QStringLiteral("person"), *person);
    }
    // Optional references to other records: null (or 0) clears them where Deskpro allows it.
    const QList<QPair<QString, QString>> references{
        {QStringLiteral("agent_team"), QStringLiteral("agent_teams")},
        {QStringLiteral("priority"), QStringLiteral("priorities")},
        {QStringLiteral("organization"), QStringLiteral("organizations")}};
    for (const auto &[name, table] : references) {
        if (!body.contains(name))
            continue;
        const QJsonValue value = body.value(name);
        const auto id = integer(value);
        if (value.isNull() || (id && *id == 0))
            columns.insert(name, QVariant());
        else if (id && exists(table, *id))
            columns.insert(name, *id);
        else
            invalid(name);
    }
    if (body.contains(QStringLiteral("department"))) {
        const auto id = integer(body.value(QStringLiteral("department")));
        if (id && exists(QStringLiteral("departments"), *id))
            columns.insert(QStringLiteral("department"), *id);
        else
            invalid(QStringLiteral("department"));
    }
    if (body.contains(QStringLiteral("agent"))) {
        const QJsonValue value = body.value(QStringLiteral("agent"));
        const auto id = integer(value);
        if (value.isNull() || (id && *id == 0)) {
            columns.insert(QStringLiteral("agent"), QVariant());
        } else if (id && isAgent(*id)) {
            columns.insert(QStringLiteral("agent"), *id);
        } else if (value.isString() && value.toString().contains(QLatin1Char('@'))) {
            const QVariant agent =
                scalar(QStringLiteral("SELECT id FROM people WHERE is_agent = 1 AND lower(email) = ?"),
                       {value.toString().trimmed().toLower()});
            if (agent.isValid())
                columns.insert(QStringLiteral("agent"), agent);
            else
                invalid(QStringLiteral("agent"));
        } else {
            invalid(QStringLiteral("agent"));
        }
    }
    if (body.contains(QStringLiteral("language"))) {
        const QJsonValue value = body.value(QStringLiteral("language"));
        const auto id = integer(value);
        if (value.isNull())
            columns.insert(QStringLiteral("language"), QVariant());
        else if (id && *id >= 1 && *id <= 3)
            columns.insert(QStringLiteral("language"), *id);
        else
            invalid(QStringLiteral("language"));
    }
    if (body.contains(QStringLiteral("status"))) {
        if (const auto status = statusFromCode(body.value(QStringLiteral("status")).toString().trimmed()))
            columns.insert(QStringLiteral("status"), status->second);
        else
            errors.add({QStringLiteral("status")}, QStringLiteral("invalid_choice"),
                       QStringLiteral("The value you selected is not a valid choice."));
    }
    if (body.contains(QStringLiteral("urgency"))) {
        const auto urgency = integer(body.value(QStringLiteral("urgency")));
        if (urgency && *urgency >= 1 && *urgency <= 10)
            columns.insert(QStringLiteral("urgency"), *urgency);
        else
            errors.add({QStringLiteral("urgency")}, QStringLiteral("out_of_range"),
                       QStringLiteral("This value should be between 1 and 10."));
    }
    if (body.contains(QStringLiteral("star"))) {
        const QJsonValue value = body.value(QStringLiteral("star"));
        const auto star = integer(value);
        if (value.isNull() || (star && *star == 0))
            columns.insert(QStringLiteral("star"), QVariant());
        else if (star && *star >= 1 && *star <= 6)
            columns.insert(QStringLiteral("star"), *star);
        else
            invalid(QStringLiteral("star"));
    }
    if (body.contains(QStringLiteral("is_hold"))) {
        if (const auto hold = boolean(body.value(QStringLiteral("is_hold"))))
            columns.insert(QStringLiteral("is_hold"), *hold ? 1 : 0);
        else
            invalid(QStringLiteral("is_hold"));
    }
    if (body.contains(QStringLiteral("labels"))) {
        const QJsonValue value = body.value(QStringLiteral("labels"));
        bool ok = value.isNull() || value.isArray();
        QJsonArray cleaned;
        for (const QJsonValue &label : value.toArray()) {
            if (!label.isString() || label.toString().trimmed().isEmpty()) {
                ok = false;
                break;
            }
            if (!cleaned.contains(label.toString().trimmed()))
                cleaned.append(label.toString().trimmed());
        }
        if (ok)
            labels = value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(cleaned);
        else
            invalid(QStringLiteral("labels"));
    }
    if (body.contains(QStringLiteral("fields"))) {
        const QJsonValue value = body.value(QStringLiteral("fields"));
        if (!value.isObject() && !(value.isArray() && value.toArray().isEmpty())) {
            invalid(QStringLiteral("fields"));
            return;
        }
        QJsonObject stored;
        const QJsonObject given = value.toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QStringList path{QStringLiteral("fields"), QStringLiteral("fields_") + it.key()};
            const Field *definition = field(it.key().toInt());
            if (!definition) {
                errors.add(path, QStringLiteral("invalid_field"), QStringLiteral("Unknown custom field."));
                continue;
            }
            const QJsonValue raw = it.value();
            if (raw.isNull()) {
                stored.insert(it.key(), QJsonValue::Null);
                continue;
            }
            const QString &widget = definition->widget;
            if (widget == QLatin1String("text") || widget == QLatin1String("textarea")) {
                if (raw.isString() || raw.isDouble())
                    stored.insert(it.key(),
                                  raw.isString() ? raw.toString() : QString::number(raw.toDouble()));
                else
                    errors.add(path, QStringLiteral("invalid"), FormErrors::invalidMessage());
            } else if (widget == QLatin1String("date")) {
                const auto moment = raw.isDouble() ? std::optional<qint64>(qint64(raw.toDouble()))
                                                   : TicketQuery::parseDate(raw.toString());
                if (moment)
                    stored.insert(it.key(), *moment);
                else
                    errors.add(path, QStringLiteral("invalid_date"),
                               QStringLiteral("This value is not a valid date."));
            } else if (widget == QLatin1String("toggle")) {
                if (const auto on = boolean(raw))
                    stored.insert(it.key(), *on ? 1 : 0);
                else
                    errors.add(path, QStringLiteral("invalid"), FormErrors::invalidMessage());
            } else {
                const QJsonArray items = raw.isArray() ? raw.toArray() : QJsonArray{raw};
                QJsonArray choices;
                bool ok = !items.isEmpty();
                for (const QJsonValue &item : items) {
                    const auto choice = integer(item);
                    if (!choice || !definition->choiceTitles.contains(int(*choice))) {
                        ok = false;
                        break;
                    }
                    choices.append(*choice);
                }
                const bool multiple =
                    widget == QLatin1String("multichoice") || widget == QLatin1String("checkbox");
                if (!ok || (!multiple && choices.size() > 1))
                    errors.add(path, QStringLiteral("invalid_choice"),
                               QStringLiteral("The value you selected is not a valid choice."));
                else
                    stored.insert(it.key(), multiple ? QJsonValue(choices) : choices.first());
            }
        }
        customFields = stored;
    }
}

void Helpdesk::Private::writeLabels(int ticket, const QJsonValue &labels)
{
    run(QStringLiteral("DELETE FROM ticket_labels WHERE ticket = ?"), {ticket});
    if (labels.isNull()) {
        run(QStringLiteral("UPDATE tickets SET labels = NULL WHERE id = ?"), {ticket});
        return;
    }
    const QJsonArray list = labels.toArray();
    run(QStringLiteral("UPDATE tickets SET labels = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)), ticket});
    for (const QJsonValue &label : list)
        run(QStringLiteral("INSERT INTO ticket_labels (ticket, label) VALUES (?, ?)"),
            {ticket, label.toString()});
}

void Helpdesk::Private::writeCustomFields(int ticket, const QJsonObject &values, bool merge)
{
    QJsonObject stored;
    if (merge) {
        stored = QJsonDocument::fromJson(
                     scalar(QStringLiteral("SELECT fields FROM tickets WHERE id = ?"), {ticket})
                         .toString()
                         .toUtf8())
                     .object();
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isNull())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    run(QStringLiteral("UPDATE tickets SET fields = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), ticket});
    run(QStringLiteral("DELETE FROM ticket_field_values WHERE ticket = ?"), {ticket});
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const QJsonArray items = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &item : items) {
            const QString text = item.isString() ? item.toString() : QString::number(qint64(item.toDouble()));
            run(QStringLiteral("INSERT INTO ticket_field_values (ticket, field, value) VALUES (?, ?, ?)"),
                {ticket, it.key().toInt(), text});
        }
    }
}

void Helpdesk::Private::setStatus(int ticket, const QString &code, qint64 when)
{
    const auto status = statusFromCode(code);
    if (!status)
        return;
    const QString current =
        scalar(QStringLiteral("SELECT ticket_status FROM tickets WHERE id = ?"), {ticket}).toString();
    if (current == status->second)
        return;
    const QString &type = status->first;
    run(QStringLiteral(
            "UPDATE tickets SET status = ?, ticket_status = ?, date_status = ?, "
            "date_resolved = CASE WHEN ? IN ('resolved', 'closed') THEN COALESCE(date_resolved, ?) "
            "WHEN ? = 'hidden' THEN date_resolved ELSE NULL END, "
            "date_user_waiting = CASE WHEN ? = 'awaiting_agent' THEN COALESCE(date_user_waiting, ?) "
            "ELSE NULL END, "
            "date_agent_waiting = CASE WHEN ? = 'awaiting_user' THEN ? ELSE NULL END WHERE id = ?"),
        {type, status->second, when, type, when, type, type, when, type, when, ticket});
}

int Helpdesk::Private::addMessage(int ticket, int author, const QString &html, bool note,
                                  const QList<int> &blobs, qint64 when, const QString &creationSystem)
{
    const int language =
        scalar(QStringLiteral("SELECT language FROM tickets WHERE id = ?"), {ticket}).toInt();
    static const QStringList codes{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                   QStringLiteral("fr")};
    QSqlQuery insert =
        run(QStringLiteral("INSERT INTO messages (ticket, person, is_agent_note, message, date_created, "
                           "creation_system, lang_code) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {ticket, author, note ? 1 : 0, html, when, creationSystem,
             language >= 1 && language <= 3 ? QVariant(codes.at(language)) : QVariant()});
    const int message = insert.lastInsertId().toInt();
    for (int blob : blobs) {
        run(QStringLiteral("UPDATE blobs SET is_temp = 0 WHERE id = ?"), {blob});
        run(QStringLiteral(
                "INSERT INTO attachments (ticket, message, person, blob, is_inline) VALUES (?, ?, ?, ?, 0)"),
            {ticket, message, author, blob});
    }
    if (!blobs.isEmpty())
        run(QStringLiteral("UPDATE tickets SET has_attachments = 1 WHERE id = ?"), {ticket});
    if (note)
        return message;
    if (isAgent(author)) {
        run(QStringLiteral(
                "UPDATE tickets SET count_agent_replies = count_agent_replies + 1, date_last_agent_reply = "
                "?, "
                "total_to_first_reply = CASE WHEN date_first_agent_reply IS NULL THEN ? - date_created "
                "ELSE total_to_first_reply END, "
                "date_first_agent_reply = COALESCE(date_first_agent_reply, ?), "
                "total_user_waiting = total_user_waiting + CASE WHEN date_user_waiting IS NULL THEN 0 "
                "ELSE ? - date_user_waiting END, "
                "agent = COALESCE(agent, ?), date_first_agent_assign = COALESCE(date_first_agent_assign, ?) "
                "WHERE id = ?"),
            {when, when, when, when, author, when, ticket});
    } else {
        run(QStringLiteral(
                "UPDATE tickets SET count_user_replies = count_user_replies + 1, date_last_user_reply = ? "
                "WHERE id = ?"),
            {when, ticket});
    }
    return message;
}

ApiReply Helpdesk::Private::createTicket(const ApiRequest &request)
{
    ApiReply error;
    const auto given = body(request, &error);
    if (!given)
        return error;
    FormErrors errors;
    QHash<QString, QVariant> columns;
    std::optional<QJsonValue> labels;
    std::optional<QJsonObject> customFields;
    validateTicketFields(*given, true, errors, columns, labels, customFields);

    // The first message: {message, format, is_note, person, attachments}.
    const QJsonValue messageValue = given->value(QStringLiteral("message"));
    QJsonObject message = messageValue.toObject();
    if (messageValue.isString())
        message.insert(QStringLiteral("message"), messageValue.toString());
    const QString text = message.value(QStringLiteral("message")).toString();
    if (text.trimmed().isEmpty())
        errors.add({QStringLiteral("message"), QStringLiteral("message")}, QStringLiteral("required"),
                   FormErrors::blankMessage());
    const QString format = message.value(QStringLiteral("format")).toString(QStringLiteral("html"));
    if (format != QLatin1String("html") && format != QLatin1String("text"))
        errors.add({QStringLiteral("message"), QStringLiteral("format")}, QStringLiteral("invalid_choice"),
                   QStringLiteral("The value you selected is not a valid choice."));
    const auto note = boolean(message.value(QStringLiteral("is_note")));
    if (!note)
        errors.add({QStringLiteral("message"), QStringLiteral("is_note")}, QStringLiteral("invalid"),
                   FormErrors::invalidMessage());
    std::optional<int> author;
    if (message.contains(QStringLiteral("person")))
        author = resolvePerson(message.value(QStringLiteral("person")), errors,
                               {QStringLiteral("message"), QStringLiteral("person")});
    const auto blobs = resolveBlobs(message.value(QStringLiteral("attachments")), errors,
                                    {QStringLiteral("message"), QStringLiteral("attachments")});
    if (!errors.isEmpty())
        return errors.reply();

    const qint64 when = now();
    const int id = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM tickets")).toInt();
    // Refs and secrets depend on the seed and the id only, so a replay gives the same tickets.
    SeedRandom rng(quint64(seedValue()) * 1000003ULL + quint64(id) * 7919ULL);
    const QString upper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QString ref = rng.text(4, upper) + QLatin1Char('-') + QString::number(rng.between(1000, 9999)) +
                        QLatin1Char('-') + rng.text(4, upper);
    const int person = columns.value(QStringLiteral("person")).toInt();
    const QVariant organization =
        columns.contains(QStringLiteral("organization"))
            ? columns.value(QStringLiteral("organization"))
            : scalar(QStringLiteral("SELECT organization FROM people WHERE id = ?"), {person});
    const QVariant language =
        columns.contains(QStringLiteral("language"))
            ? columns.value(QStringLiteral("language"))
            : scalar(QStringLiteral("SELECT COALESCE(language, 1) FROM people WHERE id = ?"), {person});
    const QString subject = columns.value(QStringLiteral("subject")).toString();
    const QVariant agent = columns.value(QStringLiteral("agent"));
    run(QStringLiteral(
            "INSERT INTO tickets (id, ref, auth, ticket_hash, subject, original_subject, person, agent, "
            "agent_team, department, priority, organization, language, status, ticket_status, urgency, "
            "labels, star, sla_status, fields, has_attachments, is_hold, creation_system, date_created, "
            "date_status, date_first_agent_assign) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'awaiting_agent', 'awaiting_agent', ?, '[]', ?, NULL, '{}', 0, ?, 'web.api', ?, ?, ?)"),
        {id, ref, rng.text(10, QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), rng.hex(40), subject,
         subject, person, agent, columns.value(QStringLiteral("agent_team")),
         columns.value(QStringLiteral("department"), 1), columns.value(QStringLiteral("priority"), 2),
         organization, language, columns.value(QStringLiteral("urgency"), 1),
         columns.value(QStringLiteral("star")), columns.value(QStringLiteral("is_hold"), 0), when, when,
         agent.isNull() ? QVariant() : QVariant(when)});
    if (labels)
        writeLabels(id, *labels);
    if (customFields)
        writeCustomFields(id, *customFields, false);

    const int writer = author.value_or(person);
    const QString html = format == QLatin1String("text")
                             ? text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"))
                             : text;
    run(QStringLiteral("UPDATE tickets SET date_user_waiting = ? WHERE id = ?"), {when, id});
    addMessage(id, writer, html, *note, *blobs, when, QStringLiteral("web.api"));
    if (columns.contains(QStringLiteral("status")))
        setStatus(id, columns.value(QStringLiteral("status")).toString(), when);
    else if (isAgent(writer) && !*note)
        setStatus(id, QStringLiteral("awaiting_user"), when);
    emit q->ticketChanged(id);

    ApiReply reply = Envelope::ok(ticketJson(id), {}, {}, 201);
    reply.headers.append(
        {"Location", (request.baseUrl + QStringLiteral("/api/v2/tickets/%1").arg(id)).toUtf8()});
    return reply;
}

ApiReply Helpdesk::Private::updateTicket(const ApiRequest &request, int id)
{
    ApiReply error;
    const auto given = body(request, &error);
    if (!given)
        return error;
    FormErrors errors;
    QHash<QString, QVariant> columns;
    std::optional<QJsonValue> labels;
    std::optional<QJsonObject> customFields;
    validateTicketFields(*given, false, errors, columns, labels, customFields);
    if (!errors.isEmpty())
        return errors.reply();

    const qint64 when = now();
    // Only our own column names reach the SQL text; the values are bound.
    static const QStringList updatable{
        QStringLiteral("subject"),      QStringLiteral("person"),     QStringLiteral("agent"),
        QStringLiteral("agent_team"),   QStringLiteral("department"), QStringLiteral("priority"),
        QStringLiteral("organization"), QStringLiteral("language"),   QStringLiteral("urgency"),
        QStringLiteral("star"),         QStringLiteral("is_hold")};
    QStringList assignments;
    QVariantList binds;
    for (const QString &column : updatable) {
        if (!columns.contains(column))
            continue;
        assignments << column + QStringLiteral(" = ?");
        binds << columns.value(column);
    }
    if (columns.contains(QStringLiteral("agent")) && !columns.value(QStringLiteral("agent")).isNull()) {
        assignments << QStringLiteral("date_first_agent_assign = COALESCE(date_first_agent_assign, ?)");
        binds << when;
    }
    if (!assignments.isEmpty()) {
        binds << id;
        run(QStringLiteral("UPDATE tickets SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
            binds);
    }
    if (labels)
        writeLabels(id, *labels);
    if (customFields)
        writeCustomFields(id, *customFields, true);
    if (columns.contains(QStringLiteral("status")))
        setStatus(id, columns.value(QStringLiteral("status")).toString(), when);
    emit q->ticketChanged(id);

    const QByteArray location = (request.baseUrl + QStringLiteral("/api/v2/tickets/%1").arg(id)).toUtf8();
    ApiReply reply;
    if (boolean(QJsonValue(request.value(QStringLiteral("follow_location")))).value_or(false)) {
        reply = Envelope::ok(ticketJson(id));
    } else {
        reply.status = 204;
    }
    reply.headers.append({"Location", location});
    return reply;
}

ApiReply Helpdesk::Private::deleteTicket(int id)
{
    setStatus(id, QStringLiteral("hidden.deleted"), now());
    emit q->ticketChanged(id);
    return Envelope::ok(QJsonArray());
}

// ---------------------------------------------------------------------------------------------
// Messages, attachments, blobs

ApiReply Helpdesk::Private::listMessages(const ApiRequest &request, int ticket)
{
    return pagedIds(request, QStringLiteral("messages"), QStringLiteral("ticket = ?"), {ticket},
                    {{QStringLiteral("id"), QStringLiteral("id")},
                     {QStringLiteral("date_created"), QStringLiteral("date_created")},
                     {QStringLiteral("date"), QStringLiteral("date_created")}},
                    [this](int id) { return messageJson(id); });
}

ApiReply Helpdesk::Private::getMessage(int ticket, const QString &messageSegment)
{
    const auto id = positiveId(messageSegment);
    if (!id || scalar(QStringLiteral("SELECT ticket FROM messages WHERE id = ?"), {*id}).toInt() != ticket)
        return Envelope::notFound(messageSegment);
    return Envelope::ok(messageJson(*id));
}

ApiReply Helpdesk::Private::postMessage(const ApiRequest &request, int ticket)
{
    ApiReply error;
    const auto given = body(request, &error);
    if (!given)
        return error;
    // Only API-key requests may write as another person; elsewhere the form has no such field.
    const bool keyAuth = request.authScheme == QLatin1String("key");
    QStringList known{QStringLiteral("message"),
                      QStringLiteral("format"),
                      QStringLiteral("is_note"),
                      QStringLiteral("attachments"),
                      QStringLiteral("status"),
                      QStringLiteral("macros"),
                      QStringLiteral("suppress_user_notify")};
    if (keyAuth)
        known << QStringLiteral("person") << QStringLiteral("date_created");
    FormErrors errors;
    QStringList extra;
    for (const QString &key : given->keys()) {
        if (!known.contains(key))
            extra << key;
    }
    if (!extra.isEmpty())
        errors.addGlobal(QStringLiteral("extra_fields"),
                         QStringLiteral("Unexpected field names: %1").arg(extra.join(QStringLiteral(", "))));

    const QJsonValue messageValue = given->value(QStringLiteral("message"));
    const QString text = messageValue.isString() ? messageValue.toString() : QString();
    if (text.trimmed().isEmpty())
        errors.add({QStringLiteral("message")}, QStringLiteral("required"), FormErrors::blankMessage());
    const QString format = given->value(QStringLiteral("format")).toString(QStringLiteral("html"));
    if (format != QLatin1String("html") && format != QLatin1String("text"))
        errors.add({QStringLiteral("format")}, QStringLiteral("invalid_choice"),
                   QStringLiteral("The value you selected is not a valid choice."));
    const auto note = boolean(given->value(QStringLiteral("is_note")));
    if (!note)
        errors.add({QStringLiteral("is_note")}, QStringLiteral("invalid"), FormErrors::invalidMessage());
    QString status;
    if (given->contains(QStringLiteral("status"))) {
        status = given->value(QStringLiteral("status")).toString().trimmed();
        if (!statusFromCode(status))
            errors.add({QStringLiteral("status")}, QStringLiteral("invalid_choice"),
                       QStringLiteral("The value you selected is not a valid choice."));
    }
    int author = request.personId > 0 ? request.personId : 1;
    if (keyAuth && given->contains(QStringLiteral("person"))) {
        if (const auto person =
                resolvePerson(given->value(QStringLiteral("person")), errors, {QStringLiteral("person")}))
            author = *person;
    }
    qint64 when = now();
    if (keyAuth && given->contains(QStringLiteral("date_created"))) {
        const QJsonValue value = given->value(QStringLiteral("date_created"));
        const auto moment = value.isDouble() ? std::optional<qint64>(qint64(value.toDouble()))
                                             : TicketQuery::parseDate(value.toString());
        if (moment)
            when = *moment;
        else
            errors.add({QStringLiteral("date_created")}, QStringLiteral("invalid_date"),
                       QStringLiteral("This value is not a valid date."));
    }
    const auto blobs =
        resolveBlobs(given->value(QStringLiteral("attachments")), errors, {QStringLiteral("attachments")});
    if (!errors.isEmpty())
        return errors.reply();

    const QString html = format == QLatin1String("text")
                             ? text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"))
                             : text;
    const bool fromAgent = isAgent(author);
    const int message = addMessage(ticket, author, html, *note, *blobs, when,
                                   fromAgent ? QStringLiteral("web.api") : QStringLiteral("web.api.user"));
    if (!status.isEmpty())
        setStatus(ticket, status, when);
    else if (!*note)
        setStatus(ticket, fromAgent ? QStringLiteral("awaiting_user") : QStringLiteral("awaiting_agent"),
                  when);
    emit q->ticketChanged(ticket);

    ApiReply reply = Envelope::ok(messageJson(message), {}, {}, 201);
    reply.headers.append(
        {"Location",
         (request.baseUrl + QStringLiteral("/api/v2/tickets/%1/messages/%2").arg(ticket).arg(message))
             .toUtf8()});
    return reply;
}

ApiReply Helpdesk::Private::listAttachments(const ApiRequest &request, int ticket, int message)
{
    QString where = QStringLiteral("ticket = ?");
    QVariantList binds{ticket};
    if (message > 0) {
        where += QStringLiteral(" AND message = ?");
        binds << message;
    }
    const QString baseUrl = request.baseUrl;
    return pagedIds(request, QStringLiteral("attachments"), where, binds,
                    {{QStringLiteral("id"), QStringLiteral("id")}},
                    [this, baseUrl](int id) { return attachmentJson(id, baseUrl); });
}

ApiReply Helpdesk::Private::uploadBlob(const ApiRequest &request)
{
    const auto parts = MultipartForm::parse(request.headers.value("content-type"), request.body);
    if (!parts)
        return Envelope::error(
            400, QStringLiteral("invalid_input"),
            QStringLiteral("Upload a file as multipart/form-data in a part named \"file\"."));
    for (const MultipartForm::Part &part : *parts) {
        if (part.name != "file")
            continue;
        const QString filename = part.filename.isEmpty() ? QStringLiteral("file")
                                                         : QString::fromUtf8(part.filename)
                                                               .section(QLatin1Char('/'), -1)
                                                               .section(QLatin1Char('\\'), -1);
        const QString contentType = part.contentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                               : QString::fromLatin1(part.contentType);
        SeedRandom rng(quint64(QDateTime::currentMSecsSinceEpoch()) ^
                       quint64(part.data.size()) * 2654435761ULL ^
                       scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM blobs")).toULongLong());
        const QString auth = rng.text(12, QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"));
        QSqlQuery insert =
            run(QStringLiteral("INSERT INTO blobs (auth, filename, content_type, size, data, is_temp, "
                               "date_created) VALUES (?, ?, ?, ?, ?, 1, ?)"),
                {auth, filename, contentType, part.data.size(), part.data, now()});
        return Envelope::ok(blobJson(insert.lastInsertId().toInt(), request.baseUrl), {}, {}, 201);
    }
    return Envelope::fieldError(QStringLiteral("file"), QStringLiteral("required"),
                                FormErrors::blankMessage());
}

ApiReply Helpdesk::Private::downloadBlob(const ApiRequest &request)
{
    // /file.php/<blob_id>-<blob_auth>/<filename>; the server passes a request without a known
    // identity only when it carries an access_token of no account, which no blob accepts.
    if (request.personId <= 0) {
        ApiReply reply =
            Envelope::error(401, QStringLiteral("UNAUTHORIZED"),
                            QStringLiteral("You must be authenticated to access this resource."));
        reply.headers.append(
            {QByteArray("WWW-Authenticate"), QByteArray("session,token,key realm=\"DeskPRO API\"")});
        return reply;
    }
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString authId = segments.value(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)-([A-Za-z0-9]+)$"));
    const auto match = pattern.match(authId);
    if (!match.hasMatch())
        return Envelope::notFound(authId);
    QSqlQuery query = run(QStringLiteral("SELECT data, content_type FROM blobs WHERE id = ? AND auth = ?"),
                          {match.captured(1).toInt(), match.captured(2)});
    if (!query.next())
        return Envelope::notFound(authId);
    ApiReply reply;
    reply.raw = query.value(0).toByteArray();
    reply.contentType = query.value(1).toString().toLatin1();
    reply.body = QJsonValue(QJsonValue::Undefined);
    return reply;
}

// ---------------------------------------------------------------------------------------------
// People

ApiReply Helpdesk::Private::listPeople(const ApiRequest &request, bool agentsOnly)
{
    QString where = QStringLiteral("1");
    QVariantList binds;
    if (agentsOnly) {
        where += QStringLiteral(" AND is_agent = 1");
    } else {
        if (request.has(QStringLiteral("primary_email"))) {
            where += QStringLiteral(" AND lower(email) = ?");
            binds << request.value(QStringLiteral("primary_email")).trimmed().toLower();
        }
        if (request.has(QStringLiteral("organization"))) {
            QStringList ids;
            for (const QString &value : request.values(QStringLiteral("organization")))
                ids << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            where += QStringLiteral(" AND organization IN (%1)").arg(placeholders(ids.size()));
            for (const QString &id : std::as_const(ids))
                binds << id.trimmed();
        }
        if (request.has(QStringLiteral("is_agent"))) {
            where += QStringLiteral(" AND is_agent = ?");
            binds << (boolean(QJsonValue(request.value(QStringLiteral("is_agent")))).value_or(false) ? 1 : 0);
        }
        if (boolean(QJsonValue(request.value(QStringLiteral("not_me")))).value_or(false)) {
            where += QStringLiteral(" AND id != ?");
            binds << request.personId;
        }
    }
    return pagedIds(request, QStringLiteral("people"), where, binds,
                    {{QStringLiteral("id"), QStringLiteral("id")},
                     {QStringLiteral("name"), QStringLiteral("name")},
                     {QStringLiteral("first_name"), QStringLiteral("first_name")},
                     {QStringLiteral("last_name"), QStringLiteral("last_name")},
                     {QStringLiteral("primary_email"), QStringLiteral("email")},
                     {QStringLiteral("date_created"), QStringLiteral("date_created")}},
                    [this](int id) { return personJson(id); });
}

ApiReply Helpdesk::Private::createPerson(const ApiRequest &request)
{
    ApiReply error;
    const auto given = body(request, &error);
    if (!given)
        return error;
    static const QStringList known{QStringLiteral("name"),
                                   QStringLiteral("first_name"),
                                   QStringLiteral("last_name"),
                                   QStringLiteral("primary_email"),
                                   QStringLiteral("email"),
                                   QStringLiteral("emails"),
                                   QStringLiteral("organization"),
                                   QStringLiteral("labels"),
                                   QStringLiteral("fields"),
                                   QStringLiteral("phone_numbers"),
                                   QStringLiteral("title_prefix"),
                                   QStringLiteral("language"),
                                   QStringLiteral("organization_position"),
                                   QStringLiteral("summary")};
    FormErrors errors;
    QStringList extra;
    for (const QString &key : given->keys()) {
        if (!known.contains(key))
            extra << key;
    }
    if (!extra.isEmpty())
        errors.addGlobal(QStringLiteral("extra_fields"),
                         QStringLiteral("Unexpected field names: %1").arg(extra.join(QStringLiteral(", "))));
    QStringList emails;
    const QString primary = given->value(QStringLiteral("primary_email"))
                                .toString(given->value(QStringLiteral("email")).toString())
                                .trimmed();
    if (!primary.isEmpty())
        emails << primary;
    for (const QJsonValue &value : given->value(QStringLiteral("emails")).toArray()) {
        if (!emails.contains(value.toString().trimmed(), Qt::CaseInsensitive) &&
            !value.toString().trimmed().isEmpty())
            emails << value.toString().trimmed();
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (emails.isEmpty())
        errors.add({QStringLiteral("emails")}, QStringLiteral("required"), FormErrors::blankMessage());
    for (int i = 0; i < emails.size(); ++i) {
        const QStringList path{QStringLiteral("emails"), QStringLiteral("emails_%1").arg(i)};
        if (!emailPattern.match(emails.at(i)).hasMatch())
            errors.add(path, QStringLiteral("invalid_email"),
                       QStringLiteral("This value is not a valid email address."));
        else if (scalar(QStringLiteral("SELECT 1 FROM people WHERE lower(email) = ?"),
                        {emails.at(i).toLower()})
                     .isValid())
            errors.add(path, QStringLiteral("dupe_email"),
                       QStringLiteral("The email address is already in use."));
    }
    QVariant organization;
    if (given->contains(QStringLiteral("organization")) &&
        !given->value(QStringLiteral("organization")).isNull()) {
        const auto id = integer(given->value(QStringLiteral("organization")));
        if (id && exists(QStringLiteral("organizations"), *id))
            organization = *id;
        else
            errors.add({QStringLiteral("organization")}, QStringLiteral("invalid_choice"),
                       FormErrors::invalidMessage());
    }
    if (!errors.isEmpty())
        return errors.reply();

    QString first = given->value(QStringLiteral("first_name")).toString().trimmed();
    QString last = given->value(QStringLiteral("last_name")).toString().trimmed();
    QString name = given->value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        name = QString(first + QLatin1Char(' ') + last).trimmed();
    if (name.isEmpty())
        name = emails.first().section(QLatin1Char('@'), 0, 0);
    if (first.isEmpty() && last.isEmpty()) {
        first = name.section(QLatin1Char(' '), 0, 0);
        last = name.section(QLatin1Char(' '), 1);
    }
    const auto language = integer(given->value(QStringLiteral("language")));
    QSqlQuery insert =
        run(QStringLiteral("INSERT INTO people (first_name, last_name, name, email, is_agent, organization, "
                           "language, date_created) VALUES (?, ?, ?, ?, 0, ?, ?, ?)"),
            {first, last, name, emails.first(), organization,
             language && *language >= 1 && *language <= 3 ? *language : 1, now()});
    const int id = insert.lastInsertId().toInt();
    ApiReply reply = Envelope::ok(personJson(id), {}, {}, 201);
    reply.headers.append(
        {"Location", (request.baseUrl + QStringLiteral("/api/v2/people/%1").arg(id)).toUtf8()});
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Ticket filters, layouts, search

QList<QPair<QString, QString>> Helpdesk::Private::filterCriteria(int filter, int caller) const
{
    QList<QPair<QString, QString>> out;
    const QString criteria =
        scalar(QStringLiteral("SELECT criteria FROM ticket_filters WHERE id = ?"), {filter}).toString();
    for (const QString &pair : criteria.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (value == QLatin1String("@me")) {
            out.append({key, QString::number(caller)});
        } else if (value == QLatin1String("@my_teams")) {
            QSqlQuery teams = run(QStringLiteral("SELECT team FROM team_members WHERE person = ?"), {caller});
            bool any = false;
            while (teams.next()) {
                out.append({key, teams.value(0).toString()});
                any = true;
            }
            if (!any)
                out.append({key, QStringLiteral("-1")});
        } else {
            out.append({key, value});
        }
    }
    return out;
}

ApiReply Helpdesk::Private::filterTickets(const ApiRequest &request, int filter)
{
    ListParams params;
    ListParams::Options options;
    options.sortable = TicketQuery::sortFields();
    options.sortKey = QStringLiteral("sort");
    options.directionKeys = {QStringLiteral("order"), QStringLiteral("order_dir")};
    if (auto error = params.parse(request, options))
        return *error;

    // The facets this endpoint accepts on top of the filter's own terms.
    static const QStringList facets{
        QStringLiteral("department"), QStringLiteral("organization"), QStringLiteral("person"),
        QStringLiteral("language"),   QStringLiteral("urgency"),      QStringLiteral("agent"),
        QStringLiteral("agent_team"), QStringLiteral("date_created"), QStringLiteral("ticket_field")};
    static const QStringList ignored{QStringLiteral("include"),   QStringLiteral("inline_sideloads"),
                                     QStringLiteral("page"),      QStringLiteral("count"),
                                     QStringLiteral("sort"),      QStringLiteral("order"),
                                     QStringLiteral("order_dir"), QStringLiteral("limit"),
                                     QStringLiteral("offset")};
    TicketQuery facetCheck;
    TicketQuery::Options facetOptions;
    facetOptions.ignored = ignored;
    facetOptions.allowed = facets;
    if (auto error = facetCheck.parse(request.query, facetOptions))
        return *error;

    QList<QPair<QString, QString>> combined = filterCriteria(filter, request.personId);
    for (const auto &pair : request.query) {
        if (!ignored.contains(pair.first))
            combined.append(pair);
    }
    TicketQuery query;
    TicketQuery::Options queryOptions;
    queryOptions.ignored = ignored;
    if (auto error = query.parse(combined, queryOptions))
        return *error;
    const int total =
        scalar(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + query.where, query.binds).toInt();
    QVariantList pageBinds = query.binds;
    pageBinds << params.rowsOnPage(total) << params.offset;
    QSqlQuery rows =
        run(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                .arg(query.where, TicketQuery::orderExpression(params.orderBy, params.descending)),
            pageBinds);
    QList<int> ids;
    while (rows.next())
        ids << rows.value(0).toInt();
    QJsonArray items = ticketsJson(ids);
    const QJsonObject linked = sideloads(request, &items);
    return Envelope::page(items, params.cappedTotal(total), params.count, params.page,
                          {{QStringLiteral("fql"), query.fql}}, linked);
}

ApiReply Helpdesk::Private::filterCount(const ApiRequest &request, int filter)
{
    static const QHash<QString, QString> groups{
        {QStringLiteral("agent"), QStringLiteral("t.agent")},
        {QStringLiteral("agent_team"), QStringLiteral("t.agent_team")},
        {QStringLiteral("department"), QStringLiteral("t.department")},
        {QStringLiteral("status"), QStringLiteral("t.ticket_status")},
        {QStringLiteral("language"), QStringLiteral("t.language")},
        {QStringLiteral("priority"), QStringLiteral("t.priority")},
        {QStringLiteral("urgency"), QStringLiteral("t.urgency")},
        {QStringLiteral("organization"), QStringLiteral("t.organization")},
    };
    const QString groupBy = request.value(QStringLiteral("group_by"));
    if (!groupBy.isEmpty() && !groups.contains(groupBy))
        return ListParams::badRequest(QStringLiteral("Unknown group_by field: %1").arg(groupBy));
    TicketQuery query;
    if (auto error = query.parse(filterCriteria(filter, request.personId), {}))
        return *error;
    Json count{
        {QStringLiteral("id"), filter},
        {QStringLiteral("title"),
         scalar(QStringLiteral("SELECT title FROM ticket_filters WHERE id = ?"), {filter}).toString()},
        {QStringLiteral("type"), QStringLiteral("filter")},
        {QStringLiteral("count"),
         scalar(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + query.where, query.binds).toInt()}};
    if (!groupBy.isEmpty()) {
        QJsonArray children;
        QSqlQuery rows =
            run(QStringLiteral("SELECT %1, COUNT(*) FROM tickets t WHERE %2 GROUP BY 1 ORDER BY 1")
                    .arg(groups.value(groupBy), query.where),
                query.binds);
        while (rows.next()) {
            children.append(
                Json{{QStringLiteral("id"), rows.value(0).isNull() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(rows.value(0).toString())},
                     {QStringLiteral("type"), groupBy},
                     {QStringLiteral("count"), rows.value(1).toInt()}});
        }
        count.insert(QStringLiteral("groups"), children);
    }
    return Envelope::ok(count);
}

ApiReply Helpdesk::Private::filterCounts(const ApiRequest &request)
{
    QJsonArray counts;
    QSqlQuery filters = run(QStringLiteral("SELECT id FROM ticket_filters ORDER BY display_order, id"));
    while (filters.next()) {
        const ApiReply one = filterCount(request, filters.value(0).toInt());
        if (one.status != 200)
            return one;
        counts.append(one.body.toObject().value(QStringLiteral("data")));
    }
    return Envelope::ok(counts);
}

ApiReply Helpdesk::Private::layout(const QString &context, const QString &departmentSegment)
{
    const auto department = positiveId(departmentSegment);
    if ((context != QLatin1String("agent") && context != QLatin1String("user")) || !department ||
        !exists(QStringLiteral("departments"), *department))
        return Envelope::notFound(departmentSegment);
    const auto item = [](const QString &type, const QString &id, bool required) {
        return Json{{QStringLiteral("field_type"), type},
                    {QStringLiteral("field_id"), id},
                    {QStringLiteral("required"), required},
                    {QStringLiteral("options"), Json{{QStringLiteral("on_newticket"), true}}}};
    };
    QJsonArray items{item(QStringLiteral("person"), QStringLiteral("person"), true),
                     item(QStringLiteral("subject"), QStringLiteral("subject"), true),
                     item(QStringLiteral("department"), QStringLiteral("department"), true),
                     item(QStringLiteral("priority"), QStringLiteral("priority"), false)};
    // Each department shows the custom fields that matter to it.
    QList<int> shown{2, 5, 6};
    if (*department == 4 || *department == 5 || *department == 7)
        shown = {1, 5, 6, 7};
    else if (*department == 2)
        shown = {2, 3, 6};
    else if (*department == 6)
        shown = {2, 4, 5};
    for (int fieldId : std::as_const(shown)) {
        const bool required = (*department == 5 && fieldId == 1) || (*department == 2 && fieldId == 2);
        if (context == QLatin1String("user") && fieldId == 6)
            continue;
        items.append(
            item(QStringLiteral("ticket_field"), QStringLiteral("ticket_field_%1").arg(fieldId), required));
    }
    items.append(item(QStringLiteral("message"), QStringLiteral("message"), true));
    return Envelope::ok(
        Json{{QStringLiteral("id"), *department * 10 + (context == QLatin1String("agent") ? 1 : 2)},
             {QStringLiteral("department"), *department},
             {QStringLiteral("context"), context},
             {QStringLiteral("fields"), items}});
}

// Ticket snippets, as Deskpro's /ticket_snippets: the global ones and the caller's own, each
// with its title in the helpdesk's default language; the translations (title and content per
// locale) come from /ticket_snippets/{id}/content or, for a list, include=text_snippet_content
// (linked.text_snippet_content.<id>.<locale>).
bool Helpdesk::Private::snippetVisible(int id, int caller) const
{
    return scalar(QStringLiteral("SELECT 1 FROM snippets WHERE id = ? AND (person IS NULL OR person = ?)"),
                  {id, caller})
        .isValid();
}

QJsonObject Helpdesk::Private::snippetContent(int id) const
{
    return QJsonDocument::fromJson(
               scalar(QStringLiteral("SELECT texts FROM snippets WHERE id = ?"), {id}).toString().toUtf8())
        .object();
}

Json Helpdesk::Private::snippetJson(int id) const
{
    QSqlQuery query = run(
        QStringLiteral("SELECT category, person, shortcut_code, is_draft FROM snippets WHERE id = ?"), {id});
    if (!query.next())
        return {};
    const QJsonObject texts = snippetContent(id);
    QJsonObject main = texts.value(s("en_US")).toObject();
    if (main.isEmpty() && !texts.isEmpty())
        main = texts.begin().value().toObject();
    return Json{{s("id"), id},
                {s("title"), main.value(s("title")).toString()},
                {s("category"), query.value(0).toInt()},
                {s("person"), query.value(1).isNull() ? 0 : query.value(1).toInt()},
                {s("shortcut_code"), query.value(2).toString()},
                {s("is_draft"), query.value(3).toInt() != 0}};
}

ApiReply Helpdesk::Private::listSnippets(const ApiRequest &request)
{
    QString where = QStringLiteral("(person IS NULL OR person = ?)");
    QVariantList binds{request.personId};
    if (request.has(QStringLiteral("category"))) {
        where += QStringLiteral(" AND category = ?");
        binds << request.value(QStringLiteral("category")).toInt();
    }
    if (boolean(QJsonValue(request.value(QStringLiteral("global")))).value_or(false))
        where += QStringLiteral(" AND person IS NULL");
    if (boolean(QJsonValue(request.value(QStringLiteral("my")))).value_or(false)) {
        where += QStringLiteral(" AND person = ?");
        binds << request.personId;
    }
    if (request.has(QStringLiteral("draft"))) {
        where += QStringLiteral(" AND is_draft = ?");
        binds << (boolean(QJsonValue(request.value(QStringLiteral("draft")))).value_or(false) ? 1 : 0);
    }
    ApiReply reply =
        pagedIds(request, QStringLiteral("snippets"), where, binds,
                 {{QStringLiteral("id"), QStringLiteral("id")}}, [this](int id) { return snippetJson(id); });
    QStringList include;
    for (const QString &value : request.values(QStringLiteral("include")))
        include << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (reply.status != 200 || !include.contains(QStringLiteral("text_snippet_content")))
        return reply;
    // Sideloaded for the snippets on this page.
    QJsonObject body = reply.body.toObject();
    QJsonObject contents;
    for (const QJsonValue &item : body.value(s("data")).toArray()) {
        const int id = item.toObject().value(s("id")).toInt();
        contents.insert(QString::number(id), snippetContent(id));
    }
    QJsonObject linked = body.value(s("linked")).toObject();
    linked.insert(s("text_snippet_content"), contents);
    body.insert(s("linked"), linked);
    reply.body = body;
    return reply;
}

ApiReply Helpdesk::Private::search(const ApiRequest &request)
{
    const QString text = request.value(QStringLiteral("q")).trimmed();
    if (text.isEmpty())
        return Envelope::fieldError(QStringLiteral("q"), QStringLiteral("required"),
                                    FormErrors::blankMessage());
    QStringList types;
    for (const QString &value : request.values(QStringLiteral("types")))
        types << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (types.isEmpty())
        types = {QStringLiteral("ticket"), QStringLiteral("person"), QStringLiteral("organization")};
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    constexpr int limit = 25;

    const auto wordsCondition = [&](const QStringList &columns, QVariantList &binds) {
        QStringList all;
        for (const QString &word : words) {
            QStringList any;
            for (const QString &column : columns) {
                any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
                binds << likePattern(word);
            }
            all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        return all.join(QStringLiteral(" AND "));
    };

    QJsonArray grouped;
    for (QString type : std::as_const(types)) {
        type = type.trimmed();
        QJsonArray results;
        if (type == QLatin1String("ticket")) {
            QVariantList binds;
            QString condition = wordsCondition({QStringLiteral("subject"), QStringLiteral("ref")}, binds);
            condition = QStringLiteral("(id = ? OR ref = ? OR (%1)) AND status != 'hidden'").arg(condition);
            const QString ref = text.startsWith(QLatin1String("ref:")) ? text.mid(4) : text;
            const int exactId = positiveId(text).value_or(-1);
            binds.prepend(ref);
            binds.prepend(exactId);
            // Exact id and ref hits first, then the newest word matches.
            binds << exactId << ref << limit;
            QSqlQuery rows =
                run(QStringLiteral("SELECT id FROM tickets WHERE %1 ORDER BY id = ? DESC, ref = ? DESC, "
                                   "id DESC LIMIT ?")
                        .arg(condition),
                    binds);
            QList<int> ids;
            while (rows.next())
                ids << rows.value(0).toInt();
            for (const QJsonValue ticket : ticketsJson(ids))
                results.append(ticket);
        } else if (type == QLatin1String("person")) {
            QVariantList binds;
            const QString condition =
                wordsCondition({QStringLiteral("name"), QStringLiteral("email")}, binds);
            binds << limit;
            QSqlQuery rows = run(
                QStringLiteral("SELECT id FROM people WHERE %1 ORDER BY id LIMIT ?").arg(condition), binds);
            while (rows.next())
                results.append(personJson(rows.value(0).toInt()));
        } else if (type == QLatin1String("organization")) {
            QVariantList binds;
            const QString condition = wordsCondition({QStringLiteral("name")}, binds);
            binds << limit;
            QSqlQuery rows = run(
                QStringLiteral("SELECT id FROM organizations WHERE %1 ORDER BY id LIMIT ?").arg(condition),
                binds);
            while (rows.next())
                results.append(organizationJson(rows.value(0).toInt()));
        } else {
            return ListParams::badRequest(QStringLiteral("Unknown search type: %1").arg(type));
        }
        grouped.append(Json{{QStringLiteral("type"), type}, {QStringLiteral("results"), results}});
    }
    return Envelope::ok(Json{{QStringLiteral("grouped_results"), grouped}});
}

// ---------------------------------------------------------------------------------------------
// Helpdesk

Helpdesk::Helpdesk(QObject *parent) : QObject(parent), d(new Private(this))
{
    d->connection = QStringLiteral("deskhand-helpdesk-%1").arg(quintptr(this));
}

Helpdesk::~Helpdesk()
{
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connection);
    }
    delete d;
}

bool Helpdesk::open(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(QDir(dir).filePath(QStringLiteral("helpdesk.sqlite")));
    if (!d->db.open()) {
        if (error)
            *error = d->db.lastError().text();
        return false;
    }
    QSqlQuery pragma(d->db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!Schema::create(d->db, error))
        return false;
    if (isSeeded() && !Schema::createIndexes(d->db, error))
        return false;
    // A helpdesk seeded before snippets existed gets them now.
    if (isSeeded() && !SnippetCorpus::seed(d->db, error))
        return false;
    d->loadFields();
    return true;
}

QSqlDatabase Helpdesk::database() const
{
    return d->db;
}

bool Helpdesk::isSeeded() const
{
    return d->scalar(QStringLiteral("SELECT 1 FROM settings WHERE key = 'seeded'")).isValid();
}

void Helpdesk::seed(quint32 seed, int tickets)
{
    if (isSeeded())
        return;
    QString error;
    if (!Seeder(d->db, seed).run(tickets, &error))
        qWarning("seeding failed: %s", qPrintable(error));
    d->loadFields();
}

std::optional<int> Helpdesk::agentForLogin(const QString &email, const QString &password) const
{
    if (email.trimmed().isEmpty() || password.isEmpty())
        return std::nullopt;
    QSqlQuery query =
        d->run(QStringLiteral("SELECT id, password FROM people WHERE is_agent = 1 AND lower(email) = ?"),
               {email.trimmed().toLower()});
    if (query.next() && query.value(1).toString() == password)
        return query.value(0).toInt();
    return std::nullopt;
}

QJsonObject Helpdesk::person(int id) const
{
    return d->personJson(id);
}

QJsonArray Helpdesk::agentsForStartLine() const
{
    QJsonArray out;
    QSqlQuery query =
        d->run(QStringLiteral("SELECT id, email, password, name FROM people WHERE is_agent = 1 ORDER BY id"));
    while (query.next()) {
        out.append(QJsonObject{{QStringLiteral("id"), query.value(0).toInt()},
                               {QStringLiteral("email"), query.value(1).toString()},
                               {QStringLiteral("password"), query.value(2).toString()},
                               {QStringLiteral("name"), query.value(3).toString()}});
    }
    return out;
}

QString Helpdesk::helpdeskName() const
{
    return QStringLiteral("Deskhand Sandbox Helpdesk");
}

ApiReply Helpdesk::handle(const ApiRequest &request)
{
    const QStringList path = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray method = request.method.toUpper();
    const qsizetype depth = path.size();
    const QString root = path.value(0);
    const auto is = [&](const char *expected) { return method == expected; };
    const auto notAllowed = [](std::initializer_list<const char *> methods) {
        QStringList names;
        for (const char *name : methods)
            names << QString::fromLatin1(name);
        return methodNotAllowed(names);
    };
    const auto byId = [&](const QString &table, const QString &segment,
                          const std::function<Json(int)> &render) -> ApiReply {
        if (!is("GET"))
            return notAllowed({"GET"});
        const auto id = positiveId(segment);
        if (!id || !d->exists(table, *id))
            return Envelope::notFound(segment);
        return Envelope::ok(render(*id));
    };
    const auto idSort = QHash<QString, QString>{{QStringLiteral("id"), QStringLiteral("id")}};

    if (root == QLatin1String("tickets")) {
        if (depth == 1) {
            if (is("GET"))
                return d->listTickets(request);
            if (is("POST"))
                return d->createTicket(request);
            return notAllowed({"GET", "POST"});
        }
        if (depth == 2 && path.at(1) == QLatin1String("counts")) {
            if (is("GET"))
                return d->ticketCounts(request);
            return notAllowed({"GET"});
        }
        const auto id = d->ticketId(path.at(1));
        if (!id)
            return Envelope::notFound(path.at(1));
        if (depth == 2) {
            if (is("GET"))
                return d->getTicket(request, *id);
            if (is("PUT"))
                return d->updateTicket(request, *id);
            if (is("DELETE"))
                return d->deleteTicket(*id);
            return notAllowed({"GET", "PUT", "DELETE"});
        }
        const QString sub = path.at(2);
        if (sub == QLatin1String("messages")) {
            if (depth == 3) {
                if (is("GET"))
                    return d->listMessages(request, *id);
                if (is("POST"))
                    return d->postMessage(request, *id);
                return notAllowed({"GET", "POST"});
            }
            if (depth == 4) {
                if (is("GET"))
                    return d->getMessage(*id, path.at(3));
                return notAllowed({"GET"});
            }
            if (depth == 5 && path.at(4) == QLatin1String("attachments")) {
                if (!is("GET"))
                    return notAllowed({"GET"});
                const auto message = positiveId(path.at(3));
                if (!message ||
                    d->scalar(QStringLiteral("SELECT ticket FROM messages WHERE id = ?"), {*message})
                            .toInt() != *id)
                    return Envelope::notFound(path.at(3));
                return d->listAttachments(request, *id, *message);
            }
        }
        if (sub == QLatin1String("attachments") && depth == 3) {
            if (is("GET"))
                return d->listAttachments(request, *id, 0);
            return notAllowed({"GET"});
        }
    } else if (root == QLatin1String("blobs") && depth == 2 && path.at(1) == QLatin1String("temp")) {
        if (is("POST"))
            return d->uploadBlob(request);
        return notAllowed({"POST"});
    } else if (root == QLatin1String("file.php") && depth >= 2) {
        if (is("GET"))
            return d->downloadBlob(request);
        return notAllowed({"GET"});
    } else if (root == QLatin1String("people") || root == QLatin1String("agents")) {
        const bool agents = root == QLatin1String("agents");
        if (depth == 1) {
            if (is("GET"))
                return d->listPeople(request, agents);
            if (is("POST") && !agents)
                return d->createPerson(request);
            return agents ? notAllowed({"GET"}) : notAllowed({"GET", "POST"});
        }
        if (depth == 2) {
            if (!is("GET"))
                return notAllowed({"GET"});
            const auto id = positiveId(path.at(1));
            if (!id || !d->exists(QStringLiteral("people"), *id) || (agents && !d->isAgent(*id)))
                return Envelope::notFound(path.at(1));
            return Envelope::ok(d->personJson(*id));
        }
    } else if (root == QLatin1String("agent_teams")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("agent_teams"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("name"), QStringLiteral("name")}},
                               [this](int id) { return d->teamJson(id); });
        }
        if (depth == 2)
            return byId(QStringLiteral("agent_teams"), path.at(1),
                        [this](int id) { return d->teamJson(id); });
        if (depth == 3 && path.at(2) == QLatin1String("agents")) {
            if (!is("GET"))
                return notAllowed({"GET"});
            const auto team = positiveId(path.at(1));
            if (!team || !d->exists(QStringLiteral("agent_teams"), *team))
                return Envelope::notFound(path.at(1));
            return d->pagedIds(request, QStringLiteral("people"),
                               QStringLiteral("id IN (SELECT person FROM team_members WHERE team = ?)"),
                               {*team}, idSort, [this](int id) { return d->personJson(id); });
        }
    } else if (root == QLatin1String("ticket_departments")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("departments"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("title"), QStringLiteral("title")},
                                {QStringLiteral("display_order"), QStringLiteral("display_order")}},
                               [this](int id) { return d->departmentJson(id); });
        }
        if (depth == 2)
            return byId(QStringLiteral("departments"), path.at(1),
                        [this](int id) { return d->departmentJson(id); });
    } else if (root == QLatin1String("ticket_statuses") && depth == 1) {
        if (!is("GET"))
            return notAllowed({"GET"});
        // Unpaginated, as Deskpro serves this small collection.
        QJsonArray statuses;
        int order = 0;
        for (const StatusEntity &entity : statusEntities) {
            statuses.append(Json{
                {QStringLiteral("id"), entity.id},
                {QStringLiteral("status_code"), s(entity.code)},
                {QStringLiteral("title"), s(entity.title)},
                {QStringLiteral("status_type"), s(entity.type)},
                {QStringLiteral("is_custom"), QString::fromLatin1(entity.code).contains(QLatin1Char('.')) &&
                                                  QLatin1String(entity.type) != QLatin1String("hidden")},
                {QStringLiteral("display_order"), ++order * 10}});
        }
        return Envelope::ok(statuses);
    } else if (root == QLatin1String("ticket_priorities")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("priorities"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("priority"), QStringLiteral("priority")}},
                               [this](int id) { return d->priorityJson(id); });
        }
        if (depth == 2)
            return byId(QStringLiteral("priorities"), path.at(1),
                        [this](int id) { return d->priorityJson(id); });
    } else if (root == QLatin1String("ticket_custom_fields")) {
        const auto render = [this](int id) {
            const Private::Field *definition = d->field(id);
            return definition ? d->fieldJson(*definition) : Json();
        };
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("custom_fields"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("display_order"), QStringLiteral("display_order")}},
                               render);
        }
        if (depth == 2)
            return byId(QStringLiteral("custom_fields"), path.at(1), render);
    } else if (root == QLatin1String("ticket_layouts") && depth == 3) {
        if (!is("GET"))
            return notAllowed({"GET"});
        return d->layout(path.at(1), path.at(2));
    } else if (root == QLatin1String("ticket_filters")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("ticket_filters"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("display_order"), QStringLiteral("display_order")},
                                {QStringLiteral("title"), QStringLiteral("title")}},
                               [this](int id) { return d->filterJson(id); });
        }
        const auto id = positiveId(path.at(1));
        if (!id || !d->exists(QStringLiteral("ticket_filters"), *id))
            return Envelope::notFound(path.at(1));
        if (!is("GET") && depth <= 3)
            return notAllowed({"GET"});
        if (depth == 2)
            return Envelope::ok(d->filterJson(*id));
        if (depth == 3 && path.at(2) == QLatin1String("tickets"))
            return d->filterTickets(request, *id);
        if (depth == 3 && path.at(2) == QLatin1String("count"))
            return d->filterCount(request, *id);
    } else if (root == QLatin1String("ticket_filters_counts") && depth == 1) {
        if (!is("GET"))
            return notAllowed({"GET"});
        return d->filterCounts(request);
    } else if (root == QLatin1String("organizations")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("organizations"), QStringLiteral("1"), {},
                               {{QStringLiteral("id"), QStringLiteral("id")},
                                {QStringLiteral("name"), QStringLiteral("name")},
                                {QStringLiteral("date_created"), QStringLiteral("date_created")}},
                               [this](int id) { return d->organizationJson(id); });
        }
        if (depth == 2)
            return byId(QStringLiteral("organizations"), path.at(1),
                        [this](int id) { return d->organizationJson(id); });
    } else if (root == QLatin1String("ticket_snippets")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->listSnippets(request);
        }
        const auto id = positiveId(path.at(1));
        if (!id || !d->snippetVisible(*id, request.personId))
            return Envelope::notFound(path.at(1));
        if (!is("GET"))
            return notAllowed({"GET"});
        if (depth == 2)
            return Envelope::ok(d->snippetJson(*id));
        if (depth == 3 && path.at(2) == QLatin1String("content")) {
            const QJsonObject content = d->snippetContent(*id);
            // PHP serialises an empty map as a list.
            return Envelope::ok(content.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(content));
        }
    } else if (root == QLatin1String("ticket_snippet_categories")) {
        if (depth == 1) {
            if (!is("GET"))
                return notAllowed({"GET"});
            return d->pagedIds(request, QStringLiteral("snippet_categories"),
                               QStringLiteral("typename = 'tickets'"), {}, idSort, [this](int id) {
                                   return Json{
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("title"),
                                        d->scalar(QStringLiteral("SELECT title FROM snippet_categories "
                                                                 "WHERE id = ?"),
                                                  {id})
                                            .toString()}};
                               });
        }
    } else if (root == QLatin1String("search") && depth == 1) {
        if (!is("GET"))
            return notAllowed({"GET"});
        return d->search(request);
    }
    return Envelope::error(
        404, QStringLiteral("not_found"),
        QStringLiteral("No route found for \"%1 /api/v2%2\"").arg(QString::fromLatin1(method), request.path));
}
