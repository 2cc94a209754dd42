#include "DeskproJson.h"

#include "api/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <climits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeskproJson", text);
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Runs a mapping over one object: refuses what is not an object, then whatever JsonFields
// refused while `read` ran.
template <typename T, typename Read>
ApiResult<T> mapObject(const QJsonValue &value, const QString &path, Read read)
{
    if (!value.isObject())
        return DeskproJson::malformed(path + QStringLiteral(": expected an object, got ") +
                                      JsonFields::describe(value));
    JsonFields fields(value.toObject(), path);
    T out = read(fields);
    if (!fields.ok())
        return DeskproJson::malformed(fields.error());
    return out;
}

// meta and linked: {} or PHP's [] for an empty one; absent or null is taken as empty.
bool objectOrEmpty(const QJsonValue &value, QJsonObject *out)
{
    if (value.isObject()) {
        *out = value.toObject();
        return true;
    }
    return value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty());
}

void flatten(const QJsonValue &node, const QString &prefix, int depth, QMap<QString, QString> *out)
{
    if (!node.isObject() || depth > 16)
        return;
    const QJsonObject object = node.toObject();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject error = entry.toObject();
        QString text = error.value(QLatin1String("message")).toString();
        if (text.isEmpty())
            text = error.value(QLatin1String("code")).toString();
        if (text.isEmpty())
            continue;
        QString &slot = (*out)[prefix];
        slot = slot.isEmpty() ? text : slot + QStringLiteral("; ") + text;
    }
    const QJsonObject fields = node.toObject().value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), depth + 1, out);
}

} // namespace

namespace DeskproJson {

ApiError malformed(const QString &detail)
{
    ApiError error = ApiError::make(
        ApiError::Kind::Malformed,
        tr("The helpdesk sent an answer Deskhand cannot read (%1). Nothing was changed; try again later, "
           "and tell your administrator if it keeps happening.")
            .arg(detail));
    return error;
}

ApiResult<ApiEnvelope> envelope(const QByteArray &body)
{
    if (body.trimmed().isEmpty()) {
        ApiEnvelope empty;
        empty.hasBody = false;
        return empty;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return malformed(QStringLiteral("expected an object at the top"));
    return envelope(document.object());
}

ApiResult<ApiEnvelope> envelope(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("data")))
        return malformed(QStringLiteral("no \"data\" in the answer"));
    ApiEnvelope out;
    out.data = object.value(QLatin1String("data"));
    if (!objectOrEmpty(object.value(QLatin1String("meta")), &out.meta))
        return malformed(QStringLiteral("meta: expected an object"));
    if (!objectOrEmpty(object.value(QLatin1String("linked")), &out.linked))
        return malformed(QStringLiteral("linked: expected an object"));
    return out;
}

QMap<QString, QString> fieldErrors(const QJsonValue &errors)
{
    QMap<QString, QString> out;
    flatten(errors, QString(), 0, &out);
    return out;
}

ApiError error(int httpStatus, const QByteArray &body)
{
    return error(httpStatus, QJsonDocument::fromJson(body).object());
}

ApiError error(int httpStatus, const QJsonObject &body)
{
    using K = ApiError::Kind;
    ApiError out;
    out.httpStatus = httpStatus;
    out.code = body.value(QLatin1String("code")).toString();
    out.fieldErrors = fieldErrors(body.value(QLatin1String("errors")));
    QString said = body.value(QLatin1String("message")).toString();
    // The OAuth endpoints answer RFC 6749's {"error", "error_description"} instead.
    if (out.code.isEmpty())
        out.code = body.value(QLatin1String("error")).toString();
    if (said.isEmpty())
        said = body.value(QLatin1String("error_description")).toString();

    if (httpStatus == 401) {
        out.kind = K::Unauthorized;
        out.message = tr("The helpdesk did not accept your sign-in; it may have expired or been revoked. "
                         "Sign in again.");
    } else if (httpStatus == 403) {
        out.kind = K::Forbidden;
        out.message = tr("The helpdesk does not allow you to do this. Ask a helpdesk administrator if you "
                         "need the permission.");
    } else if (httpStatus == 404 || httpStatus == 410) {
        out.kind = K::NotFound;
        out.message = tr("The helpdesk does not have this (any more); it may have been deleted or merged.");
    } else if (httpStatus == 423) {
        out.kind = K::Maintenance;
        out.message = tr("The helpdesk is offline for maintenance. Deskhand keeps your work and tries again "
                         "later.");
    } else if (httpStatus == 429) {
        out.kind = K::RateLimited;
        out.message = tr("The helpdesk is limiting how many requests you can make. Deskhand keeps your work "
                         "and tries again later.");
    } else if (httpStatus == 413) {
        out.kind = K::TooLarge;
        out.message = tr("The helpdesk refused the request because it is too large. Attach smaller files.");
    } else if (httpStatus >= 500) {
        out.kind = K::Server;
        out.message = tr("The helpdesk had a problem of its own (HTTP %1). Try again later; tell your "
                         "administrator if it keeps happening.")
                          .arg(httpStatus);
    } else {
        out.kind = K::Invalid;
        QString detail = said;
        if (!out.fieldErrors.isEmpty()) {
            const auto first = out.fieldErrors.constBegin();
            detail =
                first.key().isEmpty() ? first.value() : first.key() + QStringLiteral(": ") + first.value();
        }
        out.message = detail.isEmpty() ? tr("The helpdesk refused the request (HTTP %1).").arg(httpStatus)
                                       : tr("The helpdesk refused the request: %1").arg(detail);
    }
    return out;
}

ApiResult<Pagination> pagination(const QJsonObject &meta)
{
    Pagination out;
    const QJsonValue pages = meta.value(QLatin1String("pagination"));
    if (!pages.isUndefined() && !pages.isNull()) {
        if (!pages.isObject())
            return malformed(QStringLiteral("meta.pagination: expected an object"));
        JsonFields fields(pages.toObject(), QStringLiteral("meta.pagination"));
        out.style = Pagination::Style::Pages;
        out.total = int(fields.integer(QLatin1String("total")));
        out.count = int(fields.integer(QLatin1String("count")));
        out.perPage = int(fields.integer(QLatin1String("per_page")));
        out.currentPage = int(fields.integer(QLatin1String("current_page")));
        out.totalPages = int(fields.integer(QLatin1String("total_pages")));
        if (!fields.ok())
            return malformed(fields.error());
        if (out.total < 0 || out.count < 0 || out.perPage < 0 || out.currentPage < 0 || out.totalPages < 0)
            return malformed(QStringLiteral("meta.pagination: negative numbers"));
        return out;
    }
    if (meta.contains(QLatin1String("hasMore")) || meta.contains(QLatin1String("nextOffset"))) {
        JsonFields fields(meta, QStringLiteral("meta"));
        out.style = Pagination::Style::Offsets;
        out.offset = fields.integer(QLatin1String("offset"));
        out.perPage = int(fields.integer(QLatin1String("perPage")));
        out.hasMore = fields.flag(QLatin1String("hasMore"));
        out.nextOffset = fields.integer(QLatin1String("nextOffset"));
        if (!fields.ok())
            return malformed(fields.error());
        if (out.offset < 0 || out.perPage < 0 || out.nextOffset < 0 ||
            (out.hasMore && out.nextOffset <= out.offset))
            return malformed(QStringLiteral("meta: offsets that do not move forward"));
        return out;
    }
    return out;
}

template <typename T>
ApiResult<QList<T>> list(const QJsonValue &data, Mapper<T> map, const QString &path)
{
    if (data.isObject() && data.toObject().isEmpty())
        return QList<T>();
    if (!data.isArray())
        return malformed(path + QStringLiteral(": expected a list, got ") + JsonFields::describe(data));
    const QJsonArray array = data.toArray();
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ApiResult<T> mapped = map(array.at(i), item(path, i));
        if (!mapped)
            return mapped.error();
        out.append(std::move(mapped).value());
    }
    return out;
}

template ApiResult<QList<Ticket>> list(const QJsonValue &, Mapper<Ticket>, const QString &);
template ApiResult<QList<Message>> list(const QJsonValue &, Mapper<Message>, const QString &);
template ApiResult<QList<Person>> list(const QJsonValue &, Mapper<Person>, const QString &);
template ApiResult<QList<Attachment>> list(const QJsonValue &, Mapper<Attachment>, const QString &);
template ApiResult<QList<Department>> list(const QJsonValue &, Mapper<Department>, const QString &);
template ApiResult<QList<TicketStatus>> list(const QJsonValue &, Mapper<TicketStatus>, const QString &);
template ApiResult<QList<Priority>> list(const QJsonValue &, Mapper<Priority>, const QString &);
template ApiResult<QList<Team>> list(const QJsonValue &, Mapper<Team>, const QString &);
template ApiResult<QList<CustomField>> list(const QJsonValue &, Mapper<CustomField>, const QString &);
template ApiResult<QList<TicketFilter>> list(const QJsonValue &, Mapper<TicketFilter>, const QString &);
template ApiResult<QList<Snippet>> list(const QJsonValue &, Mapper<Snippet>, const QString &);

ApiResult<Ticket> ticket(const QJsonValue &value, const QString &path)
{
    return mapObject<Ticket>(value, path, [](JsonFields &f) {
        Ticket t;
        t.id = f.id(QLatin1String("id"));
        t.ref = f.optionalString(QLatin1String("ref"));
        t.subject = f.optionalString(QLatin1String("subject"));
        // Some builds write only ticket_status; a status is required either way.
        const QLatin1String statusKey(f.has(QLatin1String("status")) ? "status" : "ticket_status");
        t.status = f.string(statusKey);
        if (f.ok() && t.status.isEmpty())
            f.fail(statusKey, QStringLiteral("empty"));
        t.personId = f.optionalId(QLatin1String("person"));
        t.agentId = f.optionalId(QLatin1String("agent"));
        t.teamId = f.optionalId(QLatin1String("agent_team"));
        t.departmentId = f.optionalId(QLatin1String("department"));
        t.priorityId = f.optionalId(QLatin1String("priority"));
        t.organizationId = f.optionalId(QLatin1String("organization"));
        t.languageId = f.optionalId(QLatin1String("language"));
        t.urgency = int(std::clamp<qint64>(f.integer(QLatin1String("urgency")), 0, 100));
        t.labels = f.strings(QLatin1String("labels"));
        t.starId = f.optionalId(QLatin1String("star"));
        t.slaStatus = f.optionalString(QLatin1String("worst_sla_status"));
        t.fields = f.object(QLatin1String("fields"));
        for (auto it = t.fields.constBegin(); it != t.fields.constEnd(); ++it) {
            if (!JsonFields::toId(it.key()))
                f.fail(QLatin1String("fields"),
                       QStringLiteral("custom field key \"%1\" is not an id").arg(it.key().left(40)));
        }
        t.ticketHash = f.optionalString(QLatin1String("ticket_hash"));
        t.countAgentReplies =
            int(std::clamp<qint64>(f.integer(QLatin1String("count_agent_replies")), 0, INT_MAX));
        t.countUserReplies =
            int(std::clamp<qint64>(f.integer(QLatin1String("count_user_replies")), 0, INT_MAX));
        t.hasAttachments = f.flag(QLatin1String("has_attachments"));
        t.dateCreated = f.date(QLatin1String("date_created"));
        t.dateStatus = f.date(QLatin1String("date_status"));
        t.dateResolved = f.date(QLatin1String("date_resolved"));
        t.dateLastAgentReply = f.date(QLatin1String("date_last_agent_reply"));
        t.dateLastUserReply = f.date(QLatin1String("date_last_user_reply"));
        return t;
    });
}

ApiResult<Message> message(const QJsonValue &value, const QString &path)
{
    return mapObject<Message>(value, path, [](JsonFields &f) {
        Message m;
        m.id = f.id(QLatin1String("id"));
        m.ticketId = f.optionalId(QLatin1String("ticket"));
        m.personId = f.optionalId(QLatin1String("person"));
        m.isNote = f.flag(QLatin1String("is_agent_note"));
        m.html = f.optionalString(QLatin1String("message"));
        m.previewText = f.optionalString(QLatin1String("message_preview_text"));
        m.dateCreated = f.date(QLatin1String("date_created"));
        m.attachmentIds = f.ids(QLatin1String("attachments"));
        return m;
    });
}

ApiResult<Person> person(const QJsonValue &value, const QString &path)
{
    return mapObject<Person>(value, path, [](JsonFields &f) {
        Person p;
        p.id = f.id(QLatin1String("id"));
        p.name = f.optionalString(QLatin1String("display_name"));
        if (p.name.isEmpty())
            p.name = f.optionalString(QLatin1String("name"));
        if (p.name.isEmpty()) {
            const QString full = f.optionalString(QLatin1String("first_name")) + u' ' +
                                 f.optionalString(QLatin1String("last_name"));
            p.name = full.trimmed();
        }
        p.email = f.optionalString(QLatin1String("primary_email"));
        if (p.email.isEmpty() && f.has(QLatin1String("emails"))) {
            const QJsonValue emails = f.value(QLatin1String("emails"));
            if (!emails.isArray()) {
                f.fail(QLatin1String("emails"), QStringLiteral("expected a list"));
            } else if (!emails.toArray().isEmpty()) {
                const QJsonValue first = emails.toArray().first();
                p.email = first.isObject() ? first.toObject().value(QLatin1String("email")).toString()
                                           : first.toString();
            }
        }
        p.isAgent = f.flag(QLatin1String("is_agent"));
        p.organizationId = f.optionalId(QLatin1String("organization"));
        return p;
    });
}

ApiResult<Attachment> attachment(const QJsonValue &value, const QString &path)
{
    return mapObject<Attachment>(value, path, [&path](JsonFields &f) {
        Attachment a;
        a.id = f.id(QLatin1String("id"));
        a.ticketId = f.optionalId(QLatin1String("ticket"));
        a.messageId = f.optionalId(QLatin1String("message"));
        a.isNote = f.flag(QLatin1String("is_agent_note"));
        a.isInline = f.flag(QLatin1String("is_inline"));
        const QJsonValue blobValue = f.value(QLatin1String("blob"));
        if (!blobValue.isObject()) {
            f.fail(QLatin1String("blob"),
                   QStringLiteral("expected an object, got ") + JsonFields::describe(blobValue));
            return a;
        }
        JsonFields blob(blobValue.toObject(), path + QStringLiteral(".blob"));
        a.blobId = blob.id(QLatin1String("blob_id"));
        a.blobAuth = blob.string(QLatin1String("blob_auth"));
        a.filename = blob.optionalString(QLatin1String("filename"));
        a.contentType = blob.optionalString(QLatin1String("content_type"));
        a.size = blob.integer(QLatin1String("filesize"));
        if (a.size < 0)
            blob.fail(QLatin1String("filesize"), QStringLiteral("negative"));
        a.downloadUrl = QUrl(blob.optionalString(QLatin1String("download_url")));
        if (!blob.ok())
            f.fail(blob.error());
        return a;
    });
}

ApiResult<Department> department(const QJsonValue &value, const QString &path)
{
    return mapObject<Department>(value, path, [](JsonFields &f) {
        Department d;
        d.id = f.id(QLatin1String("id"));
        d.title = f.string(QLatin1String("title"));
        d.parentId = f.optionalId(QLatin1String("parent"));
        d.displayOrder = int(f.integer(QLatin1String("display_order")));
        return d;
    });
}

ApiResult<TicketStatus> ticketStatus(const QJsonValue &value, const QString &path)
{
    // Older builds list bare codes ("awaiting_agent"), newer ones entities.
    if (value.isString()) {
        TicketStatus s;
        s.code = value.toString();
        if (s.code.isEmpty())
            return malformed(path + QStringLiteral(": empty status code"));
        s.title = s.code;
        s.type = s.code.section(u'.', 0, 0);
        return s;
    }
    return mapObject<TicketStatus>(value, path, [](JsonFields &f) {
        TicketStatus s;
        const QLatin1String codeKey(f.has(QLatin1String("status_code")) ? "status_code" : "code");
        s.code = f.string(codeKey);
        if (f.ok() && s.code.isEmpty())
            f.fail(codeKey, QStringLiteral("empty"));
        s.title = f.optionalString(QLatin1String("title"));
        if (s.title.isEmpty())
            s.title = s.code;
        s.type = f.optionalString(QLatin1String("status_type"));
        if (s.type.isEmpty())
            s.type = s.code.section(u'.', 0, 0);
        s.displayOrder = int(f.integer(QLatin1String("display_order")));
        return s;
    });
}

ApiResult<Priority> priority(const QJsonValue &value, const QString &path)
{
    return mapObject<Priority>(value, path, [](JsonFields &f) {
        Priority p;
        p.id = f.id(QLatin1String("id"));
        p.title = f.string(QLatin1String("title"));
        p.weight = int(f.integer(QLatin1String("priority")));
        return p;
    });
}

ApiResult<Team> team(const QJsonValue &value, const QString &path)
{
    return mapObject<Team>(value, path, [](JsonFields &f) {
        Team t;
        t.id = f.id(QLatin1String("id"));
        t.name =
            f.has(QLatin1String("name")) ? f.string(QLatin1String("name")) : f.string(QLatin1String("title"));
        t.agentIds = f.ids(QLatin1String(f.has(QLatin1String("members")) ? "members" : "agents"));
        return t;
    });
}

ApiResult<CustomField> customField(const QJsonValue &value, const QString &path)
{
    return mapObject<CustomField>(value, path, [&path](JsonFields &f) {
        CustomField c;
        c.id = f.id(QLatin1String("id"));
        c.title = f.string(QLatin1String("title"));
        c.widgetType = f.optionalString(QLatin1String("widget_type"));
        if (c.widgetType.isEmpty())
            c.widgetType = f.optionalString(QLatin1String("type"));
        c.displayOrder = int(f.integer(QLatin1String("display_order")));
        c.isEnabled = f.flag(QLatin1String("is_enabled"), true);
        const QJsonValue choices = f.value(QLatin1String("choices"));
        QJsonArray entries;
        if (choices.isArray()) {
            entries = choices.toArray();
        } else if (choices.isObject()) {
            // PHP writes a list keyed by choice id as an object.
            const QJsonObject byId = choices.toObject();
            for (auto it = byId.begin(); it != byId.end(); ++it)
                entries.append(it.value());
        } else if (!choices.isUndefined() && !choices.isNull()) {
            f.fail(QLatin1String("choices"), QStringLiteral("expected a list"));
        }
        for (qsizetype i = 0; i < entries.size() && f.ok(); ++i) {
            if (!entries.at(i).isObject()) {
                f.fail(QLatin1String("choices"), QStringLiteral("expected objects"));
                break;
            }
            JsonFields choice(entries.at(i).toObject(), item(path + QStringLiteral(".choices"), i));
            const qint64 id = choice.id(QLatin1String("id"));
            const QString title = choice.string(QLatin1String("title"));
            if (!choice.ok())
                f.fail(choice.error());
            c.choices.append({id, title});
        }
        return c;
    });
}

ApiResult<TicketFilter> ticketFilter(const QJsonValue &value, const QString &path)
{
    return mapObject<TicketFilter>(value, path, [](JsonFields &f) {
        TicketFilter t;
        t.id = f.id(QLatin1String("id"));
        t.title = f.string(QLatin1String("title"));
        t.sysName = f.optionalString(QLatin1String("sys_name"));
        t.displayOrder = int(f.integer(QLatin1String("display_order")));
        t.terms =
            f.has(QLatin1String("term")) ? f.value(QLatin1String("term")) : f.value(QLatin1String("terms"));
        if (t.terms.isUndefined())
            t.terms = QJsonValue();
        return t;
    });
}

ApiResult<TicketLayout> ticketLayout(const QJsonValue &value, qint64 departmentId, const QString &path)
{
    // {fields: [...]} as Deskpro sends it; a bare list of fields is accepted too.
    QJsonValue fieldsValue = value;
    QString fieldsPath = path;
    if (value.isObject()) {
        fieldsValue = value.toObject().value(QLatin1String("fields"));
        fieldsPath = path + QStringLiteral(".fields");
    }
    if (!fieldsValue.isArray())
        return malformed(fieldsPath + QStringLiteral(": expected a list of fields"));
    TicketLayout layout;
    layout.departmentId = departmentId;
    const QJsonArray array = fieldsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ApiResult<TicketLayout::Field> field =
            mapObject<TicketLayout::Field>(array.at(i), item(fieldsPath, i), [](JsonFields &f) {
                TicketLayout::Field out;
                out.type = f.string(QLatin1String("field_type"));
                const QJsonValue id = f.value(QLatin1String("field_id"));
                if (id.isDouble())
                    out.id = QString::number(f.integer(QLatin1String("field_id")));
                else
                    out.id = f.optionalString(QLatin1String("field_id"));
                out.required = f.flag(QLatin1String("required"));
                return out;
            });
        if (!field)
            return field.error();
        layout.fields.append(field.value());
    }
    return layout;
}

ApiResult<Snippet> snippet(const QJsonValue &value, const QString &path)
{
    return mapObject<Snippet>(value, path, [](JsonFields &f) {
        Snippet s;
        s.id = f.id(QLatin1String("id"));
        s.title = f.optionalString(QLatin1String("title"));
        s.shortcutCode = f.optionalString(QLatin1String("shortcut_code"));
        s.isDraft = f.flag(QLatin1String("is_draft"));
        const QJsonValue category = f.value(QLatin1String("category"));
        s.categoryId = category.isObject() ? qint64(category.toObject().value(QLatin1String("id")).toDouble())
                       : category.isDouble() ? qint64(category.toDouble())
                                             : 0;
        return s;
    });
}

ApiResult<QList<Snippet::Text>> snippetTexts(const QJsonValue &value, const QString &path)
{
    QList<Snippet::Text> texts;
    if (value.isArray() && value.toArray().isEmpty())
        return texts; // PHP's empty map
    if (!value.isObject())
        return malformed(path + QStringLiteral(": expected an object of translations"));
    const QJsonObject byLocale = value.toObject();
    for (auto it = byLocale.begin(); it != byLocale.end(); ++it) {
        if (!it.value().isObject())
            return malformed(path + QLatin1Char('.') + it.key() + QStringLiteral(": expected an object"));
        const QJsonObject text = it.value().toObject();
        texts.append(Snippet::Text{it.key(), text.value(QLatin1String("title")).toString(),
                                   text.value(QLatin1String("content")).toString()});
    }
    return texts;
}

ApiResult<HelpdeskInfo> helpdeskInfo(const QJsonValue &value, const QString &path)
{
    return mapObject<HelpdeskInfo>(value, path, [](JsonFields &f) {
        HelpdeskInfo h;
        h.helpdeskUrl = QUrl(f.optionalString(QLatin1String("helpdesk_url")));
        h.apiBaseUrl = QUrl(f.optionalString(QLatin1String("base_api_url")));
        const QJsonValue build = f.value(QLatin1String("build"));
        h.build = build.isDouble() ? QString::number(f.integer(QLatin1String("build")))
                                   : f.optionalString(QLatin1String("build"));
        h.buildName = f.optionalString(QLatin1String("build_name"));
        h.uuid = f.optionalString(QLatin1String("helpdesk_uuid"));
        h.isCloud = f.flag(QLatin1String("is_cloud"));
        return h;
    });
}

ApiResult<Identity> identity(const QJsonValue &value, const QString &path)
{
    return mapObject<Identity>(value, path, [&path](JsonFields &f) {
        Identity me;
        me.authMethod = f.optionalString(QLatin1String("auth_method"));
        me.personId = f.id(QLatin1String("person_id"));
        if (f.has(QLatin1String("person"))) {
            ApiResult<Person> p = person(f.value(QLatin1String("person")), path + QStringLiteral(".person"));
            if (p)
                me.person = p.value();
            else
                f.fail(p.error().message);
        } else {
            me.person.id = me.personId;
        }
        return me;
    });
}

ApiResult<IssuedToken> issuedToken(const QJsonValue &value, const QString &path)
{
    return mapObject<IssuedToken>(value, path, [&path](JsonFields &f) {
        IssuedToken t;
        t.personId = f.id(QLatin1String("person_id"));
        t.token = f.string(QLatin1String("token"));
        if (f.ok() && t.token.trimmed().isEmpty())
            f.fail(QLatin1String("token"), QStringLiteral("empty"));
        if (f.has(QLatin1String("discover"))) {
            ApiResult<HelpdeskInfo> info =
                helpdeskInfo(f.value(QLatin1String("discover")), path + QStringLiteral(".discover"));
            if (info)
                t.helpdesk = info.value();
            else
                f.fail(info.error().message);
        }
        return t;
    });
}

ApiResult<UploadedBlob> uploadedBlob(const QJsonValue &value, const QString &path)
{
    return mapObject<UploadedBlob>(value, path, [](JsonFields &f) {
        UploadedBlob b;
        b.blobId = f.id(QLatin1String("blob_id"));
        b.blobAuth = f.string(QLatin1String("blob_auth"));
        if (f.ok() && b.blobAuth.isEmpty())
            f.fail(QLatin1String("blob_auth"), QStringLiteral("empty"));
        b.authId = f.optionalString(QLatin1String("blob_auth_id"));
        b.filename = f.optionalString(QLatin1String("filename"));
        b.contentType = f.optionalString(QLatin1String("content_type"));
        b.downloadUrl = QUrl(f.optionalString(QLatin1String("download_url")));
        return b;
    });
}

ApiResult<QList<Ticket>> searchTickets(const QJsonValue &data)
{
    if (data.isArray())
        return list<Ticket>(data, &ticket);
    if (!data.isObject())
        return malformed(QStringLiteral("data: expected search results"));
    const QJsonValue groups = data.toObject().value(QLatin1String("grouped_results"));
    if (groups.isUndefined() || groups.isNull() || (groups.isArray() && groups.toArray().isEmpty()))
        return QList<Ticket>();
    if (!groups.isArray())
        return malformed(QStringLiteral("data.grouped_results: expected a list"));
    QList<Ticket> out;
    const QJsonArray array = groups.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(QStringLiteral("data.grouped_results"), i);
        if (!array.at(i).isObject())
            return malformed(path + QStringLiteral(": expected an object"));
        const QJsonObject group = array.at(i).toObject();
        if (group.value(QLatin1String("type")).toString() != QLatin1String("ticket"))
            continue;
        ApiResult<QList<Ticket>> tickets =
            list<Ticket>(group.value(QLatin1String("results")), &ticket, path + QStringLiteral(".results"));
        if (!tickets)
            return tickets.error();
        out += tickets.value();
    }
    return out;
}

namespace {

std::optional<int> countIn(const QJsonValue &value)
{
    QJsonValue number = value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        number = object.contains(QLatin1String("count")) ? object.value(QLatin1String("count"))
                                                         : object.value(QLatin1String("total"));
    }
    if (!number.isDouble() && !number.isString())
        return std::nullopt;
    JsonFields fields(QJsonObject{{QStringLiteral("n"), number}}, QString());
    const qint64 n = fields.integer(QLatin1String("n"));
    if (!fields.ok() || n < 0 || n > INT_MAX)
        return std::nullopt;
    return int(n);
}

} // namespace

ApiResult<QList<FilterCount>> filterCounts(const QJsonValue &data)
{
    QList<FilterCount> out;
    if (data.isObject()) {
        const QJsonObject byId = data.toObject();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            const std::optional<qint64> id = JsonFields::toId(it.key());
            const std::optional<int> count = countIn(it.value());
            if (!id || !count)
                return malformed(
                    QStringLiteral("data.%1: expected a filter id and a count").arg(it.key().left(40)));
            out.append({*id, *count});
        }
        return out;
    }
    if (!data.isArray())
        return malformed(QStringLiteral("data: expected filter counts"));
    const QJsonArray array = data.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QJsonValue idValue = entry.contains(QLatin1String("filter_id"))
                                       ? entry.value(QLatin1String("filter_id"))
                                       : entry.value(QLatin1String("id"));
        const std::optional<qint64> id = JsonFields::toId(idValue);
        const std::optional<int> count = countIn(entry);
        if (!id || !count)
            return malformed(item(QStringLiteral("data"), i) +
                             QStringLiteral(": expected a filter id and a count"));
        out.append({*id, *count});
    }
    return out;
}

ApiResult<int> filterCount(const QJsonValue &data)
{
    const std::optional<int> count = countIn(data);
    if (!count)
        return malformed(QStringLiteral("data: expected a count"));
    return *count;
}

ApiResult<std::map<QString, ApiResult<ApiEnvelope>>> batchResponses(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue responses = document.object().value(QLatin1String("responses"));
    std::map<QString, ApiResult<ApiEnvelope>> out;
    if (responses.isArray() && responses.toArray().isEmpty())
        return out;
    if (!responses.isObject())
        return malformed(QStringLiteral("responses: expected an object"));
    const QJsonObject byKey = responses.toObject();
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        const QString path = QStringLiteral("responses.") + it.key().left(40);
        if (!it.value().isObject())
            return malformed(path + QStringLiteral(": expected an object"));
        const QJsonObject sub = it.value().toObject();
        JsonFields headers(sub.value(QLatin1String("headers")).toObject(), path + QStringLiteral(".headers"));
        const qint64 status = headers.integer(QLatin1String("status-code"));
        if (!headers.ok() || status < 100 || status > 599)
            return malformed(path + QStringLiteral(".headers.status-code: expected an HTTP status"));
        if (status >= 200 && status < 300) {
            if (sub.contains(QLatin1String("data"))) {
                ApiResult<ApiEnvelope> envelopeOf = envelope(sub);
                if (!envelopeOf)
                    return envelopeOf.error();
                out.emplace(it.key(), envelopeOf);
            } else {
                ApiEnvelope empty;
                empty.hasBody = false;
                out.emplace(it.key(), empty);
            }
        } else {
            out.emplace(it.key(), error(int(status), sub));
        }
    }
    return out;
}

} // namespace DeskproJson
