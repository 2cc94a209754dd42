#pragma once

#include "domain/Ticket.h"
#include "store/TicketListQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <memory>

class ReferenceNames;
class Store;

// The ticket list over the store: one queue's tickets, read a page at a time as the view
// scrolls (canFetchMore/fetchMore), so that a queue of 100,000 opens as fast as one of 10.
// Reads only: changes go through the outbox. Last activity reads "5 minutes ago" (the date and
// time in full as its tool tip), in the agent's locale.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Ref,
        Subject,
        Customer,
        Status,
        Agent,
        Department,
        Urgency,
        Sla,
        LastActivity,
        ColumnCount
    };

    explicit TicketListModel(QObject *parent = nullptr);
    ~TicketListModel() override;

    void setStore(Store *store); // nullptr empties the list
    // Which tickets to list; the order stays the one the agent chose (sort()).
    void setQuery(const TicketListQuery &query);

    Ticket ticketAt(int row) const { return m_tickets.value(row); }
    int rowOf(qint64 ticketId) const; // -1 when not loaded
    // Reads the rows shown again (the store changed). Rows that kept their order are updated in
    // place (the view keeps its selection); otherwise the model resets and gives true.
    bool refresh();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 200;

private:
    QList<Ticket> readPage(int offset);

    Store *m_store = nullptr;
    std::unique_ptr<ReferenceNames> m_names;
    TicketListQuery m_query;
    TicketListQuery::Sort m_sort = TicketListQuery::Sort::LastActivity;
    bool m_descending = true;
    QList<Ticket> m_tickets;
    bool m_more = false;
    QString m_error;
    QTimer m_clock; // "5 minutes ago" becomes "6 minutes ago"
};
