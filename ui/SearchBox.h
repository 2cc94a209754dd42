#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QListWidget;
class Store;

// The search box over the store's full-text index: results as the agent types (works offline,
// accents folded), best first; a ticket id or ref puts that ticket first. Up and Down move
// through the results without leaving the box, Enter opens the chosen one (ticketChosen), Esc
// clears the box and hands the keyboard back (done).
class SearchBox : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setStore(Store *store);
    void focusSearch(); // focus, with the text selected
    void clearSearch();

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *results() const { return m_results; }
    void searchNow();

    static constexpr int delayMs = 120;
    static constexpr int maxResults = 50;

signals:
    void ticketChosen(qint64 ticketId);
    void done();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    Store *m_store = nullptr;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_results = nullptr;
    QTimer m_delay;
};
