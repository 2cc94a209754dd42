#pragma once

#include "domain/OutboxItem.h"
#include "sync/OutboxSummary.h"

#include <QJsonObject>
#include <QString>

// How deskhand-cli shows the outbox: one line per item, JSON for scripts, and a pass's summary.
class OutboxView
{
public:
    static QString line(const OutboxItem &item);
    static QString sentLine(const OutboxItem &item);
    static QJsonObject json(const OutboxItem &item);
    static QString summary(const OutboxSummary &summary);
};
