// Languages and translations below the UI: Language's codes and locales, TextOrigins giving a
// text shown in one language again in another (contexts, placeholders, plural counts, numbers),
// Translations installing Deskhand's and Qt's catalogues and the locale, and TimeText's
// relative times with plural forms.

#include "i18n/Language.h"
#include "i18n/TextOrigins.h"
#include "i18n/TimeText.h"
#include "i18n/Translations.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

namespace {

// A catalogue in memory: "context|source" → its forms (one, or singular and plural).
class Catalogue : public QTranslator
{
public:
    QHash<QString, QStringList> texts;

    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        const QStringList forms =
            texts.value(QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(sourceText));
        if (forms.isEmpty())
            return {};
        return forms.size() == 1 || n == 1 ? forms.constFirst() : forms.at(1);
    }
    bool isEmpty() const override { return texts.isEmpty(); }
};

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

    Catalogue m_german;
    TextOrigins m_origins;
    QLocale m_english{QLocale::English, QLocale::UnitedStates};

    // As Translations does: the locale, then the origins (re)installed with the catalogues.
    void speak(const QList<const QTranslator *> &catalogues, const QLocale &locale)
    {
        QLocale::setDefault(locale);
        QCoreApplication::removeTranslator(&m_origins);
        m_origins.setCatalogues(catalogues);
        QCoreApplication::installTranslator(&m_origins);
    }

private slots:
    void initTestCase()
    {
        m_german.texts = {
            {QStringLiteral("ComposerWidget|Reply"), {QStringLiteral("Antworten")}},
            {QStringLiteral("ConversationView|Reply"), {QStringLiteral("Antwort")}},
            {QStringLiteral("BuiltInQueue|Pending"), {QStringLiteral("Ausstehend")}},
            {QStringLiteral("MainWindow|Ticket %1 is not on this computer."),
             {QStringLiteral("Ticket %1 ist nicht auf diesem Computer.")}},
            {QStringLiteral("StatusArea|Syncing: %L1 of %L2 tickets"),
             {QStringLiteral("Synchronisiere: %L1 von %L2 Tickets")}},
            {QStringLiteral("StatusArea|Outbox: %n waiting"),
             {QStringLiteral("Postausgang: %n wartet"), QStringLiteral("Postausgang: %n warten")}},
            {QStringLiteral("MainWindow|%1 (%L2)"), {QStringLiteral("%1 (%L2)")}},
            {QStringLiteral("TimeText|%n minute(s) ago"),
             {QStringLiteral("vor %n Minute"), QStringLiteral("vor %n Minuten")}},
        };
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_origins);
        QLocale::setDefault(m_english);
    }

    void languages()
    {
        QCOMPARE(Language::codes(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QVERIFY(Language::fromCode(QString()).followsSystem());
        QVERIFY(Language::fromCode(QStringLiteral("system")).followsSystem());
        QVERIFY(Language::fromCode(QStringLiteral("xx")).followsSystem()); // not a language Deskhand has
        QCOMPARE(Language::fromCode(QStringLiteral("de_CH.UTF-8")).code(), QStringLiteral("de"));
        QCOMPARE(Language::fromCode(QStringLiteral("fr")).catalogue(), QStringLiteral("fr"));
        QCOMPARE(Language::fromCode(QStringLiteral("fr")).nativeName(), QStringLiteral("Français"));
        QCOMPARE(Language::fromCode(QStringLiteral("de")).locale().language(), QLocale::German);
        QCOMPARE(Language::choices().size(), 4);
        QVERIFY(Language::choices().constFirst().followsSystem());
        // The tests run with LANG=C.UTF-8: the system speaks no language Deskhand has but English.
        QCOMPARE(Language().catalogue(), QStringLiteral("en"));
    }

    void exactTextsByTheirOwnContext()
    {
        speak({}, m_english);
        const QString reply = QCoreApplication::translate("ComposerWidget", "Reply");
        QCOMPARE(QCoreApplication::translate("ConversationView", "Reply"), reply);
        QCOMPARE(QCoreApplication::translate("BuiltInQueue", "Pending"), QStringLiteral("Pending"));
        speak({&m_german}, QLocale(QLocale::German));

        // The same English word, two messages: the nearest context decides.
        const QStringList composer{QStringLiteral("QToolButton"), QStringLiteral("ComposerWidget"),
                                   QStringLiteral("ConversationView"), QStringLiteral("MainWindow")};
        QCOMPARE(m_origins.retranslated(reply, composer, m_english), QStringLiteral("Antworten"));
        const QStringList conversation{QStringLiteral("ConversationView"), QStringLiteral("MainWindow")};
        QCOMPARE(m_origins.retranslated(reply, conversation, m_english), QStringLiteral("Antwort"));
        // A status named "Pending" in a combo box of the properties: the helpdesk's word, left alone.
        const QStringList properties{QStringLiteral("QComboBox"), QStringLiteral("PropertiesPanel"),
                                     QStringLiteral("MainWindow")};
        QCOMPARE(m_origins.retranslated(QStringLiteral("Pending"), properties, m_english), std::nullopt);
        // A text no translation made: nothing to do.
        QCOMPARE(m_origins.retranslated(QStringLiteral("Printer on fire"), composer, m_english),
                 std::nullopt);
        // A text of the current catalogues is current.
        QCOMPARE(m_origins.retranslated(QCoreApplication::translate("ComposerWidget", "Reply"), composer,
                                        m_english),
                 std::nullopt);
    }

    void placeholdersKeepTheirValues()
    {
        speak({}, m_english);
        const QString missing =
            QCoreApplication::translate("MainWindow", "Ticket %1 is not on this computer.")
                .arg(QStringLiteral("ABCD-1234"));
        const QString syncing =
            QCoreApplication::translate("StatusArea", "Syncing: %L1 of %L2 tickets").arg(1234).arg(56789);
        QCOMPARE(syncing, QStringLiteral("Syncing: 1,234 of 56,789 tickets"));
        const QString waiting = QCoreApplication::translate("StatusArea", "Outbox: %n waiting", nullptr, 3);
        const QString one = QCoreApplication::translate("StatusArea", "Outbox: %n waiting", nullptr, 1);
        const QString count =
            QCoreApplication::translate("MainWindow", "%1 (%L2)").arg(QStringLiteral("Bold"), 7);
        speak({&m_german}, QLocale(QLocale::German));

        const QStringList window{QStringLiteral("StatusArea"), QStringLiteral("MainWindow")};
        QCOMPARE(m_origins.retranslated(missing, window, m_english),
                 QStringLiteral("Ticket ABCD-1234 ist nicht auf diesem Computer."));
        // Numbers read the old way, written the new way.
        QCOMPARE(m_origins.retranslated(syncing, window, m_english),
                 QStringLiteral("Synchronisiere: 1.234 von 56.789 Tickets"));
        // The count picks the plural form again.
        QCOMPARE(m_origins.retranslated(waiting, window, m_english), QStringLiteral("Postausgang: 3 warten"));
        QCOMPARE(m_origins.retranslated(one, window, m_english), QStringLiteral("Postausgang: 1 wartet"));
        // Nothing but placeholders and brackets: too loose to say what it was.
        QCOMPARE(m_origins.retranslated(count, window, m_english), std::nullopt);
        QCOMPARE(m_origins.retranslated(QStringLiteral("Italic (Ctrl+I)"), window, m_english), std::nullopt);
    }

    void theMostSpecificTemplateWins()
    {
        // English, then German, then French: the German title must be read with the German
        // template (which leaves "host" as %1), not the English one (which would take the
        // German words for part of %1 and keep them).
        Catalogue german;
        german.texts = {{QStringLiteral("MainWindow|%1 — Deskhand"), {QStringLiteral("Ü %1 — Deskhand")}}};
        Catalogue french;
        french.texts = {{QStringLiteral("MainWindow|%1 — Deskhand"), {QStringLiteral("É %1 — Deskhand")}}};
        const QStringList window{QStringLiteral("MainWindow")};
        speak({}, m_english);
        const QString english = QCoreApplication::translate("MainWindow", "%1 — Deskhand").arg(u"host");
        speak({&german}, QLocale(QLocale::German));
        const std::optional<QString> inGerman = m_origins.retranslated(english, window, m_english);
        QCOMPARE(inGerman, QStringLiteral("Ü host — Deskhand"));
        speak({&french}, QLocale(QLocale::French));
        QCOMPARE(m_origins.retranslated(*inGerman, window, QLocale(QLocale::German)),
                 QStringLiteral("É host — Deskhand"));
    }

    void translationsInstallCataloguesAndLocale()
    {
        Translations translations;
        QCOMPARE(Translations::instance(), &translations);
        QVERIFY(translations.apply(Language::fromCode(QStringLiteral("fr"))));
        QCOMPARE(translations.catalogue(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        // Qt's own catalogue came with it (Debian: qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QVERIFY(translations.apply(Language::english()));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(translations.previousLocale().language(), QLocale::French);
        QVERIFY(translations.origins().size() > 0);
        QVERIFY(translations.apply(Language::fromCode(QStringLiteral("de"))));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void relativeTimes()
    {
        const QDateTime now = QDateTime(QDate(2025, 3, 14), QTime(12, 0), QTimeZone::utc());
        speak({}, m_english);
        QCOMPARE(TimeText::relative(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(TimeText::relative(now.addSecs(30), now),
                 QStringLiteral("just now")); // clocks differ a little
        QVERIFY(TimeText::relative(now.addSecs(-5 * 60), now).startsWith(QStringLiteral("5 minute")));
        QVERIFY(TimeText::relative(now.addSecs(-3 * 3600), now).startsWith(QStringLiteral("3 hour")));
        QVERIFY(TimeText::relative(now.addDays(-2), now).startsWith(QStringLiteral("2 day")));
        QCOMPARE(TimeText::relative(now.addDays(-30), now),
                 QLocale().toString(now.addDays(-30).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(TimeText::relative(QDateTime(), now), QString());

        speak({&m_german}, QLocale(QLocale::German));
        QCOMPARE(TimeText::relative(now.addSecs(-60), now), QStringLiteral("vor 1 Minute"));
        QCOMPARE(TimeText::relative(now.addSecs(-5 * 60), now), QStringLiteral("vor 5 Minuten"));
        const QDateTime old = now.addDays(-30);
        QCOMPARE(TimeText::relative(old, now),
                 QLocale(QLocale::German).toString(old.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(TimeText::dateTime(old),
                 QLocale(QLocale::German).toString(old.toLocalTime(), QLocale::ShortFormat));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
