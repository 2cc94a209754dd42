// deskhand-cli as scripts meet it: output streams and exit codes.

#include <QProcess>
#include <QTest>

class CliBasicsTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(DESKHAND_CLI_BIN), args);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void printsItsVersion()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("deskhand-cli "));
        QVERIFY(run.out.contains(QByteArray(".")));
    }

    void helpDocumentsTheExitCodes()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *line :
             {"0  done", "2  usage", "3  queued offline", "4  credentials needed", "5  conflict"})
            QVERIFY2(run.out.contains(line), line);
    }

    void usageErrorsExitWithTwoAndOneLine()
    {
        for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                        QStringList{QStringLiteral("--no-such-option")}}) {
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count('\n'), 1);
        }
    }
};

QTEST_GUILESS_MAIN(CliBasicsTest)
#include "tst_cli_basics.moc"
