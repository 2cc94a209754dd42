// Replays the fuzzer's seed corpus (tests/fuzz/corpus/json) through the same checks the
// fuzzer runs, so that every build exercises the mapping with recorded answers, whatever the
// compiler. Also pins down what a few seeds must map to.

#include "JsonMappingTarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

class JsonCorpusReplayTest : public QObject
{
    Q_OBJECT

    static QByteArray seed(const QString &name)
    {
        QFile file(QStringLiteral(DESKHAND_FUZZ_CORPUS "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing seed %s", qPrintable(name));
        return file.readAll();
    }

private slots:
    void everySeedRunsThroughTheMapping()
    {
        const QDir corpus(QStringLiteral(DESKHAND_FUZZ_CORPUS));
        const QStringList seeds = corpus.entryList(QDir::Files);
        QVERIFY(seeds.size() >= 10);
        for (const QString &name : seeds) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            JsonMappingTarget::run(file.readAll());
        }
    }

    void recordedPagesMap()
    {
        const auto tickets = DeskproJson::envelope(seed(QStringLiteral("tickets_page.json")));
        QVERIFY(tickets.ok());
        const auto page = DeskproJson::page<Ticket>(tickets.value(), &DeskproJson::ticket);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(1).personId, 58);
        QCOMPARE(page->pagination.total, 5445);

        const auto messages = DeskproJson::page<Message>(
            DeskproJson::envelope(seed(QStringLiteral("messages_page.json"))).value(), &DeskproJson::message);
        QVERIFY(messages.ok());
        QCOMPARE(messages->items.size(), 3);

        const auto offsets = DeskproJson::page<Ticket>(
            DeskproJson::envelope(seed(QStringLiteral("filter_tickets_offsets.json"))).value(),
            &DeskproJson::ticket);
        QVERIFY(offsets.ok());
        QCOMPARE(offsets->pagination.style, Pagination::Style::Offsets);
    }

    void brokenSeedsAreRefused()
    {
        QVERIFY(!DeskproJson::envelope(seed(QStringLiteral("truncated.json"))).ok());
        QVERIFY(!DeskproJson::envelope(seed(QStringLiteral("bad_meta.json"))).ok());
        const auto badId = DeskproJson::envelope(seed(QStringLiteral("bad_id.json")));
        QVERIFY(badId.ok());
        QVERIFY(!DeskproJson::page<Ticket>(badId.value(), &DeskproJson::ticket).ok());
    }
};

QTEST_GUILESS_MAIN(JsonCorpusReplayTest)
#include "tst_json_corpus_replay.moc"
