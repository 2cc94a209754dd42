#pragma once

#include "domain/CustomField.h"
#include "domain/Ticket.h"
#include "domain/TicketLayout.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QWidget>

class CustomFieldEditor;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// The open ticket's properties, editable: status, agent, team, department, priority, urgency,
// labels, and the custom fields the ticket layout of its department shows (all of them when the
// department has no layout of its own). A change the agent makes is not applied here: it is asked for
// (changeRequested, in the partial form PUT tickets/{id} takes) and goes through the outbox; the panel then
// shows the ticket as the store has it.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    // The choices (statuses, agents, …) from the store's reference data.
    void reloadChoices(const QSqlDatabase &db);
    void setTicket(const Ticket &ticket); // id 0: nothing to show
    qint64 ticketId() const { return m_ticket.id; }

    QComboBox *statusBox() const { return m_status; }
    QComboBox *agentBox() const { return m_agent; }
    // The custom fields shown for the open ticket, in the layout's order.
    QList<CustomFieldEditor *> customFieldEditors() const { return m_fieldEditors; }
    CustomFieldEditor *customFieldEditor(qint64 fieldId) const;

signals:
    void changeRequested(qint64 ticketId, const QJsonObject &changes);

private:
    QComboBox *addChoice(const QString &name, const QString &label, const char *field);
    void request(const QString &field, const QJsonValue &value);
    QList<CustomField> fieldsFor(qint64 departmentId) const;
    void showCustomFields();

    Ticket m_ticket;
    QComboBox *m_status = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_priority = nullptr;
    QSpinBox *m_urgency = nullptr;
    QLineEdit *m_labels = nullptr;

    QList<CustomField> m_fields;
    QList<TicketLayout> m_layouts;
    QWidget *m_customFields = nullptr;
    QFormLayout *m_customForm = nullptr;
    QList<CustomFieldEditor *> m_fieldEditors;
    QList<qint64> m_shownFields; // which editors there are, to rebuild only when that changes
};
