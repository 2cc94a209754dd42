// The sandbox helpdesk's people and reference data over real sockets: people, agents, teams,
// departments, statuses, priorities, custom fields, layouts, ticket filters evaluated for the
// caller, organisations and search.

#include "SandboxApi.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void people_listAndFilters();
    void people_get();
    void people_create();
    void people_createDuplicate_isDupeEmailTree();
    void agents_matchStartLine();
    void agentTeams_withMembers();
    void departments_pagedAndNested();
    void statuses_areUnpaginatedEntities();
    void priorities();
    void customFields();
    void layouts_perDepartment();
    void layouts_datePrefixedPath();
    void ticketFilters_list();
    void ticketFilters_ticketsMatchTheirTerms_data();
    void ticketFilters_ticketsMatchTheirTerms();
    void ticketFilters_mineFollowsTheCaller();
    void ticketFilters_sortAndFacets();
    void ticketFilters_counts();
    void organizations();
    void search_byRefIdAndWords();
    void search_people();
    void search_withoutQuery_is400();
    void badInputs_neverCrash();

private:
    QString total(const QString &pathAndQuery);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
};

void TestSandboxReference::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 250;
    options.seed = 3;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox.get());
}

QString TestSandboxReference::total(const QString &pathAndQuery)
{
    return QString::number(m_api->get(pathAndQuery).json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt());
}

void TestSandboxReference::people_listAndFilters()
{
    const HttpProbe::Result all = m_api->get(u"/people?count=50"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.data().toArray().size(), 50);
    QVERIFY(all.json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt() >= 300); // hundreds of customers

    const QJsonObject customer = all.data().toArray().at(20).toObject();
    const HttpProbe::Result byEmail =
        m_api->get(u"/people?primary_email="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(customer[u"primary_email"_s].toString())));
    QCOMPARE(byEmail.data().toArray().size(), 1);
    QCOMPARE(byEmail.data().toArray().first().toObject(), customer);

    const HttpProbe::Result agents = m_api->get(u"/people?is_agent=1&count=200"_s);
    QCOMPARE(agents.data().toArray().size(), 8);
    for (const QJsonValue &person : agents.data().toArray())
        QVERIFY(person[u"is_agent"_s].toBool());

    int organization = 0;
    for (const QJsonValue &person : all.data().toArray()) {
        if (person[u"organization"_s].isDouble()) {
            organization = person[u"organization"_s].toInt();
            break;
        }
    }
    QVERIFY(organization > 0);
    const HttpProbe::Result members = m_api->get(u"/people?organization=%1&count=200"_s.arg(organization));
    QVERIFY(!members.data().toArray().isEmpty());
    for (const QJsonValue &person : members.data().toArray())
        QCOMPARE(person[u"organization"_s].toInt(), organization);
    const HttpProbe::Result named = m_api->get(u"/people?order_by=name&count=20"_s);
    QCOMPARE(named.status, 200);
}

void TestSandboxReference::people_get()
{
    const HttpProbe::Result result = m_api->get(u"/people/12"_s);
    QCOMPARE(result.status, 200);
    const QJsonObject person = result.data().toObject();
    QCOMPARE(person[u"id"_s].toInt(), 12);
    for (const QString &key :
         {u"primary_email"_s, u"first_name"_s, u"last_name"_s, u"name"_s, u"display_name"_s, u"is_agent"_s,
          u"avatar"_s, u"emails"_s, u"organization"_s, u"date_created"_s})
        QVERIFY2(person.contains(key), qPrintable(key));
    QVERIFY(person[u"avatar"_s][u"url_pattern"_s].toString().contains(u"{{IMG_SIZE}}"_s));
    QCOMPARE(m_api->get(u"/people/999999"_s).status, 404);
    QCOMPARE(m_api->get(u"/people/nobody"_s).status, 404);
}

void TestSandboxReference::people_create()
{
    const HttpProbe::Result result =
        m_api->send("POST", u"/people"_s,
                    {{u"name"_s, u"Gaëlle Lefèvre"_s}, {u"primary_email"_s, u"gaelle@atelier.example"_s}});
    QCOMPARE(result.status, 201);
    const int id = result.data()[u"id"_s].toInt();
    QVERIFY(result.header("Location").endsWith(QByteArray("/api/v2/people/" + QByteArray::number(id))));
    QCOMPARE(m_api->get(u"/people/%1"_s.arg(id)).data()[u"name"_s].toString(), u"Gaëlle Lefèvre"_s);
}

void TestSandboxReference::people_createDuplicate_isDupeEmailTree()
{
    const QString existing = m_api->get(u"/people/30"_s).data()[u"primary_email"_s].toString();
    const HttpProbe::Result result =
        m_api->send("POST", u"/people"_s, {{u"name"_s, u"Twin"_s}, {u"email"_s, existing}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result
                 .json()[u"errors"_s][u"fields"_s][u"emails"_s][u"fields"_s][u"emails_0"_s][u"errors"_s][0]
                        [u"code"_s]
                 .toString(),
             u"dupe_email"_s);
}

void TestSandboxReference::agents_matchStartLine()
{
    const QJsonArray startLine = m_sandbox->agents();
    QCOMPARE(startLine.size(), 8);
    const HttpProbe::Result result = m_api->get(u"/agents?count=50"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray agents = result.data().toArray();
    QCOMPARE(agents.size(), startLine.size());
    for (int i = 0; i < agents.size(); ++i) {
        QCOMPARE(agents.at(i)[u"id"_s], startLine.at(i)[u"id"_s]);
        QCOMPARE(agents.at(i)[u"primary_email"_s], startLine.at(i)[u"email"_s]);
        QCOMPARE(agents.at(i)[u"name"_s], startLine.at(i)[u"name"_s]);
        QVERIFY(!startLine.at(i)[u"password"_s].toString().isEmpty());
    }
    QCOMPARE(startLine.at(0)[u"id"_s].toInt(), 1);
    QCOMPARE(m_api->get(u"/agents/1"_s).data()[u"is_agent"_s].toBool(), true);
    QCOMPARE(m_api->get(u"/agents/20"_s).status, 404); // a customer
}

void TestSandboxReference::agentTeams_withMembers()
{
    const HttpProbe::Result teams = m_api->get(u"/agent_teams"_s);
    QCOMPARE(teams.status, 200);
    QVERIFY(teams.data().toArray().size() >= 3);
    const QJsonObject team = teams.data().toArray().first().toObject();
    QCOMPARE(m_api->get(u"/agent_teams/%1"_s.arg(team[u"id"_s].toInt())).data().toObject(), team);
    const HttpProbe::Result members = m_api->get(u"/agent_teams/%1/agents"_s.arg(team[u"id"_s].toInt()));
    QCOMPARE(members.data().toArray().size(), team[u"members"_s].toArray().size());
    for (const QJsonValue &agent : members.data().toArray()) {
        QVERIFY(team[u"members"_s].toArray().contains(agent[u"id"_s]));
        QVERIFY(agent[u"is_agent"_s].toBool());
    }
    QCOMPARE(m_api->get(u"/agent_teams/77"_s).status, 404);
}

void TestSandboxReference::departments_pagedAndNested()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_departments"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt() >= 4);
    int nested = 0;
    for (const QJsonValue &department : result.data().toArray()) {
        QVERIFY(!department[u"title"_s].toString().isEmpty());
        if (department[u"parent"_s].isDouble()) {
            ++nested;
            const QJsonObject parent =
                m_api->get(u"/ticket_departments/%1"_s.arg(department[u"parent"_s].toInt()))
                    .data()
                    .toObject();
            QVERIFY(parent[u"children"_s].toArray().contains(department[u"id"_s]));
        }
    }
    QVERIFY(nested > 0);
    QCOMPARE(m_api->get(u"/ticket_departments?count=2"_s).data().toArray().size(), 2);
    QCOMPARE(m_api->get(u"/ticket_departments/404"_s).status, 404);
}

void TestSandboxReference::statuses_areUnpaginatedEntities()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_statuses"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json()[u"meta"_s][u"pagination"_s].isObject());
    QStringList codes;
    QStringList hidden;
    for (const QJsonValue &status : result.data().toArray()) {
        QVERIFY(status[u"title"_s].isString());
        codes << status[u"status_code"_s].toString();
        if (status[u"status_type"_s].toString() == u"hidden")
            hidden << status[u"status_code"_s].toString();
    }
    QVERIFY(result.data().toArray().size() > 10 - 1);
    for (const QString &code : {u"awaiting_agent"_s, u"awaiting_user"_s, u"pending"_s, u"resolved"_s})
        QVERIFY2(codes.contains(code), qPrintable(code));
    QVERIFY(!hidden.isEmpty());
}

void TestSandboxReference::priorities()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_priorities"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(result.data().toArray().size() >= 3);
    for (const QJsonValue &priority : result.data().toArray()) {
        QVERIFY(priority[u"title"_s].isString());
        QVERIFY(priority[u"priority"_s].isDouble());
    }
}

void TestSandboxReference::customFields()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_custom_fields"_s);
    QCOMPARE(result.status, 200);
    QStringList widgets;
    for (const QJsonValue &field : result.data().toArray()) {
        widgets << field[u"widget_type"_s].toString();
        if (field[u"widget_type"_s].toString().contains(u"choice"_s))
            QVERIFY(!field[u"choices"_s].toArray().isEmpty());
    }
    for (const QString &widget : {u"text"_s, u"choice"_s, u"multichoice"_s, u"date"_s})
        QVERIFY2(widgets.contains(widget), qPrintable(widget));
}

void TestSandboxReference::layouts_perDepartment()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_layouts/agent/2"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray fields = result.data()[u"fields"_s].toArray();
    bool custom = false;
    for (const QJsonValue &field : fields) {
        QVERIFY(field[u"field_type"_s].isString());
        QVERIFY(field[u"required"_s].isBool());
        custom = custom || field[u"field_id"_s].toString().startsWith(u"ticket_field_"_s);
    }
    QVERIFY(custom);
    QVERIFY(m_api->get(u"/ticket_layouts/agent/5"_s).data() != result.data());
    QCOMPARE(m_api->get(u"/ticket_layouts/agent/99"_s).status, 404);
}

void TestSandboxReference::layouts_datePrefixedPath()
{
    const HttpProbe::Result dated = m_api->get(u"/20170401/ticket_layouts/agent/2"_s);
    QCOMPARE(dated.status, 200);
    QCOMPARE(dated.data(), m_api->get(u"/ticket_layouts/agent/2"_s).data());
}

void TestSandboxReference::ticketFilters_list()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_filters"_s);
    QCOMPARE(result.status, 200);
    QStringList sysNames;
    for (const QJsonValue &filter : result.data().toArray()) {
        sysNames << filter[u"sys_name"_s].toString();
        QVERIFY(filter[u"term"_s].isArray());
        QVERIFY(!filter[u"title"_s].toString().isEmpty());
    }
    for (const QString &name : {u"all"_s, u"mine"_s, u"unassigned"_s, u"awaiting_agent"_s})
        QVERIFY2(sysNames.contains(name), qPrintable(name));
    QCOMPARE(m_api->get(u"/ticket_filters/2"_s).data()[u"sys_name"_s].toString(), u"mine"_s);
    QCOMPARE(m_api->get(u"/ticket_filters/404"_s).status, 404);
}

void TestSandboxReference::ticketFilters_ticketsMatchTheirTerms_data()
{
    // filter sys_name -> the equivalent /tickets query for agent 1
    QTest::addColumn<QString>("sysName");
    QTest::addColumn<QString>("equivalent");
    QTest::newRow("all") << u"all"_s << u"?status[]=awaiting_agent&status[]=awaiting_user&status[]=pending"_s;
    QTest::newRow("mine") << u"mine"_s << u"?agent=1&status=awaiting_agent"_s;
    QTest::newRow("unassigned") << u"unassigned"_s << u"?agent=0&status=awaiting_agent"_s;
    QTest::newRow("awaiting_user") << u"awaiting_user"_s << u"?status=awaiting_user"_s;
    QTest::newRow("resolved") << u"resolved"_s << u"?status=resolved"_s;
}

void TestSandboxReference::ticketFilters_ticketsMatchTheirTerms()
{
    QFETCH(QString, sysName);
    QFETCH(QString, equivalent);
    int id = 0;
    for (const QJsonValue &filter : m_api->get(u"/ticket_filters"_s).data().toArray()) {
        if (filter[u"sys_name"_s].toString() == sysName)
            id = filter[u"id"_s].toInt();
    }
    QVERIFY(id > 0);
    QJsonArray viaFilter;
    for (int page = 1;; ++page) {
        const HttpProbe::Result result =
            m_api->get(u"/ticket_filters/%1/tickets?count=200&page=%2"_s.arg(id).arg(page));
        QCOMPARE(result.status, 200);
        for (const QJsonValue &ticket : result.data().toArray())
            viaFilter.append(ticket);
        if (page >= result.json()[u"meta"_s][u"pagination"_s][u"total_pages"_s].toInt())
            break;
    }
    const QJsonArray direct = m_api->allTickets(equivalent);
    QVERIFY(!direct.isEmpty());
    QCOMPARE(viaFilter, direct);
    QCOMPARE(m_api->get(u"/ticket_filters/%1/count"_s.arg(id)).data()[u"count"_s].toInt(),
             int(direct.size()));
}

void TestSandboxReference::ticketFilters_mineFollowsTheCaller()
{
    // Another agent signs in with a password token; "My tickets" is then that agent's. Pick the
    // one with the most waiting tickets so the list is not empty.
    const QJsonObject counts =
        m_api->get(u"/tickets/counts?group_by=agent&status=awaiting_agent"_s).data()[u"counts"_s].toObject();
    int busiest = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key().toInt() > 1 &&
            (busiest == 0 || it.value().toInt() > counts.value(QString::number(busiest)).toInt()))
            busiest = it.key().toInt();
    }
    QVERIFY(busiest > 1);
    const QJsonObject agent = m_sandbox->agents().at(busiest - 1).toObject();
    QCOMPARE(agent[u"id"_s].toInt(), busiest);
    HttpProbe login;
    const HttpProbe::Result token =
        login.sendJson("POST", m_api->url(u"/api_tokens"_s),
                       QJsonObject{{u"email"_s, agent[u"email"_s]}, {u"password"_s, agent[u"password"_s]}});
    QCOMPARE(token.status, 201);
    HttpProbe asAgent;
    asAgent.setAuthorization("token " + token.data()[u"token"_s].toString().toUtf8());
    const HttpProbe::Result mine = asAgent.get(m_api->url(u"/ticket_filters/2/tickets?count=200"_s));
    QCOMPARE(mine.status, 200);
    QVERIFY(!mine.data().toArray().isEmpty());
    for (const QJsonValue &ticket : mine.data().toArray()) {
        QCOMPARE(ticket[u"agent"_s].toInt(), agent[u"id"_s].toInt());
        QCOMPARE(ticket[u"status"_s].toString(), u"awaiting_agent"_s);
    }
    QCOMPARE(QString::number(mine.json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt()),
             total(u"/tickets?status=awaiting_agent&agent=%1"_s.arg(agent[u"id"_s].toInt())));
}

void TestSandboxReference::ticketFilters_sortAndFacets()
{
    const HttpProbe::Result sorted =
        m_api->get(u"/ticket_filters/1/tickets?count=200&sort=urgency&order=desc"_s);
    QCOMPARE(sorted.status, 200);
    const QJsonArray tickets = sorted.data().toArray();
    for (int i = 1; i < tickets.size(); ++i)
        QVERIFY(tickets.at(i - 1)[u"urgency"_s].toInt() >= tickets.at(i)[u"urgency"_s].toInt());
    const HttpProbe::Result facet = m_api->get(u"/ticket_filters/1/tickets?count=200&department=4"_s);
    QVERIFY(!facet.data().toArray().isEmpty());
    for (const QJsonValue &ticket : facet.data().toArray())
        QCOMPARE(ticket[u"department"_s].toInt(), 4);
    QCOMPARE(m_api->get(u"/ticket_filters/1/tickets?sort=colour"_s).status, 400);
    QCOMPARE(m_api->get(u"/ticket_filters/1/tickets?status=resolved"_s).status, 400);
    QCOMPARE(m_api->get(u"/ticket_filters/1/tickets?count=500"_s).status, 400);
}

void TestSandboxReference::ticketFilters_counts()
{
    const HttpProbe::Result result = m_api->get(u"/ticket_filters_counts"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray counts = result.data().toArray();
    QCOMPARE(counts.size(),
             m_api->get(u"/ticket_filters"_s).json()[u"meta"_s][u"pagination"_s][u"total"_s].toInt());
    for (const QJsonValue &count : counts) {
        const int id = count[u"id"_s].toInt();
        QCOMPARE(QString::number(count[u"count"_s].toInt()), total(u"/ticket_filters/%1/tickets"_s.arg(id)));
    }
    const HttpProbe::Result grouped = m_api->get(u"/ticket_filters/1/count?group_by=agent"_s);
    int sum = 0;
    for (const QJsonValue &group : grouped.data()[u"groups"_s].toArray())
        sum += group[u"count"_s].toInt();
    QCOMPARE(sum, grouped.data()[u"count"_s].toInt());
}

void TestSandboxReference::organizations()
{
    const HttpProbe::Result result = m_api->get(u"/organizations?count=50"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(result.data().toArray().size() >= 20);
    bool german = false;
    for (const QJsonValue &organization : result.data().toArray())
        german = german || organization[u"name"_s].toString().contains(u"GmbH"_s);
    QVERIFY(german);
    const QJsonObject first = result.data().toArray().first().toObject();
    QCOMPARE(m_api->get(u"/organizations/%1"_s.arg(first[u"id"_s].toInt())).data().toObject(), first);
    QCOMPARE(m_api->get(u"/organizations/0"_s).status, 404);
}

void TestSandboxReference::search_byRefIdAndWords()
{
    const QJsonObject ticket = m_api->get(u"/tickets?count=1&page=7"_s).data().toArray().first().toObject();
    const auto results = [&](const QString &query) {
        const HttpProbe::Result result =
            m_api->get(u"/search?types=ticket&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        const QJsonArray groups = result.data()[u"grouped_results"_s].toArray();
        return groups.isEmpty() ? QJsonArray() : groups.first()[u"results"_s].toArray();
    };
    const QJsonArray byRef = results(ticket[u"ref"_s].toString());
    QCOMPARE(byRef.size(), 1);
    QCOMPARE(byRef.first()[u"id"_s], ticket[u"id"_s]);
    bool found = false;
    for (const QJsonValue &hit : results(QString::number(ticket[u"id"_s].toInt())))
        found = found || hit[u"id"_s] == ticket[u"id"_s];
    QVERIFY(found);
    const QJsonArray words = results(u"Rechnung"_s);
    QVERIFY(!words.isEmpty());
    for (const QJsonValue &hit : words)
        QVERIFY(hit[u"subject"_s].toString().contains(u"Rechnung"_s, Qt::CaseInsensitive));
}

void TestSandboxReference::search_people()
{
    const QJsonObject person = m_api->get(u"/people/40"_s).data().toObject();
    const HttpProbe::Result result =
        m_api->get(u"/search?types=person,ticket&q="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(person[u"primary_email"_s].toString())));
    QCOMPARE(result.status, 200);
    const QJsonArray groups = result.data()[u"grouped_results"_s].toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.first()[u"type"_s].toString(), u"person"_s);
    QCOMPARE(groups.first()[u"results"_s].toArray().first()[u"id"_s].toInt(), 40);
}

void TestSandboxReference::search_withoutQuery_is400()
{
    const HttpProbe::Result result = m_api->get(u"/search"_s);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json()[u"errors"_s][u"fields"_s][u"q"_s][u"errors"_s][0][u"code"_s].isString());
}

void TestSandboxReference::badInputs_neverCrash()
{
    const QStringList paths{u"/people/%00"_s,
                            u"/people/-5"_s,
                            u"/agent_teams/1e5"_s,
                            u"/agent_teams/x/agents"_s,
                            u"/ticket_filters/x/tickets"_s,
                            u"/ticket_filters/1/nothing"_s,
                            u"/ticket_layouts/agent/abc"_s,
                            u"/ticket_layouts/robot/1"_s,
                            u"/ticket_departments/%27%20OR%201=1"_s,
                            u"/organizations/1/2/3"_s,
                            u"/tickets?status=%27;DROP%20TABLE%20tickets;--"_s,
                            u"/tickets?date_created=yesterday-ish"_s,
                            u"/tickets?date_created[from]=garbage"_s,
                            u"/tickets?ticket_field.abc=1"_s,
                            u"/tickets?ids=,,,"_s,
                            u"/tickets?page=99999"_s,
                            u"/people?organization=abc"_s,
                            u"/search?q=%25%5F%5C&types=nothing"_s,
                            u"/tickets/1/messages?page=-1"_s,
                            u"/blobs/temp"_s};
    for (const QString &path : paths) {
        const HttpProbe::Result result = m_api->get(path);
        QVERIFY2(result.status >= 200 && result.status < 500,
                 qPrintable(path + u" -> "_s + QString::number(result.status)));
        if (result.status >= 400) {
            QCOMPARE(result.json()[u"status"_s].toInt(), result.status);
            QVERIFY(result.json()[u"message"_s].isString());
        }
    }
    QVERIFY(m_api->allTickets(QString()).size() > 100); // nothing was dropped
}

QTEST_MAIN(TestSandboxReference)
#include "tst_sandbox_reference.moc"
