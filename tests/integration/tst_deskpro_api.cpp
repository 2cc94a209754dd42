// DeskproApi and HelpdeskClient against the sandbox helpdesk over real sockets, plain and TLS:
// every endpoint, the retry rules (429 in both Retry-After forms, 423, 5xx, resets), writes that
// are never sent twice, broken answers, 401, certificates, pins, redirects and the size cap.
// Timing is checked only as the sandbox's request log records it, and only as lower bounds.

#include "HttpProbe.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "ScriptedHttpServer.h"
#include "api/DeskproApi.h"
#include "api/PublicKeyPin.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace std::chrono_literals;

char *toString(const ApiError::Kind &kind)
{
    return qstrdup(qPrintable(kindName(kind)));
}

namespace {

const char *describe(const ApiError &error)
{
    static QByteArray text;
    text = (kindName(error.kind) + QStringLiteral(" (HTTP %1): ").arg(error.httpStatus) + error.message)
               .toUtf8();
    return text.constData();
}

// Evaluates its argument once: it is often the call itself.
#define REQUIRE_OK(expression)                                                                               \
    do {                                                                                                     \
        const auto &result_ = (expression);                                                                  \
        QVERIFY2(result_.ok(), result_.ok() ? "" : describe(result_.error()));                               \
    } while (false)

qint64 msBetween(const QJsonObject &earlier, const QJsonObject &later)
{
    return QDateTime::fromString(earlier.value(u"time").toString(), Qt::ISODateWithMs)
        .msecsTo(QDateTime::fromString(later.value(u"time").toString(), Qt::ISODateWithMs));
}

HelpdeskClient::Options quickOptions()
{
    HelpdeskClient::Options options;
    options.backoffBase = 20ms;
    options.backoffCap = 200ms;
    options.maxAttempts = 4;
    options.maxRetryAfter = 5s;
    options.transferTimeout = 10s;
    options.deadline = 60s;
    return options;
}

QJsonObject fault(const QString &kind, const QJsonObject &more = {})
{
    QJsonObject out = more;
    out.insert(QStringLiteral("kind"), kind);
    return out;
}

} // namespace

class DeskproApiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;

    std::unique_ptr<HelpdeskClient> clientFor(SandboxProcess &sandbox,
                                              HelpdeskClient::Options options = quickOptions(),
                                              const ApiCredentials &credentials = {})
    {
        if (!sandbox.caPath().isEmpty() && options.extraCaCertificates.isEmpty())
            options.extraCaCertificates = QSslCertificate::fromPath(sandbox.caPath());
        return std::make_unique<HelpdeskClient>(
            sandbox.url(),
            credentials.isEmpty() ? ApiCredentials::apiKey(QString::fromUtf8(sandbox.apiKey())) : credentials,
            options);
    }

    static SandboxProcess::Options tlsOptions(const QStringList &extra = {})
    {
        SandboxProcess::Options options;
        options.tickets = 10;
        options.tls = true;
        options.extraArgs = extra;
        return options;
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.tickets = 30;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
    }

    void init() { m_admin->reset(); }

    void everyEndpoint_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void everyEndpoint()
    {
        QFETCH(bool, tls);
        std::unique_ptr<SandboxProcess> own;
        SandboxProcess *sandbox = m_sandbox.get();
        if (tls) {
            own = std::make_unique<SandboxProcess>(tlsOptions());
            QVERIFY2(own->start(), qPrintable(own->errorString()));
            sandbox = own.get();
        }
        const auto client = clientFor(*sandbox);
        DeskproApi api(client.get());

        const auto me = QCoro::waitFor(api.me());
        REQUIRE_OK(me);
        QVERIFY(me->personId > 0);
        QVERIFY(me->person.isAgent);

        TicketQuery query;
        query.count = 5;
        query.orderBy = QStringLiteral("date_created");
        query.orderDir = QStringLiteral("desc");
        const auto page = QCoro::waitFor(api.tickets(query));
        REQUIRE_OK(page);
        QCOMPARE(page->items.size(), 5);
        QCOMPARE(page->pagination.style, Pagination::Style::Pages);
        QVERIFY(page->pagination.total >= 5);
        const Ticket first = page->items.first();

        TicketQuery second = query;
        second.page = 2;
        const auto next = QCoro::waitFor(api.tickets(second));
        REQUIRE_OK(next);
        QVERIFY(next->items.first().id != first.id);

        TicketQuery byIds;
        byIds.ids = {page->items.at(0).id, page->items.at(1).id};
        const auto listed = QCoro::waitFor(api.tickets(byIds));
        REQUIRE_OK(listed);
        QCOMPARE(listed->items.size(), 2);

        TicketQuery filtered;
        filtered.statuses = {QStringLiteral("awaiting_agent"), QStringLiteral("awaiting_user")};
        filtered.dateLastUserReply.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        const auto byStatus = QCoro::waitFor(api.tickets(filtered));
        REQUIRE_OK(byStatus);
        for (const Ticket &t : byStatus->items)
            QVERIFY(t.status.startsWith(QLatin1String("awaiting_")));

        const auto one = QCoro::waitFor(api.ticket(first.id));
        REQUIRE_OK(one);
        QCOMPARE(one->id, first.id);
        const auto byRef = QCoro::waitFor(api.ticketByRef(first.ref));
        REQUIRE_OK(byRef);
        QCOMPARE(byRef->id, first.id);
        const auto missing = QCoro::waitFor(api.ticket(999999));
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);

        const auto messages = QCoro::waitFor(api.messages(first.id));
        REQUIRE_OK(messages);
        QVERIFY(!messages->items.isEmpty());
        const auto message = QCoro::waitFor(api.message(first.id, messages->items.first().id));
        REQUIRE_OK(message);
        QCOMPARE(message->ticketId, first.id);

        const auto blob = QCoro::waitFor(api.uploadBlob(
            QStringLiteral("notes é.txt"), QStringLiteral("text/plain"), QByteArray("attached words\n")));
        REQUIRE_OK(blob);
        QVERIFY(!blob->blobAuth.isEmpty());
        const auto reply =
            QCoro::waitFor(api.reply(first.id, QStringLiteral("<p>Thanks, on it.</p>"), {blob->blobAuth}));
        REQUIRE_OK(reply);
        QVERIFY(!reply->isNote);
        QCOMPARE(reply->attachmentIds.size(), 1);
        const auto note = QCoro::waitFor(api.note(first.id, QStringLiteral("<p>internal</p>")));
        REQUIRE_OK(note);
        QVERIFY(note->isNote);
        const auto emptyReply = QCoro::waitFor(api.reply(first.id, QString()));
        QCOMPARE(emptyReply.error().kind, ApiError::Kind::Invalid);
        QVERIFY(emptyReply.error().fieldErrors.contains(QStringLiteral("message")));

        const auto attachments = QCoro::waitFor(api.ticketAttachments(first.id));
        REQUIRE_OK(attachments);
        const auto ours = std::find_if(attachments->items.cbegin(), attachments->items.cend(),
                                       [&](const Attachment &a) { return a.messageId == reply->id; });
        QVERIFY(ours != attachments->items.cend());
        QBuffer file;
        file.open(QIODevice::WriteOnly);
        const auto downloaded = QCoro::waitFor(api.downloadBlob(ours->downloadUrl, &file));
        REQUIRE_OK(downloaded);
        QCOMPARE(file.data(), QByteArray("attached words\n"));
        QCOMPARE(downloaded.value(), 15);

        const auto people = QCoro::waitFor(api.people(1, 10));
        REQUIRE_OK(people);
        QVERIFY(!people->items.isEmpty());
        const auto person = QCoro::waitFor(api.person(first.personId));
        REQUIRE_OK(person);
        QCOMPARE(person->id, first.personId);
        const auto agents = QCoro::waitFor(api.agents());
        REQUIRE_OK(agents);
        QVERIFY(std::all_of(agents->items.cbegin(), agents->items.cend(),
                            [](const Person &p) { return p.isAgent; }));
        const auto teams = QCoro::waitFor(api.agentTeams());
        REQUIRE_OK(teams);
        QVERIFY(!teams->items.isEmpty());
        const auto departments = QCoro::waitFor(api.departments());
        REQUIRE_OK(departments);
        QVERIFY(!departments->items.isEmpty());
        const auto statuses = QCoro::waitFor(api.ticketStatuses());
        REQUIRE_OK(statuses);
        QVERIFY(std::any_of(statuses->cbegin(), statuses->cend(),
                            [](const TicketStatus &s) { return s.code == QLatin1String("awaiting_agent"); }));
        const auto priorities = QCoro::waitFor(api.priorities());
        REQUIRE_OK(priorities);
        const auto fields = QCoro::waitFor(api.ticketCustomFields());
        REQUIRE_OK(fields);
        QVERIFY(!fields->items.isEmpty());
        const auto layout = QCoro::waitFor(api.ticketLayout(departments->items.first().id));
        REQUIRE_OK(layout);
        QVERIFY(!layout->fields.isEmpty());

        const auto filters = QCoro::waitFor(api.ticketFilters());
        REQUIRE_OK(filters);
        QVERIFY(!filters->items.isEmpty());
        const qint64 filterId = filters->items.first().id;
        const auto queue = QCoro::waitFor(api.filterTickets(filterId, 1, 10));
        REQUIRE_OK(queue);
        const auto counts = QCoro::waitFor(api.filterCounts());
        REQUIRE_OK(counts);
        QCOMPARE(counts->size(), filters->items.size());
        const auto count = QCoro::waitFor(api.filterCount(filterId));
        REQUIRE_OK(count);
        QCOMPARE(count.value(), counts->first().count);

        const auto found = QCoro::waitFor(api.searchTickets(first.ref));
        REQUIRE_OK(found);
        QVERIFY(
            std::any_of(found->cbegin(), found->cend(), [&](const Ticket &t) { return t.id == first.id; }));

        const auto created = QCoro::waitFor(api.createTicket(
            QJsonObject{{QStringLiteral("person"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Jo")},
                                     {QStringLiteral("email"), QStringLiteral("jo@example.org")}}},
                        {QStringLiteral("subject"), QStringLiteral("Printer on fire")},
                        {QStringLiteral("department"), departments->items.first().id},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>Help</p>")},
                                     {QStringLiteral("format"), QStringLiteral("html")}}}}));
        REQUIRE_OK(created);
        QVERIFY(created->id > 0);
        QCOMPARE(created->subject, QStringLiteral("Printer on fire"));

        const auto updated = QCoro::waitFor(
            api.updateTicket(created->id, {{QStringLiteral("urgency"), 9},
                                           {QStringLiteral("labels"), QJsonArray{QStringLiteral("fire")}}}));
        REQUIRE_OK(updated);
        const auto returned = QCoro::waitFor(
            api.updateTicketReturning(created->id, {{QStringLiteral("status"), QStringLiteral("resolved")}}));
        REQUIRE_OK(returned);
        QCOMPARE(returned->status, QStringLiteral("resolved"));
        QCOMPARE(returned->urgency, 9);
        QCOMPARE(returned->labels, QStringList{QStringLiteral("fire")});

        Batch batch;
        const auto batchedTicket = batch.add(DeskproCalls::ticket(first.id));
        const auto batchedMessages = batch.add(DeskproCalls::messages(first.id));
        const auto batchedMissing = batch.add(DeskproCalls::ticket(999999));
        const auto answers = QCoro::waitFor(api.batch(batch));
        REQUIRE_OK(answers);
        QCOMPARE(answers->get(batchedTicket)->id, first.id);
        QCOMPARE(answers->get(batchedMessages)->items.size(), messages->items.size() + 2);
        QCOMPARE(answers->get(batchedMissing).error().kind, ApiError::Kind::NotFound);
    }

    void signInEndpoints()
    {
        const QJsonObject agent = m_sandbox->agents().first().toObject();
        HelpdeskClient anonymous(m_sandbox->url(), ApiCredentials(), quickOptions());
        DeskproApi api(&anonymous);

        const auto token = QCoro::waitFor(
            api.requestApiToken(agent.value(u"email").toString(), agent.value(u"password").toString()));
        REQUIRE_OK(token);
        QVERIFY(!token->token.isEmpty());
        anonymous.setCredentials(ApiCredentials::apiToken(token->token));
        const auto me = QCoro::waitFor(api.me());
        REQUIRE_OK(me);
        QCOMPARE(me->personId, token->personId);
        QCOMPARE(
            m_admin->requests("GET", QStringLiteral("/api/v2/me")).last().value(u"auth_scheme").toString(),
            QStringLiteral("token"));

        HelpdeskClient wrong(m_sandbox->url(), ApiCredentials(), quickOptions());
        DeskproApi wrongApi(&wrong);
        const auto refused = QCoro::waitFor(
            wrongApi.requestApiToken(agent.value(u"email").toString(), QStringLiteral("nope")));
        QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);

        // A device link: made by the signed-in agent, redeemed once by the new device.
        HttpProbe probe;
        probe.setKey(m_sandbox->apiKey());
        QUrl setupUrl = m_sandbox->url();
        setupUrl.setPath(QStringLiteral("/api/v2/me/device-setup-token"));
        const QString code = probe.get(setupUrl).data().toObject().value(u"token").toString();
        QVERIFY(!code.isEmpty());
        const auto device = QCoro::waitFor(wrongApi.redeemDeviceSetup(code));
        REQUIRE_OK(device);
        QVERIFY(!device->token.isEmpty());
        QCOMPARE(device->helpdesk.uuid.isEmpty(), false);
        const auto again = QCoro::waitFor(wrongApi.redeemDeviceSetup(code));
        QVERIFY(!again.ok());
    }

    void unauthorizedAsksForCredentials()
    {
        HelpdeskClient client(m_sandbox->url(), ApiCredentials::apiKey(QStringLiteral("1:WRONGWRONGWRONG")),
                              quickOptions());
        QSignalSpy needed(&client, &HelpdeskClient::credentialsNeeded);
        DeskproApi api(&client);
        const auto me = QCoro::waitFor(api.me());
        QCOMPARE(me.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(me.error().httpStatus, 401);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(m_admin->requests("GET", QStringLiteral("/api/v2/me")).size(), 1); // never retried
    }

    void rateLimitHonoursRetryAfter_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("minimumGapMs");
        QTest::newRow("seconds") << "seconds" << 1 << 1000;
        // An HTTP-date has whole seconds: "now + 2 s" may be as little as 1 s away.
        QTest::newRow("http-date") << "http-date" << 2 << 1000;
    }

    void rateLimitHonoursRetryAfter()
    {
        QFETCH(QString, form);
        QFETCH(int, retryAfter);
        QFETCH(int, minimumGapMs);
        QVERIFY(
            m_admin->setFaults({fault(QStringLiteral("rate_limit"),
                                      {{QStringLiteral("method"), QStringLiteral("GET")},
                                       {QStringLiteral("path"), QStringLiteral("/api/v2/ticket_priorities")},
                                       {QStringLiteral("retry_after"), retryAfter},
                                       {QStringLiteral("form"), form},
                                       {QStringLiteral("count"), 1}})}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        REQUIRE_OK(QCoro::waitFor(api.priorities()));
        const auto log = m_admin->requests("GET", QStringLiteral("/api/v2/ticket_priorities"));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).value(u"status").toInt(), 429);
        QCOMPARE(log.at(1).value(u"status").toInt(), 200);
        QVERIFY2(msBetween(log.at(0), log.at(1)) >= minimumGapMs,
                 qPrintable(QStringLiteral("retried after %1 ms").arg(msBetween(log.at(0), log.at(1)))));
    }

    void rateLimitLongerThanTheClientWaitsGoesBackToTheCaller()
    {
        QVERIFY(
            m_admin->setFaults({fault(QStringLiteral("rate_limit"),
                                      {{QStringLiteral("path"), QStringLiteral("/api/v2/ticket_priorities")},
                                       {QStringLiteral("retry_after"), 3600}})}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto result = QCoro::waitFor(api.priorities());
        QCOMPARE(result.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error().retryAfter, std::chrono::milliseconds(3600s));
        QCOMPARE(m_admin->requests("GET", QStringLiteral("/api/v2/ticket_priorities")).size(), 1);
    }

    void rateLimitWithoutRetryAfterBacksOff()
    {
        QVERIFY(
            m_admin->setFaults({fault(QStringLiteral("rate_limit"),
                                      {{QStringLiteral("path"), QStringLiteral("/api/v2/ticket_priorities")},
                                       {QStringLiteral("form"), QStringLiteral("none")},
                                       {QStringLiteral("count"), 2}})}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        REQUIRE_OK(QCoro::waitFor(api.priorities()));
        QCOMPARE(m_admin->requests("GET", QStringLiteral("/api/v2/ticket_priorities")).size(), 3);
    }

    void maintenanceAndServerErrorsAreRetried_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::newRow("423") << fault(QStringLiteral("maintenance"));
        QTest::newRow("423 with Retry-After")
            << fault(QStringLiteral("maintenance"), {{QStringLiteral("retry_after"), 0}});
        QTest::newRow("500") << fault(QStringLiteral("status"), {{QStringLiteral("status"), 500}});
        QTest::newRow("502") << fault(QStringLiteral("status"), {{QStringLiteral("status"), 502}});
        QTest::newRow("503") << fault(QStringLiteral("status"), {{QStringLiteral("status"), 503}});
    }

    void maintenanceAndServerErrorsAreRetried()
    {
        QFETCH(QJsonObject, injected);
        injected.insert(QStringLiteral("path"), QStringLiteral("/api/v2/tickets"));
        injected.insert(QStringLiteral("method"), QStringLiteral("GET"));
        injected.insert(QStringLiteral("count"), 2);
        QVERIFY(m_admin->setFaults({injected}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        REQUIRE_OK(QCoro::waitFor(api.tickets({})));
        const auto log = m_admin->requests("GET", QStringLiteral("/api/v2/tickets"));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(2).value(u"status").toInt(), 200);
    }

    void persistentServerErrorsEndWithAnError()
    {
        QVERIFY(m_admin->setFaults({fault(QStringLiteral("status"),
                                          {{QStringLiteral("status"), 500},
                                           {QStringLiteral("path"), QStringLiteral("/api/v2/tickets")}})}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto result = QCoro::waitFor(api.tickets({}));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_admin->requests("GET", QStringLiteral("/api/v2/tickets")).size(),
                 quickOptions().maxAttempts);
    }

    void resetReadsAreRetried()
    {
        // QNAM may resend a reset read by itself; however often it does, the client retries on.
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("reset"), {{QStringLiteral("path"), QStringLiteral("/api/v2/tickets")},
                                             {QStringLiteral("count"), 3}})}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        REQUIRE_OK(QCoro::waitFor(api.tickets({})));
        const auto log = m_admin->requests("GET", QStringLiteral("/api/v2/tickets"));
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.last().value(u"status").toInt(), 200);

        // Persistent resets end in a network error after the allowed attempts.
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("reset"), {{QStringLiteral("path"), QStringLiteral("/api/v2/tickets")}})}));
        QCOMPARE(QCoro::waitFor(api.tickets({})).error().kind, ApiError::Kind::Network);
    }

    void aReplyDroppedAfterCommitIsAmbiguousAndSentOnce()
    {
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto tickets = QCoro::waitFor(api.tickets({}));
        REQUIRE_OK(tickets);
        const qint64 ticketId = tickets->items.first().id;
        const QString path = QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId);
        // Three: one more than QNAM would need to resend a POST behind the client's back.
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("drop_after_commit"), {{QStringLiteral("method"), QStringLiteral("POST")},
                                                         {QStringLiteral("path"), path},
                                                         {QStringLiteral("count"), 3}})}));
        const QString text =
            QStringLiteral("<p>exactly once %1</p>").arg(QDateTime::currentMSecsSinceEpoch());
        const auto reply = QCoro::waitFor(api.reply(ticketId, text));
        QCOMPARE(reply.error().kind, ApiError::Kind::Ambiguous);
        const auto posts = m_admin->requests("POST", path);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value(u"fault").toString(), QStringLiteral("drop_after_commit"));

        // It was applied: the outbox's check finds it, once.
        m_admin->reset();
        const auto messages = QCoro::waitFor(api.messages(ticketId));
        REQUIRE_OK(messages);
        QCOMPARE(std::count_if(messages->items.cbegin(), messages->items.cend(),
                               [&](const Message &m) { return m.html.contains(text); }),
                 1);
    }

    void aWriteRefusedWithAServerErrorIsAmbiguous()
    {
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto tickets = QCoro::waitFor(api.tickets({}));
        REQUIRE_OK(tickets);
        const QString path = QStringLiteral("/api/v2/tickets/%1").arg(tickets->items.first().id);
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("status"), {{QStringLiteral("status"), 500},
                                              {QStringLiteral("method"), QStringLiteral("PUT")},
                                              {QStringLiteral("path"), path},
                                              {QStringLiteral("count"), 1}})}));
        const auto result =
            QCoro::waitFor(api.updateTicket(tickets->items.first().id, {{QStringLiteral("urgency"), 3}}));
        QCOMPARE(result.error().kind, ApiError::Kind::Ambiguous);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_admin->requests("PUT", path).size(), 1);
    }

    void aWriteTurnedAwayBeforeHandlingIsRetried()
    {
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto tickets = QCoro::waitFor(api.tickets({}));
        REQUIRE_OK(tickets);
        const qint64 ticketId = tickets->items.first().id;
        const QString path = QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId);
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("rate_limit"), {{QStringLiteral("method"), QStringLiteral("POST")},
                                                  {QStringLiteral("path"), path},
                                                  {QStringLiteral("retry_after"), 0},
                                                  {QStringLiteral("count"), 1}}),
             fault(QStringLiteral("maintenance"), {{QStringLiteral("method"), QStringLiteral("POST")},
                                                   {QStringLiteral("path"), path},
                                                   {QStringLiteral("count"), 1}})}));
        const auto note = QCoro::waitFor(api.note(ticketId, QStringLiteral("<p>after 429 and 423</p>")));
        REQUIRE_OK(note);
        const auto posts = m_admin->requests("POST", path);
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.at(0).value(u"status").toInt(), 429);
        QCOMPARE(posts.at(1).value(u"status").toInt(), 423);
        QCOMPARE(posts.at(2).value(u"status").toInt(), 201);
    }

    void brokenAnswersGiveNothingHalf_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::newRow("truncated") << fault(QStringLiteral("truncate"));
        QTest::newRow("truncated early")
            << fault(QStringLiteral("truncate"), {{QStringLiteral("bytes"), 10}});
        QTest::newRow("malformed") << fault(QStringLiteral("malformed"));
    }

    void brokenAnswersGiveNothingHalf()
    {
        QFETCH(QJsonObject, injected);
        injected.insert(QStringLiteral("path"), QStringLiteral("/api/v2/tickets"));
        QVERIFY(m_admin->setFaults({injected}));
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto result = QCoro::waitFor(api.tickets({}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Malformed);
        QVERIFY(!result.error().message.isEmpty());
    }

    void aBrokenAnswerToAWriteIsAmbiguous()
    {
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        const auto tickets = QCoro::waitFor(api.tickets({}));
        REQUIRE_OK(tickets);
        const qint64 ticketId = tickets->items.first().id;
        const QString path = QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId);
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("malformed"),
                   {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), path}})}));
        const auto note = QCoro::waitFor(api.note(ticketId, QStringLiteral("<p>applied, unreadable</p>")));
        QCOMPARE(note.error().kind, ApiError::Kind::Ambiguous);
        QCOMPARE(m_admin->requests("POST", path).size(), 1);
    }

    void aSlowDripHitsTheDeadline()
    {
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("drip"), {{QStringLiteral("path"), QStringLiteral("/api/v2/tickets")},
                                            {QStringLiteral("chunk_bytes"), 8},
                                            {QStringLiteral("interval_ms"), 200}})}));
        HelpdeskClient::Options options = quickOptions();
        options.deadline = 1500ms;
        const auto client = clientFor(*m_sandbox, options);
        DeskproApi api(client.get());
        const auto result = QCoro::waitFor(api.tickets({}));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    }

    void answersAboveTheCapAreRefused()
    {
        HelpdeskClient::Options options = quickOptions();
        options.maxResponseBytes = 4096;
        const auto client = clientFor(*m_sandbox, options);
        DeskproApi api(client.get());
        TicketQuery query;
        query.count = 30;
        const auto result = QCoro::waitFor(api.tickets(query));
        QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
        REQUIRE_OK(QCoro::waitFor(api.ticketStatuses())); // small answers still pass

        // Downloads have their own cap.
        const auto normal = clientFor(*m_sandbox);
        DeskproApi full(normal.get());
        const QByteArray big(64 * 1024, 'x');
        const auto blob = QCoro::waitFor(full.uploadBlob(QStringLiteral("big.bin"), QString(), big));
        REQUIRE_OK(blob);
        options.maxDownloadBytes = 1024;
        const auto capped = clientFor(*m_sandbox, options);
        DeskproApi small(capped.get());
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QCOMPARE(QCoro::waitFor(small.downloadBlob(blob->downloadUrl, &sink)).error().kind,
                 ApiError::Kind::TooLarge);
        QBuffer whole;
        whole.open(QIODevice::WriteOnly);
        REQUIRE_OK(QCoro::waitFor(full.downloadBlob(blob->downloadUrl, &whole)));
        QCOMPARE(whole.data(), big);
    }

    void redirectsStayOnTheHelpdesksOrigin()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.answer = [](const QByteArray &) {
            return ScriptedHttpServer::reply("200 OK", "Content-Type: application/json\r\n",
                                             R"({"data": {"person_id": 1}})");
        };
        ScriptedHttpServer helpdesk;
        helpdesk.answer = [&elsewhere](const QByteArray &request) {
            if (request.startsWith("GET /api/v2/me "))
                return ScriptedHttpServer::reply(
                    "302 Found",
                    "Location: " + elsewhere.url(QStringLiteral("/api/v2/me")).toEncoded() + "\r\n", {});
            if (request.startsWith("GET /api/v2/ticket_statuses "))
                return ScriptedHttpServer::reply("301 Moved Permanently",
                                                 "Location: /api/v2/moved/ticket_statuses\r\n", {});
            return ScriptedHttpServer::reply("200 OK", "Content-Type: application/json\r\n",
                                             R"({"data": ["awaiting_agent"], "meta": []})");
        };
        HelpdeskClient client(helpdesk.url(), ApiCredentials::apiKey(QStringLiteral("1:SECRETSECRET")),
                              quickOptions());
        DeskproApi api(&client);

        const auto me = QCoro::waitFor(api.me());
        QCOMPARE(me.error().kind, ApiError::Kind::Redirected);
        QCOMPARE(elsewhere.requests, 0);
        QCOMPARE(elsewhere.authorizations, 0);
        QCOMPARE(helpdesk.requests, 1); // not retried

        // Within the origin, a redirect is followed with the credentials.
        const auto statuses = QCoro::waitFor(api.ticketStatuses());
        REQUIRE_OK(statuses);
        QCOMPARE(helpdesk.requests, 3);
        QCOMPARE(helpdesk.authorizations, 3);
        QVERIFY(helpdesk.seen.last().startsWith("GET /api/v2/moved/ticket_statuses "));
        QVERIFY(helpdesk.seen.last().contains("Authorization: key 1:SECRETSECRET\r\n"));
        QVERIFY(helpdesk.seen.last().contains("User-Agent: Deskhand/"));
        QVERIFY(helpdesk.seen.last().contains("Accept: application/json\r\n"));
    }

    void downloadsFromAnotherOriginCarryNoCredentials()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.answer = [](const QByteArray &) {
            return ScriptedHttpServer::reply("200 OK", "Content-Type: text/plain\r\n", "file");
        };
        const auto client = clientFor(*m_sandbox);
        DeskproApi api(client.get());
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        REQUIRE_OK(
            QCoro::waitFor(api.downloadBlob(elsewhere.url(QStringLiteral("/file.php/1-A/x.txt")), &sink)));
        QCOMPARE(sink.data(), QByteArray("file"));
        QCOMPARE(elsewhere.requests, 1);
        QCOMPARE(elsewhere.authorizations, 0);
    }

    void tlsTrustsTheSandboxCaOnlyWhenTold()
    {
        SandboxProcess sandbox(tlsOptions());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxAdmin admin(sandbox);
        const auto trusted = clientFor(sandbox);
        REQUIRE_OK(QCoro::waitFor(DeskproApi(trusted.get()).me()));

        HelpdeskClient untrusted(sandbox.url(), ApiCredentials::apiKey(QString::fromUtf8(sandbox.apiKey())),
                                 quickOptions());
        const auto refused = QCoro::waitFor(DeskproApi(&untrusted).me());
        QCOMPARE(refused.error().kind, ApiError::Kind::Tls);
        QCOMPARE(admin.requests("GET", QStringLiteral("/api/v2/me")).size(), 1); // only the trusted one
    }

    void badCertificatesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("expired") << "expired";
        QTest::newRow("wrong host") << "wrong-host";
        QTest::newRow("self-signed") << "self-signed";
    }

    void badCertificatesAreRefused()
    {
        QFETCH(QString, kind);
        SandboxProcess sandbox(tlsOptions({QStringLiteral("--tls-cert"), kind}));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto client = clientFor(sandbox); // the sandbox's CA is trusted
        const auto result = QCoro::waitFor(DeskproApi(client.get()).me());
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        QVERIFY(result.error().message.contains(sandbox.url().host()));
    }

    void publicKeyPin()
    {
        SandboxProcess sandbox(tlsOptions());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxAdmin admin(sandbox);
        const QList<QSslCertificate> server =
            QSslCertificate::fromPath(sandbox.dataDir() + QStringLiteral("/server.pem"));
        QVERIFY(!server.isEmpty());

        HelpdeskClient::Options pinned = quickOptions();
        pinned.publicKeyPins = {PublicKeyPin::of(server.first())};
        REQUIRE_OK(QCoro::waitFor(DeskproApi(clientFor(sandbox, pinned).get()).me()));

        HelpdeskClient::Options wrong = quickOptions();
        wrong.publicKeyPins = {QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
        admin.reset();
        const auto refused = QCoro::waitFor(DeskproApi(clientFor(sandbox, wrong).get()).me());
        QCOMPARE(refused.error().kind, ApiError::Kind::Tls);
        QVERIFY(refused.error().message.contains(QStringLiteral("pinned")));
        // The credentials never went out: the client proved the connection without them first.
        QCOMPARE(admin.requests("GET", QStringLiteral("/api/v2/me")).size(), 0);
        // And a client whose pin failed sends nothing more.
        const auto again = QCoro::waitFor(DeskproApi(clientFor(sandbox, wrong).get()).me());
        QCOMPARE(again.error().kind, ApiError::Kind::Tls);
        QCOMPARE(admin.requests("GET", QStringLiteral("/api/v2/me")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(DeskproApiTest)
#include "tst_deskpro_api.moc"
