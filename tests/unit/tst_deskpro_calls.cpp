// DeskproCalls and Batch: requests as Deskpro wants them, without a network.

#include "api/Batch.h"
#include "api/DeskproApi.h"
#include "api/DeskproCalls.h"
#include "api/HelpdeskClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

// QCOMPARE prints kinds by name.
char *toString(const ApiError::Kind &kind)
{
    return qstrdup(qPrintable(kindName(kind)));
}

// JSON written with single quotes, for strings moc cannot read as raw literals ("//", "#").
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

class DeskproCallsTest : public QObject
{
    Q_OBJECT

    static QUrl urlOf(const HelpdeskRequest &request,
                      const QString &helpdesk = QStringLiteral("https://acme.deskpro.com"))
    {
        return HelpdeskClient(QUrl(helpdesk)).apiUrl(request);
    }

private slots:
    void ticketQueryInDeskprosTerms()
    {
        TicketQuery query;
        query.page = 3;
        query.count = 500; // Deskpro's maximum is 200
        query.statuses = {QStringLiteral("awaiting_agent"), QStringLiteral("pending.5")};
        query.agents = {4};
        query.teams = {1, 2};
        query.departments = {7};
        query.dateLastUserReply.from = QDateTime(QDate(2025, 5, 1), QTime(0, 0), QTimeZone::utc());
        query.dateLastAgentReply.from = QDateTime(QDate(2025, 5, 1), QTime(0, 0), QTimeZone::utc());
        query.dateLastAgentReply.to = QDateTime(QDate(2025, 5, 2), QTime(0, 0), QTimeZone::utc());
        query.orderBy = QStringLiteral("date_last_user_reply");
        query.orderDir = QStringLiteral("desc");
        const QUrl url = urlOf(DeskproCalls::tickets(query).request);
        QCOMPARE(url.path(), QStringLiteral("/api/v2/tickets"));
        const QString encoded = url.query(QUrl::FullyEncoded);
        // '+' and '>' must arrive as themselves, not as a space.
        QVERIFY2(
            encoded.contains(QStringLiteral("date_last_user_reply=%3E%3D2025-05-01T00%3A00%3A00%2B00%3A00")),
            qPrintable(encoded));
        const QUrlQuery items(url);
        QCOMPARE(items.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QCOMPARE(items.queryItemValue(QStringLiteral("count")), QStringLiteral("200"));
        // PHP's array form, brackets percent-encoded.
        QVERIFY(encoded.contains(QStringLiteral("status%5B%5D=awaiting_agent&status%5B%5D=pending.5")));
        QVERIFY(encoded.contains(QStringLiteral("agent_team%5B%5D=1&agent_team%5B%5D=2")));
        QCOMPARE(items.queryItemValue(QStringLiteral("agent")), QStringLiteral("4"));
        QCOMPARE(items.queryItemValue(QStringLiteral("date_last_agent_reply"), QUrl::FullyDecoded),
                 QStringLiteral("2025-05-01T00:00:00+00:00--2025-05-02T00:00:00+00:00"));
        QCOMPARE(items.queryItemValue(QStringLiteral("order_dir")), QStringLiteral("desc"));
    }

    void ticketsByIds()
    {
        TicketQuery query;
        query.ids = {5, 6, 7};
        const QUrlQuery items(urlOf(DeskproCalls::tickets(query).request));
        QCOMPARE(items.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded), QStringLiteral("5,6,7"));
    }

    void ticketByRefStaysOneSegment()
    {
        QCOMPARE(urlOf(DeskproCalls::ticketByRef(QStringLiteral("SDST-2025XON927")).request)
                     .path(QUrl::FullyEncoded),
                 QStringLiteral("/api/v2/tickets/ref:SDST-2025XON927"));
        const QUrl hostile = urlOf(DeskproCalls::ticketByRef(QStringLiteral("../../me?x=1")).request);
        QCOMPARE(hostile.path(QUrl::FullyEncoded),
                 QStringLiteral("/api/v2/tickets/ref:..%2F..%2Fme%3Fx%3D1"));
        QVERIFY(hostile.query().isEmpty());
    }

    void subPathInstallsKeepTheirPath()
    {
        QCOMPARE(urlOf(DeskproCalls::ticket(12).request, QStringLiteral("https://example.com/deskpro/"))
                     .toString(),
                 QStringLiteral("https://example.com/deskpro/api/v2/tickets/12"));
    }

    void writesAreNotRepeatable()
    {
        QVERIFY(DeskproCalls::tickets({}).request.repeatable);
        QVERIFY(!DeskproCalls::createTicket({}).request.repeatable);
        QVERIFY(!DeskproCalls::updateTicket(1, {}).request.repeatable);
        QVERIFY(!DeskproCalls::postMessage(1, {}).request.repeatable);
        QVERIFY(!DeskproCalls::redeemDeviceSetup(QStringLiteral("abc")).request.repeatable);
        QVERIFY(!DeskproCalls::redeemDeviceSetup(QStringLiteral("abc")).request.authenticated);
        QVERIFY(
            !DeskproCalls::requestApiToken(QStringLiteral("a"), QStringLiteral("b")).request.authenticated);
        const HelpdeskRequest create =
            DeskproCalls::createTicket({{QStringLiteral("subject"), QStringLiteral("x")}}).request;
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.contentType, QByteArray("application/json"));
        QCOMPARE(QUrlQuery(urlOf(create)).queryItemValue(QStringLiteral("follow_location")),
                 QStringLiteral("1"));
        QCOMPARE(DeskproCalls::updateTicket(9, {}).request.method, QByteArray("PUT"));
    }

    void replyAndNoteBodies()
    {
        const QJsonObject reply = DeskproCalls::replyBody(QStringLiteral("<p>Hi</p>"), false);
        QCOMPARE(reply.value(u"format").toString(), QStringLiteral("html"));
        QVERIFY(!reply.contains(u"is_note"));
        const QJsonObject note = DeskproCalls::replyBody(QStringLiteral("x"), true, {QStringLiteral("AUTH1")},
                                                         QStringLiteral("resolved"));
        QCOMPARE(note.value(u"is_note").toBool(), true);
        QCOMPARE(note.value(u"attachments").toArray().at(0).toObject().value(u"blob_auth").toString(),
                 QStringLiteral("AUTH1"));
        QCOMPARE(note.value(u"status").toString(), QStringLiteral("resolved"));
    }

    void blobUploadIsMultipartWithAFilePart()
    {
        const HelpdeskRequest upload =
            DeskproCalls::uploadBlob(QStringLiteral("rep\"ort\r\n.pdf"), QStringLiteral("application/pdf"),
                                     "%PDF-1.4 data")
                .request;
        QVERIFY(upload.contentType.startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = upload.contentType.mid(upload.contentType.indexOf('=') + 1);
        QVERIFY(upload.body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(upload.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QVERIFY(upload.body.contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"rep'ort.pdf\"\r\n"));
        QVERIFY(upload.body.contains("Content-Type: application/pdf\r\n\r\n%PDF-1.4 data\r\n"));
    }

    void batchRequestsAndTypedAnswers()
    {
        Batch batch;
        const auto first = batch.add(DeskproCalls::ticket(5));
        TicketQuery query;
        query.ids = {1, 2};
        const auto list = batch.add(DeskproCalls::tickets(query));
        const auto missing = batch.add(DeskproCalls::ticket(3432));
        QVERIFY(batch.isRepeatable());
        const HelpdeskRequest request = batch.request();
        QCOMPARE(request.endpoint, QStringLiteral("batch"));
        QVERIFY(request.repeatable);
        const QJsonObject requests =
            QJsonDocument::fromJson(request.body).object().value(u"requests").toObject();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.value(first.name).toObject().value(u"url").toString(),
                 QStringLiteral("/api/v2/tickets/5"));
        QCOMPARE(requests.value(first.name).toObject().value(u"method").toString(), QStringLiteral("GET"));
        QVERIFY(requests.value(list.name).toObject().value(u"url").toString().startsWith(
            QStringLiteral("/api/v2/tickets?page=1")));

        const auto answers = DeskproJson::batchResponses(
            QString::fromUtf8(q("{'responses': {"
                                "            '%1': {'headers': {'status-code': 200}, 'data': {'id': 5, "
                                "'status': 'awaiting_agent'}, 'meta': [], 'linked': []},"
                                "            '%2': {'headers': {'status-code': 200}, 'data': [{'id': 1, "
                                "'status': 'a'}, {'id': 2, 'status': 'b'}],"
                                "                   'meta': {'pagination': {'total': 2, 'count': 2, "
                                "'per_page': 50, 'current_page': 1, 'total_pages': 1}}},"
                                "            '%3': {'headers': {'status-code': 404}, 'status': 404, 'code': "
                                "'#3432 Not Found', 'message': '#3432 Not Found', 'errors': null}}}"))
                .arg(first.name, list.name, missing.name)
                .toUtf8());
        QVERIFY(answers.ok());
        const Batch::Results results(answers.value());
        QCOMPARE(results.get(first)->id, 5);
        QCOMPARE(results.get(list)->items.size(), 2);
        QCOMPARE(results.get(missing).error().kind, ApiError::Kind::NotFound);

        Batch writes;
        writes.add(DeskproCalls::postMessage(5, DeskproCalls::replyBody(QStringLiteral("x"), false)));
        QVERIFY(!writes.isRepeatable());
        const QJsonObject sub = QJsonDocument::fromJson(writes.request().body)
                                    .object()
                                    .value(u"requests")
                                    .toObject()
                                    .begin()
                                    ->toObject();
        QCOMPARE(sub.value(u"payload").toObject().value(u"message").toString(), QStringLiteral("x"));
    }

    void unreadableAnswersToWritesAreAmbiguous()
    {
        HelpdeskResponse broken;
        broken.status = 201;
        broken.body = R"({"data": {"id": "x"}})";
        const auto write = DeskproCalls::postMessage(1, {});
        const ApiResult<Message> posted = DeskproApi::read<Message>(write.request, broken, write.read);
        QCOMPARE(posted.error().kind, ApiError::Kind::Ambiguous);
        const auto read = DeskproCalls::message(1, 2);
        QCOMPARE(DeskproApi::read<Message>(read.request, broken, read.read).error().kind,
                 ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(DeskproCallsTest)
#include "tst_deskpro_calls.moc"
