#pragma once

#include <QString>
#include <QUrl>

// What a helpdesk says about itself at /api/v2/helpdesk/discover.
struct HelpdeskInfo
{
    QUrl helpdeskUrl;  // as the helpdesk names itself
    QUrl apiBaseUrl;   // .../api/v2
    QString build;     // e.g. "1714032000"
    QString buildName; // e.g. "2024.3.0"; empty on older builds
    QString uuid;
    bool isCloud = false;
};
