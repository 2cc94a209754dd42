#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

// The sandbox's helpdesk: its data (people, agents, teams, departments, statuses, priorities,
// custom fields, layouts, filters, tickets, messages, attachments, blobs) in a SQLite file in
// the data folder, and the Deskpro API v2 resource endpoints over that data.
//
// The server (SandboxServer) owns the socket, HTTP, TLS, authentication, OAuth, faults, the
// request log and /batch; it hands every authenticated /api/v2 request that is not one of its
// own (helpdesk/discover, me, api_tokens…, batch) to handle().
class Helpdesk : public QObject
{
    Q_OBJECT

public:
    explicit Helpdesk(QObject *parent = nullptr);
    ~Helpdesk() override;

    // Opens (creating if needed) <dir>/helpdesk.sqlite. False with a reason on failure.
    bool open(const QString &dir, QString *error);
    // The shared connection; the server keeps its own tables (keys, tokens, OAuth) in it.
    QSqlDatabase database() const;

    bool isSeeded() const;
    // Deterministic for the same seed and count: agents, teams, departments, customers,
    // organizations, reference data, filters, and `tickets` tickets with conversations.
    void seed(quint32 seed, int tickets);

    // Every /api/v2 resource endpoint. Unknown paths answer 404 in Deskpro's error tree.
    ApiReply handle(const ApiRequest &request);

    // For POST /api_tokens and the OAuth login form: the agent with this e-mail and password.
    std::optional<int> agentForLogin(const QString &email, const QString &password) const;
    // Deskpro's Person object; an empty object when there is no such person.
    QJsonObject person(int id) const;
    // [{"id", "email", "password", "name"}] for the start line, in id order.
    QJsonArray agentsForStartLine() const;
    QString helpdeskName() const;

signals:
    // A ticket was created or changed, by an endpoint or by the activity simulator.
    void ticketChanged(int ticketId);

private:
    struct Private;
    Private *d;
};
