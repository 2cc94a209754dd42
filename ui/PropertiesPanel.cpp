#include "PropertiesPanel.h"

#include "CustomFieldEditor.h"
#include "ReferenceChoices.h"
#include "store/ReferenceData.h"

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

    m_customFields = new QWidget(this);
    m_customFields->setObjectName(QStringLiteral("customFields"));
    m_customFields->setAccessibleName(tr("Custom fields"));
    m_customForm = new QFormLayout(m_customFields);
    m_customForm->setContentsMargins(0, 0, 0, 0);
    m_customForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_customFields);
    setEnabled(false);
}

CustomFieldEditor *PropertiesPanel::customFieldEditor(qint64 fieldId) const
{
    for (CustomFieldEditor *editor : m_fieldEditors) {
        if (editor->field().id == fieldId)
            return editor;
    }
    return nullptr;
}

QList<CustomField> PropertiesPanel::fieldsFor(qint64 departmentId) const
{
    QList<CustomField> shown;
    const auto layout =
        std::find_if(m_layouts.cbegin(), m_layouts.cend(),
                     [departmentId](const TicketLayout &l) { return l.departmentId == departmentId; });
    if (layout == m_layouts.cend()) {
        for (const CustomField &field : m_fields) {
            if (field.isEnabled)
                shown << field;
        }
        return shown;
    }
    // "ticket_field_7" names custom field 7.
    const QString prefix = QStringLiteral("ticket_field_");
    for (const TicketLayout::Field &item : layout->fields) {
        if (item.type != QLatin1String("ticket_field") || !item.id.startsWith(prefix))
            continue;
        const qint64 id = item.id.mid(prefix.size()).toLongLong();
        const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                        [id](const CustomField &f) { return f.id == id; });
        if (field != m_fields.cend() && field->isEnabled)
            shown << *field;
    }
    return shown;
}

void PropertiesPanel::showCustomFields()
{
    const QList<CustomField> fields =
        m_ticket.id != 0 ? fieldsFor(m_ticket.departmentId) : QList<CustomField>();
    QList<qint64> ids;
    for (const CustomField &field : fields)
        ids << field.id;
    if (ids != m_shownFields || fields.size() != m_fieldEditors.size()) {
        while (m_customForm->rowCount() > 0)
            m_customForm->removeRow(0);
        m_fieldEditors.clear();
        for (const CustomField &field : fields) {
            auto *editor = new CustomFieldEditor(field, m_customFields);
            const qint64 id = field.id;
            connect(editor, &CustomFieldEditor::edited, this, [this, id](const QJsonValue &value) {
                if (m_ticket.id != 0)
                    request(QStringLiteral("fields"), QJsonObject{{QString::number(id), value}});
            });
            m_customForm->addRow(tr("%1:").arg(field.title), editor);
            m_fieldEditors << editor;
        }
        m_shownFields = ids;
    }
    for (CustomFieldEditor *editor : std::as_const(m_fieldEditors))
        editor->setValue(m_ticket.fields.value(QString::number(editor->field().id))
                             .toObject()
                             .value(QLatin1String("value")));
    m_customFields->setVisible(!m_fieldEditors.isEmpty());
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
    const ReferenceData reference(db);
    const auto fields = reference.customFields();
    const auto layouts = reference.layouts();
    const bool changed = (fields && fields.value() != m_fields) || (layouts && layouts.value() != m_layouts);
    if (fields)
        m_fields = fields.value();
    if (layouts)
        m_layouts = layouts.value();
    if (changed)
        m_shownFields = {-1}; // definitions changed: the editors are made again
    setTicket(m_ticket);
}

void PropertiesPanel::setTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    setEnabled(ticket.id != 0);
    showCustomFields();
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
