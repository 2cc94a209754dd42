#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// What `./run bench` hands every benchmark: the sandbox helpdesk it started, a scratch folder,
// the cached home with the large account, and the size.
struct BenchContext
{
    QUrl url;
    QByteArray apiKey;   // "<id>:<secret>", acts as the first agent
    QByteArray adminKey; // for /_sandbox
    QString work;        // scratch: fresh accounts go here
    QString largeHome;   // DESKHAND_HOME of the account holding the whole helpdesk (cached)
    bool quick = false;

    // --url, --api-key, --admin-key, --work, --large-home, --quick; false with a reason.
    bool parse(const QStringList &arguments, QString *error);

    // One figure as a JSON line on stdout: {"key": …, "value": …, …details}.
    static void report(const QString &key, double value, QJsonObject details = {});
    static void note(const QString &text); // stderr
};
