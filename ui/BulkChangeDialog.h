#pragma once

#include "domain/Ticket.h"

#include <QDialog>
#include <QJsonObject>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;

// One change for several tickets at once: status, agent, team, department, priority, and labels
// to add or remove. Every field starts "(unchanged)". The window queues changesFor() each
// selected ticket in the outbox.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    BulkChangeDialog(const QSqlDatabase &db, int ticketCount, QWidget *parent = nullptr);

    QComboBox *statusBox() const { return m_status; }
    QComboBox *agentBox() const { return m_agent; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *priorityBox() const { return m_priority; }
    QLineEdit *addLabelsEdit() const { return m_addLabels; }
    QLineEdit *removeLabelsEdit() const { return m_removeLabels; }

    // What to PUT for this ticket; empty when nothing would change.
    QJsonObject changesFor(const Ticket &ticket) const;

private:
    QComboBox *m_status = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_addLabels = nullptr;
    QLineEdit *m_removeLabels = nullptr;
};
