#pragma once

#include <QString>
#include <QUrl>

// What an agent types as a helpdesk address, made into the helpdesk's base URL:
// "acme.deskpro.com" → "https://acme.deskpro.com"; a pasted ".../api/v2/..." or "/agent/..."
// tail is cut off; sub-paths of on-premises installs ("https://example.com/deskpro") are kept.
class HelpdeskAddress
{
public:
    static HelpdeskAddress parse(const QString &typed);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }   // translated, for the agent
    QUrl url() const { return m_url; }          // no trailing slash
    QUrl apiUrl(const QString &endpoint) const; // url + "/api/v2/" + endpoint

private:
    QUrl m_url;
    QString m_error;
};
