#pragma once

#include "account/AccountSession.h"
#include "domain/Attachment.h"
#include "domain/Message.h"
#include "domain/Ticket.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class ComposerWidget;
class ConversationView;
class PropertiesPanel;
class QSplitter;

// One open ticket, as the agent works it: its conversation (with attachments to open or save and
// remote images shown on request), the composer below it and its properties beside it. The main
// window shows one beside the ticket list; a TicketWindow shows one on its own. It reads the
// ticket from the store (refresh() after the store changed); what the agent does goes to the
// outbox. Private copies of attachments the agent opened are removed when the pane leaves the
// ticket.
class TicketPane : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPane(QWidget *parent = nullptr);
    ~TicketPane() override;

    void setSession(AccountSession *session); // nullptr: nothing open
    AccountSession *session() const { return m_session; }

    // Shows the ticket from the store; 0 shows none. False when the store has no such ticket.
    bool openTicket(qint64 ticketId);
    // Reads the open ticket again; `force` renders the conversation even when nothing changed.
    // False when the ticket is gone (deleted, removed by retention): the pane then shows none.
    bool refresh(bool force = false);
    void reloadChoices();

    qint64 ticketId() const { return m_ticket.id; }
    const Ticket &ticket() const { return m_ticket; }

    ConversationView *conversation() const { return m_conversation; }
    ComposerWidget *composer() const { return m_composer; }
    PropertiesPanel *properties() const { return m_properties; }
    QList<QSplitter *> splitters() const;

    // The agent's commands on the conversation's attachments.
    void openAttachment(qint64 attachmentId);
    void saveAttachment(qint64 attachmentId);
    // The private copies opened from this ticket, until it closes.
    QStringList openedCopies() const { return m_openedCopies; }

signals:
    void message(const QString &text, int timeoutMs); // for the status bar
    void queued();                                    // something went to the outbox
    void ticketGone();
    void attachmentOpened(const QString &path);
    void attachmentSaved(const QString &path);

private:
    void loadChoices();
    void openLink(const QUrl &url);
    void queueChange(qint64 ticketId, const QJsonObject &changes);
    void leaveTicket();
    void openCopy(const QString &path);
    std::optional<Attachment> attachment(qint64 id) const;

    QPointer<AccountSession> m_session;
    Ticket m_ticket;              // as last shown
    bool m_choicesLoaded = false; // the properties' choices, read with the first ticket shown
    QList<Message> m_messages;
    QList<Attachment> m_attachments;
    QStringList m_openedCopies;

    ConversationView *m_conversation = nullptr;
    ComposerWidget *m_composer = nullptr;
    PropertiesPanel *m_properties = nullptr;
    QSplitter *m_readAndWrite = nullptr;
    QSplitter *m_split = nullptr;
};
