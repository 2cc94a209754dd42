#include "TimeText.h"

QString TimeText::relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    // A little in the future is the helpdesk's clock running ahead of this one.
    if (seconds < 60 && seconds > -120)
        return tr("just now");
    if (seconds < 0)
        return dateTime(when);
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 24 * 3600)
        return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString TimeText::dateTime(const QDateTime &when, QLocale::FormatType format)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), format) : QString();
}
