#pragma once

#include "account/AccountSession.h"
#include "domain/Draft.h"
#include "domain/Ticket.h"
#include "sync/OutboxFile.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>

class AttachmentList;
class ComposerEditor;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

// Beside the conversation: the agent's reply to the customer or internal note on the open
// ticket (the two look clearly different), in rich text sent as HTML, with files attached by
// button, drag or paste, snippets inserted at the cursor (Ctrl+Shift+S), and a status to set on
// send. Ctrl+Enter queues it in the outbox and
// returns at once; the outbox sends it when it can. What the agent types is saved to the store
// as a draft a moment after they stop typing (and when they switch ticket or kind), and comes
// back with the ticket after a crash or a restart.
class ComposerWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Reply, Note };

    explicit ComposerWidget(QWidget *parent = nullptr);
    ~ComposerWidget() override;

    void setSession(AccountSession *session); // nullptr: nothing to write to
    // The ticket the composer writes to; its drafts are loaded from the store. The previous
    // ticket's draft is saved first.
    void setTicket(const Ticket &ticket);
    void clearTicket();
    qint64 ticketId() const { return m_ticket.id; }
    // New reference data (statuses): the status menu is filled again.
    void reloadChoices();

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    void startReply(); // reply mode, focus in the text
    void startNote();

    // The snippet picker; what the agent chooses goes in at the cursor.
    void chooseSnippet();
    void insertSnippet(const QString &html);

    void attachFiles(const QStringList &paths);
    void attachImage(const QImage &image);
    QStringList attachmentNames() const;

    // Queues what is written; false when there is nothing to send or no ticket.
    bool send();
    void saveDraftNow();

    ComposerEditor *editor() const { return m_editor; }
    QString html() const;

    static constexpr int draftDelayMs = 700;

signals:
    void queued(qint64 itemId);
    void problem(const QString &message); // for the status bar
    void draftSaved(qint64 ticketId);

private:
    void buildUi();
    void applyKind();
    void loadDrafts();
    void onTextChanged();
    void toggleFormat(int which);

    QPointer<AccountSession> m_session;
    Ticket m_ticket;
    Kind m_kind = Kind::Reply;
    // Per kind (reply, note): the text as typed and the newest message when the draft began.
    std::array<QString, 2> m_html;
    std::array<qint64, 2> m_seen{{0, 0}};
    std::array<bool, 2> m_dirty{{false, false}};
    bool m_loading = false;
    bool m_sending = false;
    int m_writes = 0; // draft saves not committed yet
    // Drafts on their way to the store, by (ticket, is note): what a quick return to a ticket shows.
    QHash<QPair<qint64, bool>, Draft> m_unsaved;
    QTimer m_draftTimer;

    QLabel *m_heading = nullptr;
    QToolButton *m_replyButton = nullptr;
    QToolButton *m_noteButton = nullptr;
    ComposerEditor *m_editor = nullptr;
    AttachmentList *m_attachments = nullptr;
    QComboBox *m_statusOnSend = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_snippets = nullptr;
    QPushButton *m_send = nullptr;
};
