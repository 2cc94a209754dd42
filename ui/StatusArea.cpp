#include "StatusArea.h"

#include "ConnectionIndicator.h"
#include "account/Account.h"
#include "sync/Outbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

StatusArea::StatusArea(QWidget *parent) : QWidget(parent)
{
    m_connection = new ConnectionIndicator(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_outbox = new QToolButton(this);
    m_outbox->setObjectName(QStringLiteral("outboxButton"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolTip(tr("Open the outbox"));
    connect(m_outbox, &QToolButton::clicked, this, &StatusArea::outboxRequested);
    showOutboxCount(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_outbox);
}

void StatusArea::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showConnection();
}

void StatusArea::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_progress->hide();
    if (!session) {
        m_connection->setState(ConnectionIndicator::State::NoHelpdesk);
        showOutboxCount(0);
        return;
    }
    connect(session, &AccountSession::connectionChanged, this, &StatusArea::showConnection);
    connect(session, &AccountSession::syncStarted, this, [this] {
        m_progress->setRange(0, 0); // busy until the first page tells how much there is
        m_progress->show();
        showConnection();
    });
    connect(session, &AccountSession::syncProgress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
            m_progress->setToolTip(tr("Syncing: %L1 of %L2 tickets").arg(done).arg(total));
        }
    });
    connect(session, &AccountSession::syncFinished, this, [this] {
        m_progress->hide();
        showConnection();
    });
    connect(session, &AccountSession::outboxCountChanged, this, &StatusArea::showOutboxCount);
    const auto count = session->outbox().count();
    showOutboxCount(count ? count.value() : 0);
    showConnection();
}

void StatusArea::showConnection()
{
    if (!m_session)
        return;
    const QString where = m_session->account().info().helpdeskUrl.toDisplayString();
    const QString details = m_session->connectionDetails().isEmpty() ? where : m_session->connectionDetails();
    using C = AccountSession::Connection;
    switch (m_session->connection()) {
    case C::SignedOut:
        m_connection->setState(ConnectionIndicator::State::SignedOut, details);
        return;
    case C::Offline:
        // Offline wins over syncing: a sync that cannot reach the helpdesk is not progress.
        m_connection->setState(
            ConnectionIndicator::State::Unreachable,
            tr("%1 Your work is kept in the outbox and sent when the helpdesk is back.").arg(details));
        return;
    case C::Online:
    case C::Unknown:
        if (m_session->isSyncing())
            m_connection->setState(ConnectionIndicator::State::Syncing, where);
        else if (m_session->connection() == C::Online)
            m_connection->setState(ConnectionIndicator::State::Online, details);
        else
            m_connection->setState(
                ConnectionIndicator::State::NotChecked,
                tr("%1 has not been asked anything yet: the window shows what this computer has.")
                    .arg(where));
        return;
    }
}

void StatusArea::showOutboxCount(int unsent)
{
    m_outbox->setText(unsent == 0 ? tr("Outbox empty") : tr("Outbox: %n waiting", nullptr, unsent));
    m_outbox->setAccessibleName(m_outbox->text());
}
