#include "HardeningReport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

QString HardeningReport::folder()
{
    // The environment's first (./run soak keeps its rows apart), else the build's own folder.
    const QString fromEnvironment = qEnvironmentVariable("DESKHAND_HARDENING_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(DESKHAND_HARDENING_DIR) : fromEnvironment;
}

bool HardeningReport::record(const QString &row, const QString &tried, const QString &figure, bool met)
{
    if (!QDir().mkpath(folder()))
        return false;
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]"));
    QString name = row.toLower();
    name.replace(unsafe, QStringLiteral("-"));
    QFile file(QDir(folder()).filePath(name + QStringLiteral(".row")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // row, tried, figure, met: one line, tab-separated, tabs and newlines in the text flattened.
    QStringList fields{row, tried, figure, met ? QStringLiteral("yes") : QStringLiteral("no")};
    for (QString &field : fields)
        field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return file.write(fields.join(QLatin1Char('\t')).toUtf8() + '\n') > 0;
}
