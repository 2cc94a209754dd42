#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// deskhand-cli's side of the terminal: results on stdout, one clear line per error on stderr,
// a progress bar only when stderr is a terminal, and input from a file or stdin ("-").
class Terminal
{
public:
    static void print(const QString &text);        // a line on stdout
    static void printJson(const QJsonValue &json); // indented, on stdout
    static void error(const QString &text);        // one line on stderr: newlines are folded
    static void progress(const QString &label, qint64 done, qint64 total);
    static void endProgress();

    // The contents of `path`, or of stdin for "-"; nullopt with `error` set when unreadable.
    static std::optional<QByteArray> readInput(const QString &path, QString *error,
                                               qint64 maxBytes = 32 << 20);

    static bool isInteractive(); // stderr is a terminal
};
