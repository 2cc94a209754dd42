#pragma once

#include "domain/Ticket.h"
#include "store/TicketListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

class ReferenceNames;
class Store;

// The ticket list over the store: one queue's tickets, a screenful first and then a page at a time
// as the view scrolls (canFetchMore/fetchMore), so that a queue of 100,000 opens as fast as one of
// 10.
// The model keeps the ids of every row it has listed and the tickets of a few pages only
// (the ones last shown): scrolling through 100,000 tickets holds 100,000 ids, not tickets, and
// a page scrolled out of the cache is read again by its ids when shown again.
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

    Ticket ticketAt(int row) const; // read from the store if its page is not kept
    int rowOf(qint64 ticketId) const { return int(m_ids.indexOf(ticketId)); } // -1 when not listed
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
    static constexpr int keptPages = 8;
    // A queue's first read: more rows than a screen shows, fewer than a page (reading 200 of
    // 100,000 tickets was 7 ms of the window's start; the rest of the page comes with fetchMore).
    static constexpr int firstRows = 64;

private:
    QList<Ticket> readPage(int offset, int limit);
    // The tickets of page `page` (rows page * pageSize on), read by their ids when not kept.
    const QList<Ticket> &pageOf(int page) const;
    void keep(int page, QList<Ticket> tickets) const;

    Store *m_store = nullptr;
    std::unique_ptr<ReferenceNames> m_names;
    TicketListQuery m_query;
    TicketListQuery::Sort m_sort = TicketListQuery::Sort::LastActivity;
    bool m_descending = true;
    QList<qint64> m_ids;                       // every row listed so far, in order
    mutable QHash<int, QList<Ticket>> m_pages; // kept pages, by page number
    mutable QList<int> m_recent;               // kept pages, the most recently used last
    bool m_more = false;
    QString m_error;
    QTimer m_clock; // "5 minutes ago" becomes "6 minutes ago"
};
