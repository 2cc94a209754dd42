// deskhand-cli speaks the system's language: LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as other
// programs on the system read them, with Qt's own catalogue (the usage line) and Deskhand's
// (its messages) in that language, and English when the system speaks none Deskhand has.

#include "CliRunner.h"
#include "i18n/Translations.h"

#include <QTest>

using Environment = QList<QPair<QString, QString>>;

class CliLanguageTest : public QObject
{
    Q_OBJECT

    static CliRunner::Run run(const Environment &environment, const QStringList &arguments)
    {
        CliRunner cli;
        for (const auto &[name, value] : environment)
            cli.setEnvironment(name, value);
        return cli.run(arguments);
    }

    // What Deskhand's catalogue for `code` says for the unknown-command message, as the
    // application itself would say it.
    static QString unknownCommand(const QString &code)
    {
        Translations translations;
        translations.apply(Language::fromCode(code));
        return QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(QStringLiteral("frobnicate"));
    }

private slots:
    void followsTheSystem_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("LANG=de") << Environment{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}}
                                 << QStringLiteral("de") << QByteArray("Aufruf:");
        QTest::newRow("LC_ALL=fr beats LANG")
            << Environment{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                           {QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8")}}
            << QStringLiteral("fr") << QByteArray("Utilisation :");
        QTest::newRow("LC_MESSAGES=de")
            << Environment{{QStringLiteral("LC_MESSAGES"), QStringLiteral("de_AT.UTF-8")}}
            << QStringLiteral("de") << QByteArray("Aufruf:");
        QTest::newRow("LANGUAGE=fr:de")
            << Environment{{QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8")},
                           {QStringLiteral("LANGUAGE"), QStringLiteral("fr:de")}}
            << QStringLiteral("fr") << QByteArray("Utilisation :");
        QTest::newRow("Spanish: English")
            << Environment{{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")}} << QStringLiteral("en")
            << QByteArray("Usage:");
        QTest::newRow("C") << Environment{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}}
                           << QStringLiteral("en") << QByteArray("Usage:");
    }

    void followsTheSystem()
    {
        QFETCH(Environment, environment);
        QFETCH(QString, code);
        QFETCH(QByteArray, usage);
        const CliRunner::Run help = run(environment, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(usage), help.out.left(80).constData());

        const CliRunner::Run wrong = run(environment, {QStringLiteral("frobnicate")});
        QCOMPARE(wrong.exitCode, 2);
        const QString expected = unknownCommand(code);
        QVERIFY2(
            QString::fromUtf8(wrong.err).contains(expected),
            qPrintable(QStringLiteral("expected “%1” in: %2").arg(expected, QString::fromUtf8(wrong.err))));
    }
};

QTEST_GUILESS_MAIN(CliLanguageTest)
#include "tst_cli_language.moc"
