#include "SampleFile.h"

#include <QtEndian>

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFU;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

} // namespace

QByteArray SampleFile::png(SeedRandom &rng)
{
    constexpr int size = 16;
    const int red = rng.below(256);
    const int green = rng.below(256);
    const int blue = rng.below(256);
    QByteArray rows;
    for (int y = 0; y < size; ++y) {
        rows.append(char(0)); // filter: none
        for (int x = 0; x < size; ++x) {
            const bool stripe = ((x + y) / 4) % 2 == 0;
            rows.append(char(stripe ? red : 255 - red));
            rows.append(char(stripe ? green : 255 - green));
            rows.append(char(stripe ? blue : 255 - blue));
        }
    }
    QByteArray header = bigEndian(size) + bigEndian(size);
    header.append(char(8));    // bit depth
    header.append(char(2));    // colour type: RGB
    header.append(3, char(0)); // compression, filter, interlace
    // qCompress prefixes the zlib stream with its own 4-byte length; PNG wants the bare stream.
    const QByteArray zlib = qCompress(rows).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", QByteArray());
}

QByteArray SampleFile::textLog(SeedRandom &rng)
{
    QByteArray out;
    const int lines = rng.between(4, 9);
    for (int i = 0; i < lines; ++i) {
        out += QStringLiteral("2026-09-%1 %2:%3:%4 %5 export: %6\n")
                   .arg(rng.between(10, 28))
                   .arg(rng.between(8, 18), 2, 10, QLatin1Char('0'))
                   .arg(rng.below(60), 2, 10, QLatin1Char('0'))
                   .arg(rng.below(60), 2, 10, QLatin1Char('0'))
                   .arg(i == lines - 1 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
                   .arg(i == lines - 1 ? QStringLiteral("renderer crashed (signal 11)")
                                       : QStringLiteral("page %1 rendered").arg(i + 1))
                   .toUtf8();
    }
    return out;
}

QByteArray SampleFile::pdf(const QString &title)
{
    QString safe = title;
    safe.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('\\'));
    const QByteArray text = "BT /F1 14 Tf 24 60 Td (" + safe.toLatin1() + ") Tj ET";
    return "%PDF-1.4\n"
           "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 120] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
           "4 0 obj << /Length " +
           QByteArray::number(text.size()) + " >> stream\n" + text +
           "\nendstream endobj\n"
           "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
           "trailer << /Root 1 0 R >>\n%%EOF\n";
}
