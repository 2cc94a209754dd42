#include "ConnectionIndicator.h"

#include <QEvent>

ConnectionIndicator::ConnectionIndicator(QWidget *parent) : QLabel(parent)
{
    setAccessibleName(tr("Connection"));
    setState(State::NoHelpdesk);
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setState(m_state, toolTip());
}

void ConnectionIndicator::setState(State state, const QString &details)
{
    m_state = state;
    QString text;
    QColor dot;
    switch (state) {
    case State::NoHelpdesk:
        text = tr("No helpdesk");
        dot = palette().color(QPalette::PlaceholderText);
        break;
    case State::NotChecked:
        text = tr("Not in touch yet");
        dot = palette().color(QPalette::PlaceholderText);
        break;
    case State::Checking:
        text = tr("Connecting…");
        dot = QColor(0xd0, 0x9a, 0x00);
        break;
    case State::Online:
        text = tr("Online");
        dot = QColor(0x2e, 0x9d, 0x4f);
        break;
    case State::Unreachable:
        text = tr("Offline");
        dot = QColor(0xc2, 0x3b, 0x22);
        break;
    case State::Syncing:
        text = tr("Syncing…");
        dot = QColor(0x2e, 0x6f, 0xc2);
        break;
    case State::SignedOut:
        text = tr("Signed out");
        dot = QColor(0xc2, 0x3b, 0x22);
        break;
    }
    // The dot carries colour only as a hint: the word says the same for those who can't see it.
    setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(dot.name(), text.toHtmlEscaped()));
    setTextFormat(Qt::RichText);
    setToolTip(details);
    setAccessibleDescription(details.isEmpty() ? text : details);
}
