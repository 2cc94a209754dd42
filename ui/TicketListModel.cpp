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
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, LastActivity), index(int(m_ids.size()) - 1, LastActivity),
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
    m_ids.clear();
    m_pages.clear();
    m_recent.clear();
    m_more = false;
    endResetModel();
}

void TicketListModel::setQuery(const TicketListQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.sort = m_sort;
    m_query.descending = m_descending;
    m_ids.clear();
    m_pages.clear();
    m_recent.clear();
    const QList<Ticket> first = readPage(0, firstRows);
    for (const Ticket &ticket : first)
        m_ids << ticket.id;
    keep(0, first);
    m_more = first.size() == firstRows;
    endResetModel();
}

void TicketListModel::keep(int page, QList<Ticket> tickets) const
{
    // The page's customers and agents, named with one query: the view asks for each row's names
    // as it paints, which was one query a name on the UI thread in every repaint after a refresh.
    if (m_names) {
        QList<qint64> people;
        people.reserve(tickets.size() * 2);
        for (const Ticket &ticket : std::as_const(tickets))
            people << ticket.personId << ticket.agentId;
        m_names->readPeople(people);
    }
    m_recent.removeOne(page);
    m_recent << page;
    m_pages.insert(page, std::move(tickets));
    while (m_recent.size() > keptPages)
        m_pages.remove(m_recent.takeFirst());
}

const QList<Ticket> &TicketListModel::pageOf(int page) const
{
    if (const auto kept = m_pages.constFind(page); kept != m_pages.cend()) {
        if (m_recent.constLast() != page) {
            m_recent.removeOne(page);
            m_recent << page;
        }
        return kept.value();
    }
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
    QHash<qint64, Ticket> read;
    if (m_store) {
        if (StoreResult<QSqlDatabase> reader = m_store->reader()) {
            if (StoreResult<QList<Ticket>> tickets = TicketRepository(reader.value()).byIds(ids)) {
                for (const Ticket &ticket : tickets.value())
                    read.insert(ticket.id, ticket);
            }
        }
    }
    QList<Ticket> tickets;
    tickets.reserve(ids.size());
    for (const qint64 id : ids) {
        // Gone from the store since it was listed: an empty row until the next refresh.
        Ticket ticket = read.value(id);
        ticket.id = id;
        tickets << ticket;
    }
    keep(page, std::move(tickets));
    return m_pages[page];
}

Ticket TicketListModel::ticketAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return {};
    return pageOf(row / pageSize).value(row % pageSize);
}

QList<Ticket> TicketListModel::readPage(int offset, int limit)
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
    page.limit = limit;
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
    return parent.isValid() ? 0 : int(m_ids.size());
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

bool TicketListModel::refresh()
{
    if (!m_store)
        return false;
    StoreResult<QSqlDatabase> reader = m_store->reader();
    if (!reader) {
        m_error = reader.error();
        return false;
    }
    m_names = std::make_unique<ReferenceNames>(reader.value()); // names may be new after a sync
    // The ids of as many rows as are listed: the same ones in the same order keep the view as it
    // is (selection, scroll) and only the kept pages are read again, as the view asks for them.
    TicketListQuery all = m_query;
    all.limit = int(std::max<qsizetype>(m_ids.size(), firstRows));
    all.offset = 0;
    StoreResult<QList<qint64>> ids = TicketRepository(reader.value()).listIds(all);
    if (!ids) {
        m_error = ids.error();
        return false;
    }
    m_error.clear();
    if (ids.value() == m_ids) {
        m_pages.clear();
        m_recent.clear();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return false;
    }
    beginResetModel();
    m_ids = ids.value();
    m_pages.clear();
    m_recent.clear();
    m_more = m_ids.size() == all.limit;
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
    const int first = int(m_ids.size());
    // To the end of the page the last row is on (the first read is shorter than a page), so that
    // a fetched page starts a page of the cache or completes the one kept.
    const int wanted = pageSize - first % pageSize;
    const QList<Ticket> next = readPage(first, wanted);
    m_more = next.size() == wanted;
    if (next.isEmpty())
        return;
    beginInsertRows({}, first, first + int(next.size()) - 1);
    for (const Ticket &ticket : next)
        m_ids << ticket.id;
    const int page = first / pageSize;
    if (first % pageSize == 0)
        keep(page, next);
    else if (const auto kept = m_pages.find(page); kept != m_pages.end())
        kept.value() += next;
    endInsertRows();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == Qt::UserRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return {};
    const QList<Ticket> &page = pageOf(index.row() / pageSize);
    const qsizetype at = index.row() % pageSize;
    if (at >= page.size())
        return {};
    const Ticket &ticket = page.at(at);
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
