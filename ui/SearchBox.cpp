#include "SearchBox.h"

#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/TicketRepository.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

SearchBox::SearchBox(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchBox"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("search"));
    m_edit->setAccessibleName(tr("Search tickets"));
    m_edit->setPlaceholderText(tr("Search, or a ticket id or ref (/)"));
    // The clear button's icon is looked up in the icon theme, which took ~10 ms of the window's
    // start; the button comes when the box first has the focus (eventFilter).
    m_edit->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(false);
    m_results->setUniformItemSizes(true);
    m_results->setMinimumHeight(160);
    m_results->hide();
    connect(m_results, &QListWidget::itemActivated, this, [this] { choose(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchBox::searchNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
}

void SearchBox::setStore(Store *store)
{
    m_store = store;
    clearSearch();
}

void SearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBox::clearSearch()
{
    m_delay.stop();
    m_edit->clear();
    m_results->clear();
    m_results->hide();
}

void SearchBox::searchNow()
{
    m_delay.stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    StoreResult<QSqlDatabase> reader =
        m_store && !text.isEmpty() ? m_store->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (!reader) {
        m_results->hide();
        return;
    }
    // A word being typed is a prefix: "fact" finds "facture" before the agent has finished it.
    // An id or a ref jumps (the index puts it first); otherwise the last word is a prefix.
    // The index gives one hit per ticket, best first: as many as are shown.
    const SearchIndex index(reader.value());
    StoreResult<QList<SearchHit>> hits = index.search(text, maxResults);
    const bool jump = hits && !hits->isEmpty() &&
                      (hits->constFirst().source == SearchHit::Source::Id ||
                       hits->constFirst().source == SearchHit::Source::Ref);
    if (!jump && !text.endsWith(QLatin1Char('*'))) {
        StoreResult<QList<SearchHit>> prefixed = index.search(text + QLatin1Char('*'), maxResults);
        if (prefixed && !prefixed->isEmpty())
            hits = prefixed;
    }
    const TicketRepository tickets(reader.value());
    QSet<qint64> shown;
    if (hits) {
        for (const SearchHit &hit : hits.value()) {
            if (shown.contains(hit.ticketId) || shown.size() >= maxResults)
                continue;
            const auto ticket = tickets.byId(hit.ticketId);
            if (!ticket || !ticket.value())
                continue;
            shown.insert(hit.ticketId);
            auto *item = new QListWidgetItem(tr("%1 · %2").arg(ticket.value()->ref.isEmpty()
                                                                   ? QString::number(hit.ticketId)
                                                                   : ticket.value()->ref,
                                                               ticket.value()->subject),
                                             m_results);
            item->setData(Qt::UserRole, hit.ticketId);
            item->setToolTip(hit.snippet);
        }
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("Nothing found for “%1”.").arg(text), m_results);
    else
        m_results->setCurrentRow(0);
    m_results->show();
}

void SearchBox::choose()
{
    if (m_delay.isActive())
        searchNow(); // Enter right after typing: the results for what is typed now
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    emit ticketChosen(item->data(Qt::UserRole).toLongLong());
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    // The clear button the constructor left out: the focus comes before the agent's first letter.
    if (watched == m_edit && event->type() == QEvent::FocusIn && !m_edit->isClearButtonEnabled())
        m_edit->setClearButtonEnabled(true);
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            if (m_delay.isActive())
                searchNow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row =
                std::clamp(m_results->currentRow() + step, 0, std::max(0, m_results->count() - 1));
            m_results->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            clearSearch();
            emit done();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
