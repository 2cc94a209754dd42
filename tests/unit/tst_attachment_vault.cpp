// AttachmentVault: AES-256-GCM files with their own keys; round trips, tampering is detected,
// no plaintext on disk, names cannot leave the folder.

#include "store/AttachmentVault.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class AttachmentVaultTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AttachmentVault vault() const { return AttachmentVault(m_dir.filePath(QStringLiteral("attachments"))); }

    QString pathOf(const VaultFile &file) const { return QDir(vault().folder()).filePath(file.fileName); }

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Invoice 4711 for ACME, total 1,234.00 EUR");
        QByteArray big(1 << 20, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QTest::newRow("1 MiB") << big;
    }

    void roundTrips()
    {
        QFETCH(QByteArray, bytes);
        const auto file = vault().put(bytes);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(file.value().isValid());
        QVERIFY(AttachmentVault::isVaultFileName(file.value().fileName));
        QCOMPARE(QFileInfo(pathOf(file.value())).size(), bytes.size() + 4 + 12 + 16);
        const auto back = vault().get(file.value());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), bytes);
    }

    void keepsNoPlaintextAndNoTemporaryFiles()
    {
        const QByteArray secret("CANARY-attachment-7d1f9e secret words");
        const auto file = vault().put(secret);
        QVERIFY(file.ok());
        QFile stored(pathOf(file.value()));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray raw = stored.readAll();
        QVERIFY(!raw.contains("CANARY"));
        QVERIFY(!raw.contains("secret"));
        for (const QString &name : QDir(vault().folder()).entryList(QDir::Files))
            QVERIFY2(AttachmentVault::isVaultFileName(name), qPrintable(name));
        // Same bytes, new key and nonce: nothing repeats.
        const auto again = vault().put(secret);
        QVERIFY(again.value().key != file.value().key);
        QVERIFY(again.value().fileName != file.value().fileName);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("magic") << 0;
        QTest::newRow("nonce") << 6;
        QTest::newRow("ciphertext") << 20;
        QTest::newRow("tag") << -1;
    }

    void detectsTampering()
    {
        QFETCH(int, offset);
        const auto file = vault().put(QByteArray("pay 100 EUR to account 12345"));
        QVERIFY(file.ok());
        QFile stored(pathOf(file.value()));
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QByteArray raw = stored.readAll();
        const qsizetype at = offset < 0 ? raw.size() - 1 : offset;
        raw[at] = char(raw.at(at) ^ 0x01);
        stored.seek(0);
        stored.write(raw);
        stored.close();
        const auto back = vault().get(file.value());
        QVERIFY(!back.ok());
        QVERIFY(!back.error().isEmpty());
    }

    void refusesTheWrongKeyAndTruncation()
    {
        const auto file = vault().put(QByteArray("hello"));
        QVERIFY(file.ok());
        VaultFile wrong = file.value();
        wrong.key[0] = char(wrong.key.at(0) ^ 0x80);
        QVERIFY(!vault().get(wrong).ok());

        QFile stored(pathOf(file.value()));
        QVERIFY(stored.resize(10));
        QVERIFY(!vault().get(file.value()).ok());
    }

    void refusesNamesOutsideTheFolder()
    {
        for (const QString &name : {QStringLiteral("../store.db"), QStringLiteral("/etc/passwd"),
                                    QStringLiteral(""), QStringLiteral("ABCDEF0123456789ABCDEF0123456789")}) {
            QVERIFY(!AttachmentVault::isVaultFileName(name));
            QVERIFY(!vault().get(VaultFile{name, QByteArray(32, 'k')}).ok());
            QVERIFY(!vault().remove(name));
        }
    }

    void removes()
    {
        const auto file = vault().put(QByteArray("bye"));
        QVERIFY(file.ok());
        QVERIFY(QFile::exists(pathOf(file.value())));
        QVERIFY(vault().remove(file.value().fileName));
        QVERIFY(!QFile::exists(pathOf(file.value())));
        QVERIFY(vault().remove(file.value().fileName)); // already gone is fine
        QVERIFY(!vault().get(file.value()).ok());
    }
};

QTEST_GUILESS_MAIN(AttachmentVaultTest)
#include "tst_attachment_vault.moc"
