#include "Terminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

bool progressShown = false;

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Terminal::print(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void Terminal::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    write(stdout, document.toJson(QJsonDocument::Indented));
}

void Terminal::error(const QString &text)
{
    endProgress();
    // One line: runs of spaces and line breaks collapsed. Not simplified(), which would also turn
    // the no-break spaces of French typography ("inconnue : ") into plain ones.
    static const QRegularExpression breaks(QStringLiteral("[ \\t\\r\\n]+"));
    QString line = text;
    line.replace(breaks, QStringLiteral(" "));
    line = line.trimmed();
    write(stderr, QStringLiteral("deskhand-cli: %1\n").arg(line).toUtf8());
}

bool Terminal::isInteractive()
{
    return isatty(fileno(stderr)) != 0;
}

void Terminal::progress(const QString &label, qint64 done, qint64 total)
{
    if (!isInteractive())
        return;
    constexpr int width = 30;
    const int filled = total > 0 ? int(std::min<qint64>(width, done * width / total)) : 0;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QLocale locale;
    const QString counts = total > 0
                               ? QStringLiteral("%1/%2").arg(locale.toString(done), locale.toString(total))
                               : locale.toString(done);
    write(stderr, QStringLiteral("\r%1 [%2] %3").arg(label, bar, counts).toUtf8());
    progressShown = true;
}

void Terminal::endProgress()
{
    if (progressShown)
        write(stderr, "\n");
    progressShown = false;
}

std::optional<QByteArray> Terminal::readInput(const QString &path, QString *error, qint64 maxBytes)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("cli", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate("cli", "%1 is larger than %2 MB.").arg(path).arg(maxBytes >> 20);
        return std::nullopt;
    }
    return bytes;
}
