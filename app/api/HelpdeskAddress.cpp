#include "HelpdeskAddress.h"

#include <QCoreApplication>

HelpdeskAddress HelpdeskAddress::parse(const QString &typed)
{
    HelpdeskAddress address;
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        address.m_error = QCoreApplication::translate("HelpdeskAddress", "Enter your helpdesk's address.");
        return address;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        address.m_error =
            QCoreApplication::translate("HelpdeskAddress", "“%1” is not a web address.").arg(typed.trimmed());
        return address;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        address.m_error = QCoreApplication::translate("HelpdeskAddress",
                                                      "A helpdesk address starts with https://, not %1://.")
                              .arg(scheme);
        return address;
    }
    if (!url.userInfo().isEmpty()) {
        // Credentials in the address would end up in logs and history; they are never sent.
        address.m_error = QCoreApplication::translate(
            "HelpdeskAddress", "Leave the user name and password out of the address; you sign in next.");
        return address;
    }

    // Agents paste whatever is in their browser's address bar: keep only the install's root.
    QString path = url.path();
    for (const QLatin1String tail :
         {QLatin1String("/api/v2"), QLatin1String("/agent"), QLatin1String("/admin"),
          QLatin1String("/portal"), QLatin1String("/app")}) {
        const qsizetype at = path.indexOf(tail);
        if (at >= 0 && (path.size() == at + tail.size() || path.at(at + tail.size()) == QLatin1Char('/'))) {
            path.truncate(at);
            break;
        }
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    address.m_url = url;
    return address;
}

QUrl HelpdeskAddress::apiUrl(const QString &endpoint) const
{
    QUrl api = m_url;
    api.setPath(m_url.path() + QLatin1String("/api/v2/") + endpoint);
    return api;
}
