#include "BenchContext.h"

#include <QJsonDocument>
#include <QTextStream>

bool BenchContext::parse(const QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        if (name == QLatin1String("--quick")) {
            quick = true;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value").arg(name);
            return false;
        }
        const QString value = arguments.at(++i);
        if (name == QLatin1String("--url"))
            url = QUrl(value);
        else if (name == QLatin1String("--api-key"))
            apiKey = value.toUtf8();
        else if (name == QLatin1String("--admin-key"))
            adminKey = value.toUtf8();
        else if (name == QLatin1String("--work"))
            work = value;
        else if (name == QLatin1String("--large-home"))
            largeHome = value;
        else {
            *error = QStringLiteral("unknown option %1").arg(name);
            return false;
        }
    }
    if (!url.isValid() || apiKey.isEmpty() || adminKey.isEmpty() || work.isEmpty() || largeHome.isEmpty()) {
        *error = QStringLiteral("--url, --api-key, --admin-key, --work and --large-home are required");
        return false;
    }
    return true;
}

void BenchContext::report(const QString &key, double value, QJsonObject details)
{
    details.insert(QStringLiteral("key"), key);
    details.insert(QStringLiteral("value"), value);
    QTextStream(stdout) << QJsonDocument(details).toJson(QJsonDocument::Compact) << '\n';
}

void BenchContext::note(const QString &text)
{
    QTextStream(stderr) << "deskhand-bench: " << text << '\n';
}
