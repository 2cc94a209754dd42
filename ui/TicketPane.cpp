#include "TicketPane.h"

#include "ComposerWidget.h"
#include "ConversationView.h"
#include "PropertiesPanel.h"
#include "account/Account.h"
#include "account/AttachmentCopies.h"
#include "content/LinkPolicy.h"
#include "store/AttachmentRepository.h"
#include "store/MessageRepository.h"
#include "store/ReferenceNames.h"
#include "store/Store.h"
#include "store/TicketRepository.h"
#include "sync/AttachmentDownload.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

TicketPane::TicketPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketPane"));
    setAccessibleName(tr("Ticket"));
    m_conversation = new ConversationView(this);
    connect(m_conversation, &ConversationView::openLinkRequested, this, &TicketPane::openLink);
    connect(m_conversation, &ConversationView::openAttachmentRequested, this, &TicketPane::openAttachment);
    connect(m_conversation, &ConversationView::saveAttachmentRequested, this, &TicketPane::saveAttachment);
    m_composer = new ComposerWidget(this);
    connect(m_composer, &ComposerWidget::problem, this,
            [this](const QString &text) { emit message(text, 10000); });
    connect(m_composer, &ComposerWidget::queued, this, [this] {
        emit message(tr("Queued in the outbox; it is sent as soon as the helpdesk can be reached."), 5000);
        emit queued();
    });
    m_properties = new PropertiesPanel(this);
    connect(m_properties, &PropertiesPanel::changeRequested, this, &TicketPane::queueChange);

    m_readAndWrite = new QSplitter(Qt::Vertical, this);
    m_readAndWrite->setObjectName(QStringLiteral("conversationSplitter"));
    m_readAndWrite->addWidget(m_conversation);
    m_readAndWrite->addWidget(m_composer);
    m_readAndWrite->setStretchFactor(0, 3);
    m_readAndWrite->setStretchFactor(1, 2);
    m_readAndWrite->setSizes({480, 300});
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("ticketSplitter"));
    m_split->addWidget(m_readAndWrite);
    m_split->addWidget(m_properties);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({420, 250});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
}

TicketPane::~TicketPane()
{
    // The composer saves its draft while the session is still there.
    m_composer->setSession(nullptr);
    leaveTicket();
}

QList<QSplitter *> TicketPane::splitters() const
{
    return {m_readAndWrite, m_split};
}

void TicketPane::setSession(AccountSession *session)
{
    if (session == m_session)
        return;
    m_composer->setSession(nullptr);
    leaveTicket();
    m_session = session;
    m_ticket = Ticket{};
    m_messages.clear();
    m_attachments.clear();
    m_conversation->clearConversation();
    m_properties->setTicket(Ticket{});
    m_composer->setSession(session);
    m_choicesLoaded = false;
}

void TicketPane::reloadChoices()
{
    // A pane without a ticket shows no choices: they are read when one shows (over a large store
    // the agents take a while, and the window's first paint need not wait for them).
    if (m_ticket.id == 0) {
        m_choicesLoaded = false;
        return;
    }
    loadChoices();
}

void TicketPane::loadChoices()
{
    StoreResult<QSqlDatabase> reader =
        m_session ? m_session->account().store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (!reader)
        return;
    m_properties->reloadChoices(reader.value());
    m_composer->reloadChoices();
    m_choicesLoaded = true;
}

void TicketPane::leaveTicket()
{
    if (m_session && !m_openedCopies.isEmpty())
        m_session->attachmentCopies().remove(m_openedCopies);
    m_openedCopies.clear();
}

bool TicketPane::openTicket(qint64 ticketId)
{
    if (ticketId != m_ticket.id)
        leaveTicket();
    if (ticketId == 0 || !m_session) {
        m_ticket = Ticket{};
        m_messages.clear();
        m_attachments.clear();
        m_conversation->clearConversation();
        m_properties->setTicket(Ticket{});
        m_composer->clearTicket();
        return ticketId == 0;
    }
    if (ticketId != m_ticket.id) {
        m_ticket = Ticket{};
        m_ticket.id = ticketId;
        m_messages.clear();
        m_attachments.clear();
    }
    return refresh(true);
}

bool TicketPane::refresh(bool force)
{
    StoreResult<QSqlDatabase> reader =
        m_session ? m_session->account().store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (!reader || m_ticket.id == 0)
        return m_ticket.id == 0;
    if (!m_choicesLoaded)
        loadChoices();
    const auto ticket = TicketRepository(reader.value()).byId(m_ticket.id);
    if (!ticket) {
        emit message(ticket.error(), 10000);
        return true;
    }
    if (!ticket.value()) {
        openTicket(0); // gone: deleted, or removed by retention
        emit ticketGone();
        return false;
    }
    const StoreResult<QList<Message>> messages = MessageRepository(reader.value()).byTicket(m_ticket.id);
    if (!messages) {
        emit message(messages.error(), 10000);
        return true;
    }
    const StoreResult<QList<Attachment>> attachments =
        AttachmentRepository(reader.value()).byTicket(m_ticket.id);
    if (!attachments) {
        emit message(attachments.error(), 10000);
        return true;
    }
    const bool changed = force || *ticket.value() != m_ticket || messages.value() != m_messages ||
                         attachments.value() != m_attachments;
    m_ticket = *ticket.value();
    m_messages = messages.value();
    m_attachments = attachments.value();
    if (changed) {
        // Where the agent was reading stays where it was.
        const int scroll = force ? 0 : m_conversation->verticalScrollBar()->value();
        m_conversation->showConversation(m_ticket, m_messages, ReferenceNames(reader.value()), m_attachments);
        if (!force)
            m_conversation->verticalScrollBar()->setValue(scroll);
    }
    m_properties->setTicket(m_ticket);
    m_composer->setTicket(m_ticket);
    return true;
}

void TicketPane::queueChange(qint64 ticketId, const QJsonObject &changes)
{
    if (!m_session)
        return;
    QCoro::connect(m_session->queueChanges({qMakePair(ticketId, changes)}), this,
                   [this](const StoreResult<int> &queued) {
                       if (!queued) {
                           emit message(tr("Not changed: %1").arg(queued.error()), 10000);
                           return;
                       }
                       emit message(queued.value() == 0 ? tr("Nothing to change.")
                                                        : tr("Changed; the outbox sends it."),
                                    5000);
                       emit this->queued();
                   });
}

void TicketPane::openLink(const QUrl &url)
{
    // The real target, not the link's text: "Your bank" may go anywhere.
    const auto answer = QMessageBox::question(
        this, tr("Open Link"),
        tr("Open this address in your browser?\n\n%1").arg(LinkPolicy::displayTarget(url)));
    if (answer == QMessageBox::Yes && LinkPolicy::isOpenable(url))
        QDesktopServices::openUrl(url);
}

std::optional<Attachment> TicketPane::attachment(qint64 id) const
{
    for (const Attachment &attachment : m_attachments) {
        if (attachment.id == id)
            return attachment;
    }
    return std::nullopt;
}

void TicketPane::openAttachment(qint64 attachmentId)
{
    const std::optional<Attachment> found = attachment(attachmentId);
    if (!m_session || !found)
        return;
    if (!AttachmentCopies::mayOpen(found->filename)) {
        emit message(tr("%1 may be a program or script: Deskhand does not open it. Save it, and open it "
                        "yourself only if you trust it.")
                         .arg(found->filename),
                     10000);
        return;
    }
    emit message(tr("Opening %1…").arg(found->filename), 5000);
    const QPointer<AccountSession> session = m_session;
    Account &account = session->account();
    const qint64 ticketId = m_ticket.id;
    const QString filename = found->filename;
    QCoro::connect(AttachmentDownload::localCopy(account.store(), account.api(), attachmentId), this,
                   [this, session, ticketId, filename](const StoreResult<VaultFile> &file) {
                       if (!session || session != m_session)
                           return;
                       if (!file) {
                           emit message(file.error(), 10000);
                           return;
                       }
                       QCoro::connect(session->attachmentCopies().temporaryCopy(
                                          session->account().store()->vault(), file.value(), filename),
                                      this, [this, session, ticketId](const StoreResult<QString> &copy) {
                                          if (!session || session != m_session)
                                              return;
                                          if (!copy) {
                                              emit message(copy.error(), 10000);
                                              return;
                                          }
                                          if (ticketId != m_ticket.id) { // the agent moved on meanwhile
                                              session->attachmentCopies().remove({copy.value()});
                                              return;
                                          }
                                          openCopy(copy.value());
                                      });
                   });
}

void TicketPane::openCopy(const QString &path)
{
    m_openedCopies << path;
    // local-copy: the path is AttachmentCopies' own, decrypted from the vault a moment ago.
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    emit attachmentOpened(path);
}

void TicketPane::saveAttachment(qint64 attachmentId)
{
    const std::optional<Attachment> found = attachment(attachmentId);
    if (!m_session || !found)
        return;
    // Not exec(): the window keeps running (and tests are not blocked) while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Save Attachment"));
    dialog->setObjectName(QStringLiteral("saveAttachmentDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->selectFile(AttachmentCopies::safeFileName(found->filename));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<AccountSession> session = m_session;
    connect(dialog, &QFileDialog::fileSelected, this, [this, session, attachmentId](const QString &path) {
        if (!session || path.isEmpty())
            return;
        Account &account = session->account();
        QCoro::connect(
            AttachmentDownload::localCopy(account.store(), account.api(), attachmentId), this,
            [this, session, path](const StoreResult<VaultFile> &file) {
                if (!session)
                    return;
                if (!file) {
                    emit message(file.error(), 10000);
                    return;
                }
                QCoro::connect(
                    AttachmentCopies::save(session->account().store()->vault(), file.value(), path), this,
                    [this, path](const StoreResult<> &saved) {
                        if (!saved) {
                            emit message(saved.error(), 10000);
                            return;
                        }
                        emit message(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
                        emit attachmentSaved(path);
                    });
            });
    });
    dialog->open();
}
