#include "TicketWindow.h"

#include "ComposerWidget.h"
#include "ConversationView.h"
#include "TicketPane.h"
#include "WindowLayout.h"

#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

TicketWindow::TicketWindow(AccountSession *session, qint64 ticketId, QWidget *parent) : QMainWindow(parent)
{
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("TicketWindow"));
    resize(1000, 760);
    m_pane = new TicketPane(this);
    setCentralWidget(m_pane);
    connect(m_pane, &TicketPane::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_pane, &TicketPane::queued, this, [this] {
        m_pane->refresh();
        emit queued();
    });
    connect(m_pane, &TicketPane::ticketGone, this, &QWidget::close);

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    QAction *reply = ticket->addAction(tr("&Reply"), m_pane->composer(), &ComposerWidget::startReply);
    reply->setShortcut(QKeySequence(Qt::Key_R));
    reply->setObjectName(QStringLiteral("reply"));
    QAction *note = ticket->addAction(tr("Add &Note"), m_pane->composer(), &ComposerWidget::startNote);
    note->setShortcut(QKeySequence(Qt::Key_N));
    note->setObjectName(QStringLiteral("note"));
    ticket->addSeparator();
    QAction *close = ticket->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcuts(QKeySequence::Close);
    close->setObjectName(QStringLiteral("closeWindow"));

    WindowLayout::restore(this, QString::fromLatin1(layoutGroup));
    m_pane->setSession(session);
    m_pane->openTicket(ticketId);
    updateTitle();
    m_pane->conversation()->setFocus(Qt::OtherFocusReason);
}

TicketWindow::~TicketWindow() = default;

qint64 TicketWindow::ticketId() const
{
    return m_pane->ticketId();
}

void TicketWindow::refresh()
{
    if (m_pane->refresh())
        updateTitle();
}

void TicketWindow::updateTitle()
{
    const QString subject = m_pane->ticket().subject;
    setWindowTitle(subject.isEmpty() ? tr("Ticket — Deskhand") : tr("%1 — Deskhand").arg(subject));
}

void TicketWindow::closeEvent(QCloseEvent *event)
{
    WindowLayout::save(this, QString::fromLatin1(layoutGroup));
    m_pane->composer()->saveDraftNow();
    QMainWindow::closeEvent(event);
}
