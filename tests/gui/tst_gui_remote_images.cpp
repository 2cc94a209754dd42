// Remote images in a customer's message stay blocked: rendering asks the web for nothing. The
// agent clicks "Show images" on that message, and only then Deskhand's own network manager
// fetches them: without credentials and without cookies (even one the image server set a moment
// before), and shows them. An image that is too large, or an answer that is not an image, is
// shown as a placeholder with the reason.

#include "ConversationView.h"
#include "RemoteImageFetcher.h"
#include "ScriptedHttpServer.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QTextDocument>

class RemoteImagesTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;
    ScriptedHttpServer m_images;
    QByteArray m_png;

    ConversationView *conversation() const { return m_fixture.window().conversation(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_images.isListening());
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_images.answer = [this](const QByteArray &request) {
            const QByteArray line = request.left(request.indexOf("\r\n"));
            if (line.contains(" /pixel.png "))
                return ScriptedHttpServer::reply("200 OK",
                                                 "Content-Type: image/png\r\nSet-Cookie: tracker=agent-42; "
                                                 "Path=/\r\n",
                                                 m_png);
            if (line.contains(" /huge.png "))
                return ScriptedHttpServer::reply("200 OK", "Content-Type: image/png\r\n",
                                                 QByteArray(RemoteImageFetcher::maxBytes + 1024, 'x'));
            if (line.contains(" /page.html "))
                return ScriptedHttpServer::reply("200 OK", "Content-Type: text/html\r\n",
                                                 "<html><body>not an image</body></html>");
            return ScriptedHttpServer::reply("404 Not Found", {}, {});
        };
    }

    void imagesComeOnlyWhenAskedAndWithoutCredentials()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        const qint64 ticketId = m_fixture.window().ticketList()->ticketAt(0).id;
        const QString mark = SignedInWindow::marker();
        const QString html = QStringLiteral("<p>See the screenshot %1</p><img src=\"%2\" alt=\"shot\">"
                                            "<img src=\"%3\"><img src=\"%4\">")
                                 .arg(mark, m_images.url(QStringLiteral("/pixel.png")).toString(),
                                      m_images.url(QStringLiteral("/huge.png")).toString(),
                                      m_images.url(QStringLiteral("/page.html")).toString());
        const qint64 messageId = m_fixture.postCustomerMessage(ticketId, html);
        QVERIFY(messageId > 0);
        QVERIFY(m_fixture.syncNow());
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QTRY_VERIFY(conversation()->toPlainText().contains(mark));

        // Rendered, and the web not asked: the images are placeholders with a way to show them.
        conversation()->repaint();
        QTest::qWait(300); // time for anything that would go out to arrive
        QCOMPARE(m_images.requests, 0);
        QVERIFY(conversation()->toPlainText().contains(QStringLiteral("from the web not shown")));
        QVERIFY(!conversation()->imagesShown(messageId));

        // The agent asks for this message's images.
        QVERIFY(m_fixture.clickLink(ConversationView::showImagesLink(messageId)));
        QTRY_VERIFY_WITH_TIMEOUT(conversation()->imagesShown(messageId), 30000);
        QCOMPARE(m_images.requests, 3);
        QCOMPARE(m_images.authorizations, 0);
        for (const QByteArray &request : std::as_const(m_images.seen)) {
            const QByteArray lower = request.toLower();
            QVERIFY2(!lower.contains("\r\nauthorization:"), request.constData());
            QVERIFY2(!lower.contains("\r\ncookie:"), request.constData()); // not even the tracker's
        }
        // The helpdesk's credentials stayed with the helpdesk: the image server is another origin.
        QVERIFY(m_images.seen.constFirst().startsWith("GET /pixel.png "));

        // The image is in the conversation; the two others are placeholders that say why.
        const QVariant shown = conversation()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("remote-image:%1/0/shown").arg(messageId)));
        QCOMPARE(qvariant_cast<QImage>(shown).size(), QSize(20, 10));
        QVERIFY(conversation()->requestedResources().contains(
            QStringLiteral("remote-image:%1/0/shown").arg(messageId)));
        const QString text = conversation()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Image 2 not shown: The image is larger than 5 MB.")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Image 3 not shown: The address did not answer with an image.")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("from the web not shown")));

        // Another message's images stay blocked; reading the ticket again fetches nothing more.
        QVERIFY(m_fixture.window().openTicketByKey(
            QString::number(m_fixture.window().ticketList()->ticketAt(1).id)));
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QTest::qWait(300);
        QCOMPARE(m_images.requests, 3);
        QVERIFY(!conversation()->imagesShown(messageId)); // blocked again once the ticket was left
    }
};

QTEST_MAIN(RemoteImagesTest)
#include "tst_gui_remote_images.moc"
