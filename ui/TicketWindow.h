#pragma once

#include <QMainWindow>

class AccountSession;
class TicketPane;

// A ticket in a window of its own ("Open in New Window", Shift+Enter or a double click in the
// ticket list): its conversation, composer and properties, as beside the list. The window
// remembers its size and splitters (WindowLayout, group "ticketWindow"); it closes itself when
// the ticket goes from the store or the account closes.
class TicketWindow : public QMainWindow
{
    Q_OBJECT

public:
    TicketWindow(AccountSession *session, qint64 ticketId, QWidget *parent = nullptr);
    ~TicketWindow() override;

    TicketPane *pane() const { return m_pane; }
    qint64 ticketId() const;
    // Reads the ticket again after the store changed.
    void refresh();

    static constexpr const char *layoutGroup = "ticketWindow";

signals:
    void queued(); // something went to the outbox from this window

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();

    TicketPane *m_pane = nullptr;
};
