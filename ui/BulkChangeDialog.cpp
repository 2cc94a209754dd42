#include "BulkChangeDialog.h"

#include "ReferenceChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QStringList labelList(const QString &text)
{
    QStringList labels;
    for (const QString &label : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    return labels;
}

} // namespace

BulkChangeDialog::BulkChangeDialog(const QSqlDatabase &db, int ticketCount, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkChange"));
    setWindowTitle(tr("Change %n Tickets", nullptr, ticketCount));
    setAccessibleName(windowTitle());

    auto *form = new QFormLayout;
    const auto choice = [this, &db, form](QComboBox *&box, const QString &name, ReferenceChoices::Kind kind,
                                          const QString &label) {
        box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        ReferenceChoices::fill(box, kind, db, true);
        form->addRow(label, box);
    };
    choice(m_status, QStringLiteral("bulkStatus"), ReferenceChoices::Kind::Status, tr("St&atus:"));
    choice(m_agent, QStringLiteral("bulkAgent"), ReferenceChoices::Kind::Agent, tr("A&gent:"));
    choice(m_team, QStringLiteral("bulkTeam"), ReferenceChoices::Kind::Team, tr("&Team:"));
    choice(m_department, QStringLiteral("bulkDepartment"), ReferenceChoices::Kind::Department,
           tr("&Department:"));
    choice(m_priority, QStringLiteral("bulkPriority"), ReferenceChoices::Kind::Priority, tr("&Priority:"));
    m_addLabels = new QLineEdit(this);
    m_addLabels->setObjectName(QStringLiteral("bulkAddLabels"));
    m_addLabels->setAccessibleName(tr("Labels to add, separated by commas"));
    form->addRow(tr("Add &labels:"), m_addLabels);
    m_removeLabels = new QLineEdit(this);
    m_removeLabels->setObjectName(QStringLiteral("bulkRemoveLabels"));
    m_removeLabels->setAccessibleName(tr("Labels to remove, separated by commas"));
    form->addRow(tr("&Remove labels:"), m_removeLabels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change %n Tickets", nullptr, ticketCount));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each change goes through the outbox, one ticket at a time. Fields left "
                                "“(unchanged)” stay as they are."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QJsonObject BulkChangeDialog::changesFor(const Ticket &ticket) const
{
    QJsonObject changes;
    if (const QVariant status = m_status->currentData();
        status.isValid() && status.toString() != ticket.status)
        changes.insert(QStringLiteral("status"), status.toString());
    const struct
    {
        QComboBox *box;
        const char *field;
        qint64 current;
    } ids[] = {
        {m_agent, "agent", ticket.agentId},
        {m_team, "agent_team", ticket.teamId},
        {m_department, "department", ticket.departmentId},
        {m_priority, "priority", ticket.priorityId},
    };
    for (const auto &entry : ids) {
        const QVariant value = entry.box->currentData();
        if (value.isValid() && value.toLongLong() != entry.current)
            changes.insert(QString::fromLatin1(entry.field), value.toLongLong());
    }
    QStringList labels = ticket.labels;
    for (const QString &label : labelList(m_addLabels->text()))
        if (!labels.contains(label, Qt::CaseInsensitive))
            labels << label;
    for (const QString &label : labelList(m_removeLabels->text()))
        labels.removeIf([&label](const QString &l) { return l.compare(label, Qt::CaseInsensitive) == 0; });
    if (labels != ticket.labels)
        changes.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return changes;
}
