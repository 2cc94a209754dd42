#include "ConversationView.h"

#include "account/AttachmentCopies.h"
#include "content/HtmlSanitizer.h"
#include "content/LinkPolicy.h"
#include "store/ReferenceNames.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// The scheme of the conversation's own commands. The sanitizer keeps only http, https and
// mailto links, so ticket HTML can never carry one of these.
const QString actionScheme = QStringLiteral("deskhand-action");

// A neutral box where a blocked image would be: visible, but nothing was fetched.
QImage placeholder(const QColor &color)
{
    QImage image(48, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setPen(color);
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawLine(image.rect().topLeft(), image.rect().bottomRight());
    painter.drawLine(image.rect().bottomLeft(), image.rect().topRight());
    return image;
}

// Where an image the agent asked for could not be shown: a framed box with the reason in it.
QImage problemPlaceholder(const QString &reason, const QFont &font, const QColor &color)
{
    QImage image(260, 56, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setPen(QPen(color, 1, Qt::DashLine));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(image.rect().adjusted(6, 4, -6, -4), Qt::AlignCenter | Qt::TextWordWrap, reason);
    return image;
}

// "remote-image:<message>/<n>[/shown]"
struct ImageName
{
    qint64 messageId = 0;
    int index = -1;
    bool shown = false;
};

ImageName parseImageName(const QUrl &name)
{
    ImageName parsed;
    const QStringList parts = name.path().split(QLatin1Char('/'));
    if (parts.size() < 2)
        return parsed;
    bool okMessage = false;
    bool okIndex = false;
    parsed.messageId = parts.at(0).toLongLong(&okMessage);
    parsed.index = parts.at(1).toInt(&okIndex);
    parsed.shown = parts.size() == 3 && parts.at(2) == QLatin1String("shown");
    if (!okMessage || !okIndex)
        parsed.index = -1;
    return parsed;
}

} // namespace

ConversationView::ConversationView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("conversation"));
    setAccessibleName(tr("Conversation"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    document()->setBaseUrl(QUrl());
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::onAnchorClicked);
}

QString ConversationView::showImagesLink(qint64 messageId)
{
    return QStringLiteral("%1:show-images/%2").arg(actionScheme).arg(messageId);
}

QString ConversationView::openAttachmentLink(qint64 attachmentId)
{
    return QStringLiteral("%1:open-attachment/%2").arg(actionScheme).arg(attachmentId);
}

QString ConversationView::saveAttachmentLink(qint64 attachmentId)
{
    return QStringLiteral("%1:save-attachment/%2").arg(actionScheme).arg(attachmentId);
}

void ConversationView::clearConversation()
{
    m_requested.clear();
    m_ticket = Ticket{};
    m_messages.clear();
    m_attachments.clear();
    m_images.clear();
    clear();
}

void ConversationView::showConversation(const Ticket &ticket, const QList<Message> &messages,
                                        const ReferenceNames &names, const QList<Attachment> &attachments)
{
    if (ticket.id != m_ticket.id)
        m_images.clear(); // images are shown per message, while its ticket is open
    m_ticket = ticket;
    m_messages = messages;
    m_attachments = attachments;
    m_authors.clear();
    for (const Message &message : messages)
        m_authors.insert(message.personId, names.person(message.personId));
    m_statusTitle = names.status(ticket.status);
    render();
}

void ConversationView::render()
{
    m_requested.clear();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3 · %4</p>")
                       .arg(m_ticket.subject.toHtmlEscaped(), muted, m_ticket.ref.toHtmlEscaped(),
                            m_statusTitle.toHtmlEscaped());
    for (const Message &message : std::as_const(m_messages))
        html += messageHtml(message, m_authors.value(message.personId));
    setHtml(html);
}

QString ConversationView::messageHtml(const Message &message, const QString &author)
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString noteBackground = QColor(0xff, 0xf4, 0xce).name();
    const QString noteBorder = QColor(0xd0, 0x9a, 0x00).name();
    const QString when = QLocale().toString(message.dateCreated.toLocalTime(), QLocale::LongFormat);
    const QString kind = message.isNote ? tr("Internal note") : tr("Reply");
    const QString pending = message.id < 0 ? QStringLiteral(" · ") + tr("waiting to be sent") : QString();
    const HtmlSanitizer::Result clean = HtmlSanitizer::sanitize(message.html);

    Images &images = m_images[message.id];
    images.urls = clean.remoteImages;
    const bool shown = images.state == Images::State::Shown;
    // Each message's placeholders get names of their own: the document caches images by name.
    static const QRegularExpression remoteImage(
        QStringLiteral("(<img\\b[^>]*?\\ssrc=\")remote-image:(\\d+)\""));
    QString body = clean.html;
    body.replace(remoteImage, QStringLiteral("\\1remote-image:%1/\\2%2\"")
                                  .arg(message.id)
                                  .arg(shown ? QStringLiteral("/shown") : QString()));

    // Above the body: the message's remote images, blocked until the agent asks.
    QString imageLine;
    if (!images.urls.isEmpty()) {
        switch (images.state) {
        case Images::State::Blocked:
            imageLine = QStringLiteral("<p style=\"color:%1\">%2 <a href=\"%3\">%4</a></p>")
                            .arg(muted,
                                 tr("%n image(s) from the web not shown, to protect your privacy.", nullptr,
                                    int(images.urls.size()))
                                     .toHtmlEscaped(),
                                 showImagesLink(message.id), tr("Show images").toHtmlEscaped());
            break;
        case Images::State::Fetching:
            imageLine = QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(muted, tr("Fetching the images…").toHtmlEscaped());
            break;
        case Images::State::Shown: {
            QStringList problems;
            for (int i = 0; i < images.results.size(); ++i) {
                if (!images.results.at(i).problem.isEmpty())
                    problems << tr("Image %1 not shown: %2")
                                    .arg(i + 1)
                                    .arg(images.results.at(i).problem)
                                    .toHtmlEscaped();
            }
            if (!problems.isEmpty())
                imageLine = QStringLiteral("<p style=\"color:%1\">%2</p>")
                                .arg(muted, problems.join(QStringLiteral("<br>")));
            break;
        }
        }
    }

    // Below it: the message's attachments, to open (a private copy) or save.
    QString attachmentList;
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        if (attachment.messageId != message.id)
            continue;
        const QString size = QLocale().formattedDataSize(attachment.size);
        QString actions;
        if (AttachmentCopies::mayOpen(attachment.filename))
            actions = QStringLiteral("<a href=\"%1\">%2</a> · ")
                          .arg(openAttachmentLink(attachment.id), tr("Open").toHtmlEscaped());
        actions += QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(saveAttachmentLink(attachment.id), tr("Save…").toHtmlEscaped());
        if (!AttachmentCopies::mayOpen(attachment.filename))
            actions +=
                QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(muted, tr("(a program or script: save it only if you trust it)").toHtmlEscaped());
        attachmentList += QStringLiteral("<li>%1 <span style=\"color:%2\">(%3)</span> %4</li>")
                              .arg(attachment.filename.toHtmlEscaped(), muted, size.toHtmlEscaped(), actions);
    }
    if (!attachmentList.isEmpty())
        attachmentList = QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                             .arg(tr("Attachments").toHtmlEscaped(), attachmentList);

    // Notes stand apart: tinted and framed, so that nobody mistakes one for a reply.
    const QString frame =
        message.isNote
            ? QStringLiteral(" bgcolor=\"%1\" style=\"border: 2px solid %2\"").arg(noteBackground, noteBorder)
            : QString();
    return QStringLiteral(
               "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"%1><tr><td>"
               "<p><b>%2</b> <span style=\"color:%3\">%4 · %5%6</span></p>%7%8%9</td></tr></table><hr>")
        .arg(frame, author.toHtmlEscaped(), muted, kind.toHtmlEscaped(), when.toHtmlEscaped(),
             pending.toHtmlEscaped(), imageLine, body, attachmentList);
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    m_requested << name.toString();
    const QString scheme = name.scheme();
    if (type != QTextDocument::ImageResource)
        return {};
    if (scheme == QLatin1String("remote-image")) {
        const ImageName parsed = parseImageName(name);
        const auto images = m_images.constFind(parsed.messageId);
        if (parsed.shown && images != m_images.cend() && parsed.index >= 0 &&
            parsed.index < images->results.size()) {
            const RemoteImageFetcher::Result &result = images->results.at(parsed.index);
            if (!result.image.isNull()) {
                // As wide as the conversation at most; the original is kept.
                const int room = std::max(120, viewport()->width() - 60);
                return result.image.width() > room
                           ? result.image.scaledToWidth(room, Qt::SmoothTransformation)
                           : result.image;
            }
            return problemPlaceholder(result.problem, font(), palette().color(QPalette::PlaceholderText));
        }
        return placeholder(palette().color(QPalette::Mid));
    }
    if (scheme == QLatin1String("attachment"))
        return placeholder(palette().color(QPalette::Mid));
    // Everything else (stylesheets, files, relative names, anything the sanitizer let through
    // by mistake) is refused; the base class would read local files.
    return {};
}

bool ConversationView::imagesShown(qint64 messageId) const
{
    const auto images = m_images.constFind(messageId);
    return images != m_images.cend() && images->state == Images::State::Shown;
}

void ConversationView::showImages(qint64 messageId)
{
    auto images = m_images.find(messageId);
    if (images == m_images.end() || images->urls.isEmpty() || images->state != Images::State::Blocked)
        return;
    images->state = Images::State::Fetching;
    images->results.clear();
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
    fetchImage(messageId, m_ticket.id, 0);
}

// One image after the other: a message's images are not a burst of requests.
void ConversationView::fetchImage(qint64 messageId, qint64 ticketId, int index)
{
    const auto images = m_images.constFind(messageId);
    if (m_ticket.id != ticketId || images == m_images.cend() || images->state != Images::State::Fetching)
        return;
    if (index >= images->urls.size()) {
        m_images[messageId].state = Images::State::Shown;
        const int where = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(where);
        emit imagesFetched(messageId);
        return;
    }
    QCoro::connect(m_fetcher.fetch(images->urls.at(index)), this,
                   [this, messageId, ticketId, index](const RemoteImageFetcher::Result &result) {
                       auto fetching = m_images.find(messageId);
                       if (m_ticket.id != ticketId || fetching == m_images.end())
                           return;
                       fetching->results << result;
                       fetchImage(messageId, ticketId, index + 1);
                   });
}

QRect ConversationView::revealAnchor(const QString &href)
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor start(document());
            start.setPosition(fragment.position() + 1);
            setTextCursor(start);
            ensureCursorVisible();
            const QRect first = cursorRect(start);
            QTextCursor end = start;
            end.setPosition(fragment.position() + fragment.length() - 1);
            const QRect last = cursorRect(end);
            if (last.top() != first.top())
                return first.adjusted(-2, 0, 2, 0);
            return QRect(first.topLeft(), QPoint(last.right(), first.bottom())).normalized();
        }
    }
    return {};
}

void ConversationView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == actionScheme) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        if (parts.size() != 2 || !ok)
            return;
        if (parts.at(0) == QLatin1String("show-images"))
            showImages(id);
        else if (parts.at(0) == QLatin1String("open-attachment"))
            emit openAttachmentRequested(id);
        else if (parts.at(0) == QLatin1String("save-attachment"))
            emit saveAttachmentRequested(id);
        return;
    }
    if (LinkPolicy::isOpenable(url))
        emit openLinkRequested(url);
}
