#include "ConversationView.h"

#include "content/HtmlSanitizer.h"
#include "content/LinkPolicy.h"
#include "store/ReferenceNames.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>

namespace {

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

void ConversationView::clearConversation()
{
    m_requested.clear();
    clear();
}

void ConversationView::showConversation(const Ticket &ticket, const QList<Message> &messages,
                                        const ReferenceNames &names)
{
    m_requested.clear();
    const QPalette colors = palette();
    const QString noteBackground = QColor(0xff, 0xf4, 0xce).name();
    const QString noteBorder = QColor(0xd0, 0x9a, 0x00).name();
    const QString muted = colors.color(QPalette::PlaceholderText).name();

    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:%2\">%3 · %4</p>")
                       .arg(ticket.subject.toHtmlEscaped(), muted, ticket.ref.toHtmlEscaped(),
                            names.status(ticket.status).toHtmlEscaped());
    for (const Message &message : messages) {
        const QString author = names.person(message.personId);
        const QString when = QLocale().toString(message.dateCreated.toLocalTime(), QLocale::LongFormat);
        const QString kind = message.isNote ? tr("Internal note") : tr("Reply");
        const QString pending = message.id < 0 ? QStringLiteral(" · ") + tr("waiting to be sent") : QString();
        const QString body = HtmlSanitizer::sanitize(message.html).html;
        // Notes stand apart: tinted and framed, so that nobody mistakes one for a reply.
        const QString frame = message.isNote
                                  ? QStringLiteral(" bgcolor=\"%1\" style=\"border: 2px solid %2\"")
                                        .arg(noteBackground, noteBorder)
                                  : QString();
        html += QStringLiteral(
                    "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"%1><tr><td>"
                    "<p><b>%2</b> <span style=\"color:%3\">%4 · %5%6</span></p>%7</td></tr></table><hr>")
                    .arg(frame, author.toHtmlEscaped(), muted, kind.toHtmlEscaped(), when.toHtmlEscaped(),
                         pending.toHtmlEscaped(), body);
    }
    setHtml(html);
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    m_requested << name.toString();
    const QString scheme = name.scheme();
    if (type == QTextDocument::ImageResource &&
        (scheme == QLatin1String("remote-image") || scheme == QLatin1String("attachment")))
        return placeholder(palette().color(QPalette::Mid));
    // Everything else (stylesheets, files, relative names, anything the sanitizer let through
    // by mistake) is refused; the base class would read local files.
    return {};
}

void ConversationView::onAnchorClicked(const QUrl &url)
{
    if (LinkPolicy::isOpenable(url))
        emit openLinkRequested(url);
}
