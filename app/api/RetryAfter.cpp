#include "RetryAfter.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {

int monthNumber(QStringView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

} // namespace

namespace RetryAfter {

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"; RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT";
    // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folds the double space).
    static const QRegularExpression imf(QStringLiteral(
        "^[A-Za-z]{3,9}, (\\d{1,2})[ -]([A-Za-z]{3})[ -](\\d{2}|\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.capturedView(2));
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) // RFC 9110: a two-digit year more than 50 years ahead is in the past
            year += year < 70 ? 2000 : 1900;
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto a = asctime.match(text); a.hasMatch()) {
        month = monthNumber(a.capturedView(1));
        day = a.captured(2).toInt();
        hour = a.captured(3).toInt();
        minute = a.captured(4).toInt();
        second = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<std::chrono::milliseconds> parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Absurd values are capped here; the client's own maximum wait applies after.
        return std::chrono::seconds(std::min<qint64>(seconds, 7 * 24 * 3600));
    }
    const std::optional<QDateTime> when = parseHttpDate(trimmed);
    if (!when)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*when);
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, qint64(7) * 24 * 3600 * 1000));
}

} // namespace RetryAfter
