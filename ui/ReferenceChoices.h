#pragma once

#include <QSqlDatabase>
#include <QVariant>

class QComboBox;

// The helpdesk's statuses, agents, teams, departments and priorities as choices in a combo box,
// from the store's reference data. Each entry's data is what a ticket change takes: the status
// code, or the id (0 for "none"). With `unchanged`, the first entry is "(unchanged)" with no data.
class ReferenceChoices
{
public:
    enum class Kind { Status, Agent, Team, Department, Priority };

    static void fill(QComboBox *box, Kind kind, const QSqlDatabase &db, bool unchanged = false);
    // Selects the entry whose data is `value` (adding it, named by its value, when unknown).
    static void select(QComboBox *box, const QVariant &value);
};
