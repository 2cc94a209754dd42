#pragma once

#include "domain/Message.h"
#include "domain/Ticket.h"

#include <QList>
#include <QTextBrowser>
#include <QUrl>

class ReferenceNames;

// A ticket's conversation, read-only: each message with its author, time and kind (a reply to
// or from the customer, or an internal note, which looks clearly different), its body passed
// through HtmlSanitizer. Rendering loads nothing: loadResource answers only Deskhand's own
// placeholders (blocked remote images, attachments not shown inline) and refuses every other
// name, so neither the network nor a file outside Deskhand's data is touched. Links open only
// through openLinkRequested(), and only for targets LinkPolicy allows.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showConversation(const Ticket &ticket, const QList<Message> &messages, const ReferenceNames &names);
    void clearConversation();

    // What rendering asked for, for tests and diagnostics: resource names by scheme.
    QStringList requestedResources() const { return m_requested; }

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // The agent clicked a link LinkPolicy allows; the window confirms and opens it.
    void openLinkRequested(const QUrl &url);

private:
    void onAnchorClicked(const QUrl &url);

    QStringList m_requested;
};
