#include "PropertiesPanel.h"

#include "ReferenceChoices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

PropertiesPanel::PropertiesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("properties"));
    setMinimumWidth(220);
    setAccessibleName(tr("Ticket properties"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above their fields: a narrow side panel keeps its fields wide in every language
    // ("Abteilung:", "Priorité :" take the room a name needs).
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);

    m_status = addChoice(QStringLiteral("propertyStatus"), tr("St&atus:"), "status");
    m_agent = addChoice(QStringLiteral("propertyAgent"), tr("A&gent:"), "agent");
    m_team = addChoice(QStringLiteral("propertyTeam"), tr("&Team:"), "agent_team");
    m_department = addChoice(QStringLiteral("propertyDepartment"), tr("&Department:"), "department");
    m_priority = addChoice(QStringLiteral("propertyPriority"), tr("&Priority:"), "priority");

    m_urgency = new QSpinBox(this);
    m_urgency->setObjectName(QStringLiteral("propertyUrgency"));
    m_urgency->setRange(1, 10);
    m_urgency->setAccessibleName(tr("Urgency"));
    m_urgency->setKeyboardTracking(false);
    form->addRow(tr("&Urgency:"), m_urgency);
    connect(m_urgency, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_ticket.id != 0 && value != m_ticket.urgency)
            request(QStringLiteral("urgency"), value);
    });

    m_labels = new QLineEdit(this);
    m_labels->setObjectName(QStringLiteral("propertyLabels"));
    m_labels->setAccessibleName(tr("Labels, separated by commas"));
    m_labels->setPlaceholderText(tr("No labels"));
    form->addRow(tr("&Labels:"), m_labels);
    connect(m_labels, &QLineEdit::editingFinished, this, [this] {
        QStringList labels;
        for (const QString &label : m_labels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!label.trimmed().isEmpty())
                labels << label.trimmed();
        if (m_ticket.id == 0 || labels == m_ticket.labels)
            return;
        request(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    });
    setEnabled(false);
}

QComboBox *PropertiesPanel::addChoice(const QString &name, const QString &label, const char *field)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    static_cast<QFormLayout *>(layout())->addRow(label, box);
    // activated: only what the agent chose, never the panel showing a ticket.
    connect(box, &QComboBox::activated, this, [this, box, field](int index) {
        const QVariant value = box->itemData(index);
        if (m_ticket.id == 0 || !value.isValid())
            return;
        const QString name = QString::fromLatin1(field);
        if (name == QLatin1String("status"))
            request(name, value.toString());
        else
            request(name, value.toLongLong());
    });
    return box;
}

void PropertiesPanel::reloadChoices(const QSqlDatabase &db)
{
    ReferenceChoices::fill(m_status, ReferenceChoices::Kind::Status, db);
    ReferenceChoices::fill(m_agent, ReferenceChoices::Kind::Agent, db);
    ReferenceChoices::fill(m_team, ReferenceChoices::Kind::Team, db);
    ReferenceChoices::fill(m_department, ReferenceChoices::Kind::Department, db);
    ReferenceChoices::fill(m_priority, ReferenceChoices::Kind::Priority, db);
    setTicket(m_ticket);
}

void PropertiesPanel::setTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    setEnabled(ticket.id != 0);
    if (ticket.id == 0)
        return;
    ReferenceChoices::select(m_status, ticket.status);
    ReferenceChoices::select(m_agent, ticket.agentId);
    ReferenceChoices::select(m_team, ticket.teamId);
    ReferenceChoices::select(m_department, ticket.departmentId);
    ReferenceChoices::select(m_priority, ticket.priorityId);
    {
        const QSignalBlocker quiet(m_urgency);
        m_urgency->setValue(std::clamp(ticket.urgency, 1, 10));
    }
    if (!m_labels->hasFocus())
        m_labels->setText(ticket.labels.join(QStringLiteral(", ")));
}

void PropertiesPanel::request(const QString &field, const QJsonValue &value)
{
    emit changeRequested(m_ticket.id, QJsonObject{{field, value}});
}
