#include "OutboxDialog.h"

#include "ComposerEditor.h"
#include "DocumentHtml.h"
#include "account/Account.h"
#include "account/AccountSession.h"
#include "content/HtmlSanitizer.h"
#include "store/MessageRepository.h"
#include "store/ReferenceNames.h"
#include "store/Store.h"
#include "store/TicketRepository.h"
#include "sync/Outbox.h"
#include "sync/OutboxPayload.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString kindText(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::Reply:
        return OutboxDialog::tr("Reply");
    case OutboxItem::Kind::Note:
        return OutboxDialog::tr("Internal note");
    case OutboxItem::Kind::Change:
        return OutboxDialog::tr("Change");
    case OutboxItem::Kind::NewTicket:
        return OutboxDialog::tr("New ticket");
    }
    return {};
}

QString stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return OutboxDialog::tr("Waiting");
    case OutboxItem::State::Sending:
        return OutboxDialog::tr("Sending");
    case OutboxItem::State::Sent:
        return OutboxDialog::tr("Sent");
    case OutboxItem::State::Failed:
        return OutboxDialog::tr("Refused");
    case OutboxItem::State::Conflict:
        return OutboxDialog::tr("Conflict: your decision");
    }
    return {};
}

bool isMessage(const OutboxItem &item)
{
    return item.kind == OutboxItem::Kind::Reply || item.kind == OutboxItem::Kind::Note;
}

bool isHeld(const OutboxItem &item)
{
    return item.state == OutboxItem::State::Failed || item.state == OutboxItem::State::Conflict;
}

} // namespace

OutboxDialog::OutboxDialog(AccountSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    setAccessibleName(tr("Outbox"));
    resize(760, 520);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("outboxItems"));
    m_list->setAccessibleName(tr("Waiting to be sent"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Ticket"), tr("What"), tr("State"), tr("Queued")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 260);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxDialog::showSelected);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setAccessibleName(tr("What this item is, and what changed"));
    m_details->setOpenLinks(false);
    m_details->setSearchPaths({});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const QString &name, void (OutboxDialog::*action)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, action);
        return b;
    };
    m_sendNow = button(tr("Send &Now"), QStringLiteral("outboxSendNow"), &OutboxDialog::sendNow);
    m_sendAnyway = button(tr("Send &Anyway"), QStringLiteral("outboxSendAnyway"), &OutboxDialog::sendAnyway);
    m_edit = button(tr("&Edit…"), QStringLiteral("outboxEdit"), &OutboxDialog::edit);
    m_keepAsDraft =
        button(tr("&Keep as Draft"), QStringLiteral("outboxKeepAsDraft"), &OutboxDialog::keepAsDraft);
    m_discard = button(tr("&Discard…"), QStringLiteral("outboxDiscard"), &OutboxDialog::discard);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_sendNow, m_sendAnyway, m_edit, m_keepAsDraft, m_discard})
        actions->addWidget(b);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    if (m_session) {
        connect(m_session, &AccountSession::storeChanged, this, &OutboxDialog::refresh);
        connect(m_session, &AccountSession::outboxCountChanged, this, &OutboxDialog::refresh);
    }
    refresh();
}

void OutboxDialog::refresh()
{
    const qint64 selected = selectedId();
    const StoreResult<QList<OutboxItem>> unsent =
        m_session ? m_session->outbox().unsent() : StoreResult<QList<OutboxItem>>::failure(QString());
    m_items = unsent ? unsent.value() : QList<OutboxItem>();
    if (!unsent && m_session)
        m_status->setText(unsent.error());

    StoreResult<QSqlDatabase> reader =
        m_session ? m_session->account().store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const OutboxItem &item : m_items) {
        QString ticket = item.ticketId > 0 ? tr("#%1").arg(item.ticketId) : tr("New ticket");
        if (reader) {
            const auto found = TicketRepository(reader.value()).byId(item.ticketId);
            if (found && found.value())
                ticket = tr("#%1 %2").arg(item.ticketId).arg(found.value()->subject);
        }
        auto *row = new QTreeWidgetItem(
            m_list, {ticket, kindText(item.kind), stateText(item.state),
                     QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat)});
        row->setData(0, Qt::UserRole, item.id);
        if (isHeld(item))
            row->setForeground(2, QColor(0xc2, 0x3b, 0x22));
    }
    if (m_list->topLevelItemCount() == 0)
        m_details->setPlainText(tr("The outbox is empty: everything was sent."));
    selectItem(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void OutboxDialog::selectItem(qint64 itemId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == itemId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

qint64 OutboxDialog::selectedId() const
{
    return m_list && m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void OutboxDialog::showSelected()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
                                    [id](const OutboxItem &item) { return item.id == id; });
    const bool has = found != m_items.cend();
    const bool message = has && isMessage(*found);
    const bool held = has && isHeld(*found);
    const bool sending = has && found->state == OutboxItem::State::Sending;
    m_sendNow->setEnabled(has && !sending && found->state != OutboxItem::State::Conflict);
    m_sendAnyway->setEnabled(has && found->state == OutboxItem::State::Conflict);
    m_edit->setEnabled(message && !sending);
    m_keepAsDraft->setEnabled(message && held);
    m_discard->setEnabled(has && !sending);
    if (has)
        m_details->setHtml(describe(*found));
    else if (!m_items.isEmpty())
        m_details->clear();
}

QString OutboxDialog::describe(const OutboxItem &item) const
{
    QString html;
    if (item.state == OutboxItem::State::Conflict) {
        html += tr("<p><b>Held for you:</b> %1</p>").arg(item.conflictReason.toHtmlEscaped());
        StoreResult<QSqlDatabase> reader = m_session->account().store()->reader();
        if (reader) {
            // What changed, as far as the store knows it: newer messages, assignee and status.
            const ReferenceNames names(reader.value());
            const auto messages = MessageRepository(reader.value()).byTicket(item.ticketId);
            if (messages) {
                for (const Message &m : messages.value()) {
                    if (m.id <= item.seenLastMessageId || m.id < 0)
                        continue;
                    html += tr("<p><b>New since you began, from %1:</b><br>%2</p>")
                                .arg(names.person(m.personId).toHtmlEscaped(),
                                     HtmlSanitizer::toPlainText(m.html).left(600).toHtmlEscaped());
                }
            }
            const auto ticket = TicketRepository(reader.value()).byId(item.ticketId);
            if (ticket && ticket.value()) {
                const Ticket &now = *ticket.value();
                if (now.agentId != item.seenAgentId)
                    html += tr("<p>Assigned to: %1 (was %2)</p>")
                                .arg(names.person(now.agentId).toHtmlEscaped(),
                                     names.person(item.seenAgentId).toHtmlEscaped());
                if (!item.seenStatus.isEmpty() && now.status != item.seenStatus)
                    html += tr("<p>Status: %1 (was %2)</p>")
                                .arg(names.status(now.status).toHtmlEscaped(),
                                     names.status(item.seenStatus).toHtmlEscaped());
            }
        }
        html += tr("<p>Send anyway, edit it first, or keep it as a draft on the ticket.</p>");
    } else if (item.state == OutboxItem::State::Failed) {
        html += tr("<p><b>The helpdesk refused it:</b> %1</p>").arg(item.lastError.toHtmlEscaped());
    } else if (!item.lastError.isEmpty()) {
        html += tr("<p>Not sent yet: %1</p>").arg(item.lastError.toHtmlEscaped());
    }
    if (isMessage(item) || item.kind == OutboxItem::Kind::NewTicket) {
        html += QStringLiteral("<hr><p>%1</p>")
                    .arg(HtmlSanitizer::toPlainText(OutboxPayload::messageHtml(item)).toHtmlEscaped());
    } else {
        QStringList changes;
        const QJsonObject body = OutboxPayload::requestBody(item.payload);
        for (auto it = body.begin(); it != body.end(); ++it)
            changes << QStringLiteral("%1 = %2").arg(
                it.key(), it.value().isArray()
                              ? it.value().toVariant().toStringList().join(QStringLiteral(", "))
                              : it.value().toVariant().toString());
        html += QStringLiteral("<hr><p>%1</p>").arg(changes.join(QStringLiteral("<br>")).toHtmlEscaped());
    }
    return html;
}

void OutboxDialog::finish(const QString &done, const QString &error)
{
    const QString message = error.isEmpty() ? done : error;
    m_status->setText(message);
    emit decided(message);
    refresh();
}

void OutboxDialog::sendNow()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
                                    [id](const OutboxItem &item) { return item.id == id; });
    if (!m_session || found == m_items.cend())
        return;
    if (found->state == OutboxItem::State::Failed) {
        QCoro::connect(m_session->outbox().retry(id), this, [this](const StoreResult<> &done) {
            finish(tr("Sending it again."), done ? QString() : done.error());
        });
        return;
    }
    m_session->outbox().start(); // a pass now, whatever the backoff said
    finish(tr("Sending what waits now."), QString());
}

void OutboxDialog::sendAnyway()
{
    const qint64 id = selectedId();
    if (!m_session || id == 0)
        return;
    QCoro::connect(m_session->outbox().sendAnyway(id), this, [this](const StoreResult<> &done) {
        finish(tr("Sent as it is, without checking the ticket again."), done ? QString() : done.error());
    });
}

void OutboxDialog::keepAsDraft()
{
    const qint64 id = selectedId();
    if (!m_session || id == 0)
        return;
    QCoro::connect(m_session->outbox().keepAsDraft(id), this, [this](const StoreResult<> &done) {
        finish(tr("Kept as a draft on the ticket: open the ticket to go on writing."),
               done ? QString() : done.error());
    });
}

void OutboxDialog::edit()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
                                    [id](const OutboxItem &item) { return item.id == id; });
    if (!m_session || found == m_items.cend() || !isMessage(*found))
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("outboxEditDialog"));
    dialog->setWindowTitle(tr("Edit Message"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *editor = new ComposerEditor(dialog);
    editor->setObjectName(QStringLiteral("outboxEditText"));
    editor->setAccessibleName(tr("Message text"));
    editor->setHtml(HtmlSanitizer::sanitize(OutboxPayload::messageHtml(*found)).html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save and Send"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("outboxEditSave"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(editor, &ComposerEditor::sendRequested, dialog, &QDialog::accept);
    // Editing a held conflict is the agent's answer to what changed: it goes without the check.
    const bool conflict = found->state == OutboxItem::State::Conflict;
    connect(dialog, &QDialog::accepted, this, [this, id, editor, conflict] {
        const QString html = DocumentHtml::fromDocument(*editor->document());
        QCoro::connect(m_session->outbox().edit(id, html, conflict), this, [this](const StoreResult<> &done) {
            finish(tr("Edited; it is sent again."), done ? QString() : done.error());
        });
    });
    dialog->resize(560, 320);
    dialog->open();
}

void OutboxDialog::discard()
{
    const qint64 id = selectedId();
    if (!m_session || id == 0)
        return;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Discard"),
                                    tr("Throw this away for good? It is not sent, and what it changed on the "
                                       "ticket here is undone."),
                                    QMessageBox::Discard | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmDiscard"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, confirm](int) {
        if (confirm->clickedButton() != confirm->button(QMessageBox::Discard))
            return;
        QCoro::connect(m_session->outbox().discard(id), this, [this](const StoreResult<> &done) {
            finish(tr("Discarded."), done ? QString() : done.error());
        });
    });
    confirm->open();
}
