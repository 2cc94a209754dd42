// German and French with the real catalogues (translations/*.ts as built into the program): the
// main views — the window with a ticket open, Settings, the outbox, the bulk change, the sign-in
// dialog (address and methods) and the keyboard shortcuts — each in both languages, after the
// language was switched at runtime. For each: no English text of the catalogue is left (the
// helpdesk's own names aside), and no label, button, check box, group box title or tab is
// narrower than its text needs (TextFit). CTest runs it twice: at 100 % and, as
// tst_gui_languages_200, with QT_SCALE_FACTOR=2.
//
// DESKHAND_SCREENSHOTS=FOLDER writes each view as FOLDER/<view>-<language>.png (-200 at 200 %):
// the README's screenshots come from here (docs/screenshots).

#include "BulkChangeDialog.h"
#include "NewTicketDialog.h"
#include "OutboxDialog.h"
#include "Retranslation.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "SignedInWindow.h"
#include "TextFit.h"
#include "TicketPane.h"
#include "TicketWindow.h"
#include "TranslationCatalogue.h"
#include "VisibleTexts.h"
#include "i18n/Translations.h"
#include "store/ReferenceData.h"
#include "store/Store.h"

#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class LanguagesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<Retranslation> m_retranslation;
    SignedInWindow m_fixture;
    QHash<QString, TranslationCatalogue> m_catalogues;

    void speak(const QString &code)
    {
        QSignalSpy retranslated(m_retranslation.get(), &Retranslation::done);
        QVERIFY2(m_translations->apply(Language::fromCode(code)), qPrintable(code));
        QTRY_VERIFY(retranslated.count() > 0);
        QCoreApplication::processEvents();
    }

    // One view: shown, in its language, everything fitting, shot when asked.
    void check(QWidget *view, const QString &name, const QString &code)
    {
        QVERIFY(view->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCoreApplication::processEvents(); // layouts settle
        const QList<VisibleTexts::Text> texts = VisibleTexts::of(view);
        const QStringList leftovers =
            m_catalogues.value(code).englishLeftovers(VisibleTexts::texts(texts), m_fixture.helpdeskNames());
        QVERIFY2(leftovers.isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) shows English: %3")
                                .arg(name, code, VisibleTexts::describe(texts, leftovers))));
        const QStringList cramped = TextFit::problems(view);
        QVERIFY2(cramped.isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) at %3 %: %4")
                                .arg(name, code, scale(), cramped.join(QStringLiteral("; ")))));
        const QString folder = qEnvironmentVariable("DESKHAND_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            const QString suffix = scale() == QLatin1String("100") ? QString() : QLatin1Char('-') + scale();
            const QString file = QDir(folder).filePath(QStringLiteral("%1-%2%3.png").arg(name, code, suffix));
            QVERIFY2(view->grab().save(file, "PNG"), qPrintable(file));
        }
    }

    static QString scale()
    {
        const QByteArray factor = qgetenv("QT_SCALE_FACTOR");
        return factor.isEmpty() ? QStringLiteral("100") : QString::number(qRound(factor.toDouble() * 100));
    }

    template <typename Dialog>
    Dialog *waitFor()
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_fixture.window().findChild<Dialog *>();
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QString error;
            m_catalogues[code] = TranslationCatalogue::read(
                QStringLiteral(TRANSLATIONS_DIR "/deskhand_%1.ts").arg(code), &error);
            QVERIFY2(m_catalogues[code].messages().size() > 300, qPrintable(error));
        }
        m_translations = std::make_unique<Translations>();
        QVERIFY(m_translations->apply(Language::english()));
        m_retranslation = std::make_unique<Retranslation>(*m_translations);
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.clickTicket(0));
    }

    void views_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void views()
    {
        QFETCH(QString, code);
        speak(code);
        MainWindow &window = m_fixture.window();
        QVERIFY(m_fixture.activate());

        // The window with a ticket open.
        check(&window, QStringLiteral("ticket"), code);
        if (QTest::currentTestFailed())
            return;

        window.showSettings();
        auto *settings = waitFor<SettingsDialog>();
        QVERIFY(settings);
        check(settings, QStringLiteral("settings"), code);
        if (QTest::currentTestFailed())
            return;
        settings->close();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());

        window.showOutbox();
        QVERIFY(window.outboxDialog() && window.outboxDialog()->isVisible());
        check(window.outboxDialog(), QStringLiteral("outbox"), code);
        if (QTest::currentTestFailed())
            return;
        window.outboxDialog()->close();

        QVERIFY(m_fixture.activate());
        window.changeSelected(); // the open ticket when none is selected
        auto *bulk = waitFor<BulkChangeDialog>();
        QVERIFY(bulk);
        check(bulk, QStringLiteral("bulk-change"), code);
        if (QTest::currentTestFailed())
            return;
        bulk->reject();
        QTRY_VERIFY(!window.findChild<BulkChangeDialog *>());

        window.showShortcuts();
        auto *shortcuts = waitFor<ShortcutsDialog>();
        QVERIFY(shortcuts);
        check(shortcuts, QStringLiteral("shortcuts"), code);
        if (QTest::currentTestFailed())
            return;
        shortcuts->close();
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());

        window.newTicket();
        auto *newTicket = waitFor<NewTicketDialog>();
        QVERIFY(newTicket);
        check(newTicket, QStringLiteral("new-ticket"), code);
        if (QTest::currentTestFailed())
            return;
        newTicket->reject(); // nothing typed: closes without asking
        QTRY_VERIFY(!window.findChild<NewTicketDialog *>());

        // The open ticket in a window of its own.
        TicketWindow *own = window.openTicketWindow(window.ticketPane()->ticketId());
        QVERIFY(own);
        QVERIFY(QTest::qWaitForWindowExposed(own));
        check(own, QStringLiteral("ticket-window"), code);
        if (QTest::currentTestFailed())
            return;
        own->close();
        QTRY_VERIFY(window.ticketWindows().isEmpty());

        // The sign-in dialog: the address, then (the sandbox found) every method's tab.
        AccountRegistry registry(m_fixture.cli().home());
        SignInDialog signIn(registry);
        signIn.show();
        check(&signIn, QStringLiteral("sign-in"), code);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy discovered(&signIn, &SignInDialog::discovered);
        signIn.setAddress(m_fixture.sandbox().url().toString());
        signIn.discover();
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 30000);
        QVERIFY2(discovered.constFirst().constFirst().toBool(), qPrintable(signIn.message()));
        auto *methods = signIn.findChild<QTabWidget *>();
        QVERIFY(methods);
        for (int tab = methods->count() - 1; tab >= 0; --tab) {
            methods->setCurrentIndex(tab);
            check(&signIn,
                  tab == 0 ? QStringLiteral("sign-in-methods") : QStringLiteral("sign-in-method-%1").arg(tab),
                  code);
            if (QTest::currentTestFailed())
                return;
        }
        signIn.close();
    }
};

QTEST_MAIN(LanguagesTest)
#include "tst_gui_languages.moc"
