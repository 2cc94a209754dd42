#include "Seeder.h"

#include "SampleFile.h"
#include "Schema.h"
#include "SeedCorpus.h"
#include "SnippetCorpus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

namespace {

const QString upper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString upperDigits = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
const QString alnum = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");

constexpr qint64 day = 86400;

struct Agent
{
    const char *first;
    const char *last;
    int language;
};

const Agent agents[] = {
    {"Alex", "Morgan", 1},  {"Priya", "Shah", 1},     {"Jonas", "Becker", 2}, {"Katrin", "Vogel", 2},
    {"Camille", "Roux", 3}, {"Julien", "Mercier", 3}, {"Sam", "Okafor", 1},   {"Marta", "Nowak", 1},
};

// Team id -> member agent ids.
const QList<QList<int>> teams{{}, {1, 2, 7, 8}, {2, 3, 6}, {4, 5, 8}, {3, 4, 8}, {5, 6}};
const char *teamNames[] = {"", "First Line", "Second Line", "Billing Team", "DACH", "France"};

QString json(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QVariant nullable(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

} // namespace

Seeder::Seeder(QSqlDatabase db, quint32 seed)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_epoch(epochFor(seed))
    , m_rng(quint64(seed) * 0x9E3779B97F4A7C15ULL + 0x5EED)
{}

qint64 Seeder::epochFor(quint32 seed)
{
    // 2026-10-01T00:00:00Z plus up to four weeks, and a time of day, chosen by the seed.
    return 1790812800 + qint64(seed % 28) * day + qint64((seed / 28) % 10) * 3600 + 9 * 3600;
}

bool Seeder::exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    if (!query.exec()) {
        m_error = query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery();
        return false;
    }
    return true;
}

bool Seeder::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return false;
    }
    return exec(query, values);
}

int Seeder::addBlob(const QString &filename, const QString &contentType, const QByteArray &data, qint64 date)
{
    const int id = m_nextBlob++;
    if (!exec(m_blobInsert,
              {id, m_rng.text(12, upperDigits), filename, contentType, data.size(), data, 0, date}))
        return 0;
    return id;
}

bool Seeder::run(int tickets, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_blobInsert = QSqlQuery(m_db);
    m_blobInsert.prepare(
        QStringLiteral("INSERT INTO blobs (id, auth, filename, content_type, size, data, is_temp, "
                       "date_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_db.transaction();
    const bool ok = seedReferenceData() && seedAgents() && seedCustomers(qBound(300, tickets / 5, 20000)) &&
                    seedTickets(qMax(0, tickets)) && SnippetCorpus::seed(m_db, &m_error) &&
                    exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('seeded', ?)"),
                         {QStringLiteral("%1:%2").arg(m_seed).arg(tickets)});
    if (!ok) {
        m_db.rollback();
        if (error)
            *error = m_error;
        return false;
    }
    m_db.commit();
    QString indexError;
    if (!Schema::createIndexes(m_db, &indexError)) {
        if (error)
            *error = indexError;
        return false;
    }
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    qInfo("seeded %d tickets (seed %u) in %lld ms", tickets, m_seed, timer.elapsed());
    return true;
}

bool Seeder::seedReferenceData()
{
    // Organisations, per language.
    m_orgsByLanguage = {{}, {}, {}};
    m_orgNames = {QString()};
    m_orgDomains = {QString()};
    QSqlQuery org(m_db);
    org.prepare(QStringLiteral("INSERT INTO organizations (id, name, summary, importance, email_domain, "
                               "date_created) VALUES (?, ?, ?, ?, ?, ?)"));
    static const QRegularExpression dots(QStringLiteral("\\.+"));
    for (int language = 1; language <= 3; ++language) {
        for (const QString &name : SeedCorpus::organizations(language)) {
            const int id = int(m_orgNames.size());
            QString domain = SeedCorpus::asciiFold(name).replace(dots, QStringLiteral("-"));
            while (domain.endsWith(QLatin1Char('-')))
                domain.chop(1);
            domain += QStringLiteral(".example");
            if (!exec(org, {id, name, QString(), m_rng.between(0, 5), domain,
                            m_epoch - m_rng.between(400, 1500) * day}))
                return false;
            m_orgNames << name;
            m_orgDomains << domain;
            m_orgsByLanguage[language - 1] << id;
        }
    }

    // Departments: a few top level, some nested.
    const QList<std::tuple<int, int, const char *>> departments{
        {1, 0, "Support"},           {2, 1, "Technical Support"}, {3, 1, "Account & Login"},
        {4, 0, "Billing"},           {5, 4, "Refunds"},           {6, 0, "Sales"},
        {7, 0, "Shipping & Returns"}};
    for (const auto &[id, parent, title] : departments) {
        if (!exec(QStringLiteral(
                      "INSERT INTO departments (id, parent, title, user_title, display_order) VALUES "
                      "(?, ?, ?, ?, ?)"),
                  {id, parent ? QVariant(parent) : QVariant(), QString::fromUtf8(title),
                   QString::fromUtf8(title), id * 10}))
            return false;
    }

    const QList<std::tuple<int, const char *, int, const char *>> priorities{{1, "Low", 10, "#8fbc8f"},
                                                                             {2, "Normal", 20, "#4682b4"},
                                                                             {3, "High", 30, "#ff8c00"},
                                                                             {4, "Urgent", 40, "#dc143c"}};
    for (const auto &[id, title, weight, color] : priorities) {
        if (!exec(QStringLiteral("INSERT INTO priorities (id, title, priority, color) VALUES (?, ?, ?, ?)"),
                  {id, QString::fromUtf8(title), weight, QString::fromUtf8(color)}))
            return false;
    }

    m_teamMembers = teams;
    for (int team = 1; team < teams.size(); ++team) {
        if (!exec(QStringLiteral("INSERT INTO agent_teams (id, name) VALUES (?, ?)"),
                  {team, QString::fromUtf8(teamNames[team])}))
            return false;
        for (int agent : teams.at(team)) {
            if (!exec(QStringLiteral("INSERT INTO team_members (team, person) VALUES (?, ?)"), {team, agent}))
                return false;
        }
    }

    // Custom fields; choice ids are unique across fields, as in Deskpro.
    const auto choices = [](std::initializer_list<std::pair<int, const char *>> items) {
        QJsonArray out;
        for (const auto &[id, title] : items)
            out.append(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), QString::fromUtf8(title)}});
        return json(out);
    };
    const QList<std::tuple<int, const char *, const char *, const char *, QString>> fields{
        {1, "Order number", "The customer's order or invoice number", "text", QStringLiteral("[]")},
        {2, "Product", "", "choice",
         choices({{101, "Deskhand Cloud"}, {102, "Deskhand Server"}, {103, "Mobile app"}})},
        {3, "Affected platforms", "", "multichoice",
         choices({{201, "Windows"}, {202, "macOS"}, {203, "Linux"}, {204, "iOS"}, {205, "Android"}})},
        {4, "Due date", "Promised to the customer by", "date", QStringLiteral("[]")},
        {5, "Customer tier", "", "radio", choices({{301, "Free"}, {302, "Pro"}, {303, "Enterprise"}})},
        {6, "Internal summary", "Agents only", "textarea", QStringLiteral("[]")},
        {7, "Refund approved", "", "toggle", QStringLiteral("[]")},
    };
    for (const auto &[id, title, description, widget, choiceJson] : fields) {
        if (!exec(QStringLiteral(
                      "INSERT INTO custom_fields (id, title, description, widget_type, display_order, "
                      "choices) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, QString::fromUtf8(title), QString::fromUtf8(description), QString::fromUtf8(widget),
                   id, choiceJson}))
            return false;
    }

    // Legacy ticket filters; criteria are /tickets parameters, with @me and @my_teams resolved
    // for the caller.
    const QList<std::tuple<int, const char *, const char *, const char *>> filters{
        {1, "all", "All tickets", "status=awaiting_agent&status=awaiting_user&status=pending"},
        {2, "mine", "My tickets", "agent=@me&status=awaiting_agent"},
        {3, "unassigned", "Unassigned", "agent=0&status=awaiting_agent"},
        {4, "my_teams", "My teams' tickets", "agent_team=@my_teams&status=awaiting_agent"},
        {5, "awaiting_agent", "Awaiting agent", "status=awaiting_agent"},
        {6, "awaiting_user", "Awaiting user", "status=awaiting_user"},
        {7, "pending", "Pending", "status=pending"},
        {8, "resolved", "Resolved", "status=resolved"},
        {9, "", "Failing SLA", "sla_status=fail&status=awaiting_agent&status=awaiting_user"},
    };
    for (const auto &[id, sysName, title, criteria] : filters) {
        const QString sys = QString::fromUtf8(sysName);
        if (!exec(QStringLiteral("INSERT INTO ticket_filters (id, sys_name, title, display_order, criteria, "
                                 "date_created) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, sys.isEmpty() ? QVariant() : QVariant(sys), QString::fromUtf8(title), id * 10,
                   QString::fromUtf8(criteria), m_epoch - 700 * day}))
            return false;
    }
    return true;
}

bool Seeder::seedAgents()
{
    m_agentNames = {QString()};
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO people (id, first_name, last_name, name, email, password, is_agent, "
                       "organization, language, phone, date_created) VALUES (?, ?, ?, ?, ?, ?, 1, NULL, "
                       "?, NULL, ?)"));
    int id = 1;
    for (const Agent &agent : agents) {
        const QString first = QString::fromUtf8(agent.first);
        const QString last = QString::fromUtf8(agent.last);
        const QString name = first + QLatin1Char(' ') + last;
        const QString email = SeedCorpus::asciiFold(first) + QLatin1Char('.') + SeedCorpus::asciiFold(last) +
                              QStringLiteral("@helpdesk.example");
        const QString password = SeedCorpus::asciiFold(first) + QLatin1Char('-') + m_rng.text(10, alnum);
        if (!exec(insert, {id, first, last, name, email, password, agent.language,
                           m_epoch - m_rng.between(700, 2000) * day}))
            return false;
        m_agentNames << name;
        ++id;
    }
    return true;
}

bool Seeder::seedCustomers(int count)
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO people (id, first_name, last_name, name, email, password, is_agent, "
                       "organization, language, phone, date_created) VALUES (?, ?, ?, ?, ?, NULL, 0, ?, ?, "
                       "?, ?)"));
    QSet<QString> emails;
    int id = int(m_agentNames.size());
    for (int i = 0; i < count; ++i, ++id) {
        Customer customer;
        customer.id = id;
        customer.language = m_rng.weighted({50, 25, 25}) + 1;
        customer.firstName = m_rng.pick(SeedCorpus::firstNames(customer.language));
        const QString last = m_rng.pick(SeedCorpus::lastNames(customer.language));
        customer.name = customer.firstName + QLatin1Char(' ') + last;
        QString domain = SeedCorpus::freeMailDomain(customer.language);
        if (m_rng.chance(45)) {
            customer.organization = m_rng.pick(m_orgsByLanguage.at(customer.language - 1));
            customer.company = m_orgNames.at(customer.organization);
            domain = m_orgDomains.at(customer.organization);
        }
        const QString local = SeedCorpus::asciiFold(customer.firstName) + QLatin1Char('.') +
                              SeedCorpus::asciiFold(last).remove(QLatin1Char('\''));
        QString email = local + QLatin1Char('@') + domain;
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + domain;
        emails.insert(email);
        const QVariant phone = m_rng.chance(30) ? QVariant(QStringLiteral("+%1 %2 %3")
                                                               .arg(customer.language == 1   ? 44
                                                                    : customer.language == 2 ? 49
                                                                                             : 33)
                                                               .arg(m_rng.between(20, 899))
                                                               .arg(m_rng.between(100000, 9999999)))
                                                : QVariant();
        if (!exec(insert, {id, customer.firstName, last, customer.name, email,
                           customer.organization ? QVariant(customer.organization) : QVariant(),
                           customer.language, phone, m_epoch - m_rng.between(121, 1200) * day}))
            return false;
        m_customers << customer;
    }
    return true;
}

bool Seeder::seedTickets(int count)
{
    QSqlQuery ticketInsert(m_db);
    ticketInsert.prepare(QStringLiteral(
        "INSERT INTO tickets (id, ref, auth, ticket_hash, subject, original_subject, person, agent, "
        "agent_team, "
        "department, priority, organization, language, status, ticket_status, urgency, labels, star, "
        "sla_status, "
        "fields, has_attachments, is_hold, creation_system, date_created, date_resolved, "
        "date_first_agent_assign, "
        "date_first_agent_reply, date_last_agent_reply, date_last_user_reply, date_agent_waiting, "
        "date_user_waiting, date_status, count_agent_replies, count_user_replies, total_user_waiting, "
        "total_to_first_reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery messageInsert(m_db);
    messageInsert.prepare(
        QStringLiteral("INSERT INTO messages (id, ticket, person, is_agent_note, message, "
                       "date_created, creation_system, lang_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery attachmentInsert(m_db);
    attachmentInsert.prepare(
        QStringLiteral("INSERT INTO attachments (id, ticket, message, person, blob, is_inline) "
                       "VALUES (?, ?, ?, ?, ?, 0)"));
    QSqlQuery labelInsert(m_db);
    labelInsert.prepare(QStringLiteral("INSERT INTO ticket_labels (ticket, label) VALUES (?, ?)"));
    QSqlQuery fieldInsert(m_db);
    fieldInsert.prepare(
        QStringLiteral("INSERT INTO ticket_field_values (ticket, field, value) VALUES (?, ?, ?)"));

    struct Status
    {
        const char *status;
        const char *ticketStatus;
    };
    const Status statuses[] = {{"awaiting_agent", "awaiting_agent"},
                               {"awaiting_user", "awaiting_user"},
                               {"pending", "pending"},
                               {"pending", "pending.4"},
                               {"pending", "pending.5"},
                               {"resolved", "resolved"},
                               {"closed", "closed"},
                               {"hidden", "hidden.deleted"},
                               {"hidden", "hidden.spam"}};
    const QList<int> statusWeights{28, 24, 6, 2, 2, 30, 4, 2, 2};
    const QList<int> urgencyWeights{10, 20, 25, 15, 10, 7, 5, 4, 2, 2};
    const QString langCodes[] = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};

    int messageId = 1;
    int attachmentId = 1;
    for (int ticketId = 1; ticketId <= count; ++ticketId) {
        const Customer &customer = m_customers.at(m_rng.below(int(m_customers.size())));
        const int language = customer.language;
        const int topic = m_rng.below(SeedCorpus::topicCount());
        const int department = m_rng.chance(90) ? SeedCorpus::topicDepartment(topic) : m_rng.between(1, 7);
        int team = SeedCorpus::topicTeam(topic);
        if (language == SeedCorpus::German && m_rng.chance(30))
            team = 4;
        if (language == SeedCorpus::French && m_rng.chance(30))
            team = 5;
        if (m_rng.chance(15))
            team = 0;
        const Status status = statuses[m_rng.weighted(statusWeights)];
        const QString code = QString::fromLatin1(status.status);
        const QString ticketStatus = QString::fromLatin1(status.ticketStatus);
        const bool spam = ticketStatus == QLatin1String("hidden.spam");
        const bool awaitingAgent = code == QLatin1String("awaiting_agent") || spam;

        int agent = 0;
        if (!spam && !(awaitingAgent && m_rng.chance(35))) {
            if (m_rng.chance(20))
                agent = 1;
            else if (team)
                agent = m_rng.pick(m_teamMembers.at(team));
            else
                agent = m_rng.between(1, int(m_agentNames.size()) - 1);
        }

        // Who writes, in order: 'c' customer, 'a' agent reply, 'n' internal note.
        QString turns;
        if (!agent) {
            turns = m_rng.chance(75) ? QStringLiteral("c") : QStringLiteral("cc");
        } else {
            int publicCount = 0;
            if (awaitingAgent)
                publicCount = QList<int>{1, 3, 5}.at(m_rng.weighted({25, 45, 30}));
            else
                publicCount = QList<int>{2, 4, 6}.at(m_rng.weighted({25, 50, 25}));
            for (int i = 0; i < publicCount; ++i) {
                turns += i % 2 == 0 ? QLatin1Char('c') : QLatin1Char('a');
                if (i % 2 == 1 && m_rng.chance(20))
                    turns += QLatin1Char('n');
            }
            if (m_rng.chance(8))
                turns.insert(1, QLatin1Char('n'));
        }

        QList<qint64> gaps{0};
        qint64 span = 0;
        for (int i = 1; i < turns.size(); ++i) {
            const qint64 gap = turns.at(i) == QLatin1Char('n') ? m_rng.between(300, 4 * 3600)
                                                               : m_rng.between(15 * 60, 36 * 3600);
            gaps << gap;
            span += gap;
        }
        const qint64 created = m_epoch - span - m_rng.below(int(qMax<qint64>(3600, 120 * day - span)));

        qint64 when = created;
        qint64 firstAgentReply = 0;
        qint64 lastAgentReply = 0;
        qint64 lastUserReply = 0;
        qint64 userWaitingSince = 0;
        qint64 totalUserWaiting = 0;
        int agentReplies = 0;
        int userReplies = 0;
        bool hasAttachments = false;
        QString lastCustomerText;
        QString lastAgentText;
        const int ticketLanguageIndex = language - 1;
        for (int i = 0; i < turns.size(); ++i) {
            when += gaps.at(i);
            const QChar turn = turns.at(i);
            QString html;
            QString core;
            int author = customer.id;
            int note = 0;
            if (turn == QLatin1Char('c')) {
                if (i == 0) {
                    html =
                        SeedCorpus::opening(topic, language, customer.name, customer.company, m_rng, &core);
                    if (m_rng.chance(2))
                        html += SeedCorpus::hostileSnippet(m_rng);
                } else {
                    html = SeedCorpus::customerFollowUp(language, customer.name, lastAgentText, m_rng, &core);
                }
                lastCustomerText = core;
                lastUserReply = when;
                if (!userWaitingSince)
                    userWaitingSince = when;
                ++userReplies;
            } else if (turn == QLatin1Char('a')) {
                author = agent;
                const bool last = turns.lastIndexOf(QLatin1Char('a')) == i;
                html = SeedCorpus::agentReply(topic, language, customer.firstName, m_agentNames.at(agent),
                                              lastCustomerText, last, m_rng, &core);
                lastAgentText = core;
                if (!firstAgentReply)
                    firstAgentReply = when;
                lastAgentReply = when;
                if (userWaitingSince)
                    totalUserWaiting += when - userWaitingSince;
                userWaitingSince = 0;
                ++agentReplies;
            } else {
                author = m_rng.chance(70) ? agent : m_rng.between(1, int(m_agentNames.size()) - 1);
                note = 1;
                html = SeedCorpus::note(m_rng.chance(60) ? language : SeedCorpus::English, m_rng);
            }
            if (!exec(messageInsert, {messageId, ticketId, author, note, html, when,
                                      i == 0 ? QStringLiteral("gateway") : QStringLiteral("web"),
                                      langCodes[ticketLanguageIndex]}))
                return false;

            // Some first messages carry a screenshot, a log or an invoice; some replies a PDF.
            const bool attachFirst = i == 0 && m_rng.chance(8);
            const bool attachReply = turn == QLatin1Char('a') && m_rng.chance(3);
            if (attachFirst || attachReply) {
                const int kind = attachReply ? 2 : m_rng.below(3);
                int blob = 0;
                if (kind == 0) {
                    blob = addBlob(QStringLiteral("screenshot-%1.png").arg(ticketId),
                                   QStringLiteral("image/png"), SampleFile::png(m_rng), when);
                } else if (kind == 1) {
                    blob = addBlob(QStringLiteral("error-log.txt"), QStringLiteral("text/plain"),
                                   SampleFile::textLog(m_rng), when);
                } else {
                    const QString stem = language == SeedCorpus::German   ? QStringLiteral("Rechnung")
                                         : language == SeedCorpus::French ? QStringLiteral("facture")
                                                                          : QStringLiteral("invoice");
                    const int number = m_rng.between(10000, 99999);
                    blob = addBlob(QStringLiteral("%1-%2.pdf").arg(stem).arg(number),
                                   QStringLiteral("application/pdf"),
                                   SampleFile::pdf(QStringLiteral("%1 %2").arg(stem).arg(number)), when);
                }
                if (!blob || !exec(attachmentInsert, {attachmentId++, ticketId, messageId, author, blob}))
                    return false;
                hasAttachments = true;
            }
            ++messageId;
        }

        qint64 resolved = 0;
        if (code == QLatin1String("resolved") || code == QLatin1String("closed"))
            resolved = qMin(m_epoch, when + m_rng.between(60, 7200));
        const qint64 assigned =
            agent ? created + qMin<qint64>(m_rng.between(60, 3600),
                                           firstAgentReply ? firstAgentReply - created : 3600)
                  : 0;

        QVariant labels;
        QStringList labelList;
        const int labelRoll = m_rng.below(100);
        if (labelRoll >= 15) {
            if (labelRoll >= 50) {
                const QStringList topicLabels = SeedCorpus::topicLabels(topic);
                labelList << topicLabels.at(m_rng.below(int(topicLabels.size())));
                if (m_rng.chance(20))
                    labelList << m_rng.pick(SeedCorpus::labelPool());
                labelList.removeDuplicates();
            }
            labels = json(QJsonArray::fromStringList(labelList));
        }
        for (const QString &label : std::as_const(labelList)) {
            if (!exec(labelInsert, {ticketId, label}))
                return false;
        }

        // Custom field values, stored as Deskpro accepts them on input.
        QJsonObject fields;
        QList<std::pair<int, QString>> fieldRows;
        if (SeedCorpus::topicHasOrderNumber(topic)) {
            const QString order = QStringLiteral("ORD-%1").arg(m_rng.between(100000, 999999));
            fields.insert(QStringLiteral("1"), order);
            fieldRows.append({1, order});
        }
        if (m_rng.chance(70)) {
            const int product = m_rng.between(101, 103);
            fields.insert(QStringLiteral("2"), product);
            fieldRows.append({2, QString::number(product)});
        }
        if (topic == 2 || topic == 5) {
            QJsonArray platforms;
            for (int choice = 201; choice <= 205; ++choice) {
                if (m_rng.chance(35)) {
                    platforms.append(choice);
                    fieldRows.append({3, QString::number(choice)});
                }
            }
            if (!platforms.isEmpty())
                fields.insert(QStringLiteral("3"), platforms);
        }
        if (m_rng.chance(15)) {
            const qint64 due = created + m_rng.between(2, 30) * day;
            fields.insert(QStringLiteral("4"), due);
            fieldRows.append({4, QString::number(due)});
        }
        if (m_rng.chance(60)) {
            const int tier = m_rng.between(301, 303);
            fields.insert(QStringLiteral("5"), tier);
            fieldRows.append({5, QString::number(tier)});
        }
        if (topic == 4) {
            const int approved = code == QLatin1String("resolved") ? 1 : 0;
            fields.insert(QStringLiteral("7"), approved);
            fieldRows.append({7, QString::number(approved)});
        }
        for (const auto &[field, value] : std::as_const(fieldRows)) {
            if (!exec(fieldInsert, {ticketId, field, value}))
                return false;
        }

        QString sla;
        if (resolved)
            sla = QList<QString>{QStringLiteral("ok"), QStringLiteral("fail"), QString()}.at(
                m_rng.weighted({60, 20, 20}));
        else
            sla = QList<QString>{QString(), QStringLiteral("ok"), QStringLiteral("warning"),
                                 QStringLiteral("fail")}
                      .at(m_rng.weighted({25, 45, 15, 15}));

        const QString subject = SeedCorpus::subject(topic, language, m_rng);
        const QString ref = m_rng.text(4, upper) + QLatin1Char('-') +
                            QString::number(m_rng.between(1000, 9999)) + QLatin1Char('-') +
                            m_rng.text(4, upper);
        const QVariant star = m_rng.chance(12) ? QVariant(m_rng.between(1, 6)) : QVariant();
        if (!exec(ticketInsert, {ticketId,
                                 ref,
                                 m_rng.text(10, upperDigits),
                                 m_rng.hex(40),
                                 subject,
                                 subject,
                                 customer.id,
                                 agent ? QVariant(agent) : QVariant(),
                                 team ? QVariant(team) : QVariant(),
                                 department,
                                 m_rng.weighted({20, 50, 20, 10}) + 1,
                                 customer.organization ? QVariant(customer.organization) : QVariant(),
                                 language,
                                 code,
                                 ticketStatus,
                                 m_rng.weighted(urgencyWeights) + 1,
                                 labels,
                                 star,
                                 sla.isEmpty() ? QVariant() : QVariant(sla),
                                 json(fields),
                                 hasAttachments ? 1 : 0,
                                 0,
                                 QStringLiteral("gateway"),
                                 created,
                                 nullable(resolved),
                                 nullable(assigned),
                                 nullable(firstAgentReply),
                                 nullable(lastAgentReply),
                                 nullable(lastUserReply),
                                 nullable(code == QLatin1String("awaiting_user") ? lastAgentReply : 0),
                                 nullable(awaitingAgent ? userWaitingSince : 0),
                                 resolved ? resolved : when,
                                 agentReplies,
                                 userReplies,
                                 totalUserWaiting,
                                 firstAgentReply ? firstAgentReply - created : 0}))
            return false;
    }
    return true;
}
