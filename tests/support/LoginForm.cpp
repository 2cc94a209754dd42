#include "LoginForm.h"

#include <QRegularExpression>
#include <QUrl>

namespace LoginForm {

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> hiddenFields(const QByteArray &html)
{
    QList<QPair<QString, QString>> out;
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    auto it = input.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString value = match.captured(2);
        value.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        out.append({match.captured(1), value});
    }
    return out;
}

} // namespace LoginForm
