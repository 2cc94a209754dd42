#pragma once

#include "SeedRandom.h"

#include <QObject>
#include <QTimer>

class Helpdesk;

// The living helpdesk: about `perMinute` events a minute, chosen by the seed. Customers reply
// and open tickets; the other agents (never agent 1, whom the API key acts as) reply, add notes,
// reassign and resolve. Every change goes through the helpdesk's own endpoints, so it lands in
// the same database and emits Helpdesk::ticketChanged.
class Activity : public QObject
{
    Q_OBJECT

public:
    Activity(Helpdesk *helpdesk, int perMinute, quint32 seed, QObject *parent = nullptr);
    void start();

private:
    void tick();
    void scheduleNext();
    int pickTicket(const QString &condition);
    void customerReplies();
    void customerOpensTicket();
    void agentWrites(bool note);
    void agentReassigns();
    void agentResolves();

    Helpdesk *m_helpdesk;
    int m_perMinute;
    SeedRandom m_rng;
    QTimer m_timer;
};
