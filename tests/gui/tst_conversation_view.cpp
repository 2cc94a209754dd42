// The conversation view against hostile ticket HTML: readable text comes through, and
// rendering contacts nothing. A canary server on this machine stands where every remote
// resource points; it must see no connection, and the view must ask for no resource other
// than its own placeholders.

#include "ConversationView.h"
#include "store/ReferenceNames.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTest>

class ConversationViewTest : public QObject
{
    Q_OBJECT

    QTcpServer m_canary;
    int m_contacts = 0;

    QString canary(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_canary.serverPort()).arg(path);
    }

    static Message message(qint64 id, const QString &html, bool isNote = false)
    {
        Message m;
        m.id = id;
        m.ticketId = 1;
        m.html = html;
        m.isNote = isNote;
        m.dateCreated = QDateTime::currentDateTimeUtc();
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_canary.listen(QHostAddress::LocalHost));
        connect(&m_canary, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_canary.nextPendingConnection()) {
                ++m_contacts;
                socket->abort();
            }
        });
    }

    void hostileMailRendersAndContactsNothing()
    {
        const QList<QString> bodies{
            QStringLiteral("<p>Dear team,</p><img src=\"%1\" width=1 height=1>")
                .arg(canary(QStringLiteral("pixel.gif"))),
            QStringLiteral("<div style=\"background:url('%1')\">Styled text</div>")
                .arg(canary(QStringLiteral("bg"))),
            QStringLiteral("<style>@import url(%1); p{background:url(%1)}</style><p>Imported</p>")
                .arg(canary(QStringLiteral("css"))),
            QStringLiteral("<link rel=stylesheet href=\"%1\"><p>Linked</p>")
                .arg(canary(QStringLiteral("link.css"))),
            QStringLiteral("<iframe src=\"%1\"></iframe><p>Framed</p>").arg(canary(QStringLiteral("frame"))),
            QStringLiteral("<script src=\"%1\"></script><p>Scripted</p>").arg(canary(QStringLiteral("js"))),
            QStringLiteral("<form action=\"%1\"><input name=pw></form><p>Formed</p>")
                .arg(canary(QStringLiteral("form"))),
            QStringLiteral("<svg><image href=\"%1\"/></svg><p>Vector</p>").arg(canary(QStringLiteral("svg"))),
            QStringLiteral(
                "<img src=\"file:///etc/passwd\"><img src=\"\\\\\\\\evil\\\\share\\\\x.png\"><p>Paths</p>"),
            QStringLiteral(
                "<img src=\"../../../../etc/hostname\"><img src=\"/etc/hostname\"><p>Relative</p>"),
            QStringLiteral("<table background=\"%1\"><tr><td>Cell</td></tr></table>")
                .arg(canary(QStringLiteral("tbl"))),
            QStringLiteral("<body background=\"%1\"><p>Body</p></body>").arg(canary(QStringLiteral("body"))),
            QStringLiteral("<a href=\"javascript:alert(1)\">Click me</a>"),
            QStringLiteral("<p>%1</p>").arg(QStringLiteral("<div>").repeated(3000) + QStringLiteral("Deep")),
        };
        QList<Message> messages;
        for (int i = 0; i < bodies.size(); ++i)
            messages << message(i + 1, bodies[i], i % 3 == 0);

        QSqlDatabase none; // no store: names stay empty
        const ReferenceNames names(none);
        Ticket ticket;
        ticket.id = 1;
        ticket.subject = QStringLiteral("Hostile mail");
        ConversationView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showConversation(ticket, messages, names);
        view.repaint();
        QTest::qWait(500); // time for anything that would go out to arrive

        QCOMPARE(m_contacts, 0);
        for (const QString &name : view.requestedResources())
            QVERIFY2(name.startsWith(QLatin1String("remote-image:")) ||
                         name.startsWith(QLatin1String("attachment:")),
                     qPrintable(name));
        const QString text = view.toPlainText();
        for (const char *readable :
             {"Dear team", "Styled text", "Imported", "Linked", "Framed", "Scripted", "Formed", "Vector",
              "Paths", "Relative", "Cell", "Body", "Click me", "Deep"})
            QVERIFY2(text.contains(QLatin1String(readable)), readable);
    }

    void notesLookDifferentFromReplies()
    {
        QSqlDatabase none;
        const ReferenceNames names(none);
        ConversationView view;
        view.showConversation(Ticket{},
                              {message(1, QStringLiteral("<p>to the customer</p>")),
                               message(2, QStringLiteral("<p>for colleagues</p>"), true)},
                              names);
        const QString html = view.toHtml();
        QVERIFY(view.toPlainText().contains(QStringLiteral("Internal note")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Reply")));
        QVERIFY(html.contains(QStringLiteral("#fff4ce"))); // the note's tint
    }

    void onlyAllowedLinksAreOffered()
    {
        ConversationView view;
        QSignalSpy offered(&view, &ConversationView::openLinkRequested);
        for (const char *href : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                                 "smb://host/share", "deskhand://wipe"})
            emit view.anchorClicked(QUrl(QString::fromLatin1(href)));
        QCOMPARE(offered.count(), 0);
        emit view.anchorClicked(QUrl(QStringLiteral("https://example.com/help")));
        emit view.anchorClicked(QUrl(QStringLiteral("mailto:support@example.com")));
        QCOMPARE(offered.count(), 2);
    }
};

QTEST_MAIN(ConversationViewTest)
#include "tst_conversation_view.moc"
