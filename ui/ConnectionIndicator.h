#pragma once

#include <QLabel>

// The status bar's word on the helpdesk connection: an icon-like dot and a short text, with
// the details (and what to do about a problem) in its tooltip and accessible description.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT

public:
    enum class State { NoHelpdesk, NotChecked, Checking, Online, Syncing, Unreachable, SignedOut };

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    State state() const { return m_state; }
    void setState(State state, const QString &details = {});

protected:
    void changeEvent(QEvent *event) override; // the word again in a new language

private:
    State m_state = State::NoHelpdesk;
};
