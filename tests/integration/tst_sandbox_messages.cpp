// The sandbox helpdesk's conversation endpoints over real sockets: message lists, replies and
// internal notes (is_agent_note 0/1), validation, attachments, blob upload and download.

#include "SandboxApi.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void list_isPagedAscendingByDefault();
    void list_orderDirDesc();
    void list_badSort_is400();
    void get_single();
    void get_messageOfAnotherTicket_is404();
    void message_shape();
    void reply_isAgentNote0_andUpdatesTicket();
    void note_isAgentNote1_data();
    void note_isAgentNote1();
    void reply_emptyMessage_is400Tree();
    void reply_unknownField_is400();
    void reply_textFormat_isEscaped();
    void reply_withStatus();
    void blob_uploadAttachDownload();
    void blob_attachAsMap();
    void blob_unknownAuth_is400();
    void blob_withoutFile_is400();
    void blob_unknownDownload_is404();
    void attachments_seededAreDownloadable();

private:
    int ticketWith(const QString &status, bool withMessages = true);
    QJsonObject upload(const QByteArray &data, const QByteArray &filename, const QByteArray &contentType);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QJsonArray m_tickets;
    QSet<int> m_used;
};

void TestSandboxMessages::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 200;
    options.seed = 5;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox.get());
    m_tickets = m_api->allTickets(QString());
    QVERIFY(m_tickets.size() > 100);
}

int TestSandboxMessages::ticketWith(const QString &status, bool withMessages)
{
    // A ticket no earlier test touched, so each test sees seeded state.
    for (const QJsonValue &value : std::as_const(m_tickets)) {
        const QJsonObject ticket = value.toObject();
        const int id = ticket.value(u"id"_s).toInt();
        const int replies =
            ticket.value(u"count_agent_replies"_s).toInt() + ticket.value(u"count_user_replies"_s).toInt();
        if (m_used.contains(id) || (!status.isEmpty() && ticket.value(u"status"_s).toString() != status) ||
            (withMessages && replies < 3))
            continue;
        m_used.insert(id);
        return id;
    }
    return 0;
}

QJsonObject TestSandboxMessages::upload(const QByteArray &data, const QByteArray &filename,
                                        const QByteArray &contentType)
{
    const QByteArray boundary = "----deskhand-test-boundary-7MA4YWxkTrZu0gW";
    const QByteArray body =
        "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename +
        "\"\r\n" + "Content-Type: " + contentType + "\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
    const HttpProbe::Result result = m_api->probe().send("POST", m_api->url(u"/blobs/temp"_s), body, {},
                                                         "multipart/form-data; boundary=" + boundary);
    if (result.status != 201)
        return {};
    return result.data().toObject();
}

void TestSandboxMessages::list_isPagedAscendingByDefault()
{
    const int id = ticketWith(QString());
    const HttpProbe::Result result = m_api->get(u"/tickets/%1/messages?count=2"_s.arg(id));
    QCOMPARE(result.status, 200);
    const QJsonArray messages = result.data().toArray();
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(0)[u"id"_s].toInt() < messages.at(1)[u"id"_s].toInt());
    const QJsonValue pagination = result.json()[u"meta"_s][u"pagination"_s];
    QVERIFY(pagination[u"total"_s].toInt() >= 3);
    QCOMPARE(pagination[u"per_page"_s].toInt(), 2);
    const HttpProbe::Result second = m_api->get(u"/tickets/%1/messages?count=2&page=2"_s.arg(id));
    QVERIFY(second.data().toArray().first()[u"id"_s].toInt() > messages.at(1)[u"id"_s].toInt());
    for (const QJsonValue &message : messages)
        QCOMPARE(message[u"ticket"_s].toInt(), id);
}

void TestSandboxMessages::list_orderDirDesc()
{
    const int id = ticketWith(QString());
    const QJsonArray asc = m_api->get(u"/tickets/%1/messages?count=200"_s.arg(id)).data().toArray();
    const QJsonArray desc =
        m_api->get(u"/tickets/%1/messages?count=200&order_by=date_created&order_dir=desc"_s.arg(id))
            .data()
            .toArray();
    QCOMPARE(asc.size(), desc.size());
    QCOMPARE(asc.first(), desc.last());
    QCOMPARE(asc.last(), desc.first());
    QCOMPARE(m_api->get(u"/tickets/%1/messages?order_by=date"_s.arg(id)).status, 200);
}

void TestSandboxMessages::list_badSort_is400()
{
    const int id = ticketWith(QString(), false);
    QCOMPARE(m_api->get(u"/tickets/%1/messages?order_by=person"_s.arg(id)).status, 400);
    QCOMPARE(m_api->get(u"/tickets/%1/messages?count=201"_s.arg(id)).status, 400);
}

void TestSandboxMessages::get_single()
{
    const int id = ticketWith(QString());
    const QJsonObject first =
        m_api->get(u"/tickets/%1/messages"_s.arg(id)).data().toArray().first().toObject();
    const HttpProbe::Result result =
        m_api->get(u"/tickets/%1/messages/%2"_s.arg(id).arg(first[u"id"_s].toInt()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().toObject(), first);
}

void TestSandboxMessages::get_messageOfAnotherTicket_is404()
{
    const int one = ticketWith(QString());
    const int other = ticketWith(QString());
    const int message =
        m_api->get(u"/tickets/%1/messages"_s.arg(one)).data().toArray().first()[u"id"_s].toInt();
    const HttpProbe::Result result = m_api->get(u"/tickets/%1/messages/%2"_s.arg(other).arg(message));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json()[u"message"_s].toString(), u"#%1 Not Found"_s.arg(message));
}

void TestSandboxMessages::message_shape()
{
    const int id = ticketWith(QString());
    const QJsonArray messages = m_api->get(u"/tickets/%1/messages?count=200"_s.arg(id)).data().toArray();
    QVERIFY(!messages.isEmpty());
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        QVERIFY(message.value(u"id"_s).isDouble());
        QVERIFY(message.value(u"person"_s).isDouble());
        QVERIFY(SandboxApi::isDeskproDate(message.value(u"date_created"_s)));
        // 0/1 on messages, not a JSON boolean.
        QVERIFY(message.value(u"is_agent_note"_s).isDouble());
        QVERIFY(message.value(u"attachments"_s).isArray());
        QVERIFY(message.value(u"message"_s).toString().contains(u"<p>"_s));
        QVERIFY(!message.value(u"message_preview_text"_s).toString().contains(u'<'));
        QVERIFY(!message.value(u"message_preview_text"_s).toString().isEmpty());
        QVERIFY(message.contains(u"message_hash"_s));
        QVERIFY(message.value(u"attributes"_s).isArray());
    }
    // Replies quote what they answer.
    bool quoted = false;
    for (const QJsonValue &value : messages)
        quoted = quoted || value[u"message"_s].toString().contains(u"<blockquote>"_s);
    QVERIFY(quoted);
}

void TestSandboxMessages::reply_isAgentNote0_andUpdatesTicket()
{
    const int id = ticketWith(u"awaiting_agent"_s);
    const QJsonObject before = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    const HttpProbe::Result result = m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                                                 {{u"message"_s, u"<p>Danke, erledigt.</p>"_s}});
    QCOMPARE(result.status, 201);
    const QJsonObject message = result.data().toObject();
    QVERIFY(message.value(u"is_agent_note"_s).isDouble());
    QCOMPARE(message.value(u"is_agent_note"_s).toInt(), 0);
    QCOMPARE(message.value(u"person"_s).toInt(), 1);
    QCOMPARE(message.value(u"ticket"_s).toInt(), id);
    QVERIFY(result.header("Location")
                .endsWith(QByteArray("/api/v2/tickets/" + QByteArray::number(id) + "/messages/" +
                                     QByteArray::number(message[u"id"_s].toInt()))));
    const QJsonObject after = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    QCOMPARE(after.value(u"status"_s).toString(), u"awaiting_user"_s);
    QCOMPARE(after.value(u"count_agent_replies"_s).toInt(),
             before.value(u"count_agent_replies"_s).toInt() + 1);
    QCOMPARE(after.value(u"date_last_agent_reply"_s), message.value(u"date_created"_s));
    const QJsonArray list = m_api->get(u"/tickets/%1/messages?count=200"_s.arg(id)).data().toArray();
    QCOMPARE(list.last().toObject(), message);
}

void TestSandboxMessages::note_isAgentNote1_data()
{
    QTest::addColumn<QJsonValue>("isNote");
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("1") << QJsonValue(1);
    QTest::newRow("\"1\"") << QJsonValue(u"1"_s);
}

void TestSandboxMessages::note_isAgentNote1()
{
    QFETCH(QJsonValue, isNote);
    const int id = ticketWith(u"awaiting_agent"_s);
    const QJsonObject before = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    const HttpProbe::Result result =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<p>Internal: checked billing.</p>"_s}, {u"is_note"_s, isNote}});
    QCOMPARE(result.status, 201);
    QCOMPARE(result.data()[u"is_agent_note"_s].toInt(), 1);
    QVERIFY(result.data()[u"is_agent_note"_s].isDouble());
    const QJsonObject after = m_api->get(u"/tickets/%1"_s.arg(id)).data().toObject();
    // A note is no reply: status and reply counters stay.
    QCOMPARE(after.value(u"status"_s), before.value(u"status"_s));
    QCOMPARE(after.value(u"count_agent_replies"_s), before.value(u"count_agent_replies"_s));
}

void TestSandboxMessages::reply_emptyMessage_is400Tree()
{
    const int id = ticketWith(QString(), false);
    for (const QJsonObject &body : {QJsonObject{{u"message"_s, u""_s}}, QJsonObject{{u"message"_s, u"   "_s}},
                                    QJsonObject{{u"is_note"_s, true}}}) {
        const HttpProbe::Result result = m_api->send("POST", u"/tickets/%1/messages"_s.arg(id), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json()[u"status"_s].toInt(), 400);
        QCOMPARE(
            result.json()[u"errors"_s][u"fields"_s][u"message"_s][u"errors"_s][0][u"message"_s].toString(),
            u"This value should not be blank."_s);
    }
}

void TestSandboxMessages::reply_unknownField_is400()
{
    const int id = ticketWith(QString(), false);
    const HttpProbe::Result result = m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                                                 {{u"message"_s, u"x"_s}, {u"colour"_s, u"red"_s}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[u"errors"_s][u"errors"_s][0][u"code"_s].toString(), u"extra_fields"_s);
}

void TestSandboxMessages::reply_textFormat_isEscaped()
{
    const int id = ticketWith(QString(), false);
    const HttpProbe::Result result =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<script>alert(1)</script>\nsecond line"_s}, {u"format"_s, u"text"_s}});
    QCOMPARE(result.status, 201);
    const QString html = result.data()[u"message"_s].toString();
    QVERIFY2(!html.contains(u"<script>"_s), qPrintable(html));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(html.contains(u"<br>"_s));
}

void TestSandboxMessages::reply_withStatus()
{
    const int id = ticketWith(u"awaiting_agent"_s);
    const HttpProbe::Result result =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<p>Wir melden uns.</p>"_s}, {u"status"_s, u"pending"_s}});
    QCOMPARE(result.status, 201);
    QCOMPARE(m_api->get(u"/tickets/%1"_s.arg(id)).data()[u"status"_s].toString(), u"pending"_s);
}

void TestSandboxMessages::blob_uploadAttachDownload()
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i * 7 % 256)); // binary, with CR/LF and NUL bytes inside
    const QJsonObject blob = upload(bytes, "Überweisung beleg.bin", "application/octet-stream");
    QVERIFY(!blob.isEmpty());
    QCOMPARE(blob.value(u"is_temp"_s).toBool(), true);
    QCOMPARE(blob.value(u"filesize"_s).toInt(), 3000);
    QCOMPARE(blob.value(u"is_image"_s).toBool(), false);
    const QString auth = blob.value(u"blob_auth"_s).toString();
    QCOMPARE(blob.value(u"blob_auth_id"_s).toString(),
             u"%1-%2"_s.arg(blob.value(u"blob_id"_s).toInt()).arg(auth));
    QVERIFY(
        blob.value(u"download_url"_s).toString().startsWith(m_sandbox->url().toString() + u"/file.php/"_s));

    const int id = ticketWith(QString(), false);
    const HttpProbe::Result reply =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<p>Beleg anbei.</p>"_s},
                     {u"attachments"_s, QJsonArray{QJsonObject{{u"blob_auth"_s, auth}}}}});
    QCOMPARE(reply.status, 201);
    const QJsonArray attachmentIds = reply.data()[u"attachments"_s].toArray();
    QCOMPARE(attachmentIds.size(), 1);

    const HttpProbe::Result list = m_api->get(u"/tickets/%1/attachments"_s.arg(id));
    QCOMPARE(list.status, 200);
    QJsonObject attachment;
    for (const QJsonValue &value : list.data().toArray()) {
        if (value[u"id"_s] == attachmentIds.first())
            attachment = value.toObject();
    }
    QVERIFY(!attachment.isEmpty());
    // A JSON boolean on attachments, unlike messages.
    QVERIFY(attachment.value(u"is_agent_note"_s).isBool());
    QCOMPARE(attachment.value(u"message"_s), reply.data()[u"id"_s]);
    const QJsonObject stored = attachment.value(u"blob"_s).toObject();
    QCOMPARE(stored.value(u"is_temp"_s).toBool(), false);
    QCOMPARE(stored.value(u"blob_id"_s), blob.value(u"blob_id"_s));
    QCOMPARE(stored.value(u"filename"_s).toString(), u"Überweisung beleg.bin"_s);

    const HttpProbe::Result download = m_api->probe().get(QUrl(stored.value(u"download_url"_s).toString()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, bytes);
    QVERIFY(download.header("Content-Type").startsWith("application/octet-stream"));
    QVERIFY(m_api->get(u"/tickets/%1"_s.arg(id)).data()[u"has_attachments"_s].toBool());
}

void TestSandboxMessages::blob_attachAsMap()
{
    const QJsonObject blob = upload("plain text\n", "notes.txt", "text/plain");
    QVERIFY(!blob.isEmpty());
    const int id = ticketWith(QString(), false);
    const HttpProbe::Result reply =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<p>Map form.</p>"_s},
                     {u"is_note"_s, true},
                     {u"attachments"_s, QJsonObject{{QString::number(blob[u"blob_id"_s].toInt()),
                                                     QJsonObject{{u"blob_auth"_s, blob[u"blob_auth"_s]}}}}}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.data()[u"attachments"_s].toArray().size(), 1);
    bool noteAttachment = false;
    for (const QJsonValue &value : m_api->get(u"/tickets/%1/attachments?count=50"_s.arg(id)).data().toArray())
        noteAttachment = noteAttachment || (value[u"blob"_s][u"blob_id"_s] == blob[u"blob_id"_s] &&
                                            value[u"is_agent_note"_s].toBool());
    QVERIFY(noteAttachment);
}

void TestSandboxMessages::blob_unknownAuth_is400()
{
    const int id = ticketWith(QString(), false);
    const HttpProbe::Result reply =
        m_api->send("POST", u"/tickets/%1/messages"_s.arg(id),
                    {{u"message"_s, u"<p>x</p>"_s},
                     {u"attachments"_s, QJsonArray{QJsonObject{{u"blob_auth"_s, u"NOPE"_s}}}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()[u"errors"_s][u"fields"_s][u"attachments"_s][u"errors"_s][0][u"code"_s].isString());
}

void TestSandboxMessages::blob_withoutFile_is400()
{
    const QByteArray boundary = "b0undary";
    const QByteArray body = "--" + boundary +
                            "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--" +
                            boundary + "--\r\n";
    const HttpProbe::Result result = m_api->probe().send("POST", m_api->url(u"/blobs/temp"_s), body, {},
                                                         "multipart/form-data; boundary=" + boundary);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[u"status"_s].toInt(), 400);
    const HttpProbe::Result json = m_api->send("POST", u"/blobs/temp"_s, {{u"file"_s, u"x"_s}});
    QCOMPARE(json.status, 400);
}

void TestSandboxMessages::blob_unknownDownload_is404()
{
    const QUrl base = m_sandbox->url();
    for (const QString &path :
         {u"/file.php/999999-ABCDEF/x.txt"_s, u"/file.php/garbage/x.txt"_s, u"/file.php/1-x"_s}) {
        const HttpProbe::Result result = m_api->probe().get(QUrl(base.toString() + path));
        QVERIFY2(result.status == 404, qPrintable(path));
    }
}

void TestSandboxMessages::attachments_seededAreDownloadable()
{
    int pngs = 0;
    int texts = 0;
    int pdfs = 0;
    for (const QJsonValue &value : std::as_const(m_tickets)) {
        if (!value[u"has_attachments"_s].toBool())
            continue;
        const int id = value[u"id"_s].toInt();
        for (const QJsonValue &attachment :
             m_api->get(u"/tickets/%1/attachments"_s.arg(id)).data().toArray()) {
            const QJsonValue blob = attachment[u"blob"_s];
            const HttpProbe::Result download = m_api->probe().get(QUrl(blob[u"download_url"_s].toString()));
            QCOMPARE(download.status, 200);
            QCOMPARE(download.body.size(), blob[u"filesize"_s].toInt());
            const QString type = blob[u"content_type"_s].toString();
            if (type == u"image/png") {
                QVERIFY(download.body.startsWith("\x89PNG\r\n\x1a\n"));
                QVERIFY(blob[u"is_image"_s].toBool());
                ++pngs;
            } else if (type == u"application/pdf") {
                QVERIFY(download.body.startsWith("%PDF-"));
                ++pdfs;
            } else if (type == u"text/plain") {
                ++texts;
            }
        }
    }
    QVERIFY(pngs + texts + pdfs > 3);
}

QTEST_MAIN(TestSandboxMessages)
#include "tst_sandbox_messages.moc"
