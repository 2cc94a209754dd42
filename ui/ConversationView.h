#pragma once

#include "RemoteImageFetcher.h"
#include "domain/Attachment.h"
#include "domain/Message.h"
#include "domain/Ticket.h"

#include <QHash>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

class ReferenceNames;

// A ticket's conversation, read-only: each message with its author, time and kind (a reply to
// or from the customer, or an internal note, which looks clearly different), its body passed
// through HtmlSanitizer, and its attachments (name and size, open and save). Rendering loads
// nothing: loadResource answers only Deskhand's own placeholders (blocked remote images,
// attachments not shown inline) and refuses every other name, so neither the network nor a file
// outside Deskhand's data is touched. A message's remote images are fetched only when the agent
// asks for that message ("Show images"), through RemoteImageFetcher, never with credentials.
// Links open only through openLinkRequested(), and only for targets LinkPolicy allows.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showConversation(const Ticket &ticket, const QList<Message> &messages, const ReferenceNames &names,
                          const QList<Attachment> &attachments = {});
    void clearConversation();

    // What rendering asked for, for tests and diagnostics: resource names by scheme.
    QStringList requestedResources() const { return m_requested; }
    // Scrolls the link to `href` into view and gives where it is, in viewport coordinates (for
    // tests); empty when there is none.
    QRect revealAnchor(const QString &href);

    // The agent's commands, also reached through the conversation's own links.
    void showImages(qint64 messageId);
    bool imagesShown(qint64 messageId) const;
    RemoteImageFetcher *imageFetcher() { return &m_fetcher; }

    static QString showImagesLink(qint64 messageId);
    static QString openAttachmentLink(qint64 attachmentId);
    static QString saveAttachmentLink(qint64 attachmentId);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // The agent clicked a link LinkPolicy allows; the window confirms and opens it.
    void openLinkRequested(const QUrl &url);
    void openAttachmentRequested(qint64 attachmentId);
    void saveAttachmentRequested(qint64 attachmentId);
    // A message's images arrived (or could not) and it was shown again.
    void imagesFetched(qint64 messageId);

private:
    struct Images
    {
        enum class State { Blocked, Fetching, Shown };
        State state = State::Blocked;
        QList<QUrl> urls;
        QList<RemoteImageFetcher::Result> results;
    };

    void render();
    void fetchImage(qint64 messageId, qint64 ticketId, int index);
    QString messageHtml(const Message &message, const QString &author);
    void onAnchorClicked(const QUrl &url);

    Ticket m_ticket;
    QList<Message> m_messages;
    QList<Attachment> m_attachments;
    QHash<qint64, QString> m_authors;
    QString m_statusTitle;
    QHash<qint64, Images> m_images; // by message, for the ticket shown
    RemoteImageFetcher m_fetcher;
    QStringList m_requested;
};
