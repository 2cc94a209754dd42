// Hostile ticket content (issue 7): a corpus of malicious bodies (hostile-corpus/, plus a few
// generated here because they are large) rendered by the real conversation view. Every remote
// reference points at a canary listener on this machine, every local one at files in a canary
// folder watched with inotify. Rendering must leave the readable text, send nothing to the
// canary, open none of the canary files, and not crash.

#include "ConversationView.h"
#include "HardeningReport.h"
#include "content/HtmlSanitizer.h"
#include "store/ReferenceNames.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace {

struct Body
{
    QString name;
    QString html;
};

// Counts opens of the canary folder's files. (Only a folder no other process knows: inotify sees
// every process's opens, so /etc/passwd, which the corpus names too, would count others' reads.)
class OpenWatch
{
public:
    OpenWatch(const QString &folder)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0)
            return;
        if (inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN | IN_ACCESS) < 0) {
            close(m_fd);
            m_fd = -1;
        }
#else
        Q_UNUSED(folder);
#endif
    }
    ~OpenWatch()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            close(m_fd);
#endif
    }
    bool isWatching() const
    {
        return m_fd >= 0;
    }

    // The watched files opened since the last call, by name.
    QStringList opened()
    {
        QStringList names;
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[16384];
        for (;;) {
            const ssize_t length = read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                names << (event->len ? QFile::decodeName(event->name) : QString());
                at += qsizetype(sizeof(inotify_event)) + event->len;
            }
        }
#endif
        return names;
    }

private:
    int m_fd = -1;
};

} // namespace

class HostileContentTest : public QObject
{
    Q_OBJECT

    QTcpServer m_canary;
    QStringList m_contacts; // first bytes of each connection
    QTemporaryDir m_canaryFolder;
    std::unique_ptr<OpenWatch> m_watch;
    QList<Body> m_corpus;
    QStringList m_opened;
    int m_rendered = 0;

    QString canaryHost() const { return QStringLiteral("127.0.0.1:%1").arg(m_canary.serverPort()); }

    QString fill(QString html) const
    {
        QString entities;
        const QString plain = QStringLiteral("http://") + canaryHost();
        for (const QChar c : plain)
            entities += QStringLiteral("&#%1;").arg(c.unicode());
        return html.replace(QLatin1String("@CANARY_ENTITY@"), entities)
            .replace(QLatin1String("@CANARY_HOST@"), canaryHost())
            .replace(QLatin1String("@CANARY_DIR@"), m_canaryFolder.path())
            .replace(QLatin1String("@CANARY@"), QStringLiteral("http://") + canaryHost());
    }

    static Message message(qint64 id, const QString &html, bool isNote)
    {
        Message m;
        m.id = id;
        m.ticketId = 1;
        m.html = html;
        m.isNote = isNote;
        m.dateCreated = QDateTime::currentDateTimeUtc();
        return m;
    }

    void settle()
    {
        // Anything that would go out gets the event loop to do it, and the canary to see it.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_canaryFolder.isValid());
        for (const char *name : {"secret.png", "secret.txt", "bg.png"}) {
            QFile file(QDir(m_canaryFolder.path()).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("canary");
        }
        m_watch = std::make_unique<OpenWatch>(m_canaryFolder.path());
#ifdef Q_OS_LINUX
        QVERIFY2(m_watch->isWatching(), "inotify is needed to see file opens");
#endif
        m_watch->opened(); // the files written above
#ifdef Q_OS_LINUX
        { // The watch sees what it must: a read of a canary file.
            QFile probe(QDir(m_canaryFolder.path()).filePath(QStringLiteral("secret.txt")));
            QVERIFY(probe.open(QIODevice::ReadOnly));
            probe.readAll();
        }
        QVERIFY(m_watch->opened().contains(QStringLiteral("secret.txt")));
#endif

        QVERIFY(m_canary.listen(QHostAddress::LocalHost));
        connect(&m_canary, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_canary.nextPendingConnection()) {
                socket->waitForReadyRead(200);
                m_contacts << QString::fromLatin1(socket->readAll().left(80));
                socket->abort();
                socket->deleteLater();
            }
        });

        { // The canary hears what it must: one connection.
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_canary.serverPort());
            QVERIFY(probe.waitForConnected(5000));
            probe.write("GET /probe HTTP/1.1\r\n\r\n");
            QVERIFY(probe.waitForBytesWritten(5000));
            QTRY_COMPARE(m_contacts.size(), 1);
            QVERIFY(m_contacts.first().startsWith(QLatin1String("GET /probe")));
            m_contacts.clear();
        }

        const QDir corpus(QStringLiteral(DESKHAND_HOSTILE_CORPUS));
        for (const QFileInfo &entry :
             corpus.entryInfoList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
            QFile file(entry.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_corpus.append({entry.baseName(), fill(QString::fromUtf8(file.readAll()))});
        }
        // Too large to keep in the repository.
        const QString longLine = QStringLiteral("A").repeated(80).append(QLatin1Char(' ')).repeated(26000);
        m_corpus.append({QStringLiteral("long-line-2mb"),
                         QStringLiteral("<p>READABLE-long-line-2mb</p><p>%1</p>").arg(longLine)});
        m_corpus.append(
            {QStringLiteral("long-attribute"),
             fill(QStringLiteral("<p title=\"%1\">READABLE-long-attribute</p><img src=\"@CANARY@/%2\">")
                      .arg(QStringLiteral("x").repeated(1000000), QStringLiteral("y").repeated(100000)))});
        QVERIFY2(m_corpus.size() >= 40, "the corpus holds at least 40 bodies");
    }

    void sanitizedBodiesPointNowhere_data()
    {
        QTest::addColumn<QString>("html");
        for (const Body &body : std::as_const(m_corpus))
            QTest::newRow(qPrintable(body.name)) << body.html;
    }

    // The sanitizer's output keeps no reference that rendering could follow: no source, no CSS.
    void sanitizedBodiesPointNowhere()
    {
        QFETCH(QString, html);
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
        // Images keep only Deskhand's own placeholders as their source.
        static const QRegularExpression loads(
            QStringLiteral("\\b(src(?!=\"(remote-image|attachment):)|srcset|background|poster|data|action|"
                           "formaction|ping|style|codebase)\\s*="),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!loads.match(result.html).hasMatch(), qPrintable(loads.match(result.html).captured()));
        QVERIFY(!result.html.contains(QLatin1String("url("), Qt::CaseInsensitive));
        QVERIFY(!result.html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
        QVERIFY(!result.html.contains(QLatin1String("<style"), Qt::CaseInsensitive));
        QVERIFY(!result.html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!result.html.contains(QChar(0x202E)));
        // Links that remain go to what LinkPolicy allows: never file:, javascript:, data: or UNC.
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(result.html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("http://")) ||
                         target.startsWith(QLatin1String("https://")) ||
                         target.startsWith(QLatin1String("mailto:")),
                     qPrintable(target));
        }
    }

    void renderedBodiesContactNothing_data()
    {
        sanitizedBodiesPointNowhere_data();
    }

    // Each body alone, as a reply and as a note, in the real view, painted.
    void renderedBodiesContactNothing()
    {
        QFETCH(QString, html);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QSqlDatabase none; // no store: names stay empty
        const ReferenceNames names(none);
        Ticket ticket;
        ticket.id = 1;
        ticket.subject = name;
        ConversationView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showConversation(ticket, {message(1, html, false), message(2, html, true)}, names);
        view.repaint();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        view.repaint();
        settle();
        ++m_rendered;

        QVERIFY2(m_contacts.isEmpty(), qPrintable(m_contacts.join(QLatin1String(" | "))));
        const QStringList opened = m_watch->opened();
        m_opened += opened;
        QVERIFY2(opened.isEmpty(), qPrintable(opened.join(QLatin1String(", "))));
        for (const QString &resource : view.requestedResources())
            QVERIFY2(resource.startsWith(QLatin1String("remote-image:")) ||
                         resource.startsWith(QLatin1String("attachment:")),
                     qPrintable(resource));
        // (A body that holds no readable marker, like UTF-16 bytes taken as UTF-8, only must not harm.)
        if (html.contains(QStringLiteral("READABLE-") + name))
            QVERIFY2(view.toPlainText().contains(QStringLiteral("READABLE-") + name),
                     "the readable text survives");
    }

    // Everything at once, in one ticket: what an agent's conversation with an attacker looks like.
    void wholeCorpusInOneConversation()
    {
        QList<Message> messages;
        for (const Body &body : std::as_const(m_corpus))
            messages << message(messages.size() + 1, body.html, messages.size() % 2);
        QSqlDatabase none;
        const ReferenceNames names(none);
        Ticket ticket;
        ticket.id = 1;
        ticket.subject = QStringLiteral("Everything at once");
        ConversationView view;
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showConversation(ticket, messages, names);
        for (int step = 0; step <= 10; ++step) {
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * step / 10);
            view.repaint();
        }
        QTest::qWait(300); // a connection that was started gets the time to arrive
        ++m_rendered;
        QVERIFY2(m_contacts.isEmpty(), qPrintable(m_contacts.join(QLatin1String(" | "))));
        const QStringList opened = m_watch->opened();
        m_opened += opened;
        QVERIFY2(opened.isEmpty(), qPrintable(opened.join(QLatin1String(", "))));
        const QString text = view.toPlainText();
        for (const Body &body : std::as_const(m_corpus)) {
            if (body.html.contains(QStringLiteral("READABLE-") + body.name))
                QVERIFY2(text.contains(QStringLiteral("READABLE-") + body.name), qPrintable(body.name));
        }
    }

    void cleanupTestCase()
    {
        const bool met = m_contacts.isEmpty() && m_opened.isEmpty() && m_rendered == m_corpus.size() + 1;
        HardeningReport::record(
            QStringLiteral("hostile-content"),
            QStringLiteral("%1 hostile ticket bodies (pixels, CSS url()/@import, file:/UNC, "
                           "scripts, SVG, forms, frames, 5,000-deep nesting, 2 MB lines, "
                           "invalid UTF-8) rendered as reply, note and all at once")
                .arg(m_corpus.size()),
            QStringLiteral("%1 canary requests, %2 files opened outside Deskhand's data, "
                           "0 crashes (%3 of %4 renderings done)")
                .arg(m_contacts.size())
                .arg(m_opened.size())
                .arg(m_rendered)
                .arg(m_corpus.size() + 1),
            met);
    }
};

QTEST_MAIN(HostileContentTest)
#include "tst_hostile_content.moc"
