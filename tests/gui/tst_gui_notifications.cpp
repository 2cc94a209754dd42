// The tray's count and notifications: a ticket created on the helpdesk arrives with the next sync
// (F5) in a watched queue and is announced; clicking the notification opens it. Settings (Ctrl+,)
// choose the watched queues and the retention, kept in the account's store.

#include "ConversationView.h"
#include "SettingsDialog.h"
#include "SignedInWindow.h"
#include "TrayIcon.h"
#include "store/QueueWatch.h"
#include "store/Store.h"
#include "store/StoreSettings.h"

#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class NotificationsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        // Deskhand's own settings file goes to a throwaway folder, not the tester's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void aNewTicketInAWatchedQueueIsAnnounced()
    {
        // The tray takes stock once the window has painted its queue, off the UI thread.
        TrayIcon *tray = m_fixture.window().tray();
        QTRY_COMPARE(tray->watchedQueues(), QueueWatch::defaultQueues());
        QTRY_VERIFY(!tray->isLooking() && tray->count() > 0);
        const int before = tray->count();
        QSignalSpy notified(tray, &TrayIcon::notified);

        const QString mark = SignedInWindow::marker();
        const auto created = m_fixture.sendJson(
            "POST", QStringLiteral("/tickets"),
            QJsonObject{
                {QStringLiteral("person"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Gui Customer")},
                             {QStringLiteral("email"), QStringLiteral("gui-%1@example.com").arg(mark)}}},
                {QStringLiteral("subject"), QStringLiteral("Printer on fire %1").arg(mark)},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>Help</p>")},
                             {QStringLiteral("format"), QStringLiteral("html")}}}});
        QCOMPARE(created.status, 201);
        const qint64 ticketId = created.data().toObject().value(u"id").toInteger();
        QVERIFY(ticketId > 0);
        QCOMPARE(m_fixture.remoteTicket(ticketId).value(u"agent").toInteger(), 0); // unassigned: watched

        m_fixture.window().ticketView()->setFocus();
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 60000);
        const QList<Ticket> arrived = notified.constFirst().constFirst().value<QList<Ticket>>();
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.constFirst().id, ticketId);
        QCOMPARE(tray->count(), before + 1);
        QVERIFY(tray->toolTip().contains(QString::number(before + 1)));

        // A second sync with nothing new announces nothing.
        QSignalSpy synced(&m_fixture.session(), &AccountSession::syncFinished);
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QTRY_VERIFY(!tray->isLooking()); // its look after that sync is over
        QCOMPARE(notified.count(), 1);

        // Clicking the notification opens the ticket.
        tray->openLastNotified();
        QTRY_COMPARE(m_fixture.window().openTicketId(), ticketId);
        QVERIFY(m_fixture.window().conversation()->toPlainText().contains(mark));
    }

    void settingsChooseWhatIsWatched()
    {
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_fixture.window().findChild<SettingsDialog *>()) && dialog->isVisible());

        // Only "Awaiting agent", chosen with the keyboard: Space toggles the current queue.
        QListWidget *queues = dialog->watchedQueues();
        queues->setFocus();
        for (int row = 0; row < queues->count(); ++row) {
            const bool wanted =
                queues->item(row)->data(Qt::UserRole).toString() == QLatin1String("awaiting-agent");
            queues->setCurrentRow(row);
            if ((queues->item(row)->checkState() == Qt::Checked) != wanted)
                QTest::keyClick(queues, Qt::Key_Space);
            QCOMPARE(queues->item(row)->checkState() == Qt::Checked, wanted);
        }
        QSpinBox *retention = dialog->retentionDays();
        retention->setFocus();
        retention->selectAll();
        QTest::keyClicks(retention, QStringLiteral("30"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);

        QTRY_COMPARE(m_fixture.window().tray()->watchedQueues(),
                     QStringList{QStringLiteral("awaiting-agent")});
        auto reader = m_fixture.account().store()->reader();
        QVERIFY(reader);
        QCOMPARE(StoreSettings(reader.value()).value(StoreSettings::retentionDaysKey()).value().toInt(), 30);
        QCOMPARE(QueueWatch::watchedQueues(reader.value()), QStringList{QStringLiteral("awaiting-agent")});
    }
};

QTEST_MAIN(NotificationsTest)
#include "tst_gui_notifications.moc"
