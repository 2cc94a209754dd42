// Attachments in the conversation: each message lists its files with name and size. Open makes
// a private temporary copy (decrypted from the vault into a folder only the agent can read) and
// hands it to the system; the copy goes when the ticket closes, the whole folder when the account
// closes, and what a crashed run left goes at the next start. A file sync did not bring (too
// large) is fetched from the helpdesk when opened and kept in the vault. Save writes where the
// agent chose. Programs and scripts are never opened.

#include "ConversationView.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "account/AttachmentCopies.h"
#include "store/AttachmentRepository.h"
#include "store/Store.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <sys/types.h>
#include <utime.h>

// Stands in for the desktop: what Deskhand asks it to open.
class OpenedFiles : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;
    QList<QByteArray> contents;

public slots:
    void open(const QUrl &url)
    {
        urls << url;
        QFile file(url.toLocalFile());
        contents << (file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
};

class AttachmentsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;
    OpenedFiles m_desktop;

    ConversationView *conversation() const { return m_fixture.window().conversation(); }

    AttachmentRepository attachments() const
    {
        return AttachmentRepository(m_fixture.account().store()->reader().value());
    }

    // Message attachments with a local copy, from the seeded helpdesk (sync brings small ones).
    std::optional<Attachment> keptAttachment() const
    {
        for (int row = 0; row < m_fixture.window().ticketList()->rowCount(); ++row) {
            const qint64 ticketId = m_fixture.window().ticketList()->ticketAt(row).id;
            const auto found = attachments().byTicket(ticketId);
            for (const Attachment &attachment : found.value()) {
                const auto local = attachments().localCopy(attachment.id);
                if (local && local.value() && AttachmentCopies::mayOpen(attachment.filename))
                    return attachment;
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_desktop, "open");
        QVERIFY(m_fixture.clickQueue(QStringLiteral("all")));
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void init() { QVERIFY(m_fixture.activate()); }

    void openMakesAPrivateCopyThatGoesWithTheTicket()
    {
        const std::optional<Attachment> attachment = keptAttachment();
        QVERIFY2(attachment, "the seeded helpdesk has no synced attachment");
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(attachment->ticketId)));
        const QString text = conversation()->toPlainText();
        QVERIFY2(text.contains(attachment->filename), qPrintable(text));
        QVERIFY(text.contains(QLocale().formattedDataSize(attachment->size)));

        m_desktop.urls.clear();
        m_desktop.contents.clear();
        QVERIFY(m_fixture.clickLink(ConversationView::openAttachmentLink(attachment->id)));
        QTRY_COMPARE(m_desktop.urls.size(), 1);
        const QString path = m_desktop.urls.constFirst().toLocalFile();
        const QFileInfo copy(path);
        QCOMPARE(copy.fileName(), AttachmentCopies::safeFileName(attachment->filename));
        // The same bytes as on the helpdesk.
        const HttpProbe::Result original = m_fixture.probe().get(attachment->downloadUrl);
        QCOMPARE(original.status, 200);
        QCOMPARE(m_desktop.contents.constFirst(), original.body);
        // Private: the agent's alone, in Deskhand's own folder.
        const QString folder = m_fixture.session().attachmentCopies().folder();
        QVERIFY(path.startsWith(folder + QLatin1Char('/')));
        QCOMPARE(copy.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const QFileInfo place(copy.absolutePath());
        QCOMPARE(place.permissions() &
                     (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(folder).permissions() &
                     (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(m_fixture.window().ticketPane()->openedCopies(), QStringList{path});

        // Another ticket: the copy goes.
        const qint64 other = m_fixture.window().ticketList()->ticketAt(0).id == attachment->ticketId
                                 ? m_fixture.window().ticketList()->ticketAt(1).id
                                 : m_fixture.window().ticketList()->ticketAt(0).id;
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(other)));
        QTRY_VERIFY(!QFileInfo::exists(path));
        QTRY_VERIFY(!QFileInfo::exists(copy.absolutePath()));
        QVERIFY(QFileInfo(folder).isDir()); // the session's folder stays while the account is open
    }

    void largeFilesComeWhenOpenedAndProgramsAreNotOpened()
    {
        const qint64 ticketId = m_fixture.window().ticketList()->ticketAt(2).id;
        // Larger than what sync brings along (5 MB): only its name comes with the sync.
        QByteArray large(6 * 1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < large.size(); ++i)
            large[i] = char('a' + i % 26);
        const QString largeAuth = m_fixture.uploadBlob("measurements.csv", "text/csv", large);
        const QString programAuth =
            m_fixture.uploadBlob("invoice.pdf.exe", "application/octet-stream", "MZ...");
        QVERIFY(!largeAuth.isEmpty() && !programAuth.isEmpty());
        const QString mark = SignedInWindow::marker();
        QVERIFY(m_fixture.postCustomerMessage(ticketId, QStringLiteral("<p>Files %1</p>").arg(mark),
                                              {largeAuth, programAuth}) > 0);
        QVERIFY(m_fixture.syncNow());
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QTRY_VERIFY(conversation()->toPlainText().contains(mark));

        std::optional<Attachment> csv;
        std::optional<Attachment> program;
        for (const Attachment &attachment : attachments().byTicket(ticketId).value()) {
            if (attachment.filename == QLatin1String("measurements.csv"))
                csv = attachment;
            if (attachment.filename == QLatin1String("invoice.pdf.exe"))
                program = attachment;
        }
        QVERIFY(csv && program);
        QVERIFY(!attachments().localCopy(csv->id).value()); // not fetched by sync
        const QString text = conversation()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("invoice.pdf.exe")));
        QVERIFY(text.contains(QStringLiteral("a program or script")));
        // A program has no Open link at all, only Save.
        QVERIFY(conversation()->revealAnchor(ConversationView::openAttachmentLink(program->id)).isEmpty());
        QVERIFY(!conversation()->revealAnchor(ConversationView::saveAttachmentLink(program->id)).isEmpty());
        m_desktop.urls.clear();
        m_desktop.contents.clear();
        m_fixture.window().ticketPane()->openAttachment(program->id); // asked for anyway: refused
        QTest::qWait(300);
        QCOMPARE(m_desktop.urls.size(), 0);

        m_fixture.admin().reset();
        QVERIFY(m_fixture.clickLink(ConversationView::openAttachmentLink(csv->id)));
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.urls.size(), 1, 30000);
        QCOMPARE(m_desktop.contents.constFirst().size(), large.size());
        QVERIFY(m_desktop.contents.constFirst() == large);
        QCOMPARE(m_fixture.admin().requests("GET", QStringLiteral("/file.php/")).size(), 1);
        // Kept in the vault now: opening it again asks the helpdesk nothing.
        QVERIFY(attachments().localCopy(csv->id).value());
        QVERIFY(m_fixture.clickLink(ConversationView::openAttachmentLink(csv->id)));
        QTRY_COMPARE(m_desktop.urls.size(), 2);
        QCOMPARE(m_fixture.admin().requests("GET", QStringLiteral("/file.php/")).size(), 1);
        QCOMPARE(m_desktop.contents.at(1), large);
    }

    void saveWritesWhereTheAgentChose()
    {
        const std::optional<Attachment> attachment = keptAttachment();
        QVERIFY(attachment);
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(attachment->ticketId)));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("saved-copy.bin"));

        QVERIFY(m_fixture.clickLink(ConversationView::saveAttachmentLink(attachment->id)));
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_fixture.window().findChild<QFileDialog *>(QStringLiteral("saveAttachmentDialog"))) &&
            dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(target);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
        QTRY_VERIFY(buttons->button(QDialogButtonBox::Save)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(target));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_fixture.probe().get(attachment->downloadUrl).body);
    }

    void leftoversOfACrashedRunAreSweptAndTheAccountsFolderGoesWithIt()
    {
        // A folder like the ones a run makes, left by a run that is gone (no lock, a while ago).
        const QString leftover =
            QDir(AttachmentCopies::area())
                .filePath(QStringLiteral("deskhand-opened-gui%1").arg(SignedInWindow::marker()));
        QVERIFY(QDir().mkpath(leftover + QStringLiteral("/0123456789abcdef")));
        {
            QFile file(leftover + QStringLiteral("/0123456789abcdef/contract.pdf"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 customer data");
        }
        utimbuf old{};
        old.actime = old.modtime = time(nullptr) - 600;
        QCOMPARE(::utime(QFile::encodeName(leftover).constData(), &old), 0);

        const QString mine = m_fixture.session().attachmentCopies().folder();
        QVERIFY(QFileInfo(mine).isDir());
        AttachmentCopies::sweepLeftovers();
        QVERIFY(!QFileInfo::exists(leftover));
        QVERIFY(QFileInfo(mine).isDir()); // a running Deskhand's own stays

        // The account closes: its copies go.
        m_fixture.window().showAccount(nullptr);
        // Once its session has finished its work: up to a minute, as for any leaving session
        // (tst_account_controller), since the sanitized suite on a loaded machine needed more than 30 s.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(mine), 60000);
    }
};

QTEST_MAIN(AttachmentsTest)
#include "tst_gui_attachments.moc"
