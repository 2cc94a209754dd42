// DeskproJson: every quirk Deskpro is known for is accepted, everything else is refused whole.

#include "api/DeskproJson.h"
#include "api/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

// QCOMPARE prints kinds by name.
char *toString(const ApiError::Kind &kind)
{
    return qstrdup(qPrintable(kindName(kind)));
}

namespace {

// JSON written with single quotes, for strings moc cannot read as raw literals ("//", "#").
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonValue json(const QByteArray &text)
{
    const QByteArray wrapped = "{\"v\":" + text + '}';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text.constData());
    return document.object().value(QStringLiteral("v"));
}

ApiEnvelope envelopeOf(const QByteArray &body)
{
    const ApiResult<ApiEnvelope> envelope = DeskproJson::envelope(body);
    if (!envelope)
        qFatal("bad test envelope: %s", qPrintable(envelope.error().message));
    return envelope.value();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class DeskproJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void envelopeAcceptsEmptyMetaAndLinkedAsArrays()
    {
        const ApiEnvelope e = envelopeOf(R"({"data": [], "meta": [], "linked": []})");
        QVERIFY(e.meta.isEmpty());
        QVERIFY(e.linked.isEmpty());
        QVERIFY(e.hasBody);
        const ApiEnvelope withObjects =
            envelopeOf(R"({"data": {}, "meta": {"fql": "x"}, "linked": {"person": {}}})");
        QCOMPARE(withObjects.meta.value(u"fql").toString(), QStringLiteral("x"));
        const ApiEnvelope bare = envelopeOf(R"({"data": 5})");
        QVERIFY(bare.meta.isEmpty());
    }

    void envelopeOfAnEmptyBodyHasNoBody()
    {
        const auto e = DeskproJson::envelope(QByteArray());
        QVERIFY(e.ok());
        QVERIFY(!e->hasBody);
    }

    void envelopeRefusesWhatIsNotOne_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated") << QByteArray(q("{'data': [{'id': 1, 'sub")) << QStringLiteral("not JSON");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not JSON");
        QTest::newRow("top-level array") << QByteArray("[1,2]") << QStringLiteral("object at the top");
        QTest::newRow("no data") << QByteArray(R"({"meta": {}})") << QStringLiteral("\"data\"");
        QTest::newRow("meta a string")
            << QByteArray(R"({"data": [], "meta": "x"})") << QStringLiteral("meta");
        QTest::newRow("meta a non-empty list")
            << QByteArray(R"({"data": [], "meta": [1]})") << QStringLiteral("meta");
        QTest::newRow("linked a number")
            << QByteArray(R"({"data": [], "linked": 3})") << QStringLiteral("linked");
    }

    void envelopeRefusesWhatIsNotOne()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto e = DeskproJson::envelope(body);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(e.error().message.contains(mentions), qPrintable(e.error().message));
    }

    void ticketWithEveryQuirk()
    {
        const auto t = DeskproJson::ticket(json(R"({
            "id": "102", "ref": "XXXX-0028-IOCC", "subject": "résumé", "status": "pending.5",
            "person": {"id": 58, "name": "inlined"}, "agent": null, "agent_team": "3", "department": 0,
            "priority": "", "organization": 12, "language": 1.0, "urgency": "7", "labels": null,
            "star": null, "worst_sla_status": null, "fields": [], "ticket_hash": "ab",
            "count_agent_replies": 2, "count_user_replies": "3", "has_attachments": 1,
            "date_created": "2025-05-01T08:02:02+0000", "date_status": "2025-05-01T10:02:02+02:00",
            "date_resolved": null, "date_last_agent_reply": "2025-05-01T08:02:02Z",
            "date_last_user_reply": "2025-05-01T08:02:02.123+0000"})"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->id, 102);
        QCOMPARE(t->ref, QStringLiteral("XXXX-0028-IOCC"));
        QCOMPARE(t->status, QStringLiteral("pending.5"));
        QCOMPARE(t->personId, 58);
        QCOMPARE(t->agentId, 0);
        QCOMPARE(t->teamId, 3);
        QCOMPARE(t->departmentId, 0);
        QCOMPARE(t->priorityId, 0);
        QCOMPARE(t->organizationId, 12);
        QCOMPARE(t->languageId, 1);
        QCOMPARE(t->urgency, 7);
        QVERIFY(t->labels.isEmpty());
        QVERIFY(t->fields.isEmpty());
        QCOMPARE(t->countUserReplies, 3);
        QVERIFY(t->hasAttachments);
        QCOMPARE(t->dateCreated, utc(2025, 5, 1, 8, 2, 2));
        QCOMPARE(t->dateStatus, utc(2025, 5, 1, 8, 2, 2));
        QCOMPARE(t->dateLastAgentReply, utc(2025, 5, 1, 8, 2, 2));
        QCOMPARE(t->dateLastUserReply, utc(2025, 5, 1, 8, 2, 2).addMSecs(123));
        QVERIFY(!t->dateResolved.isValid());
        QCOMPARE(t->dateCreated.timeSpec(), Qt::UTC);
    }

    void ticketKeepsCustomFieldsByStringId()
    {
        const auto t = DeskproJson::ticket(json(R"({"id": 1, "status": "awaiting_agent", "labels": ["a", "b"],
            "fields": {"7": {"aliases": [], "value": [9, 10], "detail": {"9": {"title": "x"}}}, "8": {"value": "t"}}})"));
        QVERIFY(t.ok());
        QCOMPARE(t->labels, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(t->fields.value(u"7").toObject().value(u"value").toArray().size(), 2);
        QCOMPARE(t->fields.value(u"8").toObject().value(u"value").toString(), QStringLiteral("t"));
    }

    void ticketStatusFromTicketStatusWhenStatusIsAbsent()
    {
        const auto t = DeskproJson::ticket(json(R"({"id": 1, "ticket_status": "resolved"})"));
        QVERIFY(t.ok());
        QCOMPARE(t->status, QStringLiteral("resolved"));
    }

    void ticketRefusals_data()
    {
        QTest::addColumn<QByteArray>("ticket");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no id") << QByteArray(R"({"status": "awaiting_agent"})")
                               << QStringLiteral("data.id: missing");
        QTest::newRow("id zero") << QByteArray(R"({"id": 0, "status": "a"})") << QStringLiteral("data.id");
        QTest::newRow("id negative") << QByteArray(R"({"id": -4, "status": "a"})")
                                     << QStringLiteral("data.id");
        QTest::newRow("id fraction") << QByteArray(R"({"id": 1.5, "status": "a"})")
                                     << QStringLiteral("data.id");
        QTest::newRow("id text") << QByteArray(R"({"id": "12a", "status": "a"})")
                                 << QStringLiteral("data.id");
        QTest::newRow("id too big") << QByteArray(R"({"id": 1e300, "status": "a"})")
                                    << QStringLiteral("data.id");
        QTest::newRow("id bool") << QByteArray(R"({"id": true, "status": "a"})") << QStringLiteral("data.id");
        QTest::newRow("no status") << QByteArray(R"({"id": 1})") << QStringLiteral("ticket_status");
        QTest::newRow("status empty")
            << QByteArray(R"({"id": 1, "status": ""})") << QStringLiteral("status: empty");
        QTest::newRow("status number") << QByteArray(R"({"id": 1, "status": 3})") << QStringLiteral("status");
        QTest::newRow("subject number")
            << QByteArray(R"({"id": 1, "status": "a", "subject": 5})") << QStringLiteral("subject");
        QTest::newRow("agent text") << QByteArray(R"({"id": 1, "status": "a", "agent": "bob"})")
                                    << QStringLiteral("agent");
        QTest::newRow("agent list") << QByteArray(R"({"id": 1, "status": "a", "agent": [1]})")
                                    << QStringLiteral("agent");
        QTest::newRow("labels string")
            << QByteArray(R"({"id": 1, "status": "a", "labels": "x"})") << QStringLiteral("labels");
        QTest::newRow("labels numbers")
            << QByteArray(R"({"id": 1, "status": "a", "labels": [1]})") << QStringLiteral("labels");
        QTest::newRow("fields string")
            << QByteArray(R"({"id": 1, "status": "a", "fields": "x"})") << QStringLiteral("fields");
        QTest::newRow("fields non-empty list")
            << QByteArray(R"({"id": 1, "status": "a", "fields": [1]})") << QStringLiteral("fields");
        QTest::newRow("field key not an id") << QByteArray(R"({"id": 1, "status": "a", "fields": {"x": 1}})")
                                             << QStringLiteral("custom field key");
        QTest::newRow("bad date") << QByteArray(R"({"id": 1, "status": "a", "date_created": "yesterday"})")
                                  << QStringLiteral("date_created");
        QTest::newRow("date month 13")
            << QByteArray(R"({"id": 1, "status": "a", "date_created": "2025-13-01T00:00:00+0000"})")
            << QStringLiteral("date_created");
        QTest::newRow("date bad offset")
            << QByteArray(R"({"id": 1, "status": "a", "date_created": "2025-01-01T00:00:00+9900"})")
            << QStringLiteral("date_created");
        QTest::newRow("flag 2") << QByteArray(R"({"id": 1, "status": "a", "has_attachments": 2})")
                                << QStringLiteral("has_attachments");
        QTest::newRow("urgency text")
            << QByteArray(R"({"id": 1, "status": "a", "urgency": "high"})") << QStringLiteral("urgency");
        QTest::newRow("not an object") << QByteArray(R"([1])") << QStringLiteral("expected an object");
    }

    void ticketRefusals()
    {
        QFETCH(QByteArray, ticket);
        QFETCH(QString, mentions);
        const auto t = DeskproJson::ticket(json(ticket));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
    }

    void pageMapsCompletelyOrNotAtAll()
    {
        const ApiEnvelope good =
            envelopeOf(R"({"data": [{"id": 1, "status": "a"}, {"id": "2", "status": "b"}],
            "meta": {"pagination": {"total": 5, "count": 2, "per_page": 2, "current_page": 1, "total_pages": 3}},
            "linked": []})");
        const auto page = DeskproJson::page<Ticket>(good, &DeskproJson::ticket);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->pagination.style, Pagination::Style::Pages);
        QCOMPARE(page->pagination.total, 5);
        QCOMPARE(page->pagination.totalPages, 3);
        QVERIFY(page->pagination.hasNext());

        const ApiEnvelope oneBad = envelopeOf(R"({"data": [{"id": 1, "status": "a"}, {"id": 2, "status": "b"},
            {"id": "x", "status": "c"}], "meta": {}})");
        const auto refused = DeskproJson::page<Ticket>(oneBad, &DeskproJson::ticket);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("data[2].id")),
                 qPrintable(refused.error().message));
    }

    void pageRefusesDataThatIsNotAList()
    {
        for (const char *body :
             {R"({"data": {"id": 1}})", R"({"data": "x"})", R"({"data": null})", R"({"data": 3})"}) {
            const auto page = DeskproJson::page<Ticket>(envelopeOf(body), &DeskproJson::ticket);
            QVERIFY2(!page.ok(), body);
            QCOMPARE(page.error().kind, ApiError::Kind::Malformed);
        }
        // PHP writes an empty list of a map-like collection as {} sometimes.
        const auto empty = DeskproJson::page<Ticket>(envelopeOf(R"({"data": {}})"), &DeskproJson::ticket);
        QVERIFY(empty.ok());
        QVERIFY(empty->items.isEmpty());
    }

    void offsetPagination()
    {
        const auto p =
            DeskproJson::pagination(envelopeOf(R"({"data": [], "meta": {"offset": 50, "perPage": 50,
            "hasMore": true, "nextOffset": 100}})")
                                        .meta);
        QVERIFY(p.ok());
        QCOMPARE(p->style, Pagination::Style::Offsets);
        QCOMPARE(p->offset, 50);
        QCOMPARE(p->nextOffset, 100);
        QVERIFY(p->hasNext());
        const auto last =
            DeskproJson::pagination(envelopeOf(R"({"data": [], "meta": {"offset": 100, "perPage": 50,
            "hasMore": false, "nextOffset": null}})")
                                        .meta);
        QVERIFY(last.ok());
        QVERIFY(!last->hasNext());
        const auto none = DeskproJson::pagination(QJsonObject());
        QVERIFY(none.ok());
        QCOMPARE(none->style, Pagination::Style::None);
        QVERIFY(!none->hasNext());
    }

    void paginationRefusals()
    {
        QVERIFY(
            !DeskproJson::pagination(envelopeOf(R"({"data": [], "meta": {"pagination": [1]}})").meta).ok());
        QVERIFY(!DeskproJson::pagination(
                     envelopeOf(R"({"data": [], "meta": {"pagination": {"total": "many"}}})").meta)
                     .ok());
        QVERIFY(!DeskproJson::pagination(
                     envelopeOf(R"({"data": [], "meta": {"pagination": {"total": -1}}})").meta)
                     .ok());
        // An offset that does not move forward would page for ever.
        QVERIFY(!DeskproJson::pagination(envelopeOf(R"({"data": [], "meta": {"offset": 50, "hasMore": true,
            "nextOffset": 50}})")
                                             .meta)
                     .ok());
    }

    void messageNoteFlagInEveryForm()
    {
        const ApiEnvelope e = envelopeOf(R"({"data": [
            {"id": 1, "ticket": 7, "person": 9, "is_agent_note": 0, "attachments": [88, "89"],
             "message": "<p>Hi</p>", "message_preview_text": "Hi", "date_created": "2025-05-01T08:02:02+0000"},
            {"id": 2, "ticket": "7", "is_agent_note": 1, "attachments": null, "message": null},
            {"id": 3, "is_agent_note": true, "attachments": [{"id": 5}]},
            {"id": 4, "is_agent_note": "0", "attachments": {}}]})");
        const auto page = DeskproJson::page<Message>(e, &DeskproJson::message);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->items.at(0).isNote, false);
        QCOMPARE(page->items.at(0).attachmentIds, QList<qint64>({88, 89}));
        QCOMPARE(page->items.at(0).html, QStringLiteral("<p>Hi</p>"));
        QCOMPARE(page->items.at(1).isNote, true);
        QCOMPARE(page->items.at(1).ticketId, 7);
        QVERIFY(page->items.at(1).html.isEmpty());
        QCOMPARE(page->items.at(2).isNote, true);
        QCOMPARE(page->items.at(2).attachmentIds, QList<qint64>({5}));
        QCOMPARE(page->items.at(3).isNote, false);
    }

    void messageRefusals()
    {
        QVERIFY(!DeskproJson::message(json(R"({"id": 1, "is_agent_note": "yes"})")).ok());
        QVERIFY(!DeskproJson::message(json(R"({"id": 1, "attachments": "88"})")).ok());
        QVERIFY(!DeskproJson::message(json(R"({"id": 1, "attachments": [0]})")).ok());
        QVERIFY(!DeskproJson::message(json(R"({"id": 1, "message": {"html": "x"}})")).ok());
        QVERIFY(!DeskproJson::message(json(R"({"ticket": 1})")).ok());
    }

    void personNameAndEmailFallbacks()
    {
        const auto a = DeskproJson::person(json(R"({"id": 1, "display_name": "Anna M.", "name": "Anna Müller",
            "primary_email": "anna@example.org", "is_agent": false, "organization": 12})"));
        QVERIFY(a.ok());
        QCOMPARE(a->name, QStringLiteral("Anna M."));
        QCOMPARE(a->email, QStringLiteral("anna@example.org"));
        QCOMPARE(a->organizationId, 12);
        const auto b = DeskproJson::person(json(R"({"id": "2", "first_name": "Jo", "last_name": "Doe",
            "primary_email": null, "emails": [{"email": "jo@example.org"}], "is_agent": 1})"));
        QVERIFY(b.ok());
        QCOMPARE(b->name, QStringLiteral("Jo Doe"));
        QCOMPARE(b->email, QStringLiteral("jo@example.org"));
        QVERIFY(b->isAgent);
        const auto c = DeskproJson::person(json(R"({"id": 3, "emails": ["c@example.org"]})"));
        QCOMPARE(c->email, QStringLiteral("c@example.org"));
        QVERIFY(!DeskproJson::person(json(R"({"id": 3, "emails": "c@example.org"})")).ok());
        QVERIFY(!DeskproJson::person(json(R"({"id": 3, "is_agent": "maybe"})")).ok());
    }

    void attachmentWithItsBlob()
    {
        const auto a =
            DeskproJson::attachment(json(q("{'id': 88, 'ticket': 7, 'person': 9, 'message': 501,"
                                           "            'is_agent_note': false, 'is_inline': true, 'blob': "
                                           "{'blob_id': 300, 'blob_auth': 'XYZ',"
                                           "            'download_url': 'https://h/file.php/300-XYZ/r.pdf', "
                                           "'filename': 'r.pdf', 'filesize': 183,"
                                           "            'content_type': 'application/pdf'}}")));
        QVERIFY(a.ok());
        QCOMPARE(a->blobId, 300);
        QCOMPARE(a->blobAuth, QStringLiteral("XYZ"));
        QCOMPARE(a->size, 183);
        QCOMPARE(a->downloadUrl, QUrl(QStringLiteral("https://h/file.php/300-XYZ/r.pdf")));
        QVERIFY(a->isInline);
        QCOMPARE(a->messageId, 501);
        const auto noBlob = DeskproJson::attachment(json(R"({"id": 88, "blob": null})"));
        QVERIFY(!noBlob.ok());
        QVERIFY(noBlob.error().message.contains(QStringLiteral("blob")));
        const auto badBlob =
            DeskproJson::attachment(json(R"({"id": 88, "blob": {"blob_id": "x", "blob_auth": "A"}})"));
        QVERIFY(!badBlob.ok());
        QVERIFY2(badBlob.error().message.contains(QStringLiteral("data.blob.blob_id")),
                 qPrintable(badBlob.error().message));
    }

    void statusesAsStringsOrEntities()
    {
        const auto strings = DeskproJson::list<TicketStatus>(
            json(R"(["awaiting_agent", "pending.5", "hidden"])"), &DeskproJson::ticketStatus);
        QVERIFY(strings.ok());
        QCOMPARE(strings->size(), 3);
        QCOMPARE(strings->at(1).code, QStringLiteral("pending.5"));
        QCOMPARE(strings->at(1).type, QStringLiteral("pending"));
        const auto entities = DeskproJson::list<TicketStatus>(
            json(
                R"([{"id": 1, "status_code": "awaiting_agent", "title": "Awaiting agent", "status_type": "awaiting_agent",
                      "display_order": 10}, {"status_code": "pending.7", "title": "Parts"}])"),
            &DeskproJson::ticketStatus);
        QVERIFY(entities.ok());
        QCOMPARE(entities->at(0).title, QStringLiteral("Awaiting agent"));
        QCOMPARE(entities->at(0).displayOrder, 10);
        QCOMPARE(entities->at(1).type, QStringLiteral("pending"));
        QVERIFY(!DeskproJson::list<TicketStatus>(json(R"([""])"), &DeskproJson::ticketStatus).ok());
        QVERIFY(!DeskproJson::list<TicketStatus>(json(R"([3])"), &DeskproJson::ticketStatus).ok());
        QVERIFY(
            !DeskproJson::list<TicketStatus>(json(R"([{"title": "no code"}])"), &DeskproJson::ticketStatus)
                 .ok());
    }

    void referenceData()
    {
        const auto d = DeskproJson::department(
            json(R"({"id": 2, "parent": 1, "title": "Billing", "display_order": "20"})"));
        QVERIFY(d.ok());
        QCOMPARE(d->parentId, 1);
        QCOMPARE(d->displayOrder, 20);
        QVERIFY(!DeskproJson::department(json(R"({"id": 2})")).ok());

        const auto p = DeskproJson::priority(json(R"({"id": 3, "title": "High", "priority": 30})"));
        QVERIFY(p.ok());
        QCOMPARE(p->weight, 30);

        const auto t = DeskproJson::team(json(R"({"id": 4, "name": "Level 2", "members": [4, "5"]})"));
        QVERIFY(t.ok());
        QCOMPARE(t->agentIds, QList<qint64>({4, 5}));
        QVERIFY(!DeskproJson::team(json(R"({"id": 4, "name": "x", "members": ["bob"]})")).ok());

        const auto c = DeskproJson::customField(json(R"({"id": 2, "title": "OS", "widget_type": "multichoice",
            "choices": [{"id": 201, "title": "Windows"}, {"id": "202", "title": "macOS"}], "display_order": 2})"));
        QVERIFY(c.ok());
        QCOMPARE(c->choices.size(), 2);
        QCOMPARE(c->choices.at(1).first, 202);
        QVERIFY(c->isEnabled);
        const auto byId = DeskproJson::customField(json(R"({"id": 2, "title": "OS", "is_enabled": 0,
            "choices": {"201": {"id": 201, "title": "Windows"}}})"));
        QVERIFY(byId.ok());
        QCOMPARE(byId->choices.size(), 1);
        QVERIFY(!byId->isEnabled);
        QVERIFY(
            !DeskproJson::customField(json(R"({"id": 2, "title": "OS", "choices": [{"title": "no id"}]})"))
                 .ok());
        QVERIFY(!DeskproJson::customField(json(R"({"id": 2, "title": "OS", "choices": "a,b"})")).ok());

        const auto f =
            DeskproJson::ticketFilter(json(R"({"id": 1, "title": "All", "sys_name": null, "display_order": 1,
            "term": [{"type": "status", "op": "is"}]})"));
        QVERIFY(f.ok());
        QVERIFY(f->sysName.isEmpty());
        QVERIFY(f->terms.isArray());
    }

    void layoutFromObjectOrList()
    {
        const auto l = DeskproJson::ticketLayout(json(R"({"id": 11, "department": 1, "fields": [
            {"field_type": "ticket_field", "field_id": "ticket_field_7", "required": true},
            {"field_type": "priority", "field_id": 3, "required": 0}]})"),
                                                 1);
        QVERIFY(l.ok());
        QCOMPARE(l->departmentId, 1);
        QCOMPARE(l->fields.size(), 2);
        QCOMPARE(l->fields.at(0).id, QStringLiteral("ticket_field_7"));
        QVERIFY(l->fields.at(0).required);
        QCOMPARE(l->fields.at(1).id, QStringLiteral("3"));
        QVERIFY(DeskproJson::ticketLayout(json(R"([{"field_type": "subject"}])"), 2).ok());
        QVERIFY(!DeskproJson::ticketLayout(json(R"({"fields": "x"})"), 2).ok());
        QVERIFY(!DeskproJson::ticketLayout(json(R"({"fields": [{"field_id": "x"}]})"), 2).ok());
    }

    void signInAnswers()
    {
        const auto me = DeskproJson::identity(json(R"({"auth_method": "api_key", "person_id": 4,
            "person": {"id": 4, "name": "Agent", "is_agent": true}})"));
        QVERIFY(me.ok());
        QCOMPARE(me->personId, 4);
        QVERIFY(me->person.isAgent);
        QVERIFY(!DeskproJson::identity(json(R"({"auth_method": "api_key"})")).ok());

        const auto token = DeskproJson::issuedToken(json(
            q("{'person_id': 1, 'token': '18:BZWW',"
              "            'discover': {'helpdesk_url': 'https://a', 'build': 1714032000, 'is_cloud': 1}}")));
        QVERIFY(token.ok());
        QCOMPARE(token->token, QStringLiteral("18:BZWW"));
        QCOMPARE(token->helpdesk.build, QStringLiteral("1714032000"));
        QVERIFY(token->helpdesk.isCloud);
        QVERIFY(!DeskproJson::issuedToken(json(R"({"person_id": 1, "token": ""})")).ok());
        QVERIFY(!DeskproJson::issuedToken(json(R"({"person_id": 1, "token": 18})")).ok());

        const auto blob =
            DeskproJson::uploadedBlob(json(q("{'blob_id': 3, 'blob_auth': 'A1', 'blob_auth_id': '3-A1',"
                                             "            'filename': 'a.png', 'content_type': 'image/png', "
                                             "'download_url': 'https://h/file.php/3-A1/a.png'}")));
        QVERIFY(blob.ok());
        QCOMPARE(blob->authId, QStringLiteral("3-A1"));
        QVERIFY(!DeskproJson::uploadedBlob(json(R"({"blob_id": 3})")).ok());
    }

    void searchAndCounts()
    {
        const auto found = DeskproJson::searchTickets(json(R"({"grouped_results": [
            {"type": "person", "results": [{"id": 1}]},
            {"type": "ticket", "results": [{"id": 9, "status": "resolved"}]}]})"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).id, 9);
        QVERIFY(DeskproJson::searchTickets(json(R"({"grouped_results": []})"))->isEmpty());
        QVERIFY(!DeskproJson::searchTickets(
                     json(R"({"grouped_results": [{"type": "ticket", "results": [{"id": 0}]}]})"))
                     .ok());

        const auto list = DeskproJson::filterCounts(
            json(R"([{"id": 1, "title": "All", "count": 42}, {"id": "2", "count": "0"}])"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0), (FilterCount{1, 42}));
        const auto map = DeskproJson::filterCounts(json(R"({"3": 5, "4": {"count": 6}})"));
        QVERIFY(map.ok());
        QCOMPARE(map->at(1), (FilterCount{4, 6}));
        QVERIFY(!DeskproJson::filterCounts(json(R"([{"id": 1}])")).ok());
        QVERIFY(!DeskproJson::filterCounts(json(R"({"x": 1})")).ok());
        QCOMPARE(DeskproJson::filterCount(json(R"({"id": 1, "count": 12})")).value(), 12);
        QCOMPARE(DeskproJson::filterCount(json("7")).value(), 7);
        QVERIFY(!DeskproJson::filterCount(json(R"({"count": -1})")).ok());
    }

    void errorTreeFlattened()
    {
        const ApiError e = DeskproJson::error(400, QByteArray(R"({"status": 400, "code": "invalid_input",
            "message": "Request input is invalid.", "errors": {"errors": [{"code": "dupe_ticket", "message": "Duplicate ticket."}],
            "fields": {"email": {"errors": [{"code": "required", "message": "This value should not be blank."}]},
                       "emails": {"fields": {"emails_0": {"errors": [{"code": "dupe_email", "message": "In use."}]}}},
                       "fields": {"fields": {"fields_7": {"errors": [{"code": "out_of_range", "message": "Too big."}]}}}}}})"));
        QCOMPARE(e.kind, ApiError::Kind::Invalid);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.code, QStringLiteral("invalid_input"));
        QCOMPARE(e.fieldErrors.value(QString()), QStringLiteral("Duplicate ticket."));
        QCOMPARE(e.fieldErrors.value(QStringLiteral("email")),
                 QStringLiteral("This value should not be blank."));
        QCOMPARE(e.fieldErrors.value(QStringLiteral("emails.emails_0")), QStringLiteral("In use."));
        // The custom-field input is named "fields": errors.fields.fields.fields.fields_7 in the tree.
        QCOMPARE(e.fieldErrors.value(QStringLiteral("fields.fields_7")), QStringLiteral("Too big."));
        QVERIFY(e.message.contains(QStringLiteral("Duplicate ticket.")));
    }

    void errorKindsFromStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("400") << 400 << ApiError::Kind::Invalid;
        QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
        QTest::newRow("405") << 405 << ApiError::Kind::Invalid;
        QTest::newRow("410") << 410 << ApiError::Kind::NotFound;
        QTest::newRow("413") << 413 << ApiError::Kind::TooLarge;
        QTest::newRow("423") << 423 << ApiError::Kind::Maintenance;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
        QTest::newRow("500") << 500 << ApiError::Kind::Server;
        QTest::newRow("503") << 503 << ApiError::Kind::Server;
    }

    void errorKindsFromStatus()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        // Bodies vary: Deskpro's tree, null errors, HTML from a proxy, nothing.
        for (const QByteArray &body : {QByteArray(q("{'status': 404, 'code': '#3432 Not Found', 'message': "
                                                    "'#3432 Not Found', 'errors': null}")),
                                       QByteArray("<html>oops</html>"), QByteArray()}) {
            const ApiError e = DeskproJson::error(status, body);
            QCOMPARE(e.kind, kind);
            QCOMPARE(e.httpStatus, status);
            QVERIFY(!e.message.isEmpty());
        }
    }

    void batchAnswers()
    {
        const auto answers = DeskproJson::batchResponses(
            QByteArray(q("{'responses': {"
                         "            'r1': {'headers': {'status-code': 200}, 'data': {'id': 5, 'status': "
                         "'a'}, 'meta': [], 'linked': []},"
                         "            'r2': {'headers': {'status-code': '404'}, 'status': 404, 'code': '#9 "
                         "Not Found', 'message': '#9 Not Found'},"
                         "            'r3': {'headers': {'status-code': 204}}}}")));
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), size_t(3));
        QVERIFY(answers->at(QStringLiteral("r1")).ok());
        QCOMPARE(answers->at(QStringLiteral("r2")).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(answers->at(QStringLiteral("r2")).error().code, QStringLiteral("#9 Not Found"));
        QVERIFY(!answers->at(QStringLiteral("r3")).value().hasBody);

        QVERIFY(!DeskproJson::batchResponses(QByteArray(R"({"responses": {"r1": {"data": 1}}})")).ok());
        QVERIFY(!DeskproJson::batchResponses(
                     QByteArray(R"({"responses": {"r1": {"headers": {"status-code": 99}}}})"))
                     .ok());
        QVERIFY(!DeskproJson::batchResponses(
                     QByteArray(
                         R"({"responses": {"r1": {"headers": {"status-code": 200}, "data": 1, "meta": 5}}})"))
                     .ok());
        QVERIFY(!DeskproJson::batchResponses(QByteArray(R"({"responses": "x"})")).ok());
        QVERIFY(!DeskproJson::batchResponses(QByteArray(R"({"responses": {)")).ok());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base = utc(2025, 5, 1, 8, 2, 2);
        QTest::newRow("deskpro") << "2025-05-01T08:02:02+0000" << base;
        QTest::newRow("colon") << "2025-05-01T08:02:02+00:00" << base;
        QTest::newRow("zulu") << "2025-05-01T08:02:02Z" << base;
        QTest::newRow("no zone") << "2025-05-01T08:02:02" << base;
        QTest::newRow("space") << "2025-05-01 08:02:02" << base;
        QTest::newRow("east") << "2025-05-01T10:32:02+0230" << base;
        QTest::newRow("west") << "2025-05-01T03:02:02-05:00" << base;
        QTest::newRow("hours only") << "2025-05-01T10:02:02+02" << base;
        QTest::newRow("fraction") << "2025-05-01T08:02:02.5Z" << base.addMSecs(500);
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = JsonFields::toDate(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void datesRefused()
    {
        for (const char *text : {"", "2025-05-01", "2025-02-30T00:00:00Z", "2025-05-01T25:00:00Z",
                                 "2025-05-01T08:02:02+0000 ", "now", "2025-05-01T08:02:02+000", "1746086522"})
            QVERIFY2(!JsonFields::toDate(QString::fromLatin1(text)).has_value(), text);
        // Unix seconds are accepted as JSON numbers (waiting_times), not as strings.
        JsonFields fields(QJsonObject{{QStringLiteral("d"), 1746086522}}, QString());
        QCOMPARE(fields.date(QLatin1String("d")), utc(2025, 5, 1, 8, 2, 2));
        QVERIFY(fields.ok());
    }
};

QTEST_GUILESS_MAIN(DeskproJsonTest)
#include "tst_deskpro_json.moc"
