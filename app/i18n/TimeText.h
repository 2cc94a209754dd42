#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times as the agent reads them: in the current locale (QLocale's default, which
// Translations sets), in local time, and for recent moments relative ("5 minutes ago", with the
// language's plural forms).
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago" within a week; older, the date.
    static QString relative(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Date and time in local time; empty for an invalid time.
    static QString dateTime(const QDateTime &when, QLocale::FormatType format = QLocale::ShortFormat);
};
