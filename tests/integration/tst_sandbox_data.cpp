// The sandbox helpdesk's seeded and living data over real sockets: determinism by seed,
// languages, accents, hostile mail content, persistence across restarts and the activity
// simulator.

#include "SandboxApi.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void seed_sameSeedSameData();
    void seed_differentSeedDifferentData();
    void languages_englishGermanFrench();
    void subjects_haveAccentedWords();
    void conversations_haveNotesQuotesAndSignatures();
    void hostileContent_present();
    void slaStatesStarsAndUrgency_vary();
    void restart_keepsCreatedTickets();
    void activity_changesTicketsOverTime();

private:
    QJsonArray conversation(SandboxApi &api, int ticket);
    static int progress(SandboxApi &api);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QJsonArray m_all;
};

void TestSandboxData::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 400;
    options.seed = 42;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox.get());
    bool ok = false;
    m_all = m_api->allTickets(SandboxApi::everyStatus(), &ok);
    QVERIFY(ok);
    QCOMPARE(m_all.size(), 400);
}

QJsonArray TestSandboxData::conversation(SandboxApi &api, int ticket)
{
    return api.get(u"/tickets/%1/messages?count=200"_s.arg(ticket)).data().toArray();
}

void TestSandboxData::seed_sameSeedSameData()
{
    SandboxProcess::Options options;
    options.tickets = 400;
    options.seed = 42;
    SandboxProcess twin(options);
    QVERIFY2(twin.start(), qPrintable(twin.errorString()));
    SandboxApi api(&twin);
    QCOMPARE(api.allTickets(SandboxApi::everyStatus()), m_all);
    for (int ticket : {1, 77, 399})
        QCOMPARE(conversation(api, ticket), conversation(*m_api, ticket));
    QCOMPARE(api.get(u"/people?count=200"_s).data(), m_api->get(u"/people?count=200"_s).data());
    QCOMPARE(twin.agents(), m_sandbox->agents());
}

void TestSandboxData::seed_differentSeedDifferentData()
{
    SandboxProcess::Options options;
    options.tickets = 400;
    options.seed = 43;
    SandboxProcess other(options);
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    SandboxApi api(&other);
    const QJsonArray tickets = api.allTickets(SandboxApi::everyStatus());
    QCOMPARE(tickets.size(), 400);
    int sameSubject = 0;
    for (int i = 0; i < tickets.size(); ++i)
        sameSubject += tickets.at(i)[u"subject"_s] == m_all.at(i)[u"subject"_s] ? 1 : 0;
    QVERIFY2(sameSubject < 100, qPrintable(QString::number(sameSubject)));
    QVERIFY(tickets.first()[u"ref"_s] != m_all.first()[u"ref"_s]);
}

void TestSandboxData::languages_englishGermanFrench()
{
    QMap<int, int> byLanguage;
    for (const QJsonValue &ticket : std::as_const(m_all))
        ++byLanguage[ticket[u"language"_s].toInt()];
    QCOMPARE(byLanguage.keys(), (QList<int>{1, 2, 3}));
    // About half English, a quarter each German and French.
    QVERIFY2(byLanguage.value(1) > 140 && byLanguage.value(1) < 260,
             qPrintable(QString::number(byLanguage.value(1))));
    QVERIFY(byLanguage.value(2) > 60 && byLanguage.value(2) < 150);
    QVERIFY(byLanguage.value(3) > 60 && byLanguage.value(3) < 150);
}

void TestSandboxData::subjects_haveAccentedWords()
{
    QString subjects;
    for (const QJsonValue &ticket : std::as_const(m_all))
        subjects += ticket[u"subject"_s].toString() + u'\n';
    for (const QString &word : {u"résumé"_s, u"Rechnung"_s, u"facture"_s, u"Überweisung"_s, u"Réclamation"_s,
                                u"Rückerstattung"_s, u"Invoice"_s, u"Password"_s})
        QVERIFY2(subjects.contains(word, Qt::CaseInsensitive), qPrintable(word));
}

void TestSandboxData::conversations_haveNotesQuotesAndSignatures()
{
    int notes = 0;
    int quotes = 0;
    int multi = 0;
    for (int i = 0; i < 60; ++i) {
        const QJsonArray messages = conversation(*m_api, m_all.at(i)[u"id"_s].toInt());
        QVERIFY(!messages.isEmpty());
        multi += messages.size() >= 3 ? 1 : 0;
        for (const QJsonValue &message : messages) {
            notes += message[u"is_agent_note"_s].toInt() == 1 ? 1 : 0;
            quotes += message[u"message"_s].toString().contains(u"<blockquote>"_s) ? 1 : 0;
        }
        // The first message is the customer's.
        QCOMPARE(messages.first()[u"person"_s], m_all.at(i)[u"person"_s]);
    }
    QVERIFY(notes > 0);
    QVERIFY(quotes > 10);
    QVERIFY(multi > 20);
}

void TestSandboxData::hostileContent_present()
{
    QStringList found;
    for (const QJsonValue &ticket : std::as_const(m_all)) {
        const QJsonArray messages = conversation(*m_api, ticket[u"id"_s].toInt());
        const QString first = messages.isEmpty() ? QString() : messages.first()[u"message"_s].toString();
        for (const QString &marker :
             {u"<script"_s, u"file:///"_s, u"\\\\fileserver"_s, u"url("_s, u"<iframe"_s, u"<form"_s,
              u"javascript:"_s, u"width=\"1\" height=\"1\""_s, u"onerror="_s}) {
            if (first.contains(marker) && !found.contains(marker))
                found << marker;
        }
    }
    QVERIFY2(found.size() >= 3, qPrintable(found.join(u", "_s)));
}

void TestSandboxData::slaStatesStarsAndUrgency_vary()
{
    QSet<QString> sla;
    QSet<int> urgencies;
    int stars = 0;
    int unassigned = 0;
    for (const QJsonValue &ticket : std::as_const(m_all)) {
        sla.insert(ticket[u"worst_sla_status"_s].isNull() ? u"null"_s
                                                          : ticket[u"worst_sla_status"_s].toString());
        urgencies.insert(ticket[u"urgency"_s].toInt());
        stars += ticket[u"star"_s].isDouble() ? 1 : 0;
        unassigned += ticket[u"agent"_s].isNull() ? 1 : 0;
    }
    QCOMPARE(sla, (QSet<QString>{u"ok"_s, u"warning"_s, u"fail"_s, u"null"_s}));
    QVERIFY(urgencies.size() >= 8);
    QVERIFY(stars > 10);
    QVERIFY(unassigned > 10);
}

void TestSandboxData::restart_keepsCreatedTickets()
{
    QTemporaryDir dir;
    SandboxProcess::Options options;
    options.tickets = 30;
    options.seed = 9;
    options.dataDir = dir.path();
    int id = 0;
    QJsonObject created;
    QByteArray key;
    {
        SandboxProcess first(options);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        key = first.apiKey();
        SandboxApi api(&first);
        const HttpProbe::Result result =
            api.send("POST", u"/tickets"_s,
                     {{u"subject"_s, u"Réclamation : colis perdu"_s},
                      {u"person"_s, u"client.perdu@example.fr"_s},
                      {u"message"_s, QJsonObject{{u"message"_s, u"<p>Toujours rien reçu.</p>"_s}}}});
        QCOMPARE(result.status, 201);
        id = result.data()[u"id"_s].toInt();
        QCOMPARE(api.send("PUT", u"/tickets/%1"_s.arg(id), {{u"labels"_s, QJsonArray{u"perdu"_s}}}).status,
                 204);
        QCOMPARE(
            api.send("POST", u"/tickets/%1/messages"_s.arg(id), {{u"message"_s, u"<p>Nous vérifions.</p>"_s}})
                .status,
            201);
        created = api.get(u"/tickets/%1"_s.arg(id)).data().toObject();
        first.stop();
    }
    SandboxProcess second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.apiKey(), key);
    SandboxApi api(&second);
    QCOMPARE(api.get(u"/tickets/%1"_s.arg(id)).data().toObject(), created);
    QCOMPARE(conversation(api, id).size(), 2);
    QCOMPARE(api.allTickets(SandboxApi::everyStatus()).size(), 31); // not seeded again
}

int TestSandboxData::progress(SandboxApi &api)
{
    // Tickets plus replies: grows with every customer reply, new ticket and agent reply.
    const QJsonArray tickets = api.allTickets(SandboxApi::everyStatus());
    int total = int(tickets.size());
    for (const QJsonValue &ticket : tickets)
        total += ticket[u"count_user_replies"_s].toInt() + ticket[u"count_agent_replies"_s].toInt();
    return total;
}

void TestSandboxData::activity_changesTicketsOverTime()
{
    SandboxProcess::Options options;
    options.tickets = 60;
    options.seed = 4;
    options.activityPerMinute = 1200;
    SandboxProcess living(options);
    QVERIFY2(living.start(), qPrintable(living.errorString()));
    SandboxApi api(&living);
    const int start = progress(api);
    QTRY_VERIFY_WITH_TIMEOUT(progress(api) > start, 15000);
    const int later = progress(api);
    QTRY_VERIFY_WITH_TIMEOUT(progress(api) >= later + 10, 20000);
    // The new messages come from customers and from agents other than agent 1.
    bool otherAgent = false;
    bool customer = false;
    for (const QJsonValue &ticket : api.allTickets(SandboxApi::everyStatus())) {
        for (const QJsonValue &message : conversation(api, ticket[u"id"_s].toInt())) {
            if (!message[u"creation_system"_s].toString().startsWith(u"web.api"_s))
                continue; // seeded
            const int person = message[u"person"_s].toInt();
            QVERIFY(person != 1);
            otherAgent = otherAgent || (person >= 2 && person <= 8);
            customer = customer || person > 8;
        }
    }
    QVERIFY(otherAgent);
    QVERIFY(customer);
}

QTEST_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
