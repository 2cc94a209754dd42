#include "TicketListModel.h"

#include "i18n/TimeText.h"
#include "store/ReferenceNames.h"
#include "store/Store.h"
#include "store/TicketRepository.h"

#include <algorithm>

TicketListModel::TicketListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_tickets.isEmpty())
            emit dataChanged(index(0, LastActivity), index(int(m_tickets.size()) - 1, LastActivity),
                             {Qt::DisplayRole});
    });
    m_clock.start();
}

TicketListModel::~TicketListModel() = default;

void TicketListModel::setStore(Store *store)
{
    beginResetModel();
    m_store = store;
    m_names.reset();
    if (m_store) {
        if (StoreResult<QSqlDatabase> reader = m_store->reader())
            m_names = std::make_unique<ReferenceNames>(reader.value());
    }
    m_tickets.clear();
    m_more = false;
    endResetModel();
}

void TicketListModel::setQuery(const TicketListQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.sort = m_sort;
    m_query.descending = m_descending;
    m_query.limit = pageSize;
    m_tickets = readPage(0);
    m_more = m_tickets.size() == pageSize;
    endResetModel();
}

QList<Ticket> TicketListModel::readPage(int offset)
{
    if (!m_store)
        return {};
    StoreResult<QSqlDatabase> reader = m_store->reader();
    if (!reader) {
        m_error = reader.error();
        return {};
    }
    TicketListQuery page = m_query;
    page.offset = offset;
    StoreResult<QList<Ticket>> tickets = TicketRepository(reader.value()).list(page);
    if (!tickets) {
        m_error = tickets.error();
        return {};
    }
    m_error.clear();
    return tickets.value();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    // The store sorts, so that the order holds for rows not read yet.
    switch (column) {
    case Ref:
        m_sort = TicketListQuery::Sort::Id;
        break;
    case Subject:
        m_sort = TicketListQuery::Sort::Subject;
        break;
    case Status:
        m_sort = TicketListQuery::Sort::Status;
        break;
    case Urgency:
        m_sort = TicketListQuery::Sort::Urgency;
        break;
    case LastActivity:
        m_sort = TicketListQuery::Sort::LastActivity;
        break;
    default:
        return;
    }
    m_descending = order == Qt::DescendingOrder;
    setQuery(m_query);
}

int TicketListModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_tickets.size(); ++row)
        if (m_tickets.at(row).id == ticketId)
            return row;
    return -1;
}

bool TicketListModel::refresh()
{
    if (!m_store)
        return false;
    if (StoreResult<QSqlDatabase> reader = m_store->reader())
        m_names = std::make_unique<ReferenceNames>(reader.value()); // names may be new after a sync
    TicketListQuery all = m_query;
    all.limit = int(std::max<qsizetype>(m_tickets.size(), pageSize));
    all.offset = 0;
    QList<Ticket> fresh;
    if (StoreResult<QSqlDatabase> reader = m_store->reader()) {
        StoreResult<QList<Ticket>> tickets = TicketRepository(reader.value()).list(all);
        if (!tickets) {
            m_error = tickets.error();
            return false;
        }
        fresh = tickets.value();
    }
    const bool sameRows = fresh.size() == m_tickets.size() &&
                          std::equal(fresh.cbegin(), fresh.cend(), m_tickets.cbegin(),
                                     [](const Ticket &a, const Ticket &b) { return a.id == b.id; });
    if (sameRows) {
        if (fresh != m_tickets) {
            m_tickets = fresh;
            emit dataChanged(index(0, 0), index(int(m_tickets.size()) - 1, ColumnCount - 1));
        }
        return false;
    }
    beginResetModel();
    m_tickets = fresh;
    m_more = m_tickets.size() == all.limit;
    endResetModel();
    return true;
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<Ticket> next = readPage(int(m_tickets.size()));
    m_more = next.size() == pageSize;
    if (next.isEmpty())
        return;
    beginInsertRows({}, int(m_tickets.size()), int(m_tickets.size() + next.size()) - 1);
    m_tickets += next;
    endInsertRows();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket &ticket = m_tickets.at(index.row());
    if (role == Qt::UserRole)
        return ticket.id;
    if (role == Qt::TextAlignmentRole && index.column() == Urgency)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ref:
        return ticket.ref;
    case Subject:
        return ticket.subject;
    case Customer:
        return m_names ? m_names->person(ticket.personId) : QString();
    case Status:
        return m_names ? m_names->status(ticket.status) : ticket.status;
    case Agent:
        return m_names ? m_names->person(ticket.agentId) : QString();
    case Department:
        return m_names ? m_names->department(ticket.departmentId) : QString();
    case Urgency:
        return ticket.urgency;
    case Sla:
        return ticket.slaStatus;
    case LastActivity:
        return role == Qt::ToolTipRole ? TimeText::dateTime(ticket.lastActivity(), QLocale::LongFormat)
                                       : TimeText::relative(ticket.lastActivity());
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Subject:
        return tr("Subject");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Agent:
        return tr("Agent");
    case Department:
        return tr("Department");
    case Urgency:
        return tr("Urgency");
    case Sla:
        return tr("SLA");
    case LastActivity:
        return tr("Last activity");
    default:
        return {};
    }
}
