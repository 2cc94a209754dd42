#include "ReferenceChoices.h"

#include "store/ReferenceData.h"

#include <QComboBox>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReferenceChoices", text);
}

} // namespace

void ReferenceChoices::fill(QComboBox *box, Kind kind, const QSqlDatabase &db, bool unchanged)
{
    const QSignalBlocker quiet(box);
    box->clear();
    if (unchanged)
        box->addItem(tr("(unchanged)"), QVariant());
    const ReferenceData reference(db);
    switch (kind) {
    case Kind::Status:
        if (const auto statuses = reference.statuses()) {
            for (const TicketStatus &status : statuses.value())
                if (status.type != QLatin1String("hidden"))
                    box->addItem(status.title.isEmpty() ? status.code : status.title, status.code);
        }
        break;
    case Kind::Agent:
        box->addItem(tr("Unassigned"), qint64(0));
        if (const auto agents = reference.agents()) {
            for (const Person &agent : agents.value())
                box->addItem(agent.name.isEmpty() ? agent.email : agent.name, agent.id);
        }
        break;
    case Kind::Team:
        box->addItem(tr("No team"), qint64(0));
        if (const auto teams = reference.teams()) {
            for (const Team &team : teams.value())
                box->addItem(team.name, team.id);
        }
        break;
    case Kind::Department:
        if (const auto departments = reference.departments()) {
            for (const Department &department : departments.value())
                box->addItem(department.title, department.id);
        }
        break;
    case Kind::Priority:
        box->addItem(tr("No priority"), qint64(0));
        if (const auto priorities = reference.priorities()) {
            for (const Priority &priority : priorities.value())
                box->addItem(priority.title, priority.id);
        }
        break;
    }
}

void ReferenceChoices::select(QComboBox *box, const QVariant &value)
{
    const QSignalBlocker quiet(box);
    for (int i = 0; i < box->count(); ++i) {
        const QVariant data = box->itemData(i);
        if (data.isValid() && data.toString() == value.toString()) {
            box->setCurrentIndex(i);
            return;
        }
    }
    box->addItem(value.toString(), value);
    box->setCurrentIndex(box->count() - 1);
}
