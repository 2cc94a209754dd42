#include "Activity.h"

#include "ApiRequest.h"
#include "Helpdesk.h"
#include "SeedCorpus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

ApiRequest internalRequest(const QByteArray &method, const QString &path, const QJsonObject &body,
                           int personId)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.personId = personId;
    // API-key rights: messages may be written as the customer.
    request.authScheme = QStringLiteral("key");
    return request;
}

constexpr int firstOtherAgent = 2;

} // namespace

Activity::Activity(Helpdesk *helpdesk, int perMinute, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_helpdesk(helpdesk)
    , m_perMinute(qMax(1, perMinute))
    , m_rng(quint64(seed) * 0xD1B54A32D192ED03ULL + 0xAC71)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Activity::tick);
}

void Activity::start()
{
    scheduleNext();
}

void Activity::scheduleNext()
{
    // Around the mean interval, within ±30%, so events do not arrive like a metronome.
    const int mean = qMax(10, 60000 / m_perMinute);
    m_timer.start(mean * m_rng.between(70, 130) / 100);
}

void Activity::tick()
{
    switch (m_rng.weighted({35, 15, 20, 10, 10, 10})) {
    case 0:
        customerReplies();
        break;
    case 1:
        customerOpensTicket();
        break;
    case 2:
        agentWrites(false);
        break;
    case 3:
        agentWrites(true);
        break;
    case 4:
        agentReassigns();
        break;
    default:
        agentResolves();
        break;
    }
    scheduleNext();
}

int Activity::pickTicket(const QString &condition)
{
    // `condition` is one of the fixed strings below, never outside input.
    QSqlQuery count(m_helpdesk->database());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + condition);
    const int total = count.next() ? count.value(0).toInt() : 0;
    if (total == 0)
        return 0;
    QSqlQuery pick(m_helpdesk->database());
    pick.prepare(
        QStringLiteral("SELECT id FROM tickets WHERE %1 ORDER BY id LIMIT 1 OFFSET ?").arg(condition));
    pick.addBindValue(m_rng.below(total));
    pick.exec();
    return pick.next() ? pick.value(0).toInt() : 0;
}

void Activity::customerReplies()
{
    const int ticket = pickTicket(QStringLiteral("status IN ('awaiting_user', 'pending', 'resolved')"));
    if (!ticket)
        return;
    QSqlQuery query(m_helpdesk->database());
    query.prepare(
        QStringLiteral("SELECT t.person, t.language, p.name FROM tickets t JOIN people p ON p.id = t.person "
                       "WHERE t.id = ?"));
    query.addBindValue(ticket);
    if (!query.exec() || !query.next())
        return;
    const QString html =
        SeedCorpus::customerFollowUp(query.value(1).toInt(), query.value(2).toString(), QString(), m_rng);
    m_helpdesk->handle(internalRequest(
        "POST", QStringLiteral("/tickets/%1/messages").arg(ticket),
        {{QStringLiteral("message"), html}, {QStringLiteral("person"), query.value(0).toInt()}}, 1));
}

void Activity::customerOpensTicket()
{
    QSqlQuery count(m_helpdesk->database());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_agent = 0"));
    const int total = count.next() ? count.value(0).toInt() : 0;
    if (total == 0)
        return;
    QSqlQuery query(m_helpdesk->database());
    query.prepare(
        QStringLiteral("SELECT p.id, p.name, COALESCE(p.language, 1), o.name FROM people p LEFT JOIN "
                       "organizations o ON o.id = p.organization WHERE p.is_agent = 0 ORDER BY p.id "
                       "LIMIT 1 OFFSET ?"));
    query.addBindValue(m_rng.below(total));
    if (!query.exec() || !query.next())
        return;
    const int language = query.value(2).toInt();
    const int topic = m_rng.below(SeedCorpus::topicCount());
    const QString subject = SeedCorpus::subject(topic, language, m_rng);
    const QString html =
        SeedCorpus::opening(topic, language, query.value(1).toString(), query.value(3).toString(), m_rng);
    QJsonObject body{{QStringLiteral("person"), query.value(0).toInt()},
                     {QStringLiteral("subject"), subject},
                     {QStringLiteral("department"), SeedCorpus::topicDepartment(topic)},
                     {QStringLiteral("language"), language},
                     {QStringLiteral("urgency"), m_rng.between(1, 6)},
                     {QStringLiteral("message"), QJsonObject{{QStringLiteral("message"), html}}}};
    if (m_rng.chance(60))
        body.insert(QStringLiteral("agent_team"), SeedCorpus::topicTeam(topic));
    m_helpdesk->handle(internalRequest("POST", QStringLiteral("/tickets"), body, 1));
}

void Activity::agentWrites(bool note)
{
    const int ticket =
        pickTicket(QStringLiteral("status = 'awaiting_agent' AND (agent IS NULL OR agent != 1)"));
    if (!ticket)
        return;
    QSqlQuery query(m_helpdesk->database());
    query.prepare(QStringLiteral(
        "SELECT t.agent, t.language, p.first_name FROM tickets t JOIN people p ON p.id = t.person "
        "WHERE t.id = ?"));
    query.addBindValue(ticket);
    if (!query.exec() || !query.next())
        return;
    const int agent = query.value(0).isNull() ? m_rng.between(firstOtherAgent, 8) : query.value(0).toInt();
    const QString agentName = m_helpdesk->person(agent).value(QStringLiteral("name")).toString();
    const int language = query.value(1).toInt();
    const QString html =
        note ? SeedCorpus::note(language, m_rng)
             : SeedCorpus::genericAgentReply(language, query.value(2).toString(), agentName, m_rng);
    QJsonObject body{{QStringLiteral("message"), html}};
    if (note)
        body.insert(QStringLiteral("is_note"), true);
    m_helpdesk->handle(
        internalRequest("POST", QStringLiteral("/tickets/%1/messages").arg(ticket), body, agent));
}

void Activity::agentReassigns()
{
    const int ticket = pickTicket(
        QStringLiteral("status IN ('awaiting_agent', 'awaiting_user') AND (agent IS NULL OR agent != 1)"));
    if (!ticket)
        return;
    // Now and then the work lands on agent 1, so the signed-in agent sees new tickets arrive.
    const int agent = m_rng.chance(20) ? 1 : m_rng.between(firstOtherAgent, 8);
    m_helpdesk->handle(internalRequest("PUT", QStringLiteral("/tickets/%1").arg(ticket),
                                       {{QStringLiteral("agent"), agent}},
                                       m_rng.between(firstOtherAgent, 8)));
}

void Activity::agentResolves()
{
    const int ticket =
        pickTicket(QStringLiteral("status = 'awaiting_user' AND (agent IS NULL OR agent != 1)"));
    if (!ticket)
        return;
    m_helpdesk->handle(internalRequest("PUT", QStringLiteral("/tickets/%1").arg(ticket),
                                       {{QStringLiteral("status"), QStringLiteral("resolved")}},
                                       m_rng.between(firstOtherAgent, 8)));
}
