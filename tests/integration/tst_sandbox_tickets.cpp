// The sandbox helpdesk's ticket endpoints over real sockets: the envelope and its quirks,
// paging and its limits, Deskpro's filters and sorting, get by id and ref, create, partial
// update, soft delete, counts, and the error tree for bad input.

#include "SandboxApi.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxTickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void envelope_hasDataMetaLinked();
    void emptyMetaOrLinked_isSometimesAnArray();
    void pagination_numbers();
    void count_defaultsTo10();
    void count_above200_is400();
    void count_zeroOrNegative_is400();
    void orderBy_unknown_is400();
    void orderDir_unknown_is400();
    void orderBy_sorts_data();
    void orderBy_sorts();
    void unknownFilter_is400();
    void globalParameters_areTolerated();
    void filter_narrows_data();
    void filter_narrows();
    void hiddenTickets_onlyWithStatus();
    void ids_bypassSearch();
    void ids_above200_is400();
    void meta_hasFql();
    void include_sideloadsLinked();
    void getById();
    void getByRef();
    void notFound_body();
    void garbageIds_are404();
    void create_is201WithLocation();
    void create_missingSubject_isFieldError();
    void create_extraField_is400();
    void update_is204WithLocation();
    void update_followLocation_returnsTicket();
    void update_labelsReplace();
    void update_unknownIds_isErrorTree();
    void update_customFields();
    void delete_softDeletes();
    void counts_groupBy();
    void unsupportedMethod_is405();
    void invalidJson_is400();
    void dates_haveDeskproFormat();
    void labels_nullSomewhere();

private:
    int anyTicket(const std::function<bool(const QJsonObject &)> &predicate) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QJsonArray m_visible; // the default list: hidden tickets left out
    QJsonArray m_all;     // every ticket
};

void TestSandboxTickets::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 300;
    options.seed = 11;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox.get());
    bool ok = false;
    m_visible = m_api->allTickets(QString(), &ok);
    QVERIFY(ok);
    m_all = m_api->allTickets(SandboxApi::everyStatus(), &ok);
    QVERIFY(ok);
    QVERIFY(m_visible.size() > 200);
    QVERIFY(m_all.size() > m_visible.size());
}

int TestSandboxTickets::anyTicket(const std::function<bool(const QJsonObject &)> &predicate) const
{
    // From index 30 on: the tickets before it are the fixed subjects of other tests.
    for (qsizetype i = 30; i < m_visible.size(); ++i) {
        if (predicate(m_visible.at(i).toObject()))
            return m_visible.at(i).toObject().value(u"id"_s).toInt();
    }
    return 0;
}

void TestSandboxTickets::envelope_hasDataMetaLinked()
{
    const HttpProbe::Result result = m_api->get(u"/tickets"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = result.json().object();
    QVERIFY(body.value(u"data"_s).isArray());
    QVERIFY(body.contains(u"meta"_s));
    QVERIFY(body.contains(u"linked"_s));
    const QJsonObject pagination = body.value(u"meta"_s).toObject().value(u"pagination"_s).toObject();
    for (const QString &key : {u"total"_s, u"count"_s, u"per_page"_s, u"current_page"_s, u"total_pages"_s})
        QVERIFY2(pagination.value(key).isDouble(), qPrintable(key));
}

void TestSandboxTickets::emptyMetaOrLinked_isSometimesAnArray()
{
    // Deskpro's PHP serialiser writes an empty map as []; clients must accept both.
    bool sawObject = false;
    bool sawArray = false;
    for (int i = 0; i < 9; ++i) {
        const QJsonObject body = m_api->get(u"/ticket_statuses"_s).json().object();
        for (const QString &key : {u"meta"_s, u"linked"_s}) {
            const QJsonValue value = body.value(key);
            if (value.isObject() && value.toObject().isEmpty())
                sawObject = true;
            else if (value.isArray() && value.toArray().isEmpty())
                sawArray = true;
            else
                QFAIL("meta/linked is neither {} nor []");
        }
    }
    QVERIFY(sawObject);
    QVERIFY(sawArray);
}

void TestSandboxTickets::pagination_numbers()
{
    const int total = int(m_visible.size());
    const int pages = (total + 6) / 7;
    const QJsonObject first = m_api->get(u"/tickets?count=7&page=1"_s).json().object();
    const QJsonObject second = m_api->get(u"/tickets?count=7&page=2"_s).json().object();
    const QJsonObject last = m_api->get(u"/tickets?count=7&page=%1"_s.arg(pages)).json().object();
    const QJsonObject pagination = second.value(u"meta"_s).toObject().value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"total"_s).toInt(), total);
    QCOMPARE(pagination.value(u"count"_s).toInt(), 7);
    QCOMPARE(pagination.value(u"per_page"_s).toInt(), 7);
    QCOMPARE(pagination.value(u"current_page"_s).toInt(), 2);
    QCOMPARE(pagination.value(u"total_pages"_s).toInt(), pages);
    QCOMPARE(second.value(u"data"_s).toArray().size(), 7);
    QCOMPARE(second.value(u"data"_s).toArray().first().toObject().value(u"id"_s),
             m_visible.at(7).toObject().value(u"id"_s));
    QVERIFY(first.value(u"data"_s).toArray().first() != second.value(u"data"_s).toArray().first());
    const int lastCount = total - 7 * (pages - 1);
    QCOMPARE(last.value(u"data"_s).toArray().size(), lastCount);
    QCOMPARE(last.value(u"meta"_s).toObject().value(u"pagination"_s).toObject().value(u"count"_s).toInt(),
             lastCount);
}

void TestSandboxTickets::count_defaultsTo10()
{
    const HttpProbe::Result result = m_api->get(u"/tickets"_s);
    QCOMPARE(result.data().toArray().size(), 10);
    QCOMPARE(result.json()[u"meta"_s][u"pagination"_s][u"per_page"_s].toInt(), 10);
    QCOMPARE(m_api->get(u"/tickets?count=200"_s).data().toArray().size(), 200);
}

void TestSandboxTickets::count_above200_is400()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?count=201"_s);
    QCOMPARE(result.status, 400);
    const QJsonObject body = result.json().object();
    QCOMPARE(body.value(u"status"_s).toInt(), 400);
    QVERIFY(body.value(u"code"_s).isString());
    QCOMPARE(body.value(u"message"_s).toString(), u"You can select maximum 200 entities"_s);
    QVERIFY(body.contains(u"errors"_s));
    QCOMPARE(m_api->get(u"/people?count=500"_s).status, 400);
}

void TestSandboxTickets::count_zeroOrNegative_is400()
{
    QCOMPARE(m_api->get(u"/tickets?count=0"_s).status, 400);
    QCOMPARE(m_api->get(u"/tickets?count=-3"_s).status, 400);
    QCOMPARE(m_api->get(u"/tickets?count=ten"_s).status, 400);
    QCOMPARE(m_api->get(u"/tickets?page=0"_s).status, 400);
}

void TestSandboxTickets::orderBy_unknown_is400()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?order_by=colour"_s);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json()[u"message"_s].toString().contains(u"Unknown sort field"_s));
    QCOMPARE(m_api->get(u"/people?order_by=password"_s).status, 400);
}

void TestSandboxTickets::orderDir_unknown_is400()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?order_dir=sideways"_s);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json()[u"message"_s].toString().contains(u"Unknown order value"_s));
}

void TestSandboxTickets::orderBy_sorts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("default id asc") << u""_s << u"id"_s << false;
    QTest::newRow("urgency desc") << u"order_by=urgency&order_dir=desc"_s << u"urgency"_s << true;
    QTest::newRow("date_created asc")
        << u"order_by=date_created&order_dir=asc"_s << u"date_created"_s << false;
    QTest::newRow("date_last_user_reply desc")
        << u"order_by=date_last_user_reply&order_dir=DESC"_s << u"date_last_user_reply"_s << true;
    QTest::newRow("subject sorts by id") << u"order_by=subject&order_dir=desc"_s << u"id"_s << true;
    QTest::newRow("status sorts by id") << u"order_by=status"_s << u"id"_s << false;
}

void TestSandboxTickets::orderBy_sorts()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const HttpProbe::Result result = m_api->get(u"/tickets?count=200&"_s + query);
    QCOMPARE(result.status, 200);
    const QJsonArray tickets = result.data().toArray();
    QCOMPARE(tickets.size(), 200);
    const auto key = [&](int i) {
        const QJsonValue value = tickets.at(i).toObject().value(field);
        return value.isString() ? QVariant(value.toString())
               : value.isNull() ? QVariant(QString())
                                : QVariant(value.toDouble());
    };
    for (int i = 1; i < tickets.size(); ++i) {
        const QVariant previous = key(i - 1);
        const QVariant current = key(i);
        const int order = QVariant::compare(previous, current) == QPartialOrdering::Less      ? -1
                          : QVariant::compare(previous, current) == QPartialOrdering::Greater ? 1
                                                                                              : 0;
        if (descending)
            QVERIFY2(order >= 0, qPrintable(u"%1 before %2"_s.arg(previous.toString(), current.toString())));
        else
            QVERIFY2(order <= 0, qPrintable(u"%1 before %2"_s.arg(previous.toString(), current.toString())));
    }
}

void TestSandboxTickets::unknownFilter_is400()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?colour=blue"_s);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[u"message"_s].toString(), u"Unknown filter termvalue: colour"_s);
    // Deskpro's search has no priority filter.
    QCOMPARE(m_api->get(u"/tickets?priority=1"_s).status, 400);
    QCOMPARE(m_api->get(u"/tickets?sla_status=sleepy"_s).status, 400);
}

void TestSandboxTickets::globalParameters_areTolerated()
{
    const HttpProbe::Result result = m_api->get(
        u"/tickets?include=person&inline_sideloads=0&follow_location=1&page=1&count=5&limit=100&order_by=id&order_dir=asc"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().toArray().size(), 5);
    QCOMPARE(m_api->get(u"/tickets?offset=10&count=5"_s).data().toArray().first().toObject().value(u"id"_s),
             m_visible.at(10).toObject().value(u"id"_s));
    QCOMPARE(
        m_api->get(u"/tickets?limit=12&count=10"_s).json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt(),
        12);
}

void TestSandboxTickets::filter_narrows_data()
{
    // query, the field checked on every ticket, how, and the expected value.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("includesHidden");

    const QJsonObject sample = m_visible.at(m_visible.size() / 2).toObject();
    const QString person = QString::number(sample.value(u"person"_s).toInt());
    const QString email = sample.value(u"person_email"_s).toString();
    int organization = 0;
    QString label;
    int star = 0;
    for (const QJsonValue &value : std::as_const(m_visible)) {
        const QJsonObject ticket = value.toObject();
        if (!organization && ticket.value(u"organization"_s).isDouble())
            organization = ticket.value(u"organization"_s).toInt();
        if (label.isEmpty() && !ticket.value(u"labels"_s).toArray().isEmpty())
            label = ticket.value(u"labels"_s).toArray().first().toString();
        if (!star && ticket.value(u"star"_s).isDouble())
            star = ticket.value(u"star"_s).toInt();
    }
    const QString middle = m_visible.at(m_visible.size() / 3).toObject().value(u"date_created"_s).toString();
    const QString day = middle.left(10);

    QTest::newRow("status") << u"status=awaiting_agent"_s << u"status"_s << u"eq"_s << u"awaiting_agent"_s
                            << true;
    QTest::newRow("status[] two") << u"status[]=awaiting_user&status[]=resolved"_s << u"status"_s << u"in"_s
                                  << u"awaiting_user,resolved"_s << true;
    QTest::newRow("status sub-status")
        << u"status=pending.4"_s << u"ticket_status"_s << u"eq"_s << u"pending.4"_s << true;
    QTest::newRow("not_status") << u"not_status=resolved"_s << u"status"_s << u"ne"_s << u"resolved"_s
                                << true;
    QTest::newRow("agent") << u"agent=1"_s << u"agent"_s << u"eq"_s << u"1"_s << false;
    QTest::newRow("agent 0 is unassigned") << u"agent=0"_s << u"agent"_s << u"null"_s << QString() << false;
    QTest::newRow("agent_team") << u"agent_team=2"_s << u"agent_team"_s << u"eq"_s << u"2"_s << false;
    QTest::newRow("person") << u"person="_s + person << u"person"_s << u"eq"_s << person << false;
    QTest::newRow("email") << u"email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email)) << u"person"_s
                           << u"eq"_s << person << false;
    QTest::newRow("organization") << u"organization=%1"_s.arg(organization) << u"organization"_s << u"eq"_s
                                  << QString::number(organization) << false;
    QTest::newRow("department") << u"department=2"_s << u"department"_s << u"eq"_s << u"2"_s << false;
    QTest::newRow("language") << u"language=3"_s << u"language"_s << u"eq"_s << u"3"_s << false;
    QTest::newRow("label") << u"label="_s + label << u"labels"_s << u"has"_s << label << false;
    QTest::newRow("labels[]") << u"labels[]="_s + label << u"labels"_s << u"has"_s << label << false;
    QTest::newRow("star") << u"star=%1"_s.arg(star) << u"star"_s << u"eq"_s << QString::number(star) << false;
    QTest::newRow("urgency") << u"urgency=3"_s << u"urgency"_s << u"eq"_s << u"3"_s << false;
    QTest::newRow("sla_status ok") << u"sla_status=ok"_s << u"worst_sla_status"_s << u"eq"_s << u"ok"_s
                                   << false;
    QTest::newRow("sla_status warn") << u"sla_status=warn"_s << u"worst_sla_status"_s << u"eq"_s
                                     << u"warning"_s << false;
    QTest::newRow("sla_status failing")
        << u"sla_status=failing"_s << u"worst_sla_status"_s << u"eq"_s << u"fail"_s << false;
    QTest::newRow("date_created >=") << u"date_created=%3E%3D"_s + day << u"date_created"_s << u"ge"_s
                                     << day + u"T00:00:00+0000"_s << false;
    QTest::newRow("date_created <") << u"date_created=%3C"_s + day << u"date_created"_s << u"lt"_s
                                    << day + u"T00:00:00+0000"_s << false;
    QTest::newRow("date_created bare")
        << u"date_created="_s + day << u"date_created"_s << u"ge"_s << day + u"T00:00:00+0000"_s << false;
    QTest::newRow("date_created A--B")
        << u"date_created=%1--%1"_s.arg(day) << u"date_created"_s << u"day"_s << day << false;
    QTest::newRow("date_created A/B")
        << u"date_created=%1/%1"_s.arg(day) << u"date_created"_s << u"day"_s << day << false;
    const qint64 unix = QDateTime::fromString(day + u"T00:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
    QTest::newRow("date_last_user_reply unix")
        << u"date_last_user_reply=%3E%3D%1"_s.arg(unix) << u"date_last_user_reply"_s << u"ge"_s
        << day + u"T00:00:00+0000"_s << false;
    QTest::newRow("ticket_field.2") << u"ticket_field.2=101"_s << u"fields"_s << u"field"_s << u"2:101"_s
                                    << false;
    QTest::newRow("ticket_field_5") << u"ticket_field_5=302"_s << u"fields"_s << u"field"_s << u"5:302"_s
                                    << false;
}

void TestSandboxTickets::filter_narrows()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, includesHidden);

    const auto matches = [&](const QJsonObject &ticket) {
        const QJsonValue actual = ticket.value(field);
        const QString text = actual.isDouble() ? QString::number(actual.toInt()) : actual.toString();
        if (op == u"eq")
            return text == value;
        if (op == u"ne")
            return text != value;
        if (op == u"in")
            return value.split(u',').contains(text);
        if (op == u"null")
            return actual.isNull();
        if (op == u"has")
            return actual.toArray().contains(QJsonValue(value));
        if (op == u"ge")
            return !actual.isNull() && text >= value; // the fixed format sorts as text
        if (op == u"lt")
            return !actual.isNull() && text < value;
        if (op == u"day")
            return text.startsWith(value);
        if (op == u"field") {
            const QJsonValue stored =
                actual.toObject().value(value.section(u':', 0, 0)).toObject().value(u"value"_s);
            const int wanted = value.section(u':', 1).toInt();
            return stored.isArray() ? stored.toArray().contains(wanted) : stored.toInt() == wanted;
        }
        return false;
    };

    bool ok = false;
    const QJsonArray filtered = m_api->allTickets(u"?"_s + query, &ok);
    QVERIFY(ok);
    QSet<int> expected;
    for (const QJsonValue &ticket : includesHidden ? m_all : m_visible) {
        if (matches(ticket.toObject()))
            expected.insert(ticket.toObject().value(u"id"_s).toInt());
    }
    QSet<int> got;
    for (const QJsonValue &ticket : filtered) {
        QVERIFY2(matches(ticket.toObject()),
                 qPrintable(QString::fromUtf8(QJsonDocument(ticket.toObject()).toJson())));
        got.insert(ticket.toObject().value(u"id"_s).toInt());
    }
    QVERIFY2(!expected.isEmpty(), "the seeded data should have matches for every filter");
    QVERIFY(expected.size() < (includesHidden ? m_all.size() : m_visible.size()));
    QCOMPARE(got, expected);
}

void TestSandboxTickets::hiddenTickets_onlyWithStatus()
{
    for (const QJsonValue &ticket : std::as_const(m_visible))
        QVERIFY(ticket.toObject().value(u"status"_s).toString() != u"hidden");
    bool ok = false;
    const QJsonArray hidden = m_api->allTickets(u"?status=hidden"_s, &ok);
    QVERIFY(ok);
    QVERIFY(!hidden.isEmpty());
    QSet<QString> kinds;
    for (const QJsonValue &ticket : hidden)
        kinds.insert(ticket.toObject().value(u"ticket_status"_s).toString());
    QVERIFY(kinds.contains(u"hidden.deleted"_s));
    QVERIFY(kinds.contains(u"hidden.spam"_s));
}

void TestSandboxTickets::ids_bypassSearch()
{
    bool ok = false;
    const QJsonArray hidden = m_api->allTickets(u"?status=hidden"_s, &ok);
    const int hiddenId = hidden.first().toObject().value(u"id"_s).toInt();
    const HttpProbe::Result result = m_api->get(u"/tickets?ids=3,%1,5"_s.arg(hiddenId));
    QCOMPARE(result.status, 200);
    QSet<int> ids;
    for (const QJsonValue &ticket : result.data().toArray())
        ids.insert(ticket.toObject().value(u"id"_s).toInt());
    QCOMPARE(ids, (QSet<int>{3, hiddenId, 5}));
    // The page size defaults to the number of ids asked for.
    QCOMPARE(result.json()[u"meta"_s][u"pagination"_s][u"per_page"_s].toInt(), 3);
}

void TestSandboxTickets::ids_above200_is400()
{
    QStringList ids;
    for (int i = 1; i <= 201; ++i)
        ids << QString::number(i);
    QCOMPARE(m_api->get(u"/tickets?ids="_s + ids.join(u',')).status, 400);
    QCOMPARE(m_api->get(u"/tickets?ids=1,two"_s).status, 400);
}

void TestSandboxTickets::meta_hasFql()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?status=awaiting_agent&agent=1"_s);
    const QString fql = result.json()[u"meta"_s][u"fql"_s].toString();
    QVERIFY2(fql.contains(u"ticket.status"_s) && fql.contains(u"ticket.agent"_s), qPrintable(fql));
}

void TestSandboxTickets::include_sideloadsLinked()
{
    const HttpProbe::Result result = m_api->get(u"/tickets?count=5&include=person,department,agent"_s);
    QCOMPARE(result.status, 200);
    const QJsonObject linked = result.json()[u"linked"_s].toObject();
    for (const QJsonValue &value : result.data().toArray()) {
        const QJsonObject ticket = value.toObject();
        QVERIFY(ticket.value(u"person"_s).isDouble()); // data keeps plain ids
        const QString person = QString::number(ticket.value(u"person"_s).toInt());
        QCOMPARE(linked[u"person"_s][person][u"id"_s].toInt(), ticket.value(u"person"_s).toInt());
        const QString department = QString::number(ticket.value(u"department"_s).toInt());
        QVERIFY(!linked[u"department"_s][department][u"title"_s].toString().isEmpty());
        if (ticket.value(u"agent"_s).isDouble())
            QVERIFY(linked[u"person"_s][QString::number(ticket.value(u"agent"_s).toInt())][u"is_agent"_s]
                        .toBool());
    }
    const HttpProbe::Result inlined = m_api->get(u"/tickets?count=2&include=department&inline_sideloads=1"_s);
    QVERIFY(inlined.data().toArray().first().toObject().value(u"department"_s).isObject());
}

void TestSandboxTickets::getById()
{
    const QJsonObject expected = m_visible.at(4).toObject();
    const HttpProbe::Result result = m_api->get(u"/tickets/%1"_s.arg(expected.value(u"id"_s).toInt()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().toObject(), expected);
}

void TestSandboxTickets::getByRef()
{
    const QJsonObject expected = m_visible.at(9).toObject();
    const QString ref = expected.value(u"ref"_s).toString();
    QVERIFY(QRegularExpression(u"^[A-Z]{4}-\\d{4}-[A-Z]{4}$"_s).match(ref).hasMatch());
    QVERIFY(QRegularExpression(u"^[0-9a-f]{40}$"_s)
                .match(expected.value(u"ticket_hash"_s).toString())
                .hasMatch());
    const HttpProbe::Result result = m_api->get(u"/tickets/ref:"_s + ref);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().toObject().value(u"id"_s), expected.value(u"id"_s));
    QCOMPARE(m_api->get(u"/tickets/ref:NOPE-0000-NOPE"_s).status, 404);
}

void TestSandboxTickets::notFound_body()
{
    const HttpProbe::Result result = m_api->get(u"/tickets/987654"_s);
    QCOMPARE(result.status, 404);
    const QJsonObject expected{{u"status"_s, 404},
                               {u"code"_s, u"#987654 Not Found"_s},
                               {u"message"_s, u"#987654 Not Found"_s},
                               {u"errors"_s, QJsonValue::Null}};
    QCOMPARE(result.json().object(), expected);
}

void TestSandboxTickets::garbageIds_are404()
{
    for (const QString &path :
         {u"/tickets/abc"_s, u"/tickets/-1"_s, u"/tickets/1.5"_s, u"/tickets/0"_s,
          u"/tickets/99999999999999999999"_s, u"/tickets/ref:"_s, u"/tickets/1/messages/zz"_s,
          u"/tickets/abc/messages"_s, u"/tickets/abc/attachments"_s}) {
        const HttpProbe::Result result = m_api->get(path);
        QVERIFY2(result.status == 404, qPrintable(path));
        QCOMPARE(result.json()[u"status"_s].toInt(), 404);
        QVERIFY(result.json()[u"message"_s].toString().endsWith(u"Not Found"_s));
    }
    QCOMPARE(m_api->get(u"/tickets"_s).status, 200);
}

void TestSandboxTickets::create_is201WithLocation()
{
    const QJsonObject body{
        {u"subject"_s, u"Überweisung für Rechnung 4711 fehlt"_s},
        {u"person"_s,
         QJsonObject{{u"name"_s, u"Renée Fischer"_s}, {u"email"_s, u"renee.fischer@example.org"_s}}},
        {u"message"_s, QJsonObject{{u"message"_s, u"<p>Bitte prüfen.</p>"_s}, {u"format"_s, u"html"_s}}},
        {u"department"_s, 4},
        {u"labels"_s, QJsonArray{u"billing"_s}},
        {u"fields"_s, QJsonObject{{u"2"_s, QJsonArray{102}}, {u"1"_s, u"ORD-1"_s}}},
        {u"urgency"_s, 6}};
    const HttpProbe::Result result = m_api->send("POST", u"/tickets"_s, body);
    QCOMPARE(result.status, 201);
    const QJsonObject ticket = result.data().toObject();
    const int id = ticket.value(u"id"_s).toInt();
    QVERIFY(id > 300);
    QVERIFY(result.header("Location").endsWith(QByteArray("/api/v2/tickets/" + QByteArray::number(id))));
    QCOMPARE(ticket.value(u"subject"_s).toString(), body.value(u"subject"_s).toString());
    QCOMPARE(ticket.value(u"status"_s).toString(), u"awaiting_agent"_s);
    QCOMPARE(ticket.value(u"urgency"_s).toInt(), 6);
    QCOMPARE(ticket.value(u"labels"_s).toArray(), QJsonArray{u"billing"_s});
    QCOMPARE(ticket.value(u"fields"_s)[u"2"_s][u"value"_s].toInt(), 102);
    QCOMPARE(ticket.value(u"person_email"_s).toString(), u"renee.fischer@example.org"_s);
    QCOMPARE(m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject(), ticket);
    const HttpProbe::Result people = m_api->get(u"/people?primary_email=renee.fischer@example.org"_s);
    QCOMPARE(people.data().toArray().size(), 1);
    QCOMPARE(people.data().toArray().first().toObject().value(u"name"_s).toString(), u"Renée Fischer"_s);
    const HttpProbe::Result messages = m_api->get(u"/tickets/%1/messages"_s.arg(id));
    QCOMPARE(messages.data().toArray().size(), 1);
}

void TestSandboxTickets::create_missingSubject_isFieldError()
{
    const HttpProbe::Result result = m_api->send(
        "POST", u"/tickets"_s, {{u"person"_s, 20}, {u"message"_s, QJsonObject{{u"message"_s, u"hi"_s}}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[u"code"_s].toString(), u"invalid_input"_s);
    QCOMPARE(result.json()[u"errors"_s][u"fields"_s][u"subject"_s][u"errors"_s][0][u"code"_s].toString(),
             u"required"_s);
    QVERIFY(!result.json()[u"errors"_s][u"fields"_s][u"subject"_s][u"errors"_s][0][u"message"_s]
                 .toString()
                 .isEmpty());
}

void TestSandboxTickets::create_extraField_is400()
{
    const HttpProbe::Result result = m_api->send("POST", u"/tickets"_s,
                                                 {{u"subject"_s, u"x"_s},
                                                  {u"person"_s, 20},
                                                  {u"message"_s, QJsonObject{{u"message"_s, u"hi"_s}}},
                                                  {u"colour"_s, 1}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[u"errors"_s][u"errors"_s][0][u"code"_s].toString(), u"extra_fields"_s);
    QVERIFY(result.json()[u"errors"_s][u"errors"_s][0][u"message"_s].toString().contains(u"colour"_s));
}

void TestSandboxTickets::update_is204WithLocation()
{
    const int id =
        anyTicket([](const QJsonObject &t) { return t.value(u"status"_s).toString() == u"awaiting_agent"; });
    const HttpProbe::Result result =
        m_api->send("PUT", u"/tickets/%1"_s.arg(id), {{u"status"_s, u"resolved"_s}});
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QVERIFY(result.header("Location").endsWith(QByteArray("/api/v2/tickets/" + QByteArray::number(id))));
    const QJsonObject ticket = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"resolved"_s);
    QVERIFY(SandboxApi::isDeskproDate(ticket.value(u"date_resolved"_s)));
    QVERIFY(SandboxApi::isDeskproDate(ticket.value(u"date_status"_s)));
}

void TestSandboxTickets::update_followLocation_returnsTicket()
{
    const int id = anyTicket([](const QJsonObject &t) { return t.value(u"agent"_s).isNull(); });
    const HttpProbe::Result result = m_api->send("PUT", u"/tickets/%1?follow_location=1"_s.arg(id),
                                                 {{u"agent"_s, 3}, {u"agent_team"_s, 2}, {u"priority"_s, 4}});
    QCOMPARE(result.status, 200);
    const QJsonObject ticket = result.data().toObject();
    QCOMPARE(ticket.value(u"id"_s).toInt(), id);
    QCOMPARE(ticket.value(u"agent"_s).toInt(), 3);
    QCOMPARE(ticket.value(u"agent_team"_s).toInt(), 2);
    QCOMPARE(ticket.value(u"priority"_s).toInt(), 4);
    QVERIFY(SandboxApi::isDeskproDate(ticket.value(u"date_first_agent_assign"_s)));
}

void TestSandboxTickets::update_labelsReplace()
{
    const int id = m_visible.at(20).toObject().value(u"id"_s).toInt();
    QCOMPARE(m_api->send("PUT", u"/tickets/%1"_s.arg(id), {{u"labels"_s, QJsonArray{u"x-one"_s, u"x-two"_s}}})
                 .status,
             204);
    QCOMPARE(m_api->send("PUT", u"/tickets/%1"_s.arg(id), {{u"labels"_s, QJsonArray{u"x-three"_s}}}).status,
             204);
    QCOMPARE(m_api->get(u"/tickets/%1"_s.arg(id)).data()[u"labels"_s].toArray(), QJsonArray{u"x-three"_s});
    QCOMPARE(m_api->get(u"/tickets?label=x-one"_s).json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt(), 0);
    QCOMPARE(m_api->get(u"/tickets?label=x-three"_s).data().toArray().first()[u"id"_s].toInt(), id);
    // Other fields are untouched by a partial update.
    QCOMPARE(m_api->get(u"/tickets/%1"_s.arg(id)).data()[u"subject"_s], m_visible.at(20)[u"subject"_s]);
}

void TestSandboxTickets::update_unknownIds_isErrorTree()
{
    const int id = m_visible.at(21).toObject().value(u"id"_s).toInt();
    const HttpProbe::Result result = m_api->send("PUT", u"/tickets/%1"_s.arg(id),
                                                 {{u"agent"_s, 99999},
                                                  {u"department"_s, 999},
                                                  {u"urgency"_s, 11},
                                                  {u"status"_s, u"sleeping"_s},
                                                  {u"fields"_s, QJsonObject{{u"2"_s, QJsonArray{999}}}}});
    QCOMPARE(result.status, 400);
    const QJsonValue fields = result.json()[u"errors"_s][u"fields"_s];
    QVERIFY(fields[u"agent"_s][u"errors"_s][0][u"code"_s].isString());
    QVERIFY(fields[u"department"_s][u"errors"_s][0][u"code"_s].isString());
    QCOMPARE(fields[u"urgency"_s][u"errors"_s][0][u"code"_s].toString(), u"out_of_range"_s);
    QVERIFY(fields[u"status"_s][u"errors"_s][0][u"message"_s].isString());
    QVERIFY(fields[u"fields"_s][u"fields"_s][u"fields_2"_s][u"errors"_s][0][u"code"_s].isString());
    // Nothing was applied.
    QCOMPARE(m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject(), m_visible.at(21).toObject());
}

void TestSandboxTickets::update_customFields()
{
    const int id = m_visible.at(22).toObject().value(u"id"_s).toInt();
    QCOMPARE(
        m_api
            ->send("PUT", u"/tickets/%1"_s.arg(id),
                   {{u"fields"_s, QJsonObject{{u"2"_s, QJsonArray{103}}, {u"3"_s, QJsonArray{204, 205}}}}})
            .status,
        204);
    const QJsonValue fields = m_api->get(u"/tickets/%1"_s.arg(id)).data()[u"fields"_s];
    QCOMPARE(fields[u"2"_s][u"value"_s].toInt(), 103);
    QCOMPARE(fields[u"2"_s][u"detail"_s][u"103"_s][u"title"_s].toString(), u"Mobile app"_s);
    QCOMPARE(fields[u"3"_s][u"value"_s].toArray(), (QJsonArray{204, 205}));
    bool found = false;
    for (const QJsonValue &ticket : m_api->allTickets(u"?ticket_field.3=204"_s))
        found = found || ticket[u"id"_s].toInt() == id;
    QVERIFY(found);
}

void TestSandboxTickets::delete_softDeletes()
{
    const int id = m_visible.at(23).toObject().value(u"id"_s).toInt();
    const HttpProbe::Result result = m_api->sendRaw("DELETE", u"/tickets/%1"_s.arg(id), {});
    QCOMPARE(result.status, 200);
    const QJsonObject ticket = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"hidden"_s);
    QCOMPARE(ticket.value(u"ticket_status"_s).toString(), u"hidden.deleted"_s);
    bool listed = false;
    for (const QJsonValue &t : m_api->allTickets(QString()))
        listed = listed || t[u"id"_s].toInt() == id;
    QVERIFY(!listed);
}

void TestSandboxTickets::counts_groupBy()
{
    const HttpProbe::Result result = m_api->get(u"/tickets/counts?group_by=status"_s);
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.data().toObject();
    int sum = 0;
    const QJsonObject counts = data.value(u"counts"_s).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sum += it.value().toInt();
    QCOMPARE(sum, data.value(u"total"_s).toInt());
    QCOMPARE(data.value(u"total"_s).toInt(),
             m_api->get(u"/tickets"_s).json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt());
    QVERIFY(counts.contains(u"awaiting_agent"_s));
    QCOMPARE(m_api->get(u"/tickets/counts?group_by=colour"_s).status, 400);
}

void TestSandboxTickets::unsupportedMethod_is405()
{
    const HttpProbe::Result result = m_api->sendRaw("PATCH", u"/tickets/1"_s, "{}");
    QCOMPARE(result.status, 405);
    QCOMPARE(result.json()[u"status"_s].toInt(), 405);
    QCOMPARE(m_api->sendRaw("DELETE", u"/ticket_statuses"_s, {}).status, 405);
    QCOMPARE(m_api->send("POST", u"/agents"_s, {}).status, 405);
    const HttpProbe::Result unknown = m_api->get(u"/no_such_collection"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"status"_s].toInt(), 404);
}

void TestSandboxTickets::invalidJson_is400()
{
    const int id = m_visible.at(24).toObject().value(u"id"_s).toInt();
    for (const auto &[method, path] :
         QList<QPair<QByteArray, QString>>{{"POST", u"/tickets"_s},
                                           {"PUT", u"/tickets/%1"_s.arg(id)},
                                           {"POST", u"/tickets/%1/messages"_s.arg(id)},
                                           {"POST", u"/people"_s}}) {
        for (const QByteArray &body :
             {QByteArray("{\"subject\": "), QByteArray("[1, 2]"), QByteArray("\xff\xfe")}) {
            const HttpProbe::Result result = m_api->sendRaw(method, path, body);
            QVERIFY2(result.status == 400, qPrintable(path));
            QCOMPARE(result.json()[u"code"_s].toString(), u"invalid_json_body"_s);
        }
    }
}

void TestSandboxTickets::dates_haveDeskproFormat()
{
    int checked = 0;
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject ticket = value.toObject();
        for (auto it = ticket.begin(); it != ticket.end(); ++it) {
            if (!it.key().startsWith(u"date_"_s) || it.value().isNull())
                continue;
            QVERIFY2(SandboxApi::isDeskproDate(it.value()),
                     qPrintable(it.key() + u": "_s + it.value().toString()));
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
}

void TestSandboxTickets::labels_nullSomewhere()
{
    int nulls = 0;
    int arrays = 0;
    for (const QJsonValue &ticket : std::as_const(m_all)) {
        const QJsonValue labels = ticket.toObject().value(u"labels"_s);
        QVERIFY(ticket.toObject().contains(u"labels"_s));
        if (labels.isNull())
            ++nulls;
        else if (labels.isArray())
            ++arrays;
        else
            QFAIL("labels is neither null nor an array");
    }
    QVERIFY(nulls > 0);
    QVERIFY(arrays > nulls);
}

QTEST_MAIN(TestSandboxTickets)
#include "tst_sandbox_tickets.moc"
