#include "TrayIcon.h"

#include "account/Account.h"
#include "store/Store.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

#include <utility>

TrayIcon::TrayIcon(QObject *parent) : QObject(parent) {}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_count = 0;
    m_last = 0;
    if (!session) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    // The platform's icon comes with the first session, which MainWindow gives once the window has
    // painted: asking whether there is a tray (a round trip to the desktop) held up that paint.
    if (!m_trayAsked) {
        m_trayAsked = true;
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openLastNotified);
            connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit showWindowRequested(); });
        }
    }
    connect(session, &AccountSession::syncFinished, this, &TrayIcon::look);
    reloadWatchedQueues();
    if (m_tray)
        m_tray->show();
}

void TrayIcon::reloadWatchedQueues()
{
    if (!m_session)
        return;
    StoreResult<QSqlDatabase> reader = m_session->account().store()->reader();
    if (!reader)
        return;
    m_watch.setQueues(QueueWatch::watchedQueues(reader.value()), m_session->account().info().personId);
    look(); // takes stock: what is there now is not news
}

void TrayIcon::look()
{
    if (!m_session)
        return;
    if (isLooking()) {
        m_lookAgain = true; // after the look in flight, with what changed since
        return;
    }
    m_looking = m_session;
    m_lookAgain = false;
    using Result = std::pair<QueueWatch, StoreResult<QueueWatch::Look>>;
    const auto read = [watch = m_watch](const QSqlDatabase &db) mutable {
        if (!db.isValid())
            return Result(watch, StoreResult<QueueWatch::Look>::failure(QString()));
        StoreResult<QueueWatch::Look> seen = watch.look(db);
        return Result(std::move(watch), std::move(seen));
    };
    const QPointer<AccountSession> session = m_session;
    m_session->readInBackground<Result>(read, this, [this, session](const Result &result) {
        if (m_looking == session)
            m_looking = nullptr;
        if (session != m_session)
            return; // another account by now
        // Settings may have chosen other queues meanwhile: then this look was of the old ones.
        const bool sameQueues = result.first.queues() == m_watch.queues();
        if (sameQueues)
            took(result.first, result.second);
        if (std::exchange(m_lookAgain, false) || !sameQueues)
            look();
    });
}

void TrayIcon::took(const QueueWatch &watch, const StoreResult<QueueWatch::Look> &seen)
{
    if (!seen)
        return;
    m_watch = watch;
    m_count = seen->count;
    m_toolTip = tr("Deskhand: %n ticket(s) in your watched queues", nullptr, m_count);
    paintIcon();
    if (seen->arrived.isEmpty())
        return;
    const Ticket &newest = seen->arrived.constFirst();
    m_last = newest.id;
    if (m_tray) {
        const QString title = seen->arrived.size() == 1
                                  ? tr("New ticket")
                                  : tr("%n new tickets", nullptr, int(seen->arrived.size()));
        m_tray->showMessage(title, newest.subject, QSystemTrayIcon::Information);
    }
    emit notified(seen->arrived);
}

void TrayIcon::openLastNotified()
{
    if (m_last == 0)
        return;
    emit showWindowRequested();
    emit openRequested(m_last);
}

void TrayIcon::paintIcon()
{
    if (!m_tray)
        return;
    // Drawn rather than shipped: the count is part of the picture, like a badge.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x6f, 0xc2));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(m_count > 99 ? 22 : 30);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter,
                     m_count > 999 ? QStringLiteral("999+") : QString::number(m_count));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(m_toolTip);
}
