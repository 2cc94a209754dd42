// deskhand-sandbox's faults on demand (PUT /_sandbox/faults), each observed from the client's
// side over real sockets.

#include "HttpProbe.h"
#include "RawHttp.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plan_putGetDelete();
    void plan_rejectsUnknownKindsAndFields();
    void latency_delaysTheAnswer();
    void status_answers5xxWithErrorTree_data();
    void status_answers5xxWithErrorTree();
    void rateLimit_retryAfterSeconds();
    void rateLimit_retryAfterHttpDate();
    void maintenance_is423();
    void reset_givesNetworkError();
    void reset_sendsNoByte();
    void dropAfterCommit_appliesChangeWithoutAnswer();
    void truncate_sendsPartOfTheBody();
    void malformed_sendsBrokenJson();
    void drip_deliversTheFullBodySlowly();
    void offline_refusesConnectionsThenComesBack();
    void offline_now();
    void matching_byMethodAndRegex();
    void rate_isDeterministicForTheSeed();
    void faults_neverApplyToSandboxControls();

private:
    QUrl api(const QString &path) const { return m_sandbox->url().resolved(QUrl(u"/api/v2"_s + path)); }
    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }
    void setFaults(const QJsonArray &faults);
    QJsonArray requestLog();
    int someTicketId();
    QByteArray rawRequest(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_probe;
    HttpProbe m_admin;
};

void TestSandboxFaults::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 20;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_admin.setKey(m_sandbox->adminKey());
    m_probe.setKey(m_sandbox->apiKey());
}

void TestSandboxFaults::init()
{
    QVERIFY(m_sandbox->isRunning());
    QCOMPARE(m_admin.send("DELETE", at(u"/_sandbox/requests"_s)).status, 200);
}

void TestSandboxFaults::cleanup()
{
    m_admin.send("DELETE", at(u"/_sandbox/faults"_s));
}

void TestSandboxFaults::setFaults(const QJsonArray &faults)
{
    const auto result = m_admin.sendJson("PUT", at(u"/_sandbox/faults"_s), faults);
    QVERIFY2(result.status == 200, result.body.constData());
}

QJsonArray TestSandboxFaults::requestLog()
{
    return m_admin.get(at(u"/_sandbox/requests"_s)).json().object().value(u"requests"_s).toArray();
}

int TestSandboxFaults::someTicketId()
{
    HttpProbe probe;
    probe.setKey(m_sandbox->apiKey());
    return probe.get(api(u"/tickets?count=1"_s)).data().toArray().first().toObject().value(u"id"_s).toInt();
}

QByteArray TestSandboxFaults::rawRequest(const QByteArray &method, const QString &path,
                                         const QByteArray &body) const
{
    QByteArray request = method + ' ' + path.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: key " + m_sandbox->apiKey() +
                         "\r\nAccept: application/json\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

void TestSandboxFaults::plan_putGetDelete()
{
    setFaults({QJsonObject{
        {u"kind"_s, u"status"_s}, {u"path"_s, u"/api/v2/tickets"_s}, {u"count"_s, 2}, {u"status"_s, 502}}});
    auto plan = m_admin.get(at(u"/_sandbox/faults"_s)).json().object().value(u"faults"_s).toArray();
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).toObject().value(u"remaining"_s).toInt(), 2);

    QCOMPARE(m_probe.get(api(u"/tickets"_s)).status, 502);
    plan = m_admin.get(at(u"/_sandbox/faults"_s)).json().object().value(u"faults"_s).toArray();
    QCOMPARE(plan.at(0).toObject().value(u"remaining"_s).toInt(), 1);
    QCOMPARE(plan.at(0).toObject().value(u"applied"_s).toInt(), 1);

    QCOMPARE(m_admin.send("DELETE", at(u"/_sandbox/faults"_s)).status, 200);
    QCOMPARE(m_admin.get(at(u"/_sandbox/faults"_s)).json().object().value(u"faults"_s).toArray().size(), 0);
    QCOMPARE(m_probe.get(api(u"/tickets"_s)).status, 200);
}

void TestSandboxFaults::plan_rejectsUnknownKindsAndFields()
{
    auto result = m_admin.sendJson("PUT", at(u"/_sandbox/faults"_s),
                                   QJsonArray{QJsonObject{{u"kind"_s, u"explode"_s}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"status"_s).toInt(), 400);
    result = m_admin.sendJson("PUT", at(u"/_sandbox/faults"_s),
                              QJsonArray{QJsonObject{{u"kind"_s, u"latency"_s}, {u"millis"_s, 5}}});
    QCOMPARE(result.status, 400);
    result = m_admin.sendJson("PUT", at(u"/_sandbox/faults"_s),
                              QJsonArray{QJsonObject{{u"kind"_s, u"status"_s}, {u"rate"_s, 2}}});
    QCOMPARE(result.status, 400);
}

void TestSandboxFaults::latency_delaysTheAnswer()
{
    setFaults({QJsonObject{{u"kind"_s, u"latency"_s}, {u"ms"_s, 600}, {u"count"_s, 1}}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_probe.get(api(u"/helpdesk/discover"_s)).status, 200);
    QVERIFY2(timer.elapsed() >= 590, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::status_answers5xxWithErrorTree_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestSandboxFaults::status_answers5xxWithErrorTree()
{
    QFETCH(int, status);
    setFaults({QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, status}, {u"count"_s, 1}}});
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, status);
    const QJsonObject body = result.json().object();
    QCOMPARE(body.value(u"status"_s).toInt(), status);
    QVERIFY(!body.value(u"code"_s).toString().isEmpty());
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_probe.get(api(u"/me"_s)).status, 200);
    const QJsonArray log = requestLog();
    QCOMPARE(log.at(0).toObject().value(u"fault"_s).toString(), u"status"_s);
    QCOMPARE(log.at(0).toObject().value(u"status"_s).toInt(), status);
}

void TestSandboxFaults::rateLimit_retryAfterSeconds()
{
    setFaults({QJsonObject{{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, 7}, {u"count"_s, 1}}});
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("7"));
    QCOMPARE(result.json().object().value(u"status"_s).toInt(), 429);
}

void TestSandboxFaults::rateLimit_retryAfterHttpDate()
{
    setFaults({QJsonObject{{u"kind"_s, u"rate_limit"_s},
                           {u"retry_after"_s, 120},
                           {u"form"_s, u"http-date"_s},
                           {u"count"_s, 1}}});
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, 429);
    const QString value = QString::fromLatin1(result.header("Retry-After"));
    QDateTime when = QLocale::c().toDateTime(value, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    when.setTimeZone(QTimeZone::utc());
    QVERIFY2(when.isValid(), qPrintable(value));
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(when);
    QVERIFY2(ahead > 60 && ahead <= 121, qPrintable(value));
}

void TestSandboxFaults::maintenance_is423()
{
    setFaults({QJsonObject{{u"kind"_s, u"maintenance"_s}, {u"count"_s, 1}}});
    const auto result = m_probe.get(api(u"/tickets"_s));
    QCOMPARE(result.status, 423);
    QCOMPARE(result.json().object().value(u"status"_s).toInt(), 423);
    QVERIFY(!result.json().object().value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_probe.get(api(u"/tickets"_s)).status, 200);
}

void TestSandboxFaults::reset_givesNetworkError()
{
    // No count: QNetworkAccessManager retries a request whose connection dies before any
    // answer byte, so every attempt must meet the fault for the error to surface.
    setFaults({QJsonObject{{u"kind"_s, u"reset"_s}, {u"path"_s, u"/api/v2/me"_s}}});
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.error != QNetworkReply::TimeoutError);
    const QJsonArray log = requestLog();
    QVERIFY(!log.isEmpty());
    for (const QJsonValue &entry : log) {
        QCOMPARE(entry.toObject().value(u"fault"_s).toString(), u"reset"_s);
        QCOMPARE(entry.toObject().value(u"dropped"_s).toBool(), true);
    }
}

void TestSandboxFaults::reset_sendsNoByte()
{
    setFaults({QJsonObject{{u"kind"_s, u"reset"_s}, {u"count"_s, 1}}});
    const RawHttp::Exchange exchange = RawHttp::send(m_sandbox->url(), rawRequest("GET", u"/api/v2/me"_s));
    QVERIFY(exchange.connected);
    QVERIFY(exchange.closedByServer);
    QCOMPARE(exchange.received, QByteArray());
}

void TestSandboxFaults::dropAfterCommit_appliesChangeWithoutAnswer()
{
    const int ticket = someTicketId();
    QVERIFY(ticket > 0);
    const QString marker = u"dropped-but-committed-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"message"_s, u"<p>%1</p>"_s.arg(marker)}, {u"format"_s, u"html"_s}})
            .toJson(QJsonDocument::Compact);
    setFaults({QJsonObject{{u"kind"_s, u"drop_after_commit"_s}, {u"method"_s, u"POST"_s}, {u"count"_s, 1}}});

    const RawHttp::Exchange exchange = RawHttp::send(
        m_sandbox->url(), rawRequest("POST", u"/api/v2/tickets/%1/messages"_s.arg(ticket), body));
    QVERIFY(exchange.connected);
    QVERIFY(exchange.closedByServer);
    QCOMPARE(exchange.received, QByteArray());

    const auto messages = m_probe.get(api(u"/tickets/%1/messages?count=200"_s.arg(ticket)));
    QCOMPARE(messages.status, 200);
    int found = 0;
    for (const QJsonValue &message : messages.data().toArray())
        found += message.toObject().value(u"message"_s).toString().contains(marker) ? 1 : 0;
    QCOMPARE(found, 1);

    const QJsonArray log = requestLog();
    const QJsonObject post = log.at(1).toObject();
    QCOMPARE(post.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(post.value(u"status"_s).toInt(), 201);
    QCOMPARE(post.value(u"dropped"_s).toBool(), true);
    QCOMPARE(post.value(u"fault"_s).toString(), u"drop_after_commit"_s);
}

void TestSandboxFaults::truncate_sendsPartOfTheBody()
{
    const QByteArray full = m_probe.get(api(u"/tickets?count=5"_s)).body;
    setFaults({QJsonObject{{u"kind"_s, u"truncate"_s}, {u"count"_s, 1}}});
    const RawHttp::Exchange exchange =
        RawHttp::send(m_sandbox->url(), rawRequest("GET", u"/api/v2/tickets?count=5"_s));
    QCOMPARE(exchange.status(), 200);
    QVERIFY(exchange.closedByServer);
    const qint64 announced = exchange.header("Content-Length").toLongLong();
    QCOMPARE(announced, qint64(full.size()));
    QCOMPARE(qint64(exchange.body().size()), announced / 2);

    setFaults({QJsonObject{{u"kind"_s, u"truncate"_s}, {u"count"_s, 1}, {u"bytes"_s, 10}}});
    const auto result = m_probe.get(api(u"/tickets?count=5"_s));
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.body.size() <= 10);
}

void TestSandboxFaults::malformed_sendsBrokenJson()
{
    setFaults({QJsonObject{{u"kind"_s, u"malformed"_s}, {u"count"_s, 1}}});
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(requestLog().at(0).toObject().value(u"fault"_s).toString(), u"malformed"_s);
}

void TestSandboxFaults::drip_deliversTheFullBodySlowly()
{
    const auto normal = m_probe.get(api(u"/me"_s));
    setFaults({QJsonObject{
        {u"kind"_s, u"drip"_s}, {u"chunk_bytes"_s, 40}, {u"interval_ms"_s, 30}, {u"count"_s, 1}}});
    QElapsedTimer timer;
    timer.start();
    const auto dripped = m_probe.get(api(u"/me"_s));
    QCOMPARE(dripped.status, 200);
    QCOMPARE(dripped.error, QNetworkReply::NoError);
    QCOMPARE(dripped.data(), normal.data());
    const qint64 chunks = (dripped.body.size() + 39) / 40;
    QVERIFY2(timer.elapsed() >= (chunks - 1) * 30 - 5, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::offline_refusesConnectionsThenComesBack()
{
    setFaults({QJsonObject{{u"kind"_s, u"offline"_s}, {u"duration_ms"_s, 1500}, {u"count"_s, 1}}});
    const auto trigger = m_probe.get(api(u"/helpdesk/discover"_s));
    QCOMPARE(trigger.status, 0);

    HttpProbe fresh;
    const auto refused = fresh.get(api(u"/helpdesk/discover"_s));
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);

    bool back = false;
    for (int i = 0; i < 100 && !back; ++i) {
        QTest::qWait(100);
        HttpProbe again;
        back = again.get(api(u"/helpdesk/discover"_s)).status == 200;
    }
    QVERIFY2(back, "the sandbox did not listen again on the same port");
}

void TestSandboxFaults::offline_now()
{
    setFaults({QJsonObject{{u"kind"_s, u"offline"_s}, {u"duration_ms"_s, 1000}, {u"now"_s, true}}});
    QTest::qWait(100);
    HttpProbe fresh;
    QCOMPARE(fresh.get(api(u"/helpdesk/discover"_s)).error, QNetworkReply::ConnectionRefusedError);
    bool back = false;
    for (int i = 0; i < 100 && !back; ++i) {
        QTest::qWait(100);
        HttpProbe again;
        back = again.get(api(u"/helpdesk/discover"_s)).status == 200;
    }
    QVERIFY(back);
}

void TestSandboxFaults::matching_byMethodAndRegex()
{
    setFaults({QJsonObject{
        {u"kind"_s, u"status"_s}, {u"method"_s, u"GET"_s}, {u"path"_s, u"^/api/v2/tickets/\\d+$"_s}}});
    const int ticket = someTicketId();
    QCOMPARE(m_probe.get(api(u"/tickets/%1"_s.arg(ticket))).status, 500);
    QCOMPARE(m_probe.get(api(u"/tickets"_s)).status, 200);
    QCOMPARE(m_probe.get(api(u"/tickets/%1/messages"_s.arg(ticket))).status, 200);
    QVERIFY(m_probe.send("PUT", api(u"/tickets/%1"_s.arg(ticket)), "{}").status != 500);

    setFaults({QJsonObject{{u"kind"_s, u"status"_s}, {u"path"_s, u"/api/v2/me"_s}, {u"status"_s, 503}}});
    QCOMPARE(m_probe.get(api(u"/me"_s)).status, 503);
    QCOMPARE(m_probe.get(api(u"/helpdesk/discover"_s)).status, 200);
}

void TestSandboxFaults::rate_isDeterministicForTheSeed()
{
    const QJsonArray plan{
        QJsonObject{{u"kind"_s, u"status"_s}, {u"path"_s, u"/api/v2/me"_s}, {u"rate"_s, 0.5}}};
    auto pattern = [&] {
        setFaults(plan);
        QString out;
        for (int i = 0; i < 24; ++i)
            out += m_probe.get(api(u"/me"_s)).status == 500 ? u'x' : u'.';
        return out;
    };
    const QString first = pattern();
    const QString second = pattern();
    QCOMPARE(second, first);
    QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
}

void TestSandboxFaults::faults_neverApplyToSandboxControls()
{
    setFaults({QJsonObject{{u"kind"_s, u"status"_s}}, QJsonObject{{u"kind"_s, u"reset"_s}}});
    QCOMPARE(m_admin.get(at(u"/_sandbox/faults"_s)).status, 200);
    QCOMPARE(m_admin.get(at(u"/_sandbox/requests"_s)).status, 200);
    QCOMPARE(m_probe.get(api(u"/me"_s)).status, 500);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
