#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>

// A helpdesk ticket as the agent works it: the properties Deskpro keeps on it. Relations are
// ids (0 when unset); names come from the reference data.
struct Ticket
{
    qint64 id = 0;
    QString ref; // e.g. "ABCD-1234-WXYZ"
    QString subject;
    QString status;      // Deskpro status code: awaiting_agent, awaiting_user, pending, resolved, …
    qint64 personId = 0; // the customer
    qint64 agentId = 0;
    qint64 teamId = 0;
    qint64 departmentId = 0;
    qint64 priorityId = 0;
    qint64 organizationId = 0;
    qint64 languageId = 0;
    int urgency = 0; // 1–10
    QStringList labels;
    qint64 starId = 0;
    QString slaStatus;  // worst SLA state: "", "ok", "warning", "fail"
    QJsonObject fields; // custom field values keyed by field id, Deskpro's shape
    QString ticketHash;
    int countAgentReplies = 0;
    int countUserReplies = 0;
    bool hasAttachments = false;
    QDateTime dateCreated;
    QDateTime dateStatus;
    QDateTime dateResolved;
    QDateTime dateLastAgentReply;
    QDateTime dateLastUserReply;

    // The most recent reply from either side, or the creation date.
    QDateTime lastActivity() const { return std::max({dateCreated, dateLastAgentReply, dateLastUserReply}); }
    bool operator==(const Ticket &) const = default;
};
