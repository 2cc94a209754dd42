#pragma once

#include <QList>
#include <QPair>
#include <QString>

// A ticket custom field definition: what the ticket layout may show and the agent may edit.
struct CustomField
{
    qint64 id = 0;
    QString title;
    QString widgetType; // text, textarea, choice, radio, checkbox, multichoice, toggle, date
    QList<QPair<qint64, QString>> choices; // (choice id, title)
    int displayOrder = 0;
    bool isEnabled = true;

    bool operator==(const CustomField &) const = default;
};
